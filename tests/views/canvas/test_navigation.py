"""Selecting, navigating and the zoomed-out overview."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest

from .conftest import add


def _vp(view, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def test_rubber_band_and_ctrl_click_select(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b, c = (add(w, x=100 + 250 * i, y=100) for i in range(3))
    vp = view.viewport()
    start, end = _vp(view, 60, 60), _vp(view, 560, 260)  # around a and b, from empty space
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * (i / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert set(view.selected_card_ids()) == {a, b}
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     _vp(view, 690, 150))
    assert set(view.selected_card_ids()) == {a, b, c}
    assert view.undo_stack.count() == 0  # selecting changes nothing


def test_links_are_selectable_and_deletable(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b = add(w, "actor", x=100, y=100), add(w, "actor", x=700, y=100)
    link = w.links.new(a, b)
    w.links.add([link])
    vp = view.viewport()
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _vp(view, 490, 150))  # on the line between the two cards
    assert view.scene().links[link.id].isSelected()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not w.links and set(w.cards) == {a, b}
    view.undo_stack.undo()
    assert link.id in w.links


def test_select_all_and_tab_through_cards(make_view) -> None:
    view = make_view()
    w = view.workshop
    ids = [add(w, x=100 + 250 * i, y=100) for i in range(3)]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_card_ids()) == set(ids)
    view.select_cards([])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_card_ids() == [ids[0]]
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_card_ids() == [ids[1]]
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_card_ids() == [ids[0]]
    assert view.focusNextPrevChild(False) in (True, False)  # before the first card: leaves
    assert view.selected_card_ids() == []


def test_space_drag_pans_without_moving_cards(make_view) -> None:
    view = make_view()
    w = view.workshop
    cid = add(w, x=400, y=300)
    view.setFocus()
    before = view.mapToScene(QPoint(0, 0))
    QTest.keyPress(view, Qt.Key.Key_Space)
    vp = view.viewport()
    start = _vp(view, 490, 350)  # on the card
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + QPoint(-30 * i, -20 * i))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(-150, -100))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(QPoint(0, 0))
    assert (after - before).manhattanLength() > 100
    assert (w.cards.require(cid).x, w.cards.require(cid).y) == (400, 300)
    assert view.undo_stack.count() == 0


def test_zoom_commands_fit_and_selection(make_view) -> None:
    view = make_view("barrier_board")
    zooms = []
    view.zoom_changed.connect(zooms.append)
    view.zoom_in()
    assert view.zoom() > 1.0
    view.fit_all()
    assert view.zoom() < 0.5
    content = view.navigation.content_rect()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(content)
    cid = add(view.workshop, x=3000, y=1500)
    view.select_cards([cid])
    view.zoom_to_selection()
    assert view.zoom() == 1.5
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(QPointF(3090, 1550))
    view.reset_zoom()
    assert view.zoom() == 1.0
    assert len(zooms) >= 4


def test_overview_draws_and_still_drags_when_zoomed_out(make_view) -> None:
    view = make_view()
    w = view.workshop
    ids = [add(w, "barrier", x=200 * i, y=150 * (i % 7)) for i in range(60)]
    view.navigation.set_zoom(0.1)
    view.centerOn(1500, 800)
    view.viewport().grab()  # paints once: the scene switches to the overview
    scene = view.scene()
    assert scene.overview_on and scene.overview.isVisible()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    card = w.cards.require(ids[5])
    centre = view.mapFromScene(QPointF(card.x + 90, card.y + 50))
    flat = scene.card_item(ids[5]).flat
    assert image.pixelColor(centre).name() == flat.name()  # the overview painted the card
    view.select_cards([ids[5]])
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    for i in range(1, 6):
        QTest.mouseMove(vp, centre + QPoint(6 * i, 4 * i))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       centre + QPoint(30, 20))
    moved = w.cards.require(ids[5])
    assert (moved.x, moved.y) != (card.x, card.y)
    assert view.undo_stack.count() == 1
    assert not scene.overview.live
    view.reset_zoom()
    view.viewport().grab()
    assert not scene.overview_on and not scene.overview.isVisible()


def test_font_scale_makes_card_text_larger(make_view) -> None:
    view = make_view()
    cid = add(view.workshop, title="Readable from the back of the room", x=0, y=0)
    item = view.scene().card_item(cid)
    small = item.style.title_font.pixelSize()
    view.set_font_scale(1.6)
    assert item.style.title_font.pixelSize() > small
    assert item._layout()[0] == item.style.generation  # laid out again
