"""The shared shape of every undo command: a list of model steps done and undone in order.

A command changes only the model (docs/architecture.md). Each `Step` pairs a mutation with
its inverse; `WorkshopCommand.redo` runs the steps in order and `undo` runs the inverses in
reverse, so one gesture made of several mutations (remove links, groups and cards) is still
one undo step. A mutation the model refuses (a `CoiError`) never leaves half a command
behind: the steps already done are undone, the command marks itself obsolete so the stack
drops it, and the error is kept in `errors` for the caller to show.
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

    def redo(self) -> None:
        done: list[Step] = []
        try:
            for step in self.steps:
                step.redo()
                done.append(step)
        except CoiError as exc:
            for step in reversed(done):
                step.undo()
            self.errors.append(exc)
            self.setObsolete(True)

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
        if self.drop_on_undo:
            self.setObsolete(True)  # the stack deletes an obsolete command after undo


def push(stack: QUndoStack, command: WorkshopCommand) -> None:
    """Push `command`; raise the model's error if it refused (nothing then changed)."""
    errors = command.errors  # a plain list that outlives an obsolete (deleted) command
    stack.push(command)
    if errors:
        raise errors[0]
