"""One item on several canvases, on the canvas: place on another canvas, copy and paste
between canvases, the marker, and the delete question (this canvas or everywhere)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from coi_desktop.models import Canvas, Card, Workshop, new_id, zone_for_card
from coi_desktop.models.registry import ACTOR, BARRIER
from coi_desktop.views.canvas import CanvasView
from coi_desktop.views.canvas.identity import (
    ITEM,
    PLACEMENT,
    ask_delete_scope,
    choose_canvas,
    missing_from,
)
from coi_desktop.views.canvas.menu import CanvasMenu


def two_canvases() -> tuple[Workshop, str, str, str]:
    """A power–interest grid with the municipality (high power, high interest) and a linked
    barrier, and an empty onion; returns (workshop, grid id, onion id, municipality id)."""
    w = Workshop.new("Items", language="en", template="power_interest")
    grid = w.canvases.ordered()[0].id
    onion = Canvas(new_id(), "Onion", "onion", 1)
    w.canvases.add([onion])
    actor = Card(new_id(), grid, ACTOR, "Municipality", x=1300, y=200, power=5, interest=5,
                 closeness="core")
    barrier = Card(new_id(), grid, BARRIER, "No budget", x=1300, y=500)
    w.cards.add([actor, barrier])
    w.links.add([w.links.new(actor.id, barrier.id)])
    return w, grid, onion.id, actor.id


@pytest.fixture
def setup(make_view: Callable[..., CanvasView]) -> tuple[Workshop, CanvasView, str, str]:
    w, _grid, onion, actor = two_canvases()
    view = make_view(workshop=w)
    return w, view, onion, actor


def test_place_on_another_canvas_is_the_same_item_in_its_zone(setup) -> None:
    w, view, onion, actor = setup
    view.select_cards([actor])
    made = view.place_on_canvas(onion)
    assert len(made) == 1
    placed = w.cards.require(made[0])
    assert placed.canvas_id == onion and placed.item == w.cards.require(actor).item
    zone = zone_for_card(w.canvases.layout(onion), placed)
    assert zone is not None and zone.key == "core"  # the ring its closeness says
    assert zone.contains(placed.x + placed.width / 2, placed.y + placed.height / 2)
    assert view.undo_stack.count() == 1
    assert view.scene().cards[actor].copies == 2  # the marker shows at once
    view.undo_stack.undo()
    assert made[0] not in w.cards and view.scene().cards[actor].copies == 1


def test_place_asks_which_canvas_and_refuses_an_item_already_there(setup, monkeypatch) -> None:
    _w, view, onion, actor = setup
    errors: list[object] = []
    view.error_occurred.connect(errors.append)
    offered: list[list[str]] = []

    def choose(parent, others, n):
        offered.append([c.name for c in others])
        return onion

    view.editing.choose_canvas = choose
    view.select_cards([actor])
    assert len(view.place_on_canvas()) == 1
    assert offered == [["Onion"]]  # not the canvas it is on
    assert view.place_on_canvas() == []  # on every canvas now: a sentence, nothing changes
    assert len(errors) == 1 and "every canvas" in str(errors[0].text("en"))
    assert view.place_on_canvas(onion) == []  # asked for directly: the model's sentence
    assert len(errors) == 2 and "already" in str(errors[1].text("en"))
    assert view.undo_stack.count() == 1
    view.editing.choose_canvas = lambda *a: None  # cancelled
    assert view.place_on_canvas() == [] and view.undo_stack.count() == 1


def test_place_without_zone_match_waits_below_the_board(make_view) -> None:
    w, _grid, onion, actor = two_canvases()
    w.cards.update(actor, closeness="")
    view = make_view(workshop=w)
    view.select_cards([actor])
    (made,) = view.place_on_canvas(onion)
    placed = w.cards.require(made)
    assert placed.y > w.canvases.layout(onion).height  # parking rows, no meaning taken
    assert w.cards.require(actor).closeness == ""


def test_choose_canvas_lists_the_other_canvases(qtbot) -> None:
    w, _grid, onion, actor = two_canvases()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.comboBoxItems() == ["Onion"]
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert choose_canvas(None, missing_from(w, [actor]), 1) == onion


def test_copy_to_another_canvas_keeps_the_item_same_canvas_makes_a_new_one(
        make_view, qtbot) -> None:
    w, _grid, onion, actor = two_canvases()
    stack = QUndoStack()
    grid_view = make_view(workshop=w, stack=stack)
    onion_view = CanvasView(w, onion, stack)
    qtbot.addWidget(onion_view)
    barrier = next(c.id for c in w.cards.values() if c.kind == BARRIER)
    grid_view.select_cards([actor, barrier])
    grid_view.copy()
    pasted = onion_view.paste()
    assert len(pasted) == 2
    by_kind = {w.cards[i].kind: w.cards[i] for i in pasted}
    assert by_kind[ACTOR].item == w.cards[actor].item  # the same actor on the onion
    assert by_kind[BARRIER].item == w.cards[barrier].item
    assert len(w.links.on(onion)) == 1  # their link came along
    assert onion_view.scene().cards[by_kind[ACTOR].id].copies == 2
    again = onion_view.paste()  # the items are on the onion now: new items
    assert all(w.cards[i].item not in {w.cards[actor].item, w.cards[barrier].item}
               for i in again)
    same = grid_view.paste()  # on the canvas it came from: a duplicate is a new item
    assert {w.cards[i].item for i in same}.isdisjoint({w.cards[actor].item,
                                                      w.cards[barrier].item})
    dup = grid_view.duplicate()
    assert all(w.cards[i].item == i for i in dup)
    stack.undo()
    stack.undo()
    stack.undo()
    stack.undo()
    assert len(w.cards) == 2 and len(w.cards.placements(w.cards[actor].item)) == 1


def test_paste_from_another_workshop_is_a_new_item(make_view, qtbot) -> None:
    w, _grid, _onion, actor = two_canvases()
    other = Workshop.new("Other", language="en")
    source = make_view(workshop=w)
    target = make_view(workshop=other)
    source.select_cards([actor])
    source.copy()
    (pasted,) = target.paste()
    assert other.cards[pasted].item == pasted


def test_marker_is_painted_and_named_in_tooltip_and_speech(setup) -> None:
    _w, view, onion, actor = setup
    item = view.scene().cards[actor]
    before = item_image(view, actor)
    view.select_cards([actor])
    view.place_on_canvas(onion)
    view.scene().clearSelection()
    assert item_image(view, actor) != before  # the band shows the marker
    assert "Also on: Onion" in view.scene().mouse.card_tooltip(item)
    view.select_cards([actor])
    assert "Also on: Onion." in view.accessibleDescription()


def test_projector_view_shows_the_marker(make_view) -> None:
    w, _grid, onion, actor = two_canvases()
    w.cards.place(actor, onion, 40, 40)
    wall = make_view(workshop=w, presentation=True)
    assert wall.scene().cards[actor].copies == 2


def item_image(view: CanvasView, card_id: str) -> bytes:
    item = view.scene().cards[card_id]
    rect = item.sceneBoundingRect()
    view.centerOn(rect.center())
    view.reset_zoom()
    QApplication.processEvents()
    top_left = view.mapFromScene(rect.topLeft())
    image = view.viewport().grab().toImage().copy(top_left.x(), top_left.y(),
                                                  int(rect.width()), int(rect.height()))
    return bytes(image.constBits())


@pytest.mark.parametrize("scope", [PLACEMENT, ITEM])
def test_delete_asks_and_each_answer_is_one_undo_step(setup, scope: str) -> None:
    w, view, onion, actor = setup
    view.select_cards([actor])
    (placed,) = view.place_on_canvas(onion)
    before = w.snapshot()
    asked: list[tuple[str, list[str], int]] = []

    def answer(parent, title, names, count):
        asked.append((title, names, count))
        return scope

    view.editing.ask_delete_scope = answer
    view.select_cards([actor])
    view.delete_selection()
    assert asked == [("Municipality", ["Onion"], 1)]
    assert actor not in w.cards
    assert (placed in w.cards) == (scope == PLACEMENT)
    assert not w.links.of([actor])
    view.undo_stack.undo()
    assert w.snapshot() == before
    assert view.scene().cards[actor].copies == 2


def test_delete_cancelled_changes_nothing_and_single_cards_are_not_asked(setup) -> None:
    w, view, onion, actor = setup
    view.select_cards([actor])
    view.place_on_canvas(onion)
    view.editing.ask_delete_scope = lambda *a: None
    view.select_cards([actor])
    view.delete_selection()
    assert actor in w.cards and view.undo_stack.count() == 1
    barrier = next(c.id for c in w.cards.values() if c.kind == BARRIER)
    view.editing.ask_delete_scope = lambda *a: pytest.fail("asked about a single placement")
    view.select_cards([barrier])
    view.delete_selection()
    assert barrier not in w.cards


@pytest.mark.parametrize(("key", "expected"), [(Qt.Key.Key_Return, PLACEMENT),
                                                (Qt.Key.Key_Escape, None)])
def test_delete_question_enter_removes_here_escape_cancels(qtbot, key, expected) -> None:
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        default = box.defaultButton()
        assert isinstance(default, QPushButton)
        assert default.objectName() == "deleteScope.placement"
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)
    assert ask_delete_scope(None, "Municipality", ["Onion", "Plan"], 1) == expected
    assert seen == ["\u201cMunicipality\u201d is also on other canvases: Onion, Plan."]


def test_delete_question_everywhere_button(qtbot) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        button = box.findChild(QPushButton, "deleteScope.item")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    assert ask_delete_scope(None, "X", ["Onion"], 2) == ITEM


def test_context_menu_and_window_offer_place(setup) -> None:
    w, view, onion, actor = setup
    rect = view.scene().cards[actor].scene_card_rect()
    menu = view.menu.build(rect.center())
    names = [a.objectName() for a in menu.actions()]
    assert "canvasMenu.place" in names
    assert isinstance(view.menu, CanvasMenu)
    view.editing.choose_canvas = lambda *a: onion
    next(a for a in menu.actions() if a.objectName() == "canvasMenu.place").trigger()
    assert len(w.cards.placements(w.cards[actor].item)) == 2


def test_place_key(setup, qtbot) -> None:
    w, view, onion, actor = setup
    view.editing.choose_canvas = lambda *a: onion
    view.select_cards([actor])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert len(w.cards.placements(w.cards[actor].item)) == 2


def test_only_canvas_says_so(make_view) -> None:
    view = make_view()
    errors: list[object] = []
    view.error_occurred.connect(errors.append)
    card = Card(new_id(), view.canvas_id, ACTOR, "Alone")
    view.workshop.cards.add([card])
    view.select_cards([card.id])
    assert view.place_on_canvas() == [] and len(errors) == 1




def test_a_hidden_card_stays_hidden_where_it_is_placed(make_view) -> None:
    w, _grid, onion, actor = two_canvases()
    w.cards.update(actor, hidden=True)
    view = make_view(workshop=w)
    view.select_cards([actor])
    (made,) = view.place_on_canvas(onion)
    assert w.cards[made].hidden
