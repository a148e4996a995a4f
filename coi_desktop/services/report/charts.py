"""Charts for the reports (reportlab.graphics): horizontal bars with readable labels."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from .styles import INK_COLOUR, RULE
from .text import clip, register_fonts


def bar_chart(items: Sequence[tuple[str, float]], width: float, colour: str = "#0072B2",
              title: str = "", bar_height: float = 14.0, label_chars: int = 38) -> Drawing:
    """A horizontal bar chart of (label, value) pairs, largest first as given."""
    regular, bold = register_fonts()
    items = list(items) or [("—", 0)]
    label_w = min(width * 0.45, 6.2 * label_chars)
    top = 18.0 if title else 4.0
    plot_h = bar_height * len(items)
    height = plot_h + top + 22
    drawing = Drawing(width, height, initialFontName=regular)
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 16
    chart.width = width - label_w - 20
    chart.height = plot_h
    # HorizontalBarChart draws the first category at the bottom: reverse to read top-down.
    chart.data = [[float(v) for _, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [clip(label, label_chars, 1) for label, _ in
                                        reversed(items)]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.valueMin = 0
    top_value = max(v for _, v in items)
    chart.valueAxis.valueMax = max(1.0, top_value * 1.12)
    chart.valueAxis.valueStep = _nice_step(chart.valueAxis.valueMax)
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E9ED")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = colors.HexColor(colour)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = bold
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barSpacing = 2
    chart.groupSpacing = 3
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 12, clip(title, 90, 1), fontName=bold, fontSize=9,
                           fillColor=INK_COLOUR))
    return drawing


def _nice_step(maximum: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if maximum / step <= 8:
            return float(step)
    return float(10 ** len(str(int(maximum))) / 10)
