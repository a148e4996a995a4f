"""Opening files: a damaged file is explained and the app stays usable; a file in use offers
read-only, and a read-only window refuses edits; one window per workshop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from coi_desktop.storage import open_workshop, read_workshop
from coi_desktop.views import application, settings

from .conftest import activate, make_file


def test_damaged_file_shows_the_storage_sentence_and_the_app_stays_usable(
        shell_env: Any, qtbot: Any, tmp_path: Path) -> None:
    good = make_file(tmp_path, "good.coi", cards=3)
    bad = tmp_path / "bad.coi"
    data = bytearray(good.read_bytes())
    data[:16] = b"not a sqlite db\0"
    bad.write_bytes(bytes(data))
    shell = application.shell()
    welcome = shell.show_welcome()

    assert shell.open_path(bad, parent=welcome) is None
    assert len(shell_env.errors) == 1
    sentence = shell_env.errors[0]
    assert "Traceback" not in sentence and "\n" not in sentence.strip()
    assert "bad.coi" in sentence or "workshop" in sentence.lower()
    assert shell.windows == []
    assert welcome.isVisible()

    window = shell.open_path(good, parent=welcome)
    assert window is not None and len(window.workshop.cards) == 3


def test_damaged_file_on_the_command_line_falls_back_to_welcome(shell_env: Any,
                                                                tmp_path: Path) -> None:
    bad = tmp_path / "empty.coi"
    bad.write_bytes(b"")
    shell = application.shell()
    assert shell.open_path(bad) is None
    assert shell_env.errors
    assert shell.show_welcome().isVisible()


def test_file_in_use_offers_read_only_and_the_read_only_window_refuses_edits(
        shell_env: Any, qtbot: Any, tmp_path: Path) -> None:
    path = make_file(tmp_path, "busy.coi", cards=2)
    holder = open_workshop(path)
    try:
        shell_env.open_read_only = False
        shell = application.shell()
        assert shell.open_path(path) is None
        assert len(shell_env.in_use) == 1

        shell_env.open_read_only = True
        window = shell.open_path(path)
        assert window is not None and window.read_only
        assert "read-only" in window.windowTitle()
        activate(qtbot, window)
        for key in ("edit.delete", "edit.add_card", "edit.paste", "canvas.new", "edit.link"):
            assert not window.window_actions[key].isEnabled(), key
        assert not window.quick_capture.isEnabled()
        view = window.current_view()
        assert view.is_read_only()
        before = window.workshop.snapshot()
        view.setFocus()
        view.select_all()
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        window.edit.add_card()
        assert window.call_view("quick_capture", "note", "Sneaky") in ([], None)
        assert window.workshop.snapshot() == before
        assert read_workshop(path).snapshot() == before
    finally:
        holder.close()


def test_opening_an_open_file_again_brings_its_window_forward(shell_env: Any,
                                                              tmp_path: Path) -> None:
    path = make_file(tmp_path, "one.coi")
    shell = application.shell()
    first = shell.open_path(path)
    assert shell.open_path(path) is first
    assert len(shell.windows) == 1
    assert shell_env.in_use == []


def test_recent_files_remember_opened_workshops_and_drop_missing_ones(
        shell_env: Any, tmp_path: Path) -> None:
    a = make_file(tmp_path, "a.coi")
    b = make_file(tmp_path, "b.coi")
    shell = application.shell()
    shell.open_path(a)
    shell.open_path(b)
    recent = settings.recent_files()
    assert recent[:2] == [str(b.resolve()), str(a.resolve())]
    shell.close_all()
    a.unlink()
    welcome = shell.show_welcome()
    items = [welcome.recent.item(i) for i in range(welcome.recent.count())]
    missing = [i for i in items if "a.coi" in i.text()]
    assert missing and not missing[0].flags() & Qt.ItemFlag.ItemIsEnabled
