"""Report drawings of the boards: zone labels stay in the band the layouts keep free of cards,
axis captions stay off the board, so no label is printed under a card."""

from __future__ import annotations

import pytest

from coi_desktop.models import Workshop
from coi_desktop.models.templates import HEADER
from coi_desktop.services.report.canvas_drawing import CanvasPainter
from coi_desktop.services.report.text import register_fonts

SCALE = 0.5


def texts(workshop: Workshop) -> tuple[CanvasPainter, list[tuple[float, float, str, float]]]:
    """Every text of the drawing as (scene x, scene y of its baseline, text, size)."""
    register_fonts()
    canvas = workshop.canvases.ordered()[0].id
    painter = CanvasPainter(workshop, canvas, {})
    x0, y0, _x1, y1 = region = painter.bounds
    sketch = painter.drawing(region, SCALE)
    h = (y1 - y0) * SCALE
    return painter, [(op[1] / SCALE + x0, (h - op[2]) / SCALE + y0, op[3], op[5] / SCALE)
                     for op in sketch.ops if op[0] == "text"]


@pytest.mark.parametrize("template", ["power_interest", "impact_effort", "barrier_board",
                                      "phases"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_zone_labels_stay_in_the_label_band(template: str, language: str) -> None:
    painter, found = texts(Workshop.new("T", language=language, template=template))
    layout = painter.layout
    for zone in layout.zones:
        inside = [(y, size) for x, y, _t, size in found
                  if zone.x <= x < zone.x + zone.width and zone.y <= y <= zone.y + zone.height]
        assert inside, zone.key  # the label is printed
        for baseline, size in inside:
            assert zone.y + size * 0.7 <= baseline <= zone.y + HEADER - size * 0.2, zone.key


@pytest.mark.parametrize("template", ["power_interest", "impact_effort"])
def test_axis_captions_are_outside_the_board(template: str) -> None:
    painter, found = texts(Workshop.new("T", language="en", template=template))
    layout = painter.layout
    captions = {layout.x_axis[1], layout.y_axis[1]}
    for x, y, text, _size in found:
        if text in captions:
            assert not (0 <= x <= layout.width and 0 <= y <= layout.height), text
