"""One undo framework: canvas and room commands share one base and one push path.

Random sequences of commands of every family (cards, links, groups, participants, voting,
agenda, reveal) pushed with `push`; undoing all returns the workshop to its start, redoing all
to its end. A command the model refuses leaves the stack (count and index) and the workshop
unchanged, on push and on undo/redo from the stack.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from coi_desktop.commands import base, room
from coi_desktop.commands.base import WorkshopCommand, push, redo, undo
from coi_desktop.commands.cards import AddCards, RemoveCards, move_cards_command
from coi_desktop.commands.links import AddLinks
from coi_desktop.commands.room import (
    AddAgendaItems,
    AddParticipants,
    AddRound,
    CastVote,
    RemoveParticipants,
    RevealCards,
    SetVoteCounts,
    UpdateRound,
)
from coi_desktop.models import (
    AgendaItem,
    Card,
    Change,
    CoiError,
    Participant,
    VotingRound,
    Workshop,
)

OPS = ("card", "move", "remove", "link", "person", "unperson", "round", "vote", "count",
       "close", "agenda", "reveal")


def state(w: Workshop) -> dict:
    """The workshop as data; a vote row is known by (round, card, participant): the model
    gives a re-created row a fresh id, which no user (and no export) ever sees."""
    snap = dict(w.snapshot())
    snap["votes"] = sorted((v.round_id, v.card_id, v.participant_id or "", v.count)
                           for v in w.voting.votes.values())
    return snap


def _canvas(w: Workshop) -> str:
    return w.canvases.ordered()[0].id


def _command(w: Workshop, op: str, data: st.DataObject, ids: Iterator[str],
             ) -> WorkshopCommand | None:
    canvas = _canvas(w)
    cards = sorted(w.cards)
    if op == "card" or not cards:
        hidden = data.draw(st.booleans())
        return AddCards(w, [Card(next(ids), canvas, data.draw(st.sampled_from(("barrier", "note"))),
                                 "c", x=float(data.draw(st.integers(0, 2000))), y=100.0,
                                 hidden=hidden)])
    pick = data.draw(st.sampled_from(cards))
    people = sorted(w.participants)
    rounds = sorted(w.voting)
    if op == "move":
        return move_cards_command(w, {pick: ((w.cards.require(pick).x, w.cards.require(pick).y),
                                             (float(data.draw(st.integers(0, 2000))), 50.0))})
    if op == "remove":
        return RemoveCards(w, [pick])
    if op == "link" and len(cards) > 1:
        other = data.draw(st.sampled_from([c for c in cards if c != pick]))
        if any({lk.source_id, lk.target_id} == {pick, other} for lk in w.links.values()):
            return None
        return AddLinks(w, [w.links.new(pick, other)])
    if op == "person":
        return AddParticipants(w, [Participant(next(ids), "P")], "Add person")
    if op == "unperson" and people:
        return RemoveParticipants(w, [data.draw(st.sampled_from(people))], "Remove person")
    if op == "round":
        return AddRound(w, VotingRound(next(ids), canvas, "R", kinds=("barrier", "note")), "Round")
    if op == "vote" and rounds and people:
        return CastVote(w, data.draw(st.sampled_from(rounds)), pick,
                        data.draw(st.sampled_from(people)), 1, "Vote")
    if op == "count" and rounds:
        return SetVoteCounts(w, data.draw(st.sampled_from(rounds)),
                             {pick: data.draw(st.integers(0, 9))}, "Counts")
    if op == "close" and rounds:
        rid = data.draw(st.sampled_from(rounds))
        return UpdateRound(w, rid, {"closed": not w.voting[rid].closed}, "Close")
    if op == "agenda":
        return AddAgendaItems(w, [AgendaItem(next(ids), "Item")], "Agenda")
    if op == "reveal":
        hidden = [c.id for c in w.cards.values() if c.hidden]
        return RevealCards(w, hidden, "Reveal") if hidden else None
    return None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(st.sampled_from(OPS), min_size=1, max_size=16), data=st.data())
def test_undo_all_returns_to_the_start_and_redo_all_to_the_end(
        qapp, ops: list[str], data: st.DataObject) -> None:
    w = Workshop.new("Undo", language="en", template="blank")
    ids = (f"id{n:04d}" for n in itertools.count())
    stack = QUndoStack()
    start = state(w)
    for op in ops:
        cmd = _command(w, op, data, ids)
        if cmd is None:
            continue
        before, index, count = state(w), stack.index(), stack.count()
        try:
            push(stack, cmd)
        except CoiError:  # refused (a closed round, a spent budget): nothing changed
            assert state(w) == before
            assert (stack.index(), stack.count()) == (index, count)
    end = state(w)
    while stack.canUndo():
        undo(stack)
    assert state(w) == start
    while stack.canRedo():
        redo(stack)
    assert state(w) == end


class Disk:
    """A workshop listener that refuses chosen change numbers, as a full disk would."""

    def __init__(self) -> None:
        self.failing: set[int] = set()
        self.count = 0

    def fail(self, *numbers: int) -> None:
        self.count, self.failing = 0, set(numbers)

    def __call__(self, change: Change) -> None:
        self.count += 1
        if self.count in self.failing:
            raise CoiError("The disk is full.", "Disken er fuld.")


@pytest.mark.parametrize("family", ["canvas", "room"])
def test_refused_undo_and_redo_keep_index_and_model(qapp, family: str) -> None:
    w = Workshop.new("Refusals", language="en")
    disk = Disk()
    w.subscribe(disk)
    stack = QUndoStack()
    cmd: WorkshopCommand = (AddCards(w, [Card("a", _canvas(w), "note", "A")]) if family == "canvas"
                            else AddParticipants(w, [Participant("p", "Pia")], "Add"))
    push(stack, cmd)
    after_push = state(w)
    disk.fail(1)
    with pytest.raises(CoiError):
        undo(stack)
    assert (stack.index(), stack.count()) == (1, 1)
    assert state(w) == after_push
    undo(stack)
    before_redo = state(w)
    disk.fail(1)
    with pytest.raises(CoiError):
        redo(stack)
    assert (stack.index(), stack.count()) == (0, 1)
    assert state(w) == before_redo
    redo(stack)
    assert state(w) == after_push


def test_refused_push_leaves_stack_and_model(qapp) -> None:
    w = Workshop.new("Budget", language="en")
    canvas = _canvas(w)
    stack = QUndoStack()
    push(stack, AddCards(w, [Card("c", canvas, "barrier", "C")]))
    push(stack, AddParticipants(w, [Participant("p", "Pia")], "Add"))
    push(stack, AddRound(w, VotingRound("r", canvas, "R", max_per_card=1), "Round"))
    push(stack, CastVote(w, "r", "c", "p", 1, "Vote"))
    before = state(w)
    with pytest.raises(CoiError):
        push(stack, CastVote(w, "r", "c", "p", 1, "Vote"))  # one dot per card only
    with pytest.raises(CoiError):
        push(stack, AddCards(w, [Card("c", canvas, "note", "again")]))  # a duplicate id
    assert (stack.index(), stack.count()) == (4, 4)
    assert state(w) == before


def test_one_push_path_and_no_private_patching() -> None:
    """Room commands are WorkshopCommands, `room.push` is `base.push`, and no module of
    the commands package assigns to another object's private attribute."""
    assert issubclass(room.ModelCommand, base.WorkshopCommand)
    assert room.push is base.push
    package = Path(base.__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign | ast.AugAssign) else []
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr.startswith("_"):
                    owner = target.value
                    assert isinstance(owner, ast.Name) and owner.id == "self", \
                        f"{path.name}:{node.lineno} sets {target.attr} on another object"
            if isinstance(node, ast.Delete):
                assert not any(isinstance(t, ast.Attribute) and t.attr.startswith("_")
                               for t in node.targets), f"{path.name}: deletes a private"
