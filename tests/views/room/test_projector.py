"""The projector window follows the facilitator's canvas, read-only, hiding what it must."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from coi_desktop.models import Canvas, Card, VotingRound
from coi_desktop.views.room import RoomController, install
from tests.views.room.conftest import FakeWindow


@pytest.fixture
def room(qtbot: Any, workshop: Any) -> RoomController:
    window = FakeWindow(workshop, real_views=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    controller = install(window)
    controller.open_projector()
    qtbot.addWidget(controller.projector)
    return controller


def projected(room: RoomController, card_id: str) -> bool:
    item = room.projector.scene().card_item(card_id)
    return item is not None and item.isVisible()


def test_adding_moving_hiding_cards_shows_on_projector(room: RoomController) -> None:
    ws = room.workshop
    canvas = room.window_.current_canvas_id()
    assert all(projected(room, cid) for cid in ("b0", "b1", "a0"))
    ws.cards.add([Card("new", canvas, "opportunity", "Shared robot pilot", x=50, y=700)])
    assert projected(room, "new")
    ws.cards.move({"new": (900.0, 650.0)})
    assert room.projector.scene().card_item("new").pos().x() == pytest.approx(900.0)
    ws.cards.update("b1", hidden=True)
    assert not projected(room, "b1")
    assert room.window_.current_view().scene().card_item("b1").isVisible()
    ws.cards.remove(["b0"])
    assert room.projector.scene().card_item("b0") is None


def test_hidden_round_cards_stay_hidden_until_revealed(room: RoomController) -> None:
    ws = room.workshop
    canvas = room.window_.current_canvas_id()
    room.set_hidden_round(True)
    assert room.actions["room.hidden_round"].isChecked()
    # the canvas creates new cards with hidden=session.hidden_round
    ws.cards.add([Card(f"s{i}", canvas, "barrier", f"Silent {i}", x=100.0 * i, y=900,
                       hidden=room.session.hidden_round) for i in range(3)])
    facilitator = room.window_.current_view().scene()
    assert all(facilitator.card_item(f"s{i}").isVisible() for i in range(3))
    assert not any(projected(room, f"s{i}") for i in range(3))
    assert "3 new cards not yet shown" in room.projector.info.text()
    room.reveal_all()
    assert all(projected(room, f"s{i}") for i in range(3))
    assert not room.session.hidden_round and not room.actions["room.hidden_round"].isChecked()
    room.window_.undo_stack.undo()  # reveal was one step
    assert not any(projected(room, f"s{i}") for i in range(3))


def test_no_participant_names_in_anonymous_rounds(room: RoomController) -> None:
    ws = room.workshop
    canvas = room.window_.current_canvas_id()
    style = room.projector.scene().card_style
    card = ws.cards["a0"]
    assert style.footer_for(card) == "Ann Named"  # consent given, no anonymous round
    room.voting.add_round(VotingRound("anon", canvas, "Secret", ("barrier",), anonymous=True))
    assert all(style.footer_for(c) == "" for c in ws.cards.values())
    ws.cards.add([Card("late", canvas, "note", "Late", participant_id="bo", y=600)])
    assert style.footer_for(ws.cards["late"]) == ""
    room.voting.toggle_closed()  # its results are still on the wall: still no names
    assert style.footer_for(card) == ""
    room.voting.add_round(VotingRound("named", canvas, "Named", ("barrier",)))
    assert style.footer_for(card) == "Ann Named"


def test_badges_and_canvas_follow(room: RoomController) -> None:
    ws = room.workshop
    canvas = room.window_.current_canvas_id()
    room.voting.add_round(VotingRound("r", canvas, "Top", ("barrier",)))
    room.voting.vote_click("b2", take_back=False)
    assert room.projector.scene().card_item("b2").badge == "1"
    assert room.window_.current_view().scene().card_item("b2").badge == "1"
    ws.canvases.add([Canvas("c2", "Second", "blank", 1)])
    ws.cards.add([Card("x", "c2", "note", "On the second canvas")])
    room.window_.set_current_canvas("c2")
    assert room.projector.canvas_id == "c2" and projected(room, "x")
    assert room.projector.title.text() == "Second"


def test_projector_is_read_only_and_esc_closes(qtbot: Any, room: RoomController) -> None:
    projector = room.projector
    assert projector.view.is_read_only()
    assert room.actions["room.projector"].isChecked()
    assert projector.face.controller is room.timer
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert room.projector is None and not room.actions["room.projector"].isChecked()
    room.toggle_projector()
    assert room.projector is not None
    qtbot.addWidget(room.projector)
    room.toggle_projector()
    assert room.projector is None


def test_cards_typed_in_a_hidden_round_wait_for_reveal(room: RoomController) -> None:
    facilitator = room.window_.current_view()
    room.actions["room.hidden_round"].trigger()
    assert room.session.hidden_round
    ids = facilitator.quick_capture("barrier", "Silent one\nSilent two")
    assert len(ids) == 2
    assert all(facilitator.scene().card_item(i).isVisible() for i in ids)
    assert not any(projected(room, i) for i in ids)
    room.actions["room.reveal"].trigger()
    assert all(projected(room, i) for i in ids)
    ids2 = facilitator.quick_capture("barrier", "After the reveal")
    assert projected(room, ids2[0])  # revealing ended the hidden round


def test_clicking_a_card_on_the_canvas_votes(qtbot: Any, room: RoomController) -> None:
    canvas = room.window_.current_canvas_id()
    room.voting.add_round(VotingRound("r", canvas, "Top", ("barrier",), 2, 1))
    room.voting.participant.setCurrentIndex(room.voting.participant.findData("ann"))
    room.actions["room.click_vote"].trigger()
    assert room.voting.click_button.isChecked()
    view = room.window_.current_view()
    room.window_.show()
    view.show()
    view.fit_all()
    item = view.scene().card_item("b2")
    point = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert room.workshop.voting.totals("r")["b2"] == 1
    assert item.badge == "1"
    assert room.workshop.cards["b2"].x == 440.0  # the click voted, it did not move the card
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "At most 1" in room.voting.message.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, point)
    assert room.workshop.voting.totals("r")["b2"] == 0  # Shift+click took the dot back
    room.voting.toggle_closed()
    assert not room.voting.click_button.isChecked()  # a closed round leaves vote mode
