"""A quadrant's name and hint are shown whole and large enough to read, in both languages:
the Danish hints ("Høj magt, lav interesse") used to be cut to "Høj magt, lav inter…"
beside the name, and the longest name left no room for its hint at all."""

from __future__ import annotations

import pytest

from coi_desktop.models import Workshop
from coi_desktop.views.canvas.board import CLEAR, HEADER, zone_label


@pytest.mark.parametrize("template", ["power_interest", "impact_effort"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_quadrant_names_and_hints_are_whole_inside_the_title_band(
        make_view, template: str, language: str) -> None:
    from PySide6.QtGui import QFontMetricsF

    workshop = Workshop.new("Værksted", language=language, template=template)
    view = make_view(workshop=workshop)
    board = view.scene().board
    titles = board.quadrant_titles()
    assert len(titles) == 4
    for zone, lines in titles:
        texts = [text for text, _font, _at in lines]
        assert texts == [zone_label(workshop, board.layout, zone), zone.hint(language)]
        for text, font, at in lines:
            metrics = QFontMetricsF(font)
            assert font.pixelSize() >= 20, text  # twice a card's body text: read from afar
            assert not text.endswith("…"), text
            right = zone.x + zone.width
            assert at.x() >= zone.x and at.x() + metrics.horizontalAdvance(text) <= right
            assert zone.y <= at.y() - metrics.ascent()
            # a gap, not a touch, before the first row of cards (at zone.y + HEADER)
            assert at.y() + metrics.descent() <= zone.y + HEADER - CLEAR, text
    # one board, one look: all names at the same size
    assert len({lines[0][1].pixelSize() for _zone, lines in titles}) == 1


def test_the_painted_board_shows_the_whole_hint(make_view) -> None:
    """The pixels agree: the hint's last word is painted (no ellipsis cut it off)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    workshop = Workshop.new("Værksted", language="da", template="power_interest")
    view = make_view(workshop=workshop)
    board = view.scene().board
    zone, lines = board.quadrant_titles()[0]
    hint, font, at = lines[1]
    from PySide6.QtGui import QFontMetricsF

    width = QFontMetricsF(font).horizontalAdvance(hint)
    image = QImage(int(zone.x + zone.width) + 10, int(zone.y + HEADER) + 10,
                   QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    board.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    tail = QRectF(at.x() + width * 0.8, at.y() - 14, width * 0.2, 16)  # "interesse"'s end
    ink = sum(1 for x in range(int(tail.left()), int(tail.right()))
              for y in range(int(tail.top()), int(tail.bottom()))
              if image.pixelColor(x, y).lightness() < 180)
    assert ink > 20
