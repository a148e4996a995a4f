"""QA findings on the canvas, each a test that would have caught it."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from .conftest import add


def test_link_with_three_selected_links_first_to_the_others_in_one_step(make_view) -> None:
    """'Link' was enabled with 3+ cards selected but silently did nothing."""
    stack = QUndoStack()
    view = make_view(stack=stack)
    w = view.workshop
    barrier = add(w, "barrier", x=500, y=0)
    actors = [add(w, "actor", title=f"A{i}", x=0, y=200 * i) for i in range(3)]
    view.select_cards([barrier, *actors])
    view._selection_order = [barrier, *actors]
    assert view.link_selected() is not None
    pairs = {(lk.source_id, lk.target_id) for lk in w.links.values()}
    assert pairs == {(a, barrier) for a in actors}  # actor → barrier, the default direction
    assert stack.count() == 1 and stack.undoText() == "Link 4 cards"
    stack.undo()
    assert not w.links
    stack.redo()
    assert len(w.links) == 3
    view.select_cards([barrier, *actors])
    assert view.link_selected() is None  # all linked already: nothing new, no empty step
    assert stack.count() == 1
