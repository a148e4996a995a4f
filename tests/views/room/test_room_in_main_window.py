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


def test_voting_dock_follows_the_current_canvas(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "rounds.coi", cards=3, kind="barrier"))
    room = window.room
    first = window.current_canvas_id()
    card = sorted(window.workshop.cards.on(first), key=lambda c: c.title)[0]
    room.voting.add_round(VotingRound("r", first, "Priorities", ("barrier",)))
    room.voting.vote_click(card.id, take_back=False)
    assert room.voting.table.rowCount() == 3 and window.session.active_round_id == "r"

    window.canvases.add_canvas("blank", "Second board")
    assert window.current_canvas_id() != first
    # the dock shows the second canvas: no round, no ranking of the first canvas's cards
    assert room.voting.rounds.count() == 0 and room.voting.table.rowCount() == 0
    assert room.voting.state.text() == "No voting round on this canvas."
    assert window.session.active_round_id is None

    window.set_current_canvas(first)
    assert room.voting.rounds.currentText() == "Priorities"
    assert room.voting.table.item(0, 1).text() == card.title
    assert window.session.active_round_id == "r"


def test_a_running_countdown_is_taken_up_after_a_reopen_or_a_crash(
        open_window: Any, tmp_path: Path) -> None:
    """The agenda item's start time is in the file the moment it starts, so after a crash
    (the file as the killed program left it) or a close and reopen, the countdown goes on
    with the right time left, on the projector too."""
    from datetime import datetime, timedelta

    from coi_desktop.models import AgendaItem
    from coi_desktop.storage import open_workshop
    from coi_desktop.views import application

    path = make_file(tmp_path, "timer.coi", cards=1)
    three_minutes_ago = (datetime.now().astimezone() - timedelta(minutes=3)) \
        .isoformat(timespec="seconds")
    with open_workshop(path) as wf:  # as a program killed mid-item left it
        wf.workshop.agenda.add([AgendaItem("a", "Barriers", 10, started_at=three_minutes_ago)])
    window = open_window(path)
    countdown = window.room.timer.countdown
    assert countdown.running and countdown.duration == 600
    assert 415 <= countdown.remaining() <= 421  # 7 minutes left, not a fresh 10
    assert window.room.timer.label == "Barriers"

    window.close()  # and a plain close and reopen
    again = application.shell().open_path(path)
    assert again.room.timer.countdown.running
    assert 410 <= again.room.timer.countdown.remaining() <= 421


def test_an_item_left_running_on_an_earlier_day_is_not_taken_up(open_window: Any,
                                                                 tmp_path: Path) -> None:
    """A file from last month (or the demo) with an item never finished must not show weeks
    of overtime on the projector: only today's session resumes its countdown."""
    from datetime import datetime, timedelta

    from coi_desktop.models import AgendaItem
    from coi_desktop.storage import open_workshop

    path = make_file(tmp_path, "old.coi", cards=1)
    last_month = (datetime.now().astimezone() - timedelta(days=30)).isoformat(timespec="seconds")
    with open_workshop(path) as wf:
        wf.workshop.agenda.add([AgendaItem("a", "Barriers", 10, started_at=last_month)])
    window = open_window(path)
    assert not window.room.timer.countdown.running
    assert "+" not in window.room.timer.text()
