"""Keyboard and screen-reader access: every command has a unique shortcut or a menu
mnemonic, widgets are named, and card text grows for the projector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from coi_desktop.views import settings

from .conftest import make_file


def menu_actions(menu: Any) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found


def test_no_two_commands_share_a_shortcut(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "keys.coi"))
    owner: dict[str, str] = {}
    actions = {a for a in window.findChildren(QAction) if a.shortcuts()}
    for action in actions:
        for keys in action.shortcuts():
            text = keys.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owner, f"{text}: {owner.get(text)} and {action.text()}"
            owner[text] = action.text()
    for wanted in ("Ctrl+Z", "Ctrl+F", "Ctrl+D", "Ctrl+E", "L", "F1", "F2", "Del"):
        assert wanted in owner, wanted


def test_every_menu_command_is_reachable_from_the_keyboard(open_window: Any,
                                                           tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "menus.coi"))
    titles = [a.text() for a in window.menuBar().actions()]
    mnemonics = [t[t.index("&") + 1].lower() for t in titles if "&" in t]
    assert len(mnemonics) == len(titles), titles
    assert len(set(mnemonics)) == len(mnemonics), titles
    own = set(window.window_actions.actions)
    for top in window.menuBar().actions():
        # Every entry of an open menu is reachable with the arrow keys; the shell's own
        # commands also carry a mnemonic or a shortcut so they are one keystroke away.
        entries = [a for a in menu_actions(top.menu()) if a.objectName() in own]
        letters = [a.text()[a.text().index("&") + 1].lower() for a in entries
                   if "&" in a.text()]
        for action in entries:
            assert "&" in action.text() or action.shortcuts() or action.menu(), \
                f"{top.text()} → {action.text()!r} has neither a mnemonic nor a shortcut"
        assert letters or not entries, top.text()


def test_widgets_carry_accessible_names(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "names.coi"))
    for widget in (window.quick_capture.line, window.quick_capture.kind, window.kind_combo,
                   window.find_bar.text, window.outline.search, window.outline.tree,
                   *window.inspector.editors.values()):
        assert widget.accessibleName().strip(), widget.objectName()


def test_card_text_scales_and_the_setting_is_kept(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "scale.coi", cards=1))
    style = window.current_view().scene().card_style
    before = settings.font_scale()
    window.window_actions["view.text_larger"].trigger()
    window.window_actions["view.text_larger"].trigger()
    assert settings.font_scale() > before
    assert style.scale == settings.font_scale()
    window.window_actions["view.text_reset"].trigger()
    assert settings.font_scale() == 1.0


def test_keyboard_reaches_canvas_outline_and_inspector(open_window: Any, tmp_path: Path,
                                                       qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from .conftest import activate

    window = open_window(make_file(tmp_path, "focus.coi", cards=2))
    window.current_view().select_cards([next(iter(window.workshop.cards))])
    activate(qtbot, window)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_3, mods)
    assert window.inspector.editors["title"].hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, mods)
    assert window.outline.tree.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, mods)
    assert window.current_view().hasFocus()
