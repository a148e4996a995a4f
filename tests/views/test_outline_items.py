"""The outline lists items, not placements: an actor placed on two canvases is one row (the
demo listed "Hjemmeplejen i Vesterå" three times and counted every placement), says on how
many canvases it is, and opens to a row per canvas that jumps to that placement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coi_desktop.models import Card, new_id
from coi_desktop.models.registry import ACTOR

from .conftest import make_file


def _actors(tree: Any) -> Any:
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, 257) == ACTOR)


def test_an_item_on_two_canvases_is_one_row_and_one_count(open_window: Any, tmp_path: Path,
                                                          qtbot: Any) -> None:
    from coi_desktop.views.docks.outline import CANVAS_ROLE, CARD_ROLE

    window = open_window(make_file(tmp_path, "items.coi"))
    first = window.current_canvas_id()
    window.canvases.add_canvas("blank", "Second board")
    second = window.current_canvas_id()
    shared = Card(new_id(), first, ACTOR, "Hjemmeplejen i Vesterå", x=40.0, y=40.0)
    window.workshop.cards.add([
        shared, Card(new_id(), first, ACTOR, "Ældrerådet", x=300.0, y=40.0),
        Card(new_id(), second, ACTOR, "Hjemmeplejen i Vesterå", x=600.0, y=400.0,
             item_id=shared.id)])
    outline = window.outline
    outline.show()
    outline.rebuild()
    actors = _actors(outline.tree)
    assert actors.text(0).endswith("(2)")  # two actors, three placements
    rows = [actors.child(n) for n in range(actors.childCount())]
    assert sorted(r.text(0) for r in rows) == ["Hjemmeplejen i Vesterå", "Ældrerådet"]
    row = next(r for r in rows if r.text(0) == "Hjemmeplejen i Vesterå")
    assert row.data(0, CANVAS_ROLE) == "on 2 canvases"
    assert [row.child(n).text(0) for n in range(row.childCount())] == [
        window.workshop.canvases.require(first).name, "Second board"]
    # its row per canvas goes to that placement
    second_placement = row.child(1).data(0, CARD_ROLE)
    outline.tree.itemClicked.emit(row.child(1), 0)
    assert window.current_canvas_id() == second
    assert window.current_view().selected_card_ids() == [second_placement]
    # the item's own row: its placement on the canvas shown now
    window.set_current_canvas(first)
    outline.tree.itemClicked.emit(row, 0)
    assert window.current_canvas_id() == first
    assert window.current_view().selected_card_ids() == [shared.id]
    # the search finds it once, too
    outline.search.setText("vesterå")
    outline.rebuild()
    assert _actors(outline.tree).text(0).endswith("(1)")
