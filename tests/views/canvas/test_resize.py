"""Cards and groups are resized with the grip in their corner (issue 11): the text reflows,
the size lands in the model as one undo step, and undo gives the old size back."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from coi_desktop.models import Group, new_id

from .conftest import add, first_canvas


def _drag(view, start: QPointF, end: QPointF) -> None:
    vp = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 6):
        QTest.mouseMove(vp, a + (b - a) * (i / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_resizing_a_card_is_one_step_and_reflows_its_text(make_view) -> None:
    view = make_view()
    w = view.workshop
    cid = add(w, "barrier", "The tender describes the solution instead of the need",
              x=100, y=100)
    view.select_cards([cid])
    item = view.scene().card_item(cid)
    lines_before = len(item._layout()[2])
    grip = QPointF(100 + 180 - 6, 100 + 100 - 6)
    _drag(view, grip, grip + QPointF(220, 60))
    card = w.cards[cid]
    assert (round(card.width), round(card.height)) == (400, 160)
    assert (card.x, card.y) == (100, 100)  # resized, not moved
    assert view.undo_stack.count() == 1 and view.undo_stack.undoText() == "Resize card"
    assert len(item._layout()[2]) < lines_before  # a wider card: fewer title lines
    view.undo_stack.undo()
    assert (w.cards[cid].width, w.cards[cid].height) == (180, 100)
    assert item.card_rect().width() == 180


def test_a_card_keeps_a_readable_size(make_view) -> None:
    view = make_view()
    cid = add(view.workshop, "note", "N", x=100, y=100)
    view.select_cards([cid])
    grip = QPointF(274, 194)
    _drag(view, grip, grip - QPointF(170, 90))
    card = view.workshop.cards[cid]
    assert (card.width, card.height) == (120, 70)


def test_resizing_a_group_is_one_step(make_view) -> None:
    view = make_view()
    w = view.workshop
    gid = new_id()
    w.groups.add([Group(gid, first_canvas(w), "Frame", 100, 100, 500, 300)])
    inside = add(w, "note", "Inside", x=200, y=200)
    view.scene().groups[gid].setSelected(True)
    grip = QPointF(100 + 500 - 8, 100 + 300 - 8)
    _drag(view, grip, grip + QPointF(200, 100))
    g = w.groups[gid]
    assert (g.width, g.height, g.x, g.y) == (700, 400, 100, 100)
    assert (w.cards[inside].x, w.cards[inside].y) == (200, 200)
    assert view.undo_stack.count() == 1 and view.undo_stack.undoText() == "Resize group"
    view.undo_stack.undo()
    assert (w.groups[gid].width, w.groups[gid].height) == (500, 300)
    assert view.scene().groups[gid].boundingRect().width() < 520


def test_read_only_cards_do_not_resize(make_view) -> None:
    view = make_view()
    cid = add(view.workshop, "note", "N", x=100, y=100)
    view.select_cards([cid])
    view.set_read_only(True)
    grip = QPointF(274, 194)
    _drag(view, grip, grip + QPointF(100, 100))
    assert view.workshop.cards[cid].width == 180 and view.undo_stack.count() == 0


