"""Another program changing the open file (sqlite3 in a terminal) is noticed, never overwritten
silently: a bar offers Reload (the canvas shows their change, the undo history starts afresh)
or Keep my version (theirs goes to a snapshot, ours is written)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from coi_desktop.commands.cards import update_cards_command
from coi_desktop.storage import read_workshop
from coi_desktop.storage.copies import snapshots_of
from coi_desktop.views import application, file_watch

from .conftest import make_file


def _their_update(path: Path, card_id: str, title: str) -> None:
    """What a colleague's `sqlite3 workshop.coi "UPDATE cards SET title = …"` does."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE cards SET title = ? WHERE id = ?", (title, card_id))
        conn.commit()
    finally:
        conn.close()


def _card_titles_on_canvas(window: Any) -> set[str]:
    view = window.current_view()
    scene = view.scene()
    return {scene.card_item(cid).card.title for cid in window.workshop.cards
            if scene.card_item(cid) is not None}


def _opened(open_window: Any, tmp_path: Path) -> tuple[Any, str, Path]:
    path = make_file(tmp_path, "shared.coi", cards=2)
    window = open_window(path)
    card_id = sorted(window.workshop.cards)[0]
    assert window.file_watch.timer.isActive()
    assert window.changed_bar.isHidden()
    return window, card_id, path


def test_a_change_by_another_program_shows_the_bar_and_pauses_editing(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window, card_id, path = _opened(open_window, tmp_path)
    _their_update(path, card_id, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.changed_bar.isVisible(), timeout=file_watch.INTERVAL_MS * 3)
    assert "Another program changed this file" in window.changed_bar.label.text()
    assert window.read_only  # editing paused: nothing can be written over theirs
    ours = update_cards_command(window.workshop, {card_id: {"title": "Typed here"}})
    assert not window.push(ours)
    assert read_workshop(path).cards[card_id].title == "Changed in a terminal"


def test_reload_shows_their_title_and_clears_the_undo_history(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window, card_id, path = _opened(open_window, tmp_path)
    other = sorted(window.workshop.cards)[1]
    assert window.push(update_cards_command(window.workshop, {other: {"title": "Mine"}}))
    canvas = window.current_canvas_id()
    view = window.current_view()
    qtbot.wait(50)  # the page's first fit
    view.navigation.set_zoom(1.7)
    _their_update(path, card_id, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.changed_bar.isVisible(), timeout=file_watch.INTERVAL_MS * 3)

    centre = view.navigation.centre()  # as the user sees it now, with the bar
    window.changed_bar.reload_button.click()
    shell = application.shell()
    qtbot.waitUntil(lambda: len(shell.windows) == 1 and shell.windows[0] is not window)
    fresh = shell.windows[0]
    qtbot.waitExposed(fresh)
    assert fresh.current_canvas_id() == canvas
    fresh_view = fresh.current_view()  # where the user was looking, at the same zoom
    qtbot.waitUntil(lambda: abs(fresh_view.zoom() - 1.7) < 1e-6)
    again = fresh_view.navigation.centre()
    assert abs(again.x() - centre.x()) < 2 and abs(again.y() - centre.y()) < 2
    assert fresh.workshop.cards[card_id].title == "Changed in a terminal"
    assert {"Changed in a terminal", "Mine"} <= _card_titles_on_canvas(fresh)
    assert fresh.undo_stack.count() == 0 and not fresh.read_only
    assert "undo history" in fresh.statusBar().currentMessage()
    assert fresh.changed_bar.isHidden() and shell.welcome is None
    # editing goes on, on top of their change
    assert fresh.push(update_cards_command(fresh.workshop, {other: {"title": "Mine again"}}))
    again = read_workshop(path).cards
    assert (again[card_id].title, again[other].title) == ("Changed in a terminal", "Mine again")


def test_keep_my_version_writes_ours_after_the_choice_and_keeps_theirs_as_a_snapshot(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window, card_id, path = _opened(open_window, tmp_path)
    _their_update(path, card_id, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.changed_bar.isVisible(), timeout=file_watch.INTERVAL_MS * 3)
    # no silent overwrite before the choice: their title stays in the file
    qtbot.wait(file_watch.INTERVAL_MS * 2)
    assert read_workshop(path).cards[card_id].title == "Changed in a terminal"
    mine = window.workshop.cards[card_id].title

    window.changed_bar.keep_button.click()
    assert window.changed_bar.isHidden() and not window.read_only
    assert read_workshop(path).cards[card_id].title == mine  # ours is the file again
    (snapshot,) = snapshots_of(window.workshop_file.snapshot_dir, window.workshop.info.id)
    assert read_workshop(snapshot).cards[card_id].title == "Changed in a terminal"
    assert "snapshot" in window.statusBar().currentMessage()
    # the next edit is saved, and the watch is quiet (our own writes are not "another program")
    assert window.push(update_cards_command(window.workshop, {card_id: {"title": "Next"}}))
    qtbot.wait(file_watch.INTERVAL_MS * 2)
    assert window.changed_bar.isHidden()
    assert read_workshop(path).cards[card_id].title == "Next"


def test_an_edit_before_the_timer_noticed_shows_the_bar_not_a_dialog(
        open_window: Any, shell_env: Any, qtbot: Any, tmp_path: Path) -> None:
    window, card_id, path = _opened(open_window, tmp_path)
    window.file_watch.timer.stop()  # the other program was quicker than the next poll
    _their_update(path, card_id, "Changed in a terminal")
    assert not window.push(update_cards_command(window.workshop, {card_id: {"title": "Mine"}}))
    assert window.changed_bar.isVisible() and shell_env.errors == []
    assert "another program" in window.statusBar().currentMessage()
    assert read_workshop(path).cards[card_id].title == "Changed in a terminal"


def test_a_read_only_window_does_not_watch(open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = make_file(tmp_path, "ro.coi", cards=1)
    window = application.shell().open_path(path, readonly=True)
    assert window is not None and not window.file_watch.timer.isActive()


def test_the_bar_speaks_the_interface_language_and_its_keys_clash_with_no_menu(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from coi_desktop.views import i18n

    from .test_menu_mnemonics import mnemonic

    window, card_id, path = _opened(open_window, tmp_path)
    _their_update(path, card_id, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.changed_bar.isVisible(), timeout=file_watch.INTERVAL_MS * 3)
    assert not window.window_actions.actions["edit.add_card"].isEnabled()  # paused, visibly
    assert "read-only" in window.windowTitle()
    for lang, word in (("da", "Et andet program"), ("en", "Another program")):
        with qtbot.waitSignal(window.language_changed):
            window.window_actions.language_actions[lang].trigger()
        bar = window.changed_bar
        assert bar.label.text().startswith(word)
        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        keys = [mnemonic(bar.reload_button.text()), mnemonic(bar.keep_button.text())]
        assert None not in keys and not set(keys) & menus and keys[0] != keys[1]
    i18n.set_language("en")


def test_the_bar_frame_stands_out_in_high_contrast(qtbot: Any) -> None:
    """High contrast: the frame was the canvas's editor blue (#0040D0) on the black window,
    2.6:1; it takes the theme's yellow highlight, as the keyboard focus does."""
    from coi_desktop.theme import contrast
    from coi_desktop.views import theming

    theming.apply_theme("high_contrast")
    try:
        bar = file_watch.ChangedBar()
        qtbot.addWidget(bar)
        sheet = bar.styleSheet()
        colour = sheet.split("solid ")[1].split(";")[0].strip()
        assert contrast(colour, "#000000") >= 7, sheet
    finally:
        theming.apply_theme("light")
