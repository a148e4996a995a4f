"""Mouse and keyboard gestures on the canvas become one undo step each."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coi_desktop.models import Group, new_id

from .conftest import add, first_canvas


def _view_point(view, scene_x: float, scene_y: float) -> QPoint:
    return view.mapFromScene(QPointF(scene_x, scene_y))


def _drag(view, start: QPoint, end: QPoint, steps: int = 5) -> None:
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_dragging_three_selected_cards_is_one_undo_step(make_view) -> None:
    view = make_view()
    w = view.workshop
    ids = [add(w, title=f"c{i}", x=100 + 220 * i, y=200) for i in range(3)]
    view.select_cards(ids)
    start = _view_point(view, 190, 250)  # the middle of the first card
    _drag(view, start, start + QPoint(150, 120))
    assert view.undo_stack.count() == 1
    assert view.undo_stack.text(0) == "Move 3 cards"
    moved = [(w.cards.require(i).x, w.cards.require(i).y) for i in ids]
    assert moved == [(250 + 220 * i, 320) for i in range(3)]
    view.undo_stack.undo()
    assert [(w.cards[i].x, w.cards[i].y) for i in ids] == [(100 + 220 * i, 200) for i in range(3)]
    items = [view.scene().card_item(i).pos() for i in ids]
    assert items == [QPointF(100 + 220 * i, 200) for i in range(3)]


def test_links_follow_cards_during_a_drag(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b = add(w, "actor", x=100, y=100), add(w, "barrier", x=600, y=100)
    w.links.add([w.links.new(a, b)])
    link_item = next(iter(view.scene().links.values()))
    before = link_item.line.p1()
    vp = view.viewport()
    start = _view_point(view, 190, 150)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, start + QPoint(0, 100))
    QTest.mouseMove(vp, start + QPoint(0, 200))
    assert link_item.line.p1().y() > before.y() + 150  # moved before the release
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(0, 200))
    assert w.cards.require(a).y == 300


def test_card_dropped_into_a_quadrant_takes_power_and_interest(make_view) -> None:
    view = make_view("power_interest")
    w = view.workshop
    zones = {z.key: z for z in w.canvases.layout(view.canvas_id).zones}
    monitor, manage = zones["monitor"], zones["manage_closely"]
    x, y = monitor.x + 40, monitor.y + monitor.height / 2
    cid = add(w, "actor", "Mayor", x=x, y=y, power=1, interest=2)  # "monitor"
    view.fit_all()
    view.select_cards([cid])
    start = _view_point(view, x + 90, y + 50)
    end = _view_point(view, *manage.anchor())  # "manage closely": high power and interest
    _drag(view, start, end)
    card = w.cards.require(cid)
    assert (card.power, card.interest) == (4, 4)
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    card = w.cards.require(cid)
    assert (card.power, card.interest, card.x, card.y) == (1, 2, x, y)


def test_moving_a_group_frame_moves_its_cards_in_one_step(make_view) -> None:
    view = make_view()
    w = view.workshop
    inside = [add(w, x=120 + 200 * i, y=160) for i in range(2)]
    outside = add(w, x=900, y=600)
    group = Group(new_id(), first_canvas(w), "Legal", x=100, y=100, width=450, height=200)
    w.groups.add([group])
    title = _view_point(view, 200, 120)  # on the frame's title bar
    _drag(view, title, title + QPoint(100, 50))
    assert view.undo_stack.count() == 1
    assert (w.groups[group.id].x, w.groups[group.id].y) == (200, 150)
    assert [(w.cards[i].x, w.cards[i].y) for i in inside] == [(220, 210), (420, 210)]
    assert (w.cards.require(outside).x, w.cards.require(outside).y) == (900, 600)
    view.undo_stack.undo()
    assert (w.groups[group.id].x, w.groups[group.id].y) == (100, 100)
    assert [(w.cards[i].x, w.cards[i].y) for i in inside] == [(120, 160), (320, 160)]


def test_dragging_from_the_handle_links_two_cards(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b = add(w, "actor", x=100, y=100), add(w, "barrier", x=600, y=100)
    view.select_cards([a])
    handle = _view_point(view, 280, 150)  # the handle on the right edge of a
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, handle)
    QTest.mouseMove(vp, _view_point(view, 500, 150))
    QTest.mouseMove(vp, _view_point(view, 690, 150))
    assert view.scene().card_item(b).targeted  # the card the link would end on is marked
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       _view_point(view, 690, 150))
    assert not view.scene().card_item(b).targeted
    (link,) = w.links.values()
    assert (link.source_id, link.target_id, link.relation) == (a, b, "experiences")
    assert (w.cards.require(a).x, w.cards.require(a).y) == (100, 100)  # the card did not move
    assert view.undo_stack.count() == 1


def test_double_click_on_empty_space_adds_a_card_and_edits_its_title(make_view) -> None:
    view = make_view()
    w = view.workshop
    view.set_default_kind("barrier")
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, _view_point(view, 700, 500))
    (card,) = w.cards.values()
    assert card.kind == "barrier"
    assert view.titles.editor is not None
    QTest.keyClicks(view.titles.editor, "No budget after the pilot")
    QTest.keyClick(view.titles.editor, Qt.Key.Key_Return)
    assert w.cards.require(card.id).title == "No budget after the pilot"
    assert view.undo_stack.count() == 1  # the add and its first title: one step
    view.undo_stack.undo()
    assert not w.cards
    view.undo_stack.redo()
    assert w.cards.require(card.id).title == "No budget after the pilot"


def test_escape_on_a_new_empty_card_leaves_nothing(make_view) -> None:
    view = make_view()
    view.add_card("note")
    assert view.workshop.cards
    QTest.keyClick(view.titles.editor, Qt.Key.Key_Escape)
    assert not view.workshop.cards
    assert view.undo_stack.count() == 0


def test_f2_edits_the_title_and_escape_cancels(make_view) -> None:
    view = make_view()
    w = view.workshop
    cid = add(w, title="Old", x=100, y=100)
    view.select_cards([cid])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.titles.editor
    editor.selectAll()
    QTest.keyClicks(editor, "New")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert w.cards.require(cid).title == "Old"
    assert view.undo_stack.count() == 0
    QTest.keyClick(view, Qt.Key.Key_F2)
    view.titles.editor.selectAll()
    QTest.keyClicks(view.titles.editor, "New")
    QTest.keyClick(view.titles.editor, Qt.Key.Key_Return)
    assert w.cards.require(cid).title == "New"
    assert view.undo_stack.count() == 1


def test_keyboard_delete_removes_selected_cards_and_links(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b, c = (add(w, "actor", x=100 + 300 * i, y=100) for i in range(3))
    w.links.add([w.links.new(a, b), w.links.new(b, c)])
    view.select_cards([a])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert set(w.cards) == {b, c}
    assert len(w.links) == 1
    view.undo_stack.undo()
    assert set(w.cards) == {a, b, c}
    assert len(w.links) == 2
    assert len(view.scene().links) == 2


def test_arrow_keys_nudge_the_selection(make_view) -> None:
    view = make_view()
    cid = add(view.workshop, x=100, y=100)
    view.select_cards([cid])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    card = view.workshop.cards.require(cid)
    assert (card.x, card.y) == (110, 150)
    assert view.undo_stack.count() == 1  # nudges in a row are one step
    view.undo_stack.undo()
    assert (view.workshop.cards.require(cid).x, view.workshop.cards.require(cid).y) == (100, 100)


def test_ctrl_wheel_zooms_around_the_cursor(make_view) -> None:
    view = make_view()
    anchor = QPoint(300, 200)
    before = view.mapToScene(anchor)
    event = QWheelEvent(QPointF(anchor), QPointF(view.viewport().mapToGlobal(anchor)), QPoint(),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    after = view.mapToScene(anchor)
    assert abs(view.zoom() - 1.25) < 1e-6
    assert abs(before.x() - after.x()) <= 2 and abs(before.y() - after.y()) <= 2
    view.zoom_out()
    assert abs(view.zoom() - 1.0) < 1e-6


def test_the_view_does_not_jump_after_a_drag_past_the_edge(make_view) -> None:
    """Dragging a card beyond the board grows the scene; the screen stays where it was."""
    for zoom in (1.0, 0.5):
        view = make_view("power_interest")
        w = view.workshop
        cid = add(w, "actor", "Mayor", x=100, y=300)
        view.navigation.set_zoom(zoom)
        view.centerOn(190, 350)
        before = view.navigation.centre()
        start = _view_point(view, 190, 350)
        _drag(view, start, start + QPoint(-300, -250))
        assert w.cards.require(cid).x < 0  # past the board's left edge: the scene grew
        after = view.navigation.centre()
        assert abs(after.x() - before.x()) < 1 and abs(after.y() - before.y()) < 1
        view.undo_stack.undo()
        assert view.navigation.centre() == after  # nor after the undo
