"""Undo commands when the model refuses a step (the file could not be written).

`commands.base`: a command whose step fails is taken back whole and never reaches the stack
(so it cannot merge into the command below); if taking back fails as well, the command keeps
exactly the steps still in the model; undo and redo refused by the model leave the workshop
and the stack's index as they were. Room commands (their own base) get the same index rule
from `base.undo`/`base.redo`. A listener that fails on chosen change numbers stands in for
the disk.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import Step, WorkshopCommand, push, redo, undo
from coi_desktop.commands.cards import AddCards, UpdateCards
from coi_desktop.commands.room import AddParticipants
from coi_desktop.commands.room import push as push_room
from coi_desktop.models import Card, Change, CoiError, Participant, Workshop


class Disk:
    """A listener failing on the change numbers in `failing` (1-based, counted from now)."""

    def __init__(self) -> None:
        self.failing: set[int] = set()
        self.count = 0

    def fail(self, *numbers: int) -> None:
        self.count = 0
        self.failing = set(numbers)

    def __call__(self, change: Change) -> None:
        self.count += 1
        if self.count in self.failing:
            raise CoiError("The disk is full.", "Disken er fuld.")


@pytest.fixture
def board(qapp: Any) -> tuple[Workshop, str, Disk, QUndoStack]:
    ws = Workshop.new("Undo", language="en")
    disk = Disk()
    ws.subscribe(disk)
    return ws, next(iter(ws.canvases)), disk, QUndoStack()


def two_cards(ws: Workshop, canvas: str) -> WorkshopCommand:
    a, b = Card("a", canvas, "note", "A"), Card("b", canvas, "note", "B")
    return WorkshopCommand(ws, "Two", [
        Step(lambda: ws.cards.add([a]), lambda _r: ws.cards.remove(["a"])),
        Step(lambda: ws.cards.add([b]), lambda _r: ws.cards.remove(["b"]))])


def test_a_refused_step_takes_the_command_back_whole(board: Any) -> None:
    ws, canvas, disk, stack = board
    disk.fail(2)  # the second step
    with pytest.raises(CoiError):
        push(stack, two_cards(ws, canvas))
    assert ws.cards == {} and stack.count() == 0


def test_when_taking_back_fails_too_the_command_keeps_what_stayed(board: Any) -> None:
    ws, canvas, disk, stack = board
    disk.fail(2, 3)  # the second step, and undoing the first
    with pytest.raises(CoiError):
        push(stack, two_cards(ws, canvas))
    assert set(ws.cards) == {"a"}
    assert stack.count() == 1 and stack.index() == 1  # undoable: what the model holds
    undo(stack)
    assert ws.cards == {}


def test_a_refused_undo_keeps_the_workshop_and_the_index(board: Any) -> None:
    ws, canvas, disk, stack = board
    push(stack, two_cards(ws, canvas))
    disk.fail(1)  # undoing the second step
    with pytest.raises(CoiError):
        undo(stack)
    assert set(ws.cards) == {"a", "b"} and stack.index() == 1 and not stack.canRedo()
    disk.fail(2, 3)  # undo "b" works, undo "a" fails, redoing "b" fails: only "a" stays
    with pytest.raises(CoiError):
        undo(stack)
    assert set(ws.cards) == {"a"} and stack.index() == 1
    disk.fail()
    undo(stack)
    assert ws.cards == {} and stack.index() == 0


def test_a_refused_redo_keeps_the_redo(board: Any) -> None:
    ws, canvas, disk, stack = board
    push(stack, two_cards(ws, canvas))
    undo(stack)
    disk.fail(1)
    with pytest.raises(CoiError):
        redo(stack)
    assert ws.cards == {} and stack.index() == 0 and stack.canRedo()
    disk.fail()
    redo(stack)
    assert set(ws.cards) == {"a", "b"} and stack.index() == 1


def test_a_refused_title_edit_does_not_merge_into_the_fresh_card(board: Any) -> None:
    ws, canvas, disk, stack = board
    add = AddCards(ws, [Card("n", canvas, "note", "")], fresh=True)
    push(stack, add)
    disk.fail(1)
    with pytest.raises(CoiError):
        push(stack, UpdateCards(ws, {"n": {"title": "Typed while the disk failed"}}))
    assert ws.cards.require("n").title == "" and stack.count() == 1
    assert add.cards[0].title == ""  # the undo step holds what the workshop holds
    disk.fail()
    push(stack, UpdateCards(ws, {"n": {"title": "Typed"}}))
    assert stack.count() == 1 and add.cards[0].title == "Typed"  # merged as before


def test_room_commands_keep_the_index_on_a_refused_undo_and_redo(board: Any) -> None:
    ws, _canvas, disk, stack = board
    push_room(stack, AddParticipants(ws, [Participant("p", "Pia")], "Add"))
    disk.fail(1)
    with pytest.raises(CoiError):
        undo(stack)
    assert "p" in ws.participants and stack.index() == 1
    disk.fail()
    undo(stack)
    assert ws.participants == {} and stack.index() == 0
    disk.fail(1)
    with pytest.raises(CoiError):
        redo(stack)
    assert ws.participants == {} and stack.index() == 0 and stack.canRedo()
    disk.fail()
    redo(stack)
    assert "p" in ws.participants and stack.index() == 1
