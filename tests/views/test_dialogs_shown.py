"""What the user sees in the small dialogs: the keyboard-shortcut sheet (F1), the About box
and the error and file-in-use messages (views/dialogs/shortcuts.py, about.py, errors.py).

The error functions are the real ones here (the `shell_env` fixture replaces them with
recorders elsewhere): each test answers the real modal box the way a user would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coi_desktop import __version__
from coi_desktop.views import i18n

from .conftest import answer_modal, make_file

# -- errors.py --------------------------------------------------------------------------------

def test_an_error_is_one_plain_sentence_closed_with_enter(qapp: Any, qtbot: Any) -> None:
    from coi_desktop.views.dialogs.errors import show_error_message

    i18n.set_language("en")
    seen: dict[str, Any] = {}

    def read_and_press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.update(title=box.windowTitle(), text=box.text(), icon=box.icon(),
                    buttons=[b.text() for b in box.buttons()])
        qtbot.keyClick(box, Qt.Key.Key_Return)
        seen["closed"] = not box.isVisible()

    failures = answer_modal(read_and_press_enter)
    show_error_message(None, "The file <b>x.coi</b> is damaged & cannot be opened.")
    assert failures == []
    assert seen["title"] == "COI Desktop"
    # Shown literally: a file name with markup never turns into formatting.
    assert seen["text"] == "The file <b>x.coi</b> is damaged & cannot be opened."
    assert seen["icon"] == QMessageBox.Icon.Warning
    assert seen["buttons"] == ["&OK"] or seen["buttons"] == ["OK"]
    assert seen["closed"]


def test_file_in_use_offers_read_only_enter_accepts_escape_declines(qapp: Any,
                                                                     qtbot: Any) -> None:
    from coi_desktop.views.dialogs.errors import ask_open_read_only

    i18n.set_language("da")
    try:
        seen: dict[str, Any] = {}

        def read_and_press(key: Qt.Key) -> Callable[[QWidget], None]:
            def act(box: QWidget) -> None:
                assert isinstance(box, QMessageBox)
                seen.update(title=box.windowTitle(), text=box.text(),
                            default=box.defaultButton().text())
                qtbot.keyClick(box, key)
            return act

        failures = answer_modal(read_and_press(Qt.Key.Key_Return))
        assert ask_open_read_only(None, "Filen bruges af et andet vindue.") is True
        assert failures == []
        assert seen == {"title": "Filen er i brug", "text": "Filen bruges af et andet vindue.",
                        "default": "Åbn skrivebeskyttet"}

        failures = answer_modal(read_and_press(Qt.Key.Key_Escape))
        assert ask_open_read_only(None, "Filen bruges af et andet vindue.") is False
        assert failures == []
    finally:
        i18n.set_language("en")


# -- about.py ---------------------------------------------------------------------------------

def test_about_box_names_version_licences_and_speaks_danish(open_window: Any,
                                                            tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "about.coi"))
    seen: list[tuple[str, str]] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    for lang in ("en", "da"):
        i18n.set_language(lang)
        failures = answer_modal(read)
        window.window_actions["help.about"].trigger()
        assert failures == []
    (en_title, en_text), (da_title, da_text) = seen
    assert en_title == "About COI Desktop" and da_title == "Om COI Desktop"
    for text in (en_text, da_text):
        assert f"COI Desktop {__version__}" in text
        assert "MIT" in text and "DejaVu Sans" in text and "LGPL" in text
    assert "offline" in en_text and "Center for Offentlig Innovation" in en_text
    assert "Ingen konto, intet netværk." in da_text and "No account, no network." in en_text


# -- shortcuts.py -----------------------------------------------------------------------------

def rows(dialog: Any) -> list[tuple[str, str, bool]]:
    tree = dialog.tree
    return [(tree.topLevelItem(i).text(0).strip(), tree.topLevelItem(i).text(1),
             tree.topLevelItem(i).isHidden()) for i in range(tree.topLevelItemCount())]


def test_shortcut_sheet_lists_what_works_now_grouped_and_searchable(
        open_window: Any, tmp_path: Path, qtbot: Any) -> None:
    from coi_desktop.views.dialogs.shortcuts import ShortcutsDialog

    window = open_window(make_file(tmp_path, "keys.coi"))
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    found = {text: keys for text, keys, _hidden in rows(dialog)}
    headings = [text for text, keys, _h in rows(dialog) if not keys]
    # One heading per menu with shortcuts, in menu order; the canvas's gestures last.
    assert headings[:4] == ["File", "Edit", "View", "Canvas"]
    assert "Room" in headings and headings[-1] == "On the canvas"
    assert found["Undo"].startswith("Ctrl+Z")
    assert found["Redo"].split(", ") == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert found["Projector view"] == "F5"  # a feature's command is listed too
    assert found["Group selected cards"] == "Ctrl+G"
    assert found["Pan the canvas"] == "Wheel, Space+drag"
    # Only keys a keyboard has: no F13-F35, no dedicated Undo/Copy keys.
    every = ", ".join(found.values())
    assert "F13" not in every and "Undo" not in every.replace("Ctrl", "")
    assert all(keys.count(",") <= 1 for text, keys in found.items()
               if text not in ("Pan the canvas",))  # at most two bindings a command

    qtbot.keyClicks(dialog.search, "zoom")
    visible = [text for text, _k, hidden in rows(dialog) if not hidden]
    assert visible and all("zoom" in text.casefold() for text in visible)
    assert "Undo" not in visible
    dialog.search.clear()
    assert not any(hidden for _t, _k, hidden in rows(dialog))


def test_shortcut_sheet_in_danish(open_window: Any, tmp_path: Path, qtbot: Any) -> None:
    from coi_desktop.views.dialogs.shortcuts import ShortcutsDialog

    window = open_window(make_file(tmp_path, "taster.coi"))
    i18n.set_language("da")
    QApplication.processEvents()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tastaturgenveje"
    assert dialog.tree.headerItem().text(0) == "Kommando"
    headings = [text for text, keys, _h in rows(dialog) if not keys]
    assert headings[0] == "Filer" and headings[-1] == "På lærredet"
    found = {text: keys for text, keys, _hidden in rows(dialog)}
    assert found["Fortryd"].startswith("Ctrl+Z")
