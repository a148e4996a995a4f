"""A stand-in main window with the public surface feature modules use (docs/architecture.md).

The room's docks are tested against it so their tests do not depend on the whole main
window; `real_view` switches it to real canvas views when the canvas package provides them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from coi_desktop.models import Card, CoiError, Participant, Workshop
from coi_desktop.views.session import Session


class FakeScene:
    def __init__(self, canvas_id: str) -> None:
        self.canvas_id = canvas_id
        self.badges: dict[str, str] = {}

    def set_badges(self, badges: dict[str, str]) -> None:
        self.badges = dict(badges)


class FakeView:
    def __init__(self, canvas_id: str) -> None:
        self.canvas_id = canvas_id
        self.click_handler: Any = None
        self._scene = FakeScene(canvas_id)

    def set_card_click_handler(self, fn: Any) -> None:
        self.click_handler = fn

    def scene(self) -> FakeScene:
        return self._scene

    def click(self, card_id: str) -> bool:
        return bool(self.click_handler and self.click_handler(card_id))


class FakeWindow(QMainWindow):
    canvas_changed = Signal(str)
    language_changed = Signal()

    def __init__(self, workshop: Workshop, real_views: bool = False) -> None:
        super().__init__()
        self.workshop = workshop
        self.workshop_file = None
        self.undo_stack = QUndoStack(self)
        self.session = Session("note", parent=self)
        self.errors: list[str] = []
        self.menus = {name: QMenu(name, self) for name in ("file", "view", "room", "help")}
        self._canvas = workshop.canvases.ordered()[0].id
        self.real_views = real_views
        self._views: dict[str, Any] = {}

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self.addDockWidget(area, dock)

    def current_canvas_id(self) -> str:
        return self._canvas

    def current_view(self) -> Any:
        if self._canvas not in self._views:
            if self.real_views:
                from coi_desktop.views.canvas import CanvasView

                view = CanvasView(self.workshop, self._canvas, self.undo_stack, self)
                view.resize(1200, 800)
                view.context.session = self.session  # as the main window hands it over
            else:
                view = FakeView(self._canvas)
            self._views[self._canvas] = view
        return self._views[self._canvas]

    def set_current_canvas(self, canvas_id: str) -> None:
        if canvas_id != self._canvas:
            self._canvas = canvas_id
            self.canvas_changed.emit(canvas_id)

    def push(self, command: Any) -> bool:
        """As MainWindow.push: the one push path; a refusal is shown, not raised."""
        from coi_desktop.commands.base import push

        try:
            push(self.undo_stack, command)
        except CoiError as exc:
            self.show_error(exc)
            return False
        return True

    def show_error(self, exc: BaseException) -> None:
        assert isinstance(exc, CoiError), exc
        self.errors.append(exc.text(self.language()))

    def language(self) -> str:
        return "en"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test remembers its own projector and timer preferences."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def workshop() -> Workshop:
    ws = Workshop.new("Room", language="en", template="barrier_board")
    canvas = ws.canvases.ordered()[0].id
    ws.participants.add([
        Participant("ann", "Ann Named", "Aarhus Kommune", "municipality", consent=True),
        Participant("bo", "Bo Secret", "Robot ApS", "sme", consent=False),
        Participant("cy", "Cy Away", present=False),
    ])
    ws.cards.add([Card(f"b{i}", canvas, "barrier", f"Barrier {i}", x=220.0 * i, y=100.0)
                  for i in range(4)])
    ws.cards.add([Card("a0", canvas, "actor", "Actor card", x=0.0, y=400.0,
                       participant_id="ann")])
    return ws


@pytest.fixture
def window(qtbot: Any, workshop: Workshop) -> FakeWindow:
    w = FakeWindow(workshop)
    qtbot.addWidget(w)
    return w
