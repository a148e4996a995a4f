"""QA findings in the main window, each a test that would have caught it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coi_desktop.commands.base import WorkshopCommand

from ..conftest import make_file


def test_undo_menu_names_the_action_in_sentence_case(open_window: Any, tmp_path: Path) -> None:
    """'Undo Move cards' / 'Fortryd Flyt kort' read as a typo; '&' in a title is no mnemonic."""
    window = open_window(make_file(tmp_path, "undo.coi", cards=2))
    window.undo_stack.push(WorkshopCommand(window.workshop, "Move cards", []))
    undo = window.window_actions["edit.undo"]
    assert undo.text() == "&Undo move cards"
    assert undo.toolTip() == "Undo move cards"
    window.undo_stack.push(WorkshopCommand(window.workshop, "Rename 'R&D'", []))
    assert undo.text() == "&Undo rename 'R&&D'"
    assert undo.toolTip() == "Undo rename 'R&D'"
    window.undo_stack.push(WorkshopCommand(window.workshop, "GDPR check", []))
    assert undo.text() == "&Undo GDPR check"  # an acronym keeps its capitals
    window.undo_stack.undo()
    assert window.window_actions["edit.redo"].text() == "&Redo GDPR check"


def test_find_field_is_wide_enough_beside_the_filters(open_window: Any, tmp_path: Path,
                                                      qtbot: Any) -> None:
    """The search field was squeezed to ~60 px (a word barely fits) by the filter boxes."""
    window = open_window(make_file(tmp_path, "find.coi", cards=3))
    window.resize(1440, 900)
    window.window_actions["edit.find"].trigger()
    bar = window.find_bar
    qtbot.waitUntil(bar.isVisible)
    bar.text.setText("Manglende budget")
    qtbot.wait(10)
    assert bar.text.width() >= 160
    assert bar.text.width() >= bar.category.width()
    right = bar.close_button.geometry().right()
    assert right <= bar.width()


def test_panels_opened_later_get_a_usable_height(open_window: Any, tmp_path: Path,
                                                 qtbot: Any) -> None:
    """Voting then Analysis under the inspector: each was a sliver of a few rows."""
    window = open_window(make_file(tmp_path, "docks.coi", cards=3))
    window.resize(1440, 900)
    window.room.actions["room.voting"].trigger()
    qtbot.waitUntil(lambda: window.room.voting.height() >= 240)
    window.analysis_dock.toggleViewAction().trigger()
    dock = window.analysis_dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.height() >= 240)
    assert window.inspector.height() > 0


def test_outline_names_the_canvas_when_there_are_several(open_window: Any, tmp_path: Path,
                                                         qtbot: Any) -> None:
    """The same actor on two canvases was listed twice with nothing to tell them apart."""
    from coi_desktop.models import Card, new_id
    from coi_desktop.views.docks.outline import CANVAS_ROLE

    window = open_window(make_file(tmp_path, "two.coi", cards=0))
    first = window.current_canvas_id()
    outline = window.outline
    outline.show()
    window.workshop.cards.add([Card(new_id(), first, "actor", "Alone", x=1.0, y=1.0)])
    outline.rebuild()
    tree = outline.tree

    def actors() -> Any:
        return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                    if tree.topLevelItem(i).data(0, 257) == "actor")

    assert actors().child(0).data(0, CANVAS_ROLE) is None  # one canvas: nothing to tell apart
    window.canvases.add_canvas("blank", "Second board")
    second = window.current_canvas_id()
    window.workshop.cards.add([Card(new_id(), second, "actor", "Kommunen", x=1.0, y=1.0)])
    outline.rebuild()
    names = {actors().child(n).data(0, CANVAS_ROLE) for n in range(actors().childCount())}
    assert "Second board" in names and len(names) == 2
    outline.resize(420, 600)
    qtbot.wait(10)
    index = tree.indexFromItem(next(actors().child(n) for n in range(actors().childCount())
                                    if actors().child(n).text(0) == "Kommunen"))
    rect = tree.visualRect(index)
    assert rect.width() > 200
    image = tree.viewport().grab().toImage()
    right = [image.pixelColor(x, y) for x in range(rect.right() - 60, rect.right() - 4)
             for y in range(rect.top() + 2, rect.bottom() - 2)]
    assert any(c.lightness() < 200 for c in right)  # the canvas name is drawn at the right
