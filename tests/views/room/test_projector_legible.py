"""On a 1920×1080 projector the demo's card titles are large enough to read from the room."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from coi_desktop.services.demo import build_demo
from coi_desktop.views.room import RoomController, install
from coi_desktop.views.room.projector import MIN_TITLE_PX
from tests.views.room.conftest import FakeWindow


@pytest.fixture
def room(qtbot: Any) -> RoomController:
    window = FakeWindow(build_demo(language="en"), real_views=True)
    qtbot.addWidget(window)
    controller = install(window)
    controller.open_projector()
    projector = controller.projector
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    return controller


def show(room: RoomController, template: str, follow: bool) -> Any:
    window = room.window_
    canvas = next(c.id for c in window.workshop.canvases.values() if c.template == template)
    window.set_current_canvas(canvas)
    facilitator = window.current_view()
    facilitator.resize(1000, 850)  # a laptop window with docks open beside the canvas
    facilitator.show()
    QApplication.processEvents()  # both windows lay out at their sizes
    facilitator.fit_all()
    room.set_follow_zoom(follow)
    projector = room.projector
    projector._last_rect = None
    projector.fit()
    return projector


@pytest.mark.parametrize("template", ["power_interest", "impact_effort"])
@pytest.mark.parametrize("follow", [True, False])
def test_titles_are_legible_on_the_wall(room: RoomController, template: str,
                                        follow: bool) -> None:
    projector = show(room, template, follow)
    assert projector.title_pixels() >= MIN_TITLE_PX
    # every card the room may see is on the wall
    shown = projector.view.mapToScene(projector.view.viewport().rect()).boundingRect()
    for card in room.workshop.cards.on(projector.canvas_id):
        assert shown.contains(card.x + card.width / 2, card.y + card.height / 2), card.title


def test_the_barrier_board_shows_every_column_as_large_as_it_fits(
        room: RoomController) -> None:
    projector = show(room, "barrier_board", True)
    layout = room.workshop.canvases.layout(projector.canvas_id)
    shown = projector.view.mapToScene(projector.view.viewport().rect()).boundingRect()
    assert shown.left() <= 0 and shown.right() >= layout.width  # all eleven columns
    assert projector.title_pixels() >= 12.0


def test_a_facilitator_zoomed_in_is_followed_exactly(room: RoomController) -> None:
    projector = show(room, "power_interest", True)
    facilitator = room.window_.current_view()
    facilitator.resetTransform()  # 100 %: titles are big enough, the wall shows that rect
    projector._follow_facilitator()
    seen = facilitator.mapToScene(facilitator.viewport().rect()).boundingRect()
    wall = projector.view.mapToScene(projector.view.viewport().rect()).boundingRect()
    assert wall.contains(seen.center())
    assert wall.width() >= seen.width() - 2 or wall.height() >= seen.height() - 2


def test_a_board_too_small_for_the_back_row_tells_how_to_present_it(
        room: RoomController) -> None:
    # The whole power–interest board fits the wall with title capitals of about 13 px; the
    # facilitator is told so, and how to show it large enough.
    projector = show(room, "power_interest", False)
    assert not projector.wall.legible()
    assert room.advise_legibility()
    said = room.window_.statusBar().currentMessage()
    assert "Shift+F5" in said and " px" in said
    room.set_presentation(True)  # zone by zone: legible, nothing to advise
    projector.fit()
    assert projector.wall.legible() and not room.advise_legibility()
