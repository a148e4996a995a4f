"""Plain text flowables: user text drawn as lines of one font, without markup parsing.

A `Paragraph` parses its source as XML-like markup on construction and keeps fragments per
word; for the appendix's thousands of card texts that parsing was a fifth of the report's
time. `PlainText` wraps text by font metrics (words hyphenated at syllables, see
`canvas_drawing.wrap`), draws it with one text object and splits across pages by whole
lines. `CardHead` is an appendix card's head: its number, a kind chip and the title.
`CardBlock` lays out one appendix card (head, rule, details, text) as ONE flowable: the layout
engine's own cost per flowable (frame checks, callbacks, progress) was a third of the
appendix's time when a card was six of them. Text is drawn as strings, so it is never markup
(no tag, no link, no file read).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from .canvas_drawing import round_rect, wrap
from .escaping import plain
from .styles import INK_COLOUR

#: No practical limit on lines for body text (it splits across pages).
MANY = 1_000_000


@lru_cache(maxsize=256)
def hex_colour(value: str) -> colors.Color:
    """The reportlab colour of "#rrggbb" (a few kind and category colours, thousands of
    cards: parsed once each)."""
    return colors.HexColor(value)


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
        text = self.canv.beginText()
        self.write(text, 0.0)
        self.canv.drawText(text)

    def write(self, text: PDFTextObject, y: float) -> None:
        """Put the lines into `text` (an open text object) as `draw` would draw them with
        the flowable's origin at (0, y)."""
        text.setTextOrigin(self.indent, y + self.height - self.space_after - self.size)
        text.setFont(self.font, self.size, self.leading)
        text.setFillColor(self.colour)
        for line in self.lines or ():
            text.textLine(line)


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
        self.draw_shapes(self.canv, 0.0)
        text = self.canv.beginText()
        self.write(text, 0.0)
        self.canv.drawText(text)

    def draw_shapes(self, canv: Any, y: float) -> None:
        """The kind chip (drawn before the text: a text object holds no shapes)."""
        base = y + self.height - self.size
        canv.setFillColor(hex_colour(self.chip_colour))
        round_rect(canv, self.number_w, base - 2.5, self.chip_w, 11, 2, 0, 1)

    def write(self, text: PDFTextObject, y: float) -> None:
        """Number, kind label and title into `text` (an open text object), the head's
        origin at (0, y)."""
        base = y + self.height - self.size
        if self.number:
            text.setTextOrigin(0, base)
            text.setFont(self.font, 8)
            text.setFillColor(self.muted)
            text.textLine(self.number)
        text.setTextOrigin(self.number_w + 4, base)
        text.setFont(self.bold, 7)
        text.setFillColor(colors.white)
        text.textLine(self.kind_label)
        text.setTextOrigin(self.indent, base)
        text.setFont(self.bold, self.size, self.leading)
        text.setFillColor(INK_COLOUR)
        for line in self.lines:
            text.textLine(line)


class Rule(Flowable):
    """A line across the available width with round caps (what HRFlowable draws), which a
    `CardBlock` draws in its own graphics state instead of saving and restoring one."""

    def __init__(self, thickness: float, colour: Any, space_before: float = 0.0,
                 space_after: float = 0.0) -> None:
        super().__init__()
        self.thickness, self.colour = thickness, colour
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.thickness

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.draw_shapes(self.canv, 0.0)

    def draw_shapes(self, canv: Any, y: float) -> None:
        canv.setLineWidth(self.thickness)
        canv.setLineCap(1)  # round
        canv.setStrokeColor(self.colour)
        canv.line(0, y, self._width, y)


class CardBlock(Flowable):
    """One appendix card: a head that stays together (`head`: the first `keep` parts, e.g.
    CardHead, rule, details) followed by text parts that split by lines across pages.

    It starts on a new page unless its head and the first line of its text fit (a card's
    head is never left alone at a page's foot); a card taller than a page continues on the
    next with the rest of its text. Each part is drawn at its place with `drawOn`.
    """

    def __init__(self, parts: Sequence[Flowable], keep: int, gap_after: float = 0.0) -> None:
        super().__init__()
        self.parts = list(parts)
        self.keep = keep
        self.gap_after = gap_after
        self._sizes: list[tuple[float, float, float]] = []  # (space before, height, after)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = []
        for part in self.parts:
            _w, h = part.wrap(avail_width, avail_height)
            self._sizes.append((part.getSpaceBefore(), h, part.getSpaceAfter()))
        self.width = avail_width
        self.height = sum(b + h + a for b, h, a in self._sizes) + self.gap_after
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        used = 0.0
        for i, (part, (before, h, after)) in enumerate(zip(self.parts, self._sizes,
                                                           strict=True)):
            if used + before + h + after <= avail_height:
                used += before + h + after
                continue
            if i < self.keep:
                return []  # the head does not fit: the whole card moves on
            room = avail_height - used - before
            pieces = part.split(avail_width, room) if room > 0 else []
            if len(pieces) == 2:
                first = CardBlock([*self.parts[:i], pieces[0]], self.keep)
                rest = CardBlock([pieces[1], *self.parts[i + 1:]], 0, self.gap_after)
                return [first, rest]
            if i == self.keep:
                return []  # not one line of the text fits under the head
            return [CardBlock(self.parts[:i], self.keep),
                    CardBlock(self.parts[i:], 0, self.gap_after)]
        return [CardBlock(self.parts, self.keep)]  # all fits but the gap below: drop it

    def draw(self) -> None:
        """Each part at its place: shapes (chip, rule) first, then every text of the card in
        ONE text object. Drawing each part with `drawOn` (a saved and restored graphics
        state, a text object per string) was half of the appendix's drawing time."""
        canv = self.canv
        places = []
        y = self.height
        for part, (before, h, after) in zip(self.parts, self._sizes, strict=True):
            y -= before + h
            places.append((part, y))
            y -= after
        writers = []
        for part, y in places:
            if isinstance(part, CardHead | Rule):
                part.draw_shapes(canv, y)
            if isinstance(part, CardHead | PlainText):
                writers.append((part, y))
            elif not isinstance(part, Rule):
                part.drawOn(canv, 0, y)  # any other flowable, in its own state
        if writers:
            text = canv.beginText()
            for part, y in writers:
                part.write(text, y)
            canv.drawText(text)
