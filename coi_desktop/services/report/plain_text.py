"""Plain text flowables: user text drawn as lines of one font, without markup parsing.

A `Paragraph` parses its source as XML-like markup on construction and keeps fragments per
word; for the appendix's thousands of card texts that parsing was a fifth of the report's
time. `PlainText` wraps text by font metrics (words hyphenated at syllables, see
`canvas_drawing.wrap`), draws it with one text object and splits across pages by whole
lines. `CardHead` is an appendix card's head: its number, a kind chip and the title. Text is
drawn as strings, so it is never markup (no tag, no link, no file read).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .canvas_drawing import wrap
from .escaping import plain
from .styles import INK_COLOUR

#: No practical limit on lines for body text (it splits across pages).
MANY = 1_000_000


def wrap_text(text: Any, font: str, size: float, width: float, lang: str,
              max_lines: int = MANY) -> list[str]:
    """`text` as lines of at most `width` points; its own line breaks kept."""
    lines: list[str] = []
    for part in plain(text).split("\n"):
        if len(lines) >= max_lines:
            break
        lines += wrap(part, font, size, width, max_lines - len(lines), lang) if part.strip() \
            else [""]
    return lines


class PlainText(Flowable):
    """Wrapped lines of plain text in one font, size and colour; splits by lines."""

    def __init__(self, text: Any, font: str, size: float, leading: float, colour: Any,
                 lang: str, space_after: float = 0.0, indent: float = 0.0,
                 lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.font, self.size, self.leading = font, size, leading
        self.colour = colour
        self.lang = lang
        self.space_after = space_after
        self.indent = indent
        self.lines = lines
        self._width = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.lines is None or avail_width != self._width:
            if self.text is not None:
                self.lines = wrap_text(self.text, self.font, self.size,
                                       avail_width - self.indent, self.lang)
            self._width = avail_width
        self.width = avail_width
        self.height = len(self.lines or ()) * self.leading + self.space_after
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        lines = self.lines or []
        fit = int(avail_height // self.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        return [self._part(lines[:fit], 0.0), self._part(lines[fit:], self.space_after)]

    def _part(self, lines: list[str], space_after: float) -> PlainText:
        part = PlainText(None, self.font, self.size, self.leading, self.colour, self.lang,
                         space_after, self.indent, lines)
        part._width = self._width
        return part

    def draw(self) -> None:
        canv = self.canv
        text = canv.beginText(self.indent, self.height - self.space_after - self.size)
        text.setFont(self.font, self.size, self.leading)
        text.setFillColor(self.colour)
        for line in self.lines or ():
            text.textLine(line)
        canv.drawText(text)


class CardHead(Flowable):
    """An appendix card's head: its number, a chip with its kind and the title (bold)."""

    def __init__(self, number: str, kind_label: str, chip_colour: str, title: str,
                 font: str, bold: str, lang: str, size: float = 10.5,
                 leading: float = 13.5, muted: Any = colors.grey) -> None:
        super().__init__()
        self.number, self.kind_label, self.chip_colour = number, kind_label, chip_colour
        self.title, self.font, self.bold, self.lang = title, font, bold, lang
        self.size, self.leading, self.muted = size, leading, muted
        number_w = stringWidth(number, font, 8) + 5 if number else 0.0
        self.chip_w = stringWidth(kind_label, bold, 7) + 8
        self.indent = number_w + self.chip_w + 6
        self.number_w = number_w
        self.lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.lines = wrap_text(self.title, self.bold, self.size, avail_width - self.indent,
                               self.lang, 6) or [""]
        self.width = avail_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a head (six lines at most) moves to the next page whole

    def draw(self) -> None:
        canv = self.canv
        base = self.height - self.size
        if self.number:
            canv.setFillColor(self.muted)
            canv.setFont(self.font, 8)
            canv.drawString(0, base, self.number)
        canv.setFillColor(colors.HexColor(self.chip_colour))
        canv.roundRect(self.number_w, base - 2.5, self.chip_w, 11, 2, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(self.bold, 7)
        canv.drawString(self.number_w + 4, base, self.kind_label)
        text = canv.beginText(self.indent, base)
        text.setFont(self.bold, self.size, self.leading)
        text.setFillColor(INK_COLOUR)
        for line in self.lines:
            text.textLine(line)
        canv.drawText(text)
