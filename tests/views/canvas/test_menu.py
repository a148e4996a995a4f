"""Right-click menus on cards, links, groups and the empty board hold what applies there,
and their entries (and the canvas's own keys) do it in one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from coi_desktop.models import Group, new_id

from .conftest import add, first_canvas


def _keys(menu: QMenu) -> set[str]:
    return {a.objectName().removeprefix("canvasMenu.") for a in menu.actions()
            if a.objectName()} | {m.objectName().removeprefix("canvasMenu.")
                                  for m in menu.findChildren(QMenu) if m.objectName()}


def _trigger(menu: QMenu, key: str) -> None:
    for action in [*menu.actions(), *(a for m in menu.findChildren(QMenu) for a in m.actions())]:
        if action.objectName() == f"canvasMenu.{key}":
            assert action.isEnabled(), key
            action.trigger()
            return
    raise AssertionError(f"no {key} in the menu")


def test_card_menu_changes_kind_in_one_step(make_view) -> None:
    view = make_view()
    w = view.workshop
    cid = add(w, "note", "Budget ends", x=100, y=100)
    menu = view.menu.build(QPointF(190, 150))
    assert {"edit_title", "kinds", "link", "tidy", "copy", "cut", "delete"} <= _keys(menu)
    assert view.selected_card_ids() == [cid]  # the right-clicked card is selected
    _trigger(menu, "kind.barrier")
    assert w.cards.require(cid).kind == "barrier" and view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert w.cards.require(cid).kind == "note"


def test_board_menu_adds_a_card_where_clicked(make_view) -> None:
    view = make_view()
    view.set_default_kind("barrier")
    menu = view.menu.build(QPointF(700, 500))
    assert {"add_here", "add", "paste", "tidy", "select_all", "fit_all"} <= _keys(menu)
    assert "delete" not in _keys(menu)
    _trigger(menu, "add.actor")
    (card,) = view.workshop.cards.values()
    assert card.kind == "actor"
    assert abs(card.x + card.width / 2 - 700) < 1 and abs(card.y + card.height / 2 - 500) < 1
    view.titles.finish(commit=False)  # the fresh card's title editor: Escape drops it
    assert view.workshop.cards == {}


def test_link_and_group_menus(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b = add(w, "actor", x=0, y=400), add(w, "barrier", x=800, y=400)
    (link,) = w.links.add([w.links.new(a, b)]).upserted
    w.groups.add([Group(new_id(), first_canvas(w), "Frame", 0, 0, 600, 300)])
    edited: list[str] = []
    view.link_activated.connect(edited.append)
    menu = view.menu.build(QPointF(500, 450))  # on the line between the cards
    assert _keys(menu) == {"edit_link", "delete"}
    _trigger(menu, "edit_link")
    assert edited == [link.id]
    _trigger(view.menu.build(QPointF(500, 450)), "delete")
    assert w.links == {}
    menu = view.menu.build(QPointF(300, 20))  # the group's title bar
    assert _keys(menu) == {"rename_group", "delete"}
    _trigger(menu, "delete")
    assert w.groups == {} and view.undo_stack.count() == 2


def test_read_only_menu_only_copies_and_shows(make_view) -> None:
    view = make_view()
    add(view.workshop, "note", "N", x=100, y=100)
    view.set_read_only(True)
    assert _keys(view.menu.build(QPointF(190, 150))) == {"copy", "copy_image"}
    assert _keys(view.menu.build(QPointF(900, 700))) == {"select_all", "fit_all"}


def test_right_click_opens_the_menu(make_view, qtbot) -> None:
    view = make_view()
    add(view.workshop, "note", "N", x=100, y=100)
    shown: list[QMenu] = []

    def close_it() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append(menu)
            menu.close()

    qtbot.wait(10)


    QTimer.singleShot(50, close_it)
    pos = view.mapFromScene(QPointF(190, 150))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                              view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert shown and shown[0].objectName() == "canvasMenu"


def test_kind_and_tidy_keys(make_view) -> None:
    view = make_view("power_interest")
    w = view.workshop
    a = add(w, "note", "N", x=700, y=100)
    view.select_cards([a])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    assert w.cards.require(a).kind == "actor"
    QTest.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert view.undo_stack.count() == 2
    assert view.undo_stack.undoText().startswith("Tidy")


