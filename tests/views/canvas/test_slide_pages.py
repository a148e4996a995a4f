"""Slides of a crowded zone: at most PER_SLIDE cards a page (few enough for 24 px capitals on a
1920×1080 wall, tests/views/canvas/test_render_cli_legible.py), the cards shared evenly over
the pages, and the wall's header naming the page once."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from coi_desktop.models import Workshop
from coi_desktop.views.canvas.slides import PER_SLIDE, zone_slides
from coi_desktop.views.canvas.wall import Wall

from .conftest import add, first_canvas


def _outside(count: int) -> tuple[Workshop, str]:
    w = Workshop.new("Pages", language="en", template="blank")
    for n in range(count):
        add(w, "note", f"Note {n}", x=200.0 * (n % 6), y=150.0 * (n // 6))
    return w, first_canvas(w)


def test_a_crowded_zone_is_shared_evenly_over_its_pages() -> None:
    w, canvas = _outside(PER_SLIDE + 1)
    slides = zone_slides(w, canvas)
    assert [len(s.card_ids) for s in slides] == [7, 6]  # not 12 and a lone card
    assert [s.title for s in slides] == ["Outside the zones (1/2)", "Outside the zones (2/2)"]
    assert sorted(i for s in slides for i in s.card_ids) == sorted(w.cards)
    w, canvas = _outside(PER_SLIDE)
    assert [len(s.card_ids) for s in zone_slides(w, canvas)] == [PER_SLIDE]


def test_the_wall_header_names_the_page_once(qtbot) -> None:
    w, canvas = _outside(PER_SLIDE + 1)
    wall = Wall(w, QUndoStack())
    qtbot.addWidget(wall)
    wall.resize(1920, 1080)
    wall.show_canvas(canvas)
    wall.set_mode("zones")
    assert wall.title.text() == "Blank canvas · Outside the zones (1/2)"
    assert wall.step(1)
    assert wall.title.text() == "Blank canvas · Outside the zones (2/2)"
