"""A table of plain-text cells drawn directly: the ranked tables and the actions.

reportlab's `Table` sets a style on every cell and measures every row again at each page
split, which is why long tables used to be cut into 40-row pieces (each repeating its
header in the middle of a page). `LineTable` holds rows of ready-wrapped strings (at most a
few lines each, see `sections.line_cell`): a row's height is known up front, a split is a
slice, and the header repeats at the top of every page and nowhere else. Cells are drawn
as strings, so user text is never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from .canvas_drawing import wrap
from .styles import ACCENT, INK_COLOUR, RULE, SHADE
from .text import FONT, FONT_BOLD

SIZE = 8.0
LEADING = 10.2
PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 3.0, 3.0


class LineTable(Flowable):
    """Rows of string cells ("\\n" between a cell's lines) under a repeated header."""

    def __init__(self, header_lines: list[list[str]], rows: list[list[list[str]]],
                 widths: Sequence[float], bold_column: int | None = None,
                 heights: list[float] | None = None) -> None:
        super().__init__()
        self.widths = list(widths)
        self.bold_column = bold_column
        self.header_lines = header_lines
        self.header_h = max(len(c) for c in self.header_lines) * LEADING + PAD_TOP + PAD_BOTTOM
        self.rows = rows
        # A split part takes its rows' heights from the whole (measuring the rest again at
        # every page made a long table's layout quadratic).
        self.heights = heights if heights is not None else [
            max(len(c) for c in row) * LEADING + PAD_TOP + PAD_BOTTOM for row in self.rows]
        self.width = sum(self.widths)
        self.height = self.header_h + sum(self.heights)
        self.hAlign = "LEFT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_h
        fit, used = 0, 0.0
        while fit < len(self.heights) and used + self.heights[fit] <= room:
            used += self.heights[fit]
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []
        return [self._part(0, fit), self._part(fit, len(self.rows))]

    def _part(self, start: int, end: int) -> LineTable:
        return LineTable(self.header_lines, self.rows[start:end], self.widths,
                         self.bold_column, self.heights[start:end])

    def draw(self) -> None:
        canv = self.canv
        xs = [sum(self.widths[:i]) for i in range(len(self.widths))]
        top = self.height
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, top - self.header_h, self.width, self.header_h, stroke=0, fill=1)
        y = top - self.header_h
        canv.setFillColor(SHADE)
        for n, h in enumerate(self.heights):  # zebra
            if n % 2:
                canv.rect(0, y - h, self.width, h, stroke=0, fill=1)
            y -= h
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.3)
        y = top - self.header_h
        rules = []
        for h in self.heights:
            y -= h
            rules.append((0, y, self.width, y))
        canv.lines(rules)
        text = canv.beginText()
        text.setFillColor(colors.white)
        current = [""]  # the font set in `text`: set again only when a cell needs another
        self._cells(text, xs, top, self.header_lines, FONT_BOLD, FONT_BOLD, current)
        text.setFillColor(INK_COLOUR)
        y = top - self.header_h
        for row, h in zip(self.rows, self.heights, strict=True):
            self._cells(text, xs, y, row, FONT, FONT_BOLD, current)
            y -= h
        canv.drawText(text)
        canv.restoreState()

    def _cells(self, text: PDFTextObject, xs: list[float], top: float,
               cells: Sequence[list[str]], font: str, bold: str, current: list[str]) -> None:
        for i, lines in enumerate(cells):
            wanted = bold if i == self.bold_column else font
            for n, line in enumerate(lines):
                if line:
                    if current[0] != wanted:  # a font change per cell was a tenth of a table
                        text.setFont(wanted, SIZE, LEADING)
                        current[0] = wanted
                    text.setTextOrigin(xs[i] + PAD_X, top - PAD_TOP - SIZE - n * LEADING + 1.2)
                    text.textLine(line)  # textOut would measure the string for nothing


def line_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               bold_column: int | None = None, lang: str = "da") -> LineTable:
    """A `LineTable` of `rows` (strings, "\n" between a cell's lines) under `header`
    (wrapped at words, two lines at most, hyphenated at syllables)."""
    header_lines = [wrap(h, FONT_BOLD, SIZE, w - 2 * PAD_X, 2, lang) or [""]
                    for h, w in zip(header, widths, strict=True)]
    return LineTable(header_lines, [[cell.split("\n") for cell in row] for row in rows],
                     widths, bold_column)
