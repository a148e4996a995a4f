"""The Library dock, suggestions while typing (taken with Tab or a click, focus kept), a card
taken from the library keeping its id, seeding a barrier board from the app."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from coi_desktop.views.library import install
from coi_desktop.views.library.dock import remembered_path


def _window(open_window: Callable[..., Any], library_path: Path | None = None,
            name: str = "workshop.coi") -> Any:
    window = open_window(template="barrier_board", name=name)
    controller = getattr(window, "library", None) or install(window)
    if library_path is not None:
        assert controller.dock.open_library(str(library_path))
    return window, controller


def test_dock_searches_filters_and_remembers(open_window: Callable[..., Any], qtbot: Any,
                                            library_path: Path) -> None:
    _, lib = _window(open_window, library_path)
    dock = lib.dock
    dock.show()
    assert remembered_path() == str(library_path.resolve())
    assert "8 entries from 4 workshops" in dock.source.text()
    first = dock.results.item(0).text()
    assert first.startswith("Skriv funktionskrav") or "raised in 3 workshops" in first
    qtbot.keyClicks(dock.search, "barrierer")
    qtbot.waitUntil(lambda: dock.results.count() == 2, timeout=2000)
    names = {dock.results.item(i).text().split("\n")[0] for i in range(2)}
    assert names == {"Barrierer i GDPR", "Barrieren mellem afdelinger"}
    dock.search.clear()
    qtbot.waitUntil(lambda: dock.results.count() > 2, timeout=2000)
    box = dock.filters["technology"]
    box.setCurrentIndex(box.findData("welfare"))
    qtbot.waitUntil(lambda: dock.results.count() == 1, timeout=2000)
    assert dock.results.item(0).text().startswith("Ingen plan for spredning")
    box.setCurrentIndex(0)
    dock.search.setText("udbudsregler")
    qtbot.waitUntil(lambda: dock.results.count() == 1 and dock.results.item(0).text()
                    .startswith("Stive"), timeout=2000)
    text = dock.results.item(0).text()
    assert "raised in 3 workshops" in text and "helped: Skriv funktionskrav" in text
    # a new window opens the remembered library by itself
    other, lib2 = _window(open_window, name="second.coi")
    assert lib2.library is lib.library  # one in-memory copy for both windows
    from coi_desktop.views.library.dock import _OPEN

    key = str(library_path.resolve())
    assert _OPEN[key][2] == 2
    other.close()
    qtbot.waitUntil(lambda: _OPEN[key][2] == 1, timeout=3000)
    assert lib.library.search("udbudsregler")[0].name == "Stive udbudsregler"  # still open


def test_bad_library_refused_in_the_dock(open_window: Callable[..., Any], tmp_path: Path,
                                        library_path: Path) -> None:
    _, lib = _window(open_window, library_path)
    bad = tmp_path / "bad.coilib"
    bad.write_bytes(b"\0" * 4096)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not lib.dock.open_library(str(bad))
    assert lib.dock.message.text() == "bad.coilib is not a COI Desktop library file."
    assert lib.library is not None and lib.library.size == 8  # the earlier one stays open
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert remembered_path() == str(library_path.resolve())


def test_suggestions_while_typing_taken_with_tab(open_window: Callable[..., Any], qtbot: Any,
                                                 library_path: Path) -> None:
    window, lib = _window(open_window, library_path)
    capture = window.quick_capture
    capture.set_kind("barrier")
    capture.focus()
    qtbot.waitUntil(capture.line.hasFocus, timeout=2000)
    helper = lib.helpers[0]
    qtbot.keyClicks(capture.line, "udbudsreg")
    qtbot.waitUntil(helper.visible, timeout=2000)
    assert helper.popup.list.item(0).text().startswith("Stive udbudsregler")
    assert capture.line.hasFocus()  # the popup never took the focus
    qtbot.keyClick(capture.line, Qt.Key.Key_Tab)
    assert capture.line.text() == "Stive udbudsregler"
    assert capture.line.hasFocus() and not helper.visible()
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    cards = [c for c in window.workshop.cards.values() if c.title == "Stive udbudsregler"]
    assert len(cards) == 1
    entry = lib.library.search("udbudsregler", kind="barrier")[0]
    assert entry.tag in cards[0].tags  # the card keeps the library entry's id
    assert capture.line.text() == ""
    # typing on without taking a suggestion: Escape closes the list, the card is untagged
    qtbot.keyClicks(capture.line, "barrierer i")
    qtbot.waitUntil(helper.visible, timeout=2000)
    qtbot.keyClick(capture.line, Qt.Key.Key_Escape)
    assert not helper.visible() and capture.line.hasFocus()
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    typed = next(c for c in window.workshop.cards.values() if c.title == "barrierer i")
    assert not any(t.startswith("coilib:") for t in typed.tags)


def test_suggestion_taken_with_a_click_in_the_inspector(open_window: Callable[..., Any],
                                                        qtbot: Any, library_path: Path) -> None:
    window, lib = _window(open_window, library_path)
    capture = window.quick_capture
    capture.set_kind("opportunity")
    capture.line.setText("Noget")
    capture.add.click()
    card = next(c for c in window.workshop.cards.values() if c.title == "Noget")
    window.inspector.show_cards([card.id])
    title = window.inspector.editors["title"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    title.selectAll()
    qtbot.keyClicks(title, "markedsdial")
    helper = lib.helpers[1]
    qtbot.waitUntil(helper.visible, timeout=2000)
    rect = helper.popup.list.visualItemRect(helper.popup.list.item(0))
    qtbot.mouseClick(helper.popup.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    card = window.workshop.cards[card.id]
    assert card.title == "Markedsdialog før udbuddet"
    assert any(t.startswith("coilib:o-") for t in card.tags)
    window.undo_stack.undo()
    assert window.workshop.cards[card.id].title == "Noget"


def test_add_to_canvas_and_seed_from_the_app(open_window: Callable[..., Any], qtbot: Any,
                                             library_path: Path) -> None:
    window, lib = _window(open_window, library_path)
    window.workshop.update_info(technology="rpa", phase="need")
    lib.dock.search.setText("funktionskrav")
    qtbot.waitUntil(lambda: lib.dock.results.count() == 1, timeout=2000)
    lib.dock.add_button.click()
    added = [c for c in window.workshop.cards.values() if c.title == "Skriv funktionskrav"]
    assert len(added) == 1 and added[0].kind == "action" and added[0].tags[0].startswith(
        "coilib:a-")
    before = len(window.workshop.cards)
    assert lib.seed_with("rpa", "need", 8) == 3
    seeded = [c for c in window.workshop.cards.values() if "from earlier workshops" in c.tags]
    assert len(seeded) == 3 and len(window.workshop.cards) == before + 3
    assert all(c.description.startswith("From earlier workshops") for c in seeded)
    window.undo_stack.undo()  # one step
    assert len(window.workshop.cards) == before
    window.undo_stack.redo()
    # the room confirms them: the mark goes, the library id stays (one undo step)
    assert lib.confirm() == 3
    kept = [window.workshop.cards[c.id] for c in seeded]
    assert all("from earlier workshops" not in c.tags and c.description == "" for c in kept)
    assert all(any(t.startswith("coilib:b-") for t in c.tags) for c in kept)
    window.undo_stack.undo()
    assert all("from earlier workshops" in window.workshop.cards[c.id].tags for c in seeded)


def test_new_workshop_dialog_can_seed_from_the_library(shell_env: Any, qtbot: Any,
                                                       tmp_path: Path,
                                                       library_path: Path) -> None:
    from coi_desktop.views import application
    from coi_desktop.views.dialogs.new_workshop import NewWorkshopDialog
    from coi_desktop.views.library.dock import remember_path
    from coi_desktop.views.library.seed_dialog import library_seed_row

    assert library_seed_row(NewWorkshopDialog(None, tmp_path)) is None  # nothing remembered
    remember_path(str(library_path))
    dialog = NewWorkshopDialog(None, tmp_path)
    row = library_seed_row(dialog)
    assert row is not None and "season.coilib" in row.check.text()
    assert not row.tech.isEnabled()
    row.check.setChecked(True)
    row.tech.setCurrentIndex(row.tech.findData("rpa"))
    row.phase_box.setCurrentIndex(row.phase_box.findData("need"))
    dialog.title.setText("Forberedt workshop")
    values = dialog.values()
    window = application.shell().create_workshop(dialog.path(), values.pop("title"),
                                                 values.pop("language"), values.pop("template"),
                                                 **values)
    if getattr(window, "library", None) is None:
        install(window)
    row.apply(window)
    seeded = [c for c in window.workshop.cards.values() if any(
        t in ("fra tidligere workshops", "from earlier workshops") for t in c.tags)]
    assert {c.title for c in seeded} == {"Stive udbudsregler", "Manglende budget efter piloten",
                                         "Barrierer i GDPR"}
