"""The shared shape of every undo command: a list of model steps done and undone in order.

A command changes only the model (docs/architecture.md). Each `Step` pairs a mutation with
its inverse; `WorkshopCommand.redo` runs the steps in order and `undo` runs the inverses in
reverse, so one gesture made of several mutations (remove links, groups and cards) is still
one undo step. A mutation the model refuses (a `CoiError`: invalid input, or the file could
not be written) never leaves half a command behind: the steps already done are undone, the
command marks itself obsolete so the stack drops it, and the error is kept in `errors` for the
caller to show. The same holds for undo and redo from the stack (`undo(stack)`,
`redo(stack)`): a refused one leaves the model as it was and puts the stack's index back, so
the undo history keeps matching the workshop. This is the one command framework: the room's
commands (`commands.room.ModelCommand`) are WorkshopCommands too, and `push` is the one way
onto the stack. Only if taking steps back fails as well (the
disk is still failing) does a command keep just the steps whose effect is in the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from coi_desktop.models import CoiError, Workshop


class Step:
    """One mutation and its inverse; `do` may return a value the inverse needs."""

    def __init__(self, do: Callable[[], Any], undo: Callable[[Any], Any]) -> None:
        self._do = do
        self._undo = undo
        self._result: Any = None

    def redo(self) -> None:
        self._result = self._do()

    def undo(self) -> None:
        self._undo(self._result)


class WorkshopCommand(QUndoCommand):
    """An undo step made of model `Step`s (see the module docstring)."""

    def __init__(self, workshop: Workshop, text: str, steps: list[Step] | None = None) -> None:
        super().__init__(text)
        self.workshop = workshop
        self.steps: list[Step] = list(steps or [])
        self.errors: list[CoiError] = []
        self.drop_on_undo = False  # set before undo() to take the step back without a trace
        self.done = False  # whether the model holds the command's effect
        self._pushed = False  # the first redo is the push
        self._skip = False  # the next undo or redo only moves the stack's index

    def skip_next(self) -> None:
        """Let the next undo or redo only move the stack's index (the model is already
        there: the push applied the command, or a refusal left the model unchanged)."""
        self._skip = True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        first, self._pushed = not self._pushed, True
        done: list[Step] = []
        try:
            for step in self.steps:
                step.redo()
                done.append(step)
        except CoiError as exc:
            self.errors.append(exc)
            self._settle(_undo_all(done))
            if first and not self.done:
                self.setObsolete(True)
            return
        self.done = True

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        undone: list[Step] = []
        try:
            for step in reversed(self.steps):
                step.undo()
                undone.append(step)
        except CoiError as exc:
            self.errors.append(exc)
            kept = [s for s in self.steps if s not in undone]
            self._settle(kept + _redo_all(undone))
            return
        self.done = False
        if self.drop_on_undo:
            self.setObsolete(True)  # the stack deletes an obsolete command after undo

    def _settle(self, applied: list[Step]) -> None:
        """After a refusal: the command is done if any of its steps is still in the model
        (then it holds just those, in order), else not done with all its steps."""
        if applied:
            order = {id(s): n for n, s in enumerate(self.steps)}
            self.steps = sorted(applied, key=lambda s: order[id(s)])
        self.done = bool(applied)


def _undo_all(done: list[Step]) -> list[Step]:
    """Undo `done` (applied in this order) in reverse; the ones still applied after a refusal."""
    applied = list(done)
    while applied:
        try:
            applied[-1].undo()
        except CoiError:
            break
        applied.pop()
    return applied


def _redo_all(undone: list[Step]) -> list[Step]:
    """Redo `undone` (undone in this order) in reverse; the ones applied again."""
    applied: list[Step] = []
    for step in reversed(undone):
        try:
            step.redo()
        except CoiError:
            break
        applied.append(step)
    return applied


def push(stack: QUndoStack, command: WorkshopCommand) -> None:
    """Push `command`; raise the model's error if it refused (nothing then changed).

    The first redo runs here, before the stack sees the command: a refused command never
    reaches the stack, so it cannot merge into the command below (a title typed into a fresh
    card, a nudge) and leave that one holding values the workshop does not have. A command
    left partly done (its steps could not all be taken back) is pushed for what it did.
    """
    errors = command.errors  # a plain list that outlives a merged (deleted) command
    command.redo()
    if errors and not command.done:
        raise errors[0]
    command.skip_next()  # the stack's own first redo: already done
    stack.push(command)
    if errors:
        raise errors[0]


def undo(stack: QUndoStack) -> None:
    """Undo the stack's current command; raise the model's error if it refused (then the
    workshop and the stack's index are as they were)."""
    _step(stack, forward=False)


def redo(stack: QUndoStack) -> None:
    """Redo the stack's next command; raise the model's error if it refused."""
    _step(stack, forward=True)


def _step(stack: QUndoStack, *, forward: bool) -> None:
    index = stack.index()
    if not (stack.canRedo() if forward else stack.canUndo()):
        return
    command = stack.command(index if forward else index - 1)
    if not isinstance(command, WorkshopCommand):  # not ours: Qt's plain behaviour
        if forward:
            stack.redo()
        else:
            stack.undo()
        return
    errors = command.errors  # a plain list that outlives a command the stack deletes
    del errors[:]
    if forward:
        stack.redo()
    else:
        stack.undo()
    if not errors:
        return
    if command.done != forward:  # the model kept its state: put the index back
        command.skip_next()
        if forward:
            stack.undo()
        else:
            stack.redo()
    raise errors[0]
