"""Small helpers shared by the room's docks and dialogs.

`run_command` pushes one undo command and turns a refusal from the model into the one
sentence the facilitator reads, in the interface language; `kind_label` and friends give
taxonomy labels in that language.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...commands.room import ModelCommand, push
from ...models import CoiError, Workshop


class RoomWindow(Protocol):
    """The part of MainWindow the room features use (docs/architecture.md)."""

    workshop: Workshop
    undo_stack: QUndoStack

    def language(self) -> str: ...
    def show_error(self, exc: BaseException) -> None: ...
    def current_canvas_id(self) -> str: ...
    def current_view(self) -> Any: ...
    def set_current_canvas(self, canvas_id: str) -> None: ...


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def language(window: Any) -> str:
    try:
        lang = window.language()
    except AttributeError:
        lang = "en"
    return lang if lang in ("da", "en") else "en"


def run_command(window: Any, command: ModelCommand) -> bool:
    """Push `command`; a refused change shows its sentence and changes nothing."""
    try:
        push(window.undo_stack, command)
    except CoiError as exc:
        window.show_error(exc)
        return False
    return True


def kind_label(workshop: Workshop, kind: str, lang: str) -> str:
    return workshop.label("card_kind", kind, lang)


def status_message(window: Any, text: str, msecs: int = 6000) -> None:
    """A short message in the main window's status bar, when it has one."""
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, msecs)


def parent_widget(window: Any) -> QWidget | None:
    return window if isinstance(window, QWidget) else None
