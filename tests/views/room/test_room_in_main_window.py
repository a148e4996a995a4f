"""The room features inside the real main window: the Room menu, F5, and changes in the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from coi_desktop.models import VotingRound
from coi_desktop.storage import read_workshop
from tests.views.conftest import activate, make_file


def test_room_menu_f5_votes_and_agenda_land_in_the_file(open_window: Any, tmp_path: Path,
                                                          qtbot: Any) -> None:
    path = make_file(tmp_path, "room.coi", cards=4, kind="barrier")
    window = open_window(path)
    room = window.room
    keys = {a.objectName() for a in window.menu("room").actions()}
    assert {"room.projector", "room.hidden_round", "room.reveal", "room.new_round"} <= keys
    assert room.actions["room.projector"].shortcut().toString() == "F5"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = room.projector
    assert projector is not None and projector.isVisible()
    assert projector.canvas_id == window.current_canvas_id()

    canvas = window.current_canvas_id()
    card = sorted(window.workshop.cards.on(canvas), key=lambda c: c.title)[0]
    room.voting.add_round(VotingRound("r", canvas, "Priorities", ("barrier",), anonymous=True))
    room.voting.vote_click(card.id, take_back=False)
    assert projector.scene().card_item(card.id).badge == "1"
    item = room.agenda.add("Barriers", 10, canvas)
    room.agenda.start(item)
    assert room.timer.countdown.running

    stored = read_workshop(path)
    assert stored.voting.totals("r")[card.id] == 1
    assert [v.participant_id for v in stored.voting.votes.values()] == [None]
    assert stored.agenda[item].started_at and stored.agenda[item].planned_minutes == 10

    window.close()  # closing the workshop closes its projector
    assert room.projector is None
