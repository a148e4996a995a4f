"""An action's owner is chosen from the roster in the inspector (stored as a participant
reference) or typed as an organisation; the canvas and the projector show a participant who
did not consent as their organisation or "Participant N", never by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from coi_desktop.models import Card, Participant, new_id
from coi_desktop.models.registry import ACTION, ACTOR
from coi_desktop.services.privacy import owner_ref
from coi_desktop.storage import read_workshop
from coi_desktop.views.canvas import CanvasView

from .conftest import make_file

SECRET = "Birgitte Kjærsgaard-Lund"


def _setup(open_window: Any, tmp_path: Path) -> tuple[Any, str, Participant, Participant]:
    window = open_window(make_file(tmp_path, "owner.coi"))
    w = window.workshop
    hidden = Participant(new_id(), SECRET, "", consent=False)
    named = Participant(new_id(), "Henrik Poulsen", "UC Vest", consent=True)
    w.participants.add([hidden, named])
    canvas = window.current_canvas_id()
    action = Card(new_id(), canvas, ACTION, "Clarify the legal basis", x=40, y=40)
    actor = Card(new_id(), canvas, ACTOR, "Region Midt", x=300, y=40)
    w.cards.add([action, actor])
    window.current_view().select_cards([action.id])
    return window, action.id, hidden, named


def _choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_owner_is_chosen_from_the_roster_in_one_undo_step(open_window: Any, tmp_path: Path,
                                                          qtbot: Any) -> None:
    window, action, hidden, _named = _setup(open_window, tmp_path)
    combo = window.inspector.editors["owner"]
    qtbot.waitUntil(lambda: combo.findData(owner_ref(hidden.id)) >= 0)
    listed = [combo.itemText(i) for i in range(combo.count())]
    assert SECRET in listed and "Henrik Poulsen (UC Vest)" in listed  # the facilitator's view
    assert "Region Midt" in listed and "UC Vest" in listed  # organisations the workshop knows
    steps = window.undo_stack.count()
    _choose(combo, owner_ref(hidden.id))
    assert window.workshop.cards[action].owner == owner_ref(hidden.id)
    assert window.undo_stack.count() == steps + 1
    assert read_workshop(window.workshop_file.path).cards[action].owner == owner_ref(hidden.id)
    view = window.current_view()
    style = view.scene().card_style
    assert style.owner_for(window.workshop.cards[action]).startswith("Participant ")
    tooltip = view.scene().mouse.card_tooltip(view.scene().cards[action])
    assert SECRET not in tooltip and "Owner:" in tooltip
    window.undo_stack.undo()
    assert window.workshop.cards[action].owner == ""


def test_typed_organisation_and_typed_participant(open_window: Any, tmp_path: Path,
                                                  qtbot: Any) -> None:
    window, action, _hidden, named = _setup(open_window, tmp_path)
    combo = window.inspector.editors["owner"]
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Vesterå Kommune")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert window.workshop.cards[action].owner == "Vesterå Kommune"
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Henrik Poulsen (UC Vest)")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert window.workshop.cards[action].owner == owner_ref(named.id)
    qtbot.waitUntil(lambda: combo.currentText() == "Henrik Poulsen (UC Vest)")


def test_projector_and_canvas_follow_consent(qtbot: Any) -> None:
    from coi_desktop.models import Workshop

    w = Workshop.new("Owners", language="da")
    hidden = Participant(new_id(), SECRET, "", consent=False)
    w.participants.add([hidden])
    canvas = w.canvases.ordered()[0].id
    action = Card(new_id(), canvas, ACTION, "Afklar hjemmel", owner=owner_ref(hidden.id))
    w.cards.add([action])
    wall = CanvasView(w, canvas, QUndoStack(), presentation=True)
    desk = CanvasView(w, canvas, QUndoStack())
    qtbot.addWidget(wall)
    qtbot.addWidget(desk)
    for view in (wall, desk):
        assert view.scene().card_style.owner_for(w.cards[action.id]) == "Deltager 1"
    w.participants.update(hidden.id, consent=True)  # consent given: the name may show
    for view in (wall, desk):
        assert view.scene().card_style.owner_for(w.cards[action.id]) == SECRET
    w.participants.update(hidden.id, consent=False, organisation="Vesterå Kommune")
    desk.select_cards([action.id])
    assert "Owner: Vesterå Kommune." in desk.accessibleDescription()  # interface in English


def test_roster_change_while_typing_keeps_the_typed_text(open_window: Any, tmp_path: Path,
                                                         qtbot: Any) -> None:
    window, action, _hidden, _named = _setup(open_window, tmp_path)
    combo = window.inspector.editors["owner"]
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Region Nord")
    window.workshop.participants.add([Participant(new_id(), "New Person", "X")])
    qtbot.wait(50)  # the inspector refreshes on the next turn of the event loop
    assert combo.currentText() == "Region Nord"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert window.workshop.cards[action].owner == "Region Nord"


def test_a_typed_owner_who_is_on_the_roster_opens_the_list_on_their_row(qtbot: Any) -> None:
    """The demo's owners are names typed before the roster ("Anne Sørensen"): the list
    opened on its first person, so the owner seemed to be someone else. It opens on theirs,
    shows the name as stored and changes nothing until a choice is made."""
    from coi_desktop.views.docks.fields import OwnerBox

    box = OwnerBox()
    qtbot.addWidget(box)
    box.set_choices([("participant:p1", "Ahmed Hassan (DigiPleje ApS)"),
                     ("participant:p2", "Anne Sørensen (Vesterå Kommune)")], ["Region Midtvest"])
    seen: list[object] = []
    box.committed.connect(seen.append)
    box.show_value("Anne Sørensen")
    assert box.currentIndex() == 1 and box.currentText() == "Anne Sørensen"
    box.show_value("Region Midtvest")
    assert box.itemData(box.currentIndex()) == "Region Midtvest"
    box.show_value("Someone else")
    assert box.currentIndex() == -1 and box.currentText() == "Someone else"
    assert seen == []
