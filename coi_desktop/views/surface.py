"""The main window as its parts see it: the public surface controllers, docks and features use.

`MainWindow` composes small controllers (files, editing, canvases, view, dialogs, status) and
docks; they get the window as a `WindowSurface` and use only what is declared here. Typing
them against this protocol instead of `MainWindow` keeps the import graph free of circles
(the window imports its parts; no part imports the window) while mypy still checks every
call. Feature modules (room, findings, consolidation, …) keep to the same surface
(docs/architecture.md, "Views contracts").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

    from ..commands.base import WorkshopCommand
    from ..models.workshop import Workshop
    from ..storage import WorkshopFile
    from .canvas import CanvasView
    from .session import Session


class WindowSurface(Protocol):
    """What a part of the main window may use of it (see the module docstring)."""

    workshop: Workshop
    workshop_file: WorkshopFile
    session: Session
    undo_stack: QUndoStack
    shell: Any
    canvas_changed: SignalInstance
    language_changed: SignalInstance

    @property
    def read_only(self) -> bool: ...

    def widget(self) -> QMainWindow:
        """The window itself as a widget: the parent of dialogs and docks."""
        ...

    def menu(self, name: str) -> QMenu: ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None: ...

    def push(self, command: WorkshopCommand | None) -> bool: ...

    def show_error(self, exc: BaseException) -> None: ...

    def show_status(self, text: str, msecs: int = 6000) -> None: ...

    def current_canvas_id(self) -> str: ...

    def current_view(self) -> CanvasView | None: ...

    def set_current_canvas(self, canvas_id: str) -> None: ...

    def views(self) -> list[CanvasView]: ...

    def call_view(self, name: str, *args: Any) -> Any: ...

    def language(self) -> str: ...

    def content_language(self) -> str: ...
