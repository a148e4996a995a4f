"""What every controller of one canvas view shares: the workshop, the canvas, the undo stack,
the read-only flag, the default kind, the window's session, and the one way to push a change.

The view builds one `CanvasContext` and hands it to its controllers (editing, clipboard,
find, titles); none of them keeps its own copy of these. `push` is the canvas's only path to
the undo stack: a refusal by the model is reported (never raised) through `report`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import WorkshopCommand, push
from coi_desktop.models import CoiError, Workshop

from ..hidden_round import hidden_round_on
from ..session import Session

Build = WorkshopCommand | Callable[[], WorkshopCommand | None]


class CanvasContext:
    """The shared state of one canvas view (see the module docstring)."""

    def __init__(self, workshop: Workshop, canvas_id: str, undo_stack: QUndoStack,
                 presentation: bool, report: Callable[[CoiError], None]) -> None:
        self.workshop = workshop
        self.canvas_id = canvas_id
        self.undo_stack = undo_stack
        self.presentation = presentation
        self.read_only = presentation
        self.default_kind = "note"
        self.report = report
        self.session: Session | None = None  # the window's, once it hands it over

    def hidden_round(self) -> bool:
        """Whether new cards start hidden from the projector (silent brainstorming)."""
        if self.session is not None:
            return self.session.hidden_round
        return hidden_round_on(self.workshop)  # a view without a window (tests, tools)

    def alive(self) -> bool:
        """False once the canvas was deleted (the tab may outlive it for a moment)."""
        return self.canvas_id in self.workshop.canvases

    def editable(self) -> bool:
        return not self.read_only and self.alive()

    def push(self, command: Build) -> bool:
        """Push one command (or build it first); a refusal is reported, never raised.

        A builder that returns None (nothing to do) counts as done.
        """
        if self.read_only:
            return False
        try:
            if not isinstance(command, WorkshopCommand):
                built = command()
                if built is None:
                    return True
                command = built
            push(self.undo_stack, command)
        except CoiError as exc:
            self.report(exc)
            return False
        return True
