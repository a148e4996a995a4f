"""File → Recover from snapshot…: a deleted workshop comes back from the copies kept.

The user data folder is a fresh temporary one per test (`paths.data_dir` and
XDG_DATA_HOME), so only this test's snapshots are listed. A facilitator edits, a snapshot is
taken, the workshop file is deleted; the dialog lists the snapshot (title, cards, newest
first), a damaged file beside it is listed as unusable with a sentence, and recovering writes
a new file whose workshop equals the snapshot's, leaves the snapshot untouched and opens the
copy in a new window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from coi_desktop.storage import read_workshop
from coi_desktop.views import application, paths
from coi_desktop.views.dialogs import recover
from coi_desktop.views.dialogs.recover import RecoverDialog, show_recover_dialog

from .conftest import Dialogs, answer_modal, make_file


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setattr(paths, "data_dir", lambda: folder)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edited_and_snapshotted(open_window: Any, tmp_path: Path) -> tuple[Any, Path, Path]:
    path = make_file(tmp_path, "robots.coi", cards=2, title="Robots in home care")
    window = open_window(path)
    for text in ("Budget", "GDPR"):
        window.quick_capture.line.setText(text)
        window.quick_capture.line.returnPressed.emit()
    snapshot = window.workshop_file.snapshot_now()
    return window, path, snapshot


def when_modal(qtbot: Any, act: Any) -> list[BaseException]:
    """Run `act(dialog)` on the recovery dialog once it is shown (see `answer_modal`)."""
    return answer_modal(act, RecoverDialog)


def test_a_deleted_workshop_is_recovered_and_opened(open_window: Any, shell_env: Dialogs,
                                                    qtbot: Any, data: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window, path, snapshot = edited_and_snapshotted(open_window, tmp_path)
    assert data in snapshot.parents  # the GUI keeps them in the user data folder
    kept = read_workshop(snapshot).snapshot()
    window.close()
    path.unlink()  # the facilitator deleted the workshop
    before = digest(snapshot)
    target = tmp_path / "saved" / "back"
    target.parent.mkdir()
    asked: list[Path] = []
    monkeypatch.setattr(recover, "ask_save_path",
                        lambda parent, start: asked.append(start) or str(target))

    def choose(dialog: RecoverDialog) -> None:
        # Newest first: ours, then the one taken before the first edit (the file as opened).
        assert [(e.title, e.cards) for e in dialog.entries] == [("Robots in home care", 4),
                                                                ("Robots in home care", 2)]
        assert dialog.selected() == dialog.entries[0]
        item = dialog.tree.topLevelItem(0)
        assert item.text(0) == "Robots in home care" and item.text(2) == "4"
        assert dialog.recover_button.isEnabled()
        dialog.recover_button.click()

    failures = when_modal(qtbot, choose)
    opened = show_recover_dialog(None, application.shell().open_path)
    assert failures == []

    recovered = target.with_name("back.coi")
    assert read_workshop(recovered).snapshot() == kept
    assert digest(snapshot) == before and snapshot.exists()  # the snapshot is never written
    assert opened is not None and Path(opened.workshop_file.path) == recovered
    assert opened in application.shell().windows and not opened.read_only
    assert len(opened.workshop.cards) == 4
    # Suggested: "<title> (recovered <time>).coi" in Documents.
    assert asked[0].name.startswith("Robots in home care (recovered ")
    assert asked[0].suffix == ".coi"
    assert shell_env.errors == []


def test_a_damaged_file_is_listed_as_unusable(open_window: Any, shell_env: Dialogs, data: Path,
                                              tmp_path: Path) -> None:
    _window, _path, snapshot = edited_and_snapshotted(open_window, tmp_path)
    damaged = snapshot.parent / "broken--abc--20300101T000000000000Z.coi"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 300)
    empty = data / "snapshots" / "other" / "empty.coi"
    empty.parent.mkdir(parents=True)
    empty.write_bytes(b"")

    dialog = RecoverDialog(None)
    entries = dialog.entries
    assert [e.taken for e in entries] == sorted((e.taken for e in entries), reverse=True)
    assert {snapshot, damaged, empty} <= {e.path for e in entries}
    bad = [e for e in entries if not e.usable]
    assert {e.path for e in bad} == {damaged, empty}
    assert all(e.problem.endswith(".") and "\n" not in e.problem for e in bad)
    assert dialog.selected() is not None and dialog.selected().path == snapshot  # first usable
    dialog.select(damaged)
    assert not dialog.recover_button.isEnabled()
    assert dialog.details.text().startswith("This snapshot cannot be used: ")
    row = next(dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())
               if dialog.tree.topLevelItem(n).data(0, recover.ENTRY_ROLE).path == damaged)
    assert row.text(0) == f"Unusable: {damaged.name}" and row.text(2) == "–"
    dialog.recover_selected()  # nothing happens for an unusable one
    assert dialog.recovered is None and shell_env.errors == []
    dialog.deleteLater()


def test_saving_onto_the_snapshot_itself_is_refused(open_window: Any, shell_env: Dialogs,
                                                    data: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _window, _path, snapshot = edited_and_snapshotted(open_window, tmp_path)
    before = digest(snapshot)
    monkeypatch.setattr(recover, "ask_save_path", lambda parent, start: str(snapshot))
    dialog = RecoverDialog(None)
    dialog.select(snapshot)
    dialog.recover_selected()
    assert len(shell_env.errors) == 1 and "snapshot itself" in shell_env.errors[0]
    assert dialog.recovered is None and digest(snapshot) == before


def test_no_snapshots_says_so(shell_env: Dialogs, data: Path) -> None:
    dialog = RecoverDialog(None)
    assert dialog.entries == [] and not dialog.recover_button.isEnabled()
    assert dialog.details.text().startswith("There are no snapshots yet.")
    dialog.deleteLater()


def test_file_menu_and_welcome_screen_open_the_dialog(open_window: Any, shell_env: Dialogs,
                                                      qtbot: Any, data: Path,
                                                      tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "menu.coi"))
    file_menu = window.menu("file")
    texts = [a.text() for a in file_menu.actions()]
    assert "Reco&ver from snapshot…" in texts
    assert texts.index("Reco&ver from snapshot…") == texts.index("Open &recent") + 1
    seen: list[str] = []

    def close(dialog: RecoverDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    failures = when_modal(qtbot, close)
    next(a for a in file_menu.actions() if a.objectName() == "file.recover").trigger()
    assert failures == [] and seen == ["Recover from snapshot"]

    from coi_desktop.views.welcome import WelcomeWindow

    welcome = WelcomeWindow(application.shell())
    qtbot.addWidget(welcome)
    assert welcome.recover_button.text() == "Reco&ver from snapshot…"
    failures = when_modal(qtbot, close)
    welcome.recover_button.click()
    assert failures == [] and seen == ["Recover from snapshot"] * 2
