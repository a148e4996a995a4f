"""Undo and redo of the room commands: every gesture is one step and round-trips exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.room import (
    AddParticipants,
    AddRound,
    CastVote,
    RemoveParticipants,
    RemoveRound,
    RevealCards,
    SetVoteCounts,
    UpdateRound,
    push,
)
from coi_desktop.models import Card, Participant, VotingError, VotingRound, Workshop


def make() -> tuple[Workshop, QUndoStack, str]:
    ws = Workshop.new("Undo", language="en")
    canvas = ws.canvases.ordered()[0].id
    ws.participants.add([Participant("ann", "Ann"), Participant("bo", "Bo")])
    ws.cards.add([Card(f"c{i}", canvas, "barrier", f"B{i}") for i in range(3)])
    ws.voting.add(VotingRound("r", canvas, "Round", ("barrier",), 3, 2))
    return ws, QUndoStack(), canvas


def test_undo_of_a_vote() -> None:
    ws, stack, _ = make()
    push(stack, CastVote(ws, "r", "c0", "ann", 1, "Vote"))
    push(stack, CastVote(ws, "r", "c0", "ann", 1, "Vote"))
    assert ws.voting.totals("r")["c0"] == 2
    stack.undo()
    assert ws.voting.totals("r")["c0"] == 1
    stack.undo()
    assert ws.voting.votes == {}
    stack.redo()
    assert ws.voting.dots_used("r", "ann") == 1


def test_refused_vote_leaves_stack_untouched() -> None:
    ws, stack, _ = make()
    push(stack, CastVote(ws, "r", "c0", "ann", 1, "Vote"))
    push(stack, CastVote(ws, "r", "c0", "ann", 1, "Vote"))
    with pytest.raises(VotingError):
        push(stack, CastVote(ws, "r", "c0", "ann", 1, "Vote"))
    assert stack.count() == 2 and ws.voting.totals("r")["c0"] == 2


def test_close_reopen_delete_round_are_undoable() -> None:
    ws, stack, _ = make()
    push(stack, CastVote(ws, "r", "c1", "bo", 1, "Vote"))
    push(stack, UpdateRound(ws, "r", {"closed": True}, "Close"))
    assert ws.voting["r"].closed
    push(stack, RemoveRound(ws, "r", "Delete"))
    assert "r" not in ws.voting and ws.voting.votes == {}
    stack.undo()
    assert ws.voting["r"].closed and ws.voting.totals("r")["c1"] == 1
    stack.undo()
    assert not ws.voting["r"].closed


def test_add_round_undo_redo() -> None:
    ws, stack, canvas = make()
    push(stack, AddRound(ws, VotingRound("r2", canvas, "Second"), "New round"))
    stack.undo()
    assert "r2" not in ws.voting
    stack.redo()
    assert ws.voting["r2"].title == "Second"


def test_typed_counts_are_one_step() -> None:
    ws, stack, _ = make()
    push(stack, SetVoteCounts(ws, "r", {"c0": 4, "c1": 2, "c2": 0}, "Counts"))
    assert dict(ws.voting.totals("r")) == {"c0": 4, "c1": 2}
    push(stack, SetVoteCounts(ws, "r", {"c0": 5}, "Counts"))
    stack.undo()
    assert ws.voting.totals("r")["c0"] == 4
    stack.undo()
    assert ws.voting.votes == {}


def test_import_is_one_step_and_remove_restores_contributors() -> None:
    ws, stack, canvas = make()
    people = [Participant(f"n{i}", f"New {i}") for i in range(5)]
    push(stack, AddParticipants(ws, people, "Import"))
    assert len(ws.participants) == 7
    ws.cards.add([Card("mine", canvas, "note", "Mine", participant_id="n0")])
    push(stack, CastVote(ws, "r", "c0", "n0", 1, "Vote"))
    push(stack, RemoveParticipants(ws, ["n0"], "Remove"))
    assert ws.cards["mine"].participant_id is None and ws.voting.votes == {}
    stack.undo()
    assert ws.cards["mine"].participant_id == "n0" and ws.voting.dots_used("r", "n0") == 1
    stack.undo()
    stack.undo()
    ws.cards.remove(["mine"])
    assert len(ws.participants) == 2


def test_reveal_all_is_one_step() -> None:
    ws, stack, canvas = make()
    ws.cards.add([Card(f"h{i}", canvas, "note", "Hidden", hidden=True) for i in range(3)])
    push(stack, RevealCards(ws, ["h0", "h1", "h2"], "Reveal"))
    assert not any(c.hidden for c in ws.cards.values())
    stack.undo()
    assert all(ws.cards[f"h{i}"].hidden for i in range(3))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["ann", "bo", None]),
                          st.sampled_from(["c0", "c1", "c2"]),
                          st.sampled_from([1, 1, -1])), max_size=12))
def test_any_vote_sequence_undoes_to_nothing(clicks: list) -> None:
    ws, stack, _ = make()
    before = ws.snapshot()
    for pid, card, delta in clicks:
        try:
            push(stack, CastVote(ws, "r", card, pid, delta, "Vote"))
        except VotingError:
            continue
    totals = dict(ws.voting.totals("r"))
    while stack.canUndo():
        stack.undo()
    assert ws.snapshot() == before
    while stack.canRedo():
        stack.redo()
    assert dict(ws.voting.totals("r")) == totals
