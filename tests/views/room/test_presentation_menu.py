"""The Room menu starts and stops presenting zone by zone and steps through the zones
(issue 11: a facilitator without the projector window's keys still reaches presentation)."""

from __future__ import annotations

from typing import Any

import pytest

from coi_desktop.services.demo import build_demo
from coi_desktop.views.room import RoomController, install
from tests.views.room.conftest import FakeWindow


@pytest.fixture
def room(qtbot: Any) -> RoomController:
    window = FakeWindow(build_demo(language="en"), real_views=True)
    qtbot.addWidget(window)
    canvas = next(c.id for c in window.workshop.canvases.values()
                  if c.template == "barrier_board")
    window.set_current_canvas(canvas)
    return install(window)


def titles(room: RoomController) -> str:
    assert room.projector is not None
    return room.projector.wall.title.text()


def test_menu_presents_zone_by_zone_and_steps(qtbot: Any, room: RoomController) -> None:
    menu = room.window_.menu("room")
    entries = [a.objectName() for a in menu.actions()]
    for key in ("room.presentation", "room.next_slide", "room.previous_slide"):
        assert key in entries and room.actions[key].text()
    assert room.actions["room.presentation"].shortcut().toString() == "Shift+F5"
    assert not room.actions["room.next_slide"].isEnabled()  # no projector yet

    room.actions["room.presentation"].trigger()  # starts the projector presenting
    assert room.projector is not None
    qtbot.addWidget(room.projector)
    wall = room.projector.wall
    assert wall.mode == "zones" and room.actions["room.presentation"].isChecked()
    count = len(wall.slides.slides)
    assert count > 2
    first = titles(room)
    assert f"(1/{count})" in first
    room.actions["room.next_slide"].trigger()
    assert f"(2/{count})" in titles(room)
    room.actions["room.next_slide"].trigger()
    room.actions["room.previous_slide"].trigger()
    assert titles(room) != first and f"(2/{count})" in titles(room)
    room.actions["room.previous_slide"].trigger()
    assert titles(room) == first

    room.actions["room.presentation"].trigger()  # stop: the whole canvas again
    assert wall.mode == "" and not room.actions["room.presentation"].isChecked()
    assert f"/{count})" not in titles(room)
    room.actions["room.next_slide"].trigger()  # from the whole canvas: the first zone
    assert wall.mode == "zones" and f"(1/{count})" in titles(room)


def test_the_projector_key_p_is_reflected_in_the_menu(qtbot: Any, room: RoomController) -> None:
    projector = room.open_projector()
    qtbot.addWidget(projector)
    projector.set_presentation("groups")  # the projector's own P key does this
    room.window_.menu("room").aboutToShow.emit()
    assert room.actions["room.presentation"].isChecked()
    projector.close()
    assert not room.actions["room.presentation"].isChecked()
    assert not room.actions["room.next_slide"].isEnabled()
