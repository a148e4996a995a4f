"""Switching the interface language retranslates the window at once, without losing work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coi_desktop.views import i18n, settings

from .conftest import make_file


def titles(window: Any) -> list[str]:
    return [window.menu(name).title() for name in
            ("file", "edit", "view", "canvas", "workshop", "help")]


def test_switching_language_retranslates_menus_docks_and_keeps_work(
        open_window: Any, tmp_path: Path, qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, "lang.coi", cards=2, kind="barrier"))
    window.quick_capture.line.setText("Typed before switching")
    window.quick_capture.line.returnPressed.emit()
    steps = window.undo_stack.count()
    cards = dict(window.workshop.cards)
    assert titles(window)[:2] == ["&File", "&Edit"]
    assert window.inspector.windowTitle() == "Inspector"

    with qtbot.waitSignal(window.language_changed):
        window.window_actions.language_actions["da"].trigger()
    assert i18n.current_language() == "da"
    assert settings.language_setting() == "da"
    assert titles(window)[:2] == ["&Filer", "R&ediger"]
    assert window.window_actions["edit.undo"].text().startswith("&Fortryd")
    assert window.inspector.windowTitle() == "Egenskaber"
    assert window.outline.windowTitle() == "Oversigt"
    # the kind chooser is the program's own words: in the interface language, whatever the
    # workshop's content language (English here)
    assert window.kind_combo.itemText(window.kind_combo.findData("barrier")) == "Barriere"
    assert window.window_actions.kind_actions["barrier"].text() == "Barriere"
    assert window.undo_stack.count() == steps and window.workshop.cards == cards

    with qtbot.waitSignal(window.language_changed):
        window.window_actions.language_actions["en"].trigger()
    assert titles(window)[:2] == ["&File", "&Edit"]
    assert window.inspector.windowTitle() == "Inspector"
    assert window.undo_stack.count() == steps


def test_language_follows_the_system_until_chosen(shell_env: Any,
                                                  monkeypatch: Any) -> None:
    monkeypatch.setenv("COI_LANG", "da_DK.UTF-8")
    assert settings.language_setting() == "system"
    assert settings.effective_language() == "da"
    monkeypatch.setenv("COI_LANG", "en_GB.UTF-8")
    assert settings.effective_language() == "en"
    settings.set_language_setting("da")
    assert settings.effective_language() == "da"


def test_taxonomy_labels_follow_the_workshops_language(open_window: Any, tmp_path: Path,
                                                      qtbot: Any) -> None:
    from coi_desktop.commands.workshop import update_info_command

    window = open_window(make_file(tmp_path, "words.coi", cards=1, kind="barrier"))
    window.current_view().select_cards(list(window.workshop.cards))
    category = window.inspector.editors["category"]
    assert category.findText("Law and regulation") >= 0
    window.push(update_info_command(window.workshop, {"language": "da"}))
    qtbot.waitUntil(lambda: category.findText("Jura og regler") >= 0)
    # the program's own words do not change with the workshop's language
    assert window.kind_combo.itemText(window.kind_combo.findData("barrier")) == "Barrier"
    assert window.menu("file").title() == "&File"


def test_panels_speak_the_interface_language_whatever_the_workshops(
        open_window: Any, tmp_path: Path, qtbot: Any) -> None:
    """A Danish workshop in the English interface: the program's words (kind chooser,
    legend, outline headings, template menu) are English; the workshop's own words on
    its cards and in its fields stay Danish (its content language)."""
    from PySide6.QtWidgets import QLabel

    from coi_desktop.commands.workshop import update_info_command

    window = open_window(make_file(tmp_path, "dansk.coi", cards=2, kind="barrier"))
    window.push(update_info_command(window.workshop, {"language": "da"}))
    window.current_view().select_cards(sorted(window.workshop.cards)[:1])
    legend_texts = lambda: {w.text() for w in window.legend.findChildren(QLabel)}  # noqa: E731
    qtbot.waitUntil(lambda: "Jura og regler" in {window.inspector.editors["category"]
                                                 .itemText(i) for i in range(12)})
    assert window.kind_combo.currentText() == "Barrier"
    qtbot.waitUntil(lambda: {"Barrier", "Law and regulation"} <= legend_texts())
    assert "Barriere" not in legend_texts()
    tree = window.outline.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any(h.startswith("Barrier (") for h in headings), headings
    window.menu("canvas.add").aboutToShow.emit()
    assert window.menu("canvas.add").actions()[1].text() == "Power–interest grid"
    # ... while a canvas added from the menu is named in the workshop's language
    window.menu("canvas.add").actions()[1].trigger()
    assert window.workshop.canvases.require(window.current_canvas_id()).name != \
        "Power–interest grid"
