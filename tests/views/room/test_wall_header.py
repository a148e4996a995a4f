"""The projector's header keeps the timer whole and the title legible, however long the
canvas and zone names: a long Danish slide title used to widen the header past the wall, so
the timer showed "5" of "5:00" and the slide's right-hand column fell off the screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect

from coi_desktop.models import Card, Workshop
from coi_desktop.views.room import install
from tests.views.room.conftest import FakeWindow

LONG = "Barrierer for velfærdsteknologi i hjemmeplejen og på plejecentrene i Midtvest"


def _projector(qtbot: Any, workshop: Workshop) -> Any:
    window = FakeWindow(workshop, real_views=True)
    qtbot.addWidget(window)
    room = install(window)
    room.open_projector()
    projector = room.projector
    qtbot.addWidget(projector)
    projector.showNormal()
    projector.resize(1920, 1080)
    qtbot.waitExposed(projector)
    qtbot.wait(150)
    return projector


def test_a_long_slide_title_wraps_and_the_timer_stays_whole(qtbot: Any) -> None:
    ws = Workshop.new(LONG, language="da", template="barrier_board")
    canvas = ws.canvases.ordered()[0]
    ws.canvases.update(canvas.id, name=LONG)
    ws.cards.add([Card(f"b{i}", canvas.id, "barrier", f"Barriere {i}", x=10.0 + 220 * (i % 4),
                       y=100.0 + 150 * (i // 4), category="skills") for i in range(8)])
    projector = _projector(qtbot, ws)
    projector.set_presentation("zones")
    qtbot.wait(150)
    wall, face, title = projector.wall, projector.face, projector.wall.title
    # the window was widened past the wall by the title's width: the timer went off screen
    assert projector.width() <= 1920
    inside = QRect(0, 0, 1920, 1080)
    face_rect = QRect(face.mapTo(projector, face.rect().topLeft()), face.size())
    assert inside.contains(face_rect), (face_rect, inside)  # the whole timer shows
    assert face.width() >= 220
    title_rect = QRect(title.mapTo(projector, title.rect().topLeft()), title.size())
    assert title_rect.right() < face_rect.left()
    assert title.font().pixelSize() >= 1080 // 22  # not shrunk to fit
    lines = title.lines()
    assert 1 < len(lines) <= 2 and all(lines)
    assert title.text().startswith(LONG)  # the whole title is kept (accessible text)
    assert title.height() >= len(lines) * title.fontMetrics().lineSpacing()
    slides = wall.slides
    assert slides.geometry().right() <= projector.width()  # the slide's columns all show
    for item in slides.items_.values():
        shown = slides.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert slides.viewport().rect().contains(shown), shown


def test_cards_outside_every_zone_get_their_own_slide_title(qtbot: Any) -> None:
    from coi_desktop.views.canvas.slides import zone_slides

    ws = Workshop.new("Aktører", language="en", template="power_interest")
    canvas = ws.canvases.ordered()[0].id
    layout = ws.canvases.layout(canvas)
    ws.cards.add([Card("out", canvas, "actor", "Outside", x=layout.width + 300, y=100.0)])
    slides = zone_slides(ws, canvas)
    assert [s.title for s in slides] == ["Outside the zones"]
