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


def test_title_editor_is_readable_when_zoomed_out(make_view) -> None:
    """At a board-wide zoom (29 %) F2 opened a 50-px box with 9-px text."""
    from coi_desktop.views.canvas.editor import MIN_FONT_PX, MIN_SIZE

    view = make_view()
    card = add(view.workshop, "barrier", title="Udbudsregler", x=300, y=300)
    view.navigation.set_zoom(0.29)
    view.centerOn(390, 350)
    view.select_cards([card])
    view.edit_selected_title()
    editor = view.titles.editor
    assert editor is not None
    assert editor.width() >= MIN_SIZE[0] and editor.height() >= MIN_SIZE[1]
    assert editor.font().pixelSize() >= MIN_FONT_PX
    assert view.viewport().rect().contains(editor.geometry())
    assert editor.toPlainText() == "Udbudsregler"


def test_title_editor_keeps_the_card_size_when_zoomed_in(make_view) -> None:
    view = make_view()
    card = add(view.workshop, "barrier", title="Udbudsregler", x=300, y=300)
    view.navigation.set_zoom(2.0)
    view.centerOn(390, 350)
    view.select_cards([card])
    view.edit_selected_title()
    item_rect = view.mapFromScene(view.scene().card_item(card).scene_card_rect()).boundingRect()
    assert abs(view.titles.editor.width() - (item_rect.width() + 4)) <= 2
