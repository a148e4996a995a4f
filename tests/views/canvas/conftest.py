"""Fixtures for canvas tests: an in-memory workshop, an undo stack and a shown view."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QUndoStack

from coi_desktop.models import Card, Workshop, new_id
from coi_desktop.views.canvas import CanvasView


def first_canvas(workshop: Workshop) -> str:
    return workshop.canvases.ordered()[0].id


def add(workshop: Workshop, kind: str = "note", title: str = "Card", x: float = 0.0,
        y: float = 0.0, **fields: object) -> str:
    card = Card(new_id(), first_canvas(workshop), kind, title, x=x, y=y, **fields)
    workshop.cards.add([card])
    return card.id


@pytest.fixture
def make_view(qtbot) -> Callable[..., CanvasView]:
    def make(template: str = "blank", presentation: bool = False,
             workshop: Workshop | None = None, stack: QUndoStack | None = None) -> CanvasView:
        w = workshop or Workshop.new("Test", language="en", template=template)
        view = CanvasView(w, first_canvas(w), stack or QUndoStack(), presentation=presentation)
        view.resize(1200, 800)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.reset_zoom()
        view.centerOn(600, 400)
        return view

    return make


@pytest.fixture
def zoomed_in(make_view: Callable[..., CanvasView]) -> CanvasView:
    """A barrier board with a card far to the right, seen at 100 % near its top left: only
    part of the board is in view, so the minimap shows."""
    view = make_view("barrier_board")
    add(view.workshop, "barrier", "Far away", x=2200, y=700)
    view.navigation.set_zoom(1.0)
    view.centerOn(300, 300)
    return view
