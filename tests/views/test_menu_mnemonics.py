"""Within every menu of the main window each Alt+letter (the "&" mnemonic) is used once.

The Danish Rediger menu had Alt+F four times (Fortryd, Fortryd fortryd, …), so the letter
only cycled between entries instead of choosing one; Vis, Rum and Arrangér clashed too.
The test opens a window, switches the interface to Danish and back to English, and walks
the menu bar recursively, submenus included (menus filled on opening are opened first).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from coi_desktop.views import i18n

from .conftest import make_file


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def menu_clashes(menu: QMenu, path: str = "") -> dict[str, dict[str, list[str]]]:
    """{menu path: {letter: [texts]}} for letters used more than once in one menu."""
    menu.aboutToShow.emit()  # recent files, templates and export fill themselves here
    where = f"{path} > {menu.title()}" if path else menu.title()
    seen: dict[str, list[str]] = {}
    out: dict[str, dict[str, list[str]]] = {}
    for action in menu.actions():
        if action.isSeparator():  # hidden entries too: they may be shown later
            continue
        letter = mnemonic(action.text())
        if letter:
            seen.setdefault(letter, []).append(action.text())
        if action.menu() is not None:
            out.update(menu_clashes(action.menu(), where))
    double = {k: v for k, v in seen.items() if len(v) > 1}
    if double:
        out[where] = double
    return out


def bar_clashes(window: Any) -> dict[str, dict[str, list[str]]]:
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    out: dict[str, dict[str, list[str]]] = {}
    seen: dict[str, list[str]] = {}
    for menu in menus:
        letter = mnemonic(menu.title())
        if letter:
            seen.setdefault(letter, []).append(menu.title())
        out.update(menu_clashes(menu))
    double = {k: v for k, v in seen.items() if len(v) > 1}
    if double:
        out["menu bar"] = double
    return out


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_menu_has_unique_mnemonics(language: str, open_window: Any, tmp_path: Path,
                                         qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, f"menus-{language}.coi", cards=2))
    # switch away and back so the check also covers retranslation, not only first build
    for lang in ("da", "en") if language == "en" else ("en", "da"):
        if i18n.current_language() != lang:
            with qtbot.waitSignal(window.language_changed):
                window.window_actions.language_actions[lang].trigger()
    assert i18n.current_language() == language
    assert window.menu("edit").title() == ("R&ediger" if language == "da" else "&Edit")
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) >= 7
    assert bar_clashes(window) == {}
