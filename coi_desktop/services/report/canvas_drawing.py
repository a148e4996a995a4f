"""A canvas as a vector drawing for the report, made from the model (never from the scene).

The board's zones come from `models.templates.layout_for` (through `workshop.layout`), cards
are coloured by kind like on the canvas (an accent band, a light body, the title in bold),
links are lines between card edges with an arrowhead when the relation is directed. A canvas
too big to stay legible on one landscape page is shown as an overview with numbered parts,
then one page per part. Cards piled on top of each other are drawn moved apart (`unstack`).
Text in graphics is drawn as plain strings, so it is never markup.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.platypus import Flowable

from ... import phrasebook
from ...models.entities import Card
from ...models.registry import REGISTRY
from ...models.templates import Layout
from ...models.workshop import Workshop
from ..palette import INK, accent_of, category_colour, kind_colour, tint
from .base import FONT, FONT_BOLD, clip, plain
from .hyphenation import split_to_fit

#: Smallest scale at which card titles stay readable on paper (18-unit type → ~4.3 pt).
MIN_SCALE = 0.24
MAX_PARTS = 12
#: A board may shrink to this share of MIN_SCALE before it is split into parts.
SQUEEZE = 0.8
MARGIN = 40.0
BOARD = "#FBFCFD"
BOARD_LINE = "#C9CFD8"
ZONE_INK = "#3B4656"
LINK_INK = "#4A5260"
QUAD_TINTS = ("#EEF3FA", "#F7F9FC", "#F7F9FC", "#FBFCFD")
RING_TINTS = ("#DCE8F5", "#E9F0F8", "#F5F8FC")


def round_rect(canv: Any, x: float, y: float, w: float, h: float, r: float, stroke: int,
               fill: int) -> None:
    """`canv.roundRect(x, y, w, h, r, stroke, fill)`: the same operators and numbers,
    written as one literal. reportlab builds a path object and formats each segment
    separately (a tenth of a canvas page's drawing: two rounded rectangles per card)."""
    xlo, xhi = min(x, x + w), max(x, x + w)
    ylo, yhi = min(y, y + h), max(y, y + h)
    t = 0.4472 * r  # reportlab's Bézier factor for a quarter circle
    canv.addLiteral("\n".join((
        f"{fp_str(xlo + r, ylo)} m", f"{fp_str(xhi - r, ylo)} l",
        f"{fp_str(xhi - t, ylo, xhi, ylo + t, xhi, ylo + r)} c", f"{fp_str(xhi, yhi - r)} l",
        f"{fp_str(xhi, yhi - t, xhi - t, yhi, xhi - r, yhi)} c", f"{fp_str(xlo + r, yhi)} l",
        f"{fp_str(xlo + t, yhi, xlo, yhi - t, xlo, yhi - r)} c", f"{fp_str(xlo, ylo + r)} l",
        f"{fp_str(xlo, ylo + t, xlo + t, ylo, xlo + r, ylo)} c", "h",
        PATH_OPS[stroke, fill, canv._fillMode])))  # the canvas's fill rule, as roundRect


def card_accent(card: Card) -> str:
    """The strong colour of a card: its override, its category (barriers) or its kind."""
    if card.color:
        return card.color
    if accent_of(card):
        return category_colour(accent_of(card))
    return kind_colour(card.kind)


def _readable_on(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def ch(s: float) -> float:
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return "#FFFFFF" if 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b) < 0.4 else INK


#: (font, size) → word → width: the report measures the same words thousands of times
#: (titles in tables, drawings and the appendix). Bounded: cleared when it grows large.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_WIDTHS_MAX = 200_000


def _widths(font: str, size: float) -> dict[str, float]:
    table = _WIDTHS.get((font, size))
    if table is None:
        if sum(len(t) for t in _WIDTHS.values()) > _WIDTHS_MAX:
            _WIDTHS.clear()
        table = _WIDTHS[(font, size)] = {}
    return table


def wrap(text: str, font: str, size: float, width: float, max_lines: int,
         lang: str = "da") -> list[str]:
    """Greedy word wrap by font metrics; the last line ends with … when text is left over.

    A word longer than a whole line is hyphenated at a syllable boundary (`hyphenation`),
    never cut silently in the middle. A line's width is the sum of its words' and spaces'
    widths (the embedded fonts are not kerned, so this is the string's width), each word
    measured once: measuring every candidate line again made wrapping quadratic.
    """
    words = plain(text).replace("\n", " ").split()
    lines: list[str] = []
    current: list[str] = []
    current_w = 0.0
    known = _widths(font, size)
    space = stringWidth(" ", font, size)

    def fits(s: str) -> bool:
        return bool(stringWidth(s, font, size) <= width)

    for word in words:
        word_w = known.get(word)
        if word_w is None:
            word_w = known[word] = stringWidth(word, font, size)
        if current and current_w + space + word_w <= width:
            current.append(word)
            current_w += space + word_w
            continue
        if not current and word_w <= width:
            current, current_w = [word], word_w
            continue
        if current:
            lines.append(" ".join(current))
            current, current_w = [], 0.0
        while not fits(word) and len(word) > 1 and len(lines) <= max_lines:
            head, word = split_to_fit(word, fits, lang)
            lines.append(head)
        current, current_w = [word], stringWidth(word, font, size)
        if len(lines) > max_lines:
            break
    if current:
        lines.append(" ".join(current))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


class Sketch:
    """Drawing operations recorded while the story is built and replayed on the PDF canvas
    at draw time: far cheaper than reportlab.graphics shapes for thousands of cards."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.ops: list[tuple[Any, ...]] = []

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None,
             stroke: str | None = None, width: float = 0.6, radius: float = 0.0,
             dash: tuple[float, ...] | None = None) -> None:
        self.ops.append(("rect", x, y, w, h, fill, stroke, width, radius, dash))

    def circle(self, x: float, y: float, r: float, fill: str | None,
               stroke: str | None = None, width: float = 0.6) -> None:
        self.ops.append(("circle", x, y, r, fill, stroke, width))

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: str,
             width: float) -> None:
        self.ops.append(("line", x1, y1, x2, y2, stroke, width))

    def polygon(self, points: Sequence[float], fill: str) -> None:
        self.ops.append(("poly", tuple(points), fill))

    def text(self, x: float, y: float, text: str, font: str, size: float, fill: str,
             anchor: str = "start", rotate: float = 0.0) -> None:
        if text:
            self.ops.append(("text", x, y, text, font, size, fill, anchor, rotate))

    def replay(self, canv: Any) -> None:
        """Draw the recorded operations; a colour, width, dash or font is set only when it
        changes (thousands of cards share a few of each).

        Consecutive texts (a card's kind, title lines and dot count) go into ONE PDF text
        object, placed with text origins: `drawString` made a text object per line (its
        setup, font selection and BT/ET), a third of a canvas page's drawing time. A shape
        between texts closes it (paths cannot be drawn inside a text object).
        """
        colour_cache: dict[str, Any] = {}
        state: dict[str, Any] = {}
        text: Any = None  # the open text object, if any
        text_font: tuple[str, float] | None = None  # the font set in it

        def colour(value: str) -> Any:
            if value not in colour_cache:
                colour_cache[value] = colors.HexColor(value)
            return colour_cache[value]

        def fill_colour(value: str) -> None:
            if state.get("fill") != value:
                (text or canv).setFillColor(colour(value))
                state["fill"] = value

        def stroke(value: str, width: float, dash: tuple[float, ...] = ()) -> None:
            if state.get("stroke") != value:
                canv.setStrokeColor(colour(value))
                state["stroke"] = value
            if state.get("width") != width:
                canv.setLineWidth(width)
                state["width"] = width
            if state.get("dash") != dash:
                canv.setDash(list(dash))
                state["dash"] = dash

        def close_text() -> None:
            nonlocal text
            if text is not None:
                canv.drawText(text)
                text = None

        for op in self.ops:
            kind = op[0]
            if kind != "text":
                close_text()
            if kind == "rect":
                _, x, y, w, h, fill, line, width, radius, dash = op
                if fill:
                    fill_colour(fill)
                if line:
                    stroke(line, width, tuple(dash) if dash else ())
                if radius:
                    round_rect(canv, x, y, w, h, radius, 1 if line else 0, 1 if fill else 0)
                else:
                    canv.rect(x, y, w, h, stroke=1 if line else 0, fill=1 if fill else 0)
            elif kind == "circle":
                _, x, y, r, fill, line, width = op
                if fill:
                    fill_colour(fill)
                if line:
                    stroke(line, width)
                canv.circle(x, y, r, stroke=1 if line else 0, fill=1 if fill else 0)
            elif kind == "line":
                _, x1, y1, x2, y2, line, width = op
                stroke(line, width)
                canv.line(x1, y1, x2, y2)
            elif kind == "poly":
                _, points, fill = op
                path = canv.beginPath()
                path.moveTo(points[0], points[1])
                for i in range(2, len(points), 2):
                    path.lineTo(points[i], points[i + 1])
                path.close()
                fill_colour(fill)
                canv.drawPath(path, stroke=0, fill=1)
            else:
                _, x, y, string, font, size, fill, anchor, rotate = op
                if rotate:
                    close_text()
                    fill_colour(fill)
                    canv.saveState()
                    canv.setFont(font, size)
                    canv.translate(x, y)
                    canv.rotate(rotate)
                    canv.drawString(0, 0, string)
                    canv.restoreState()  # the fill set above stays (it was set before saveState)
                    continue
                if text is None:
                    text, text_font = canv.beginText(), None
                if text_font != (font, size):
                    text.setFont(font, size)
                    text_font = (font, size)
                fill_colour(fill)
                if anchor == "middle":
                    x -= stringWidth(string, font, size) / 2
                elif anchor == "end":
                    x -= stringWidth(string, font, size)
                text.setTextOrigin(x, y)
                text.textLine(string)  # as drawString does (textOut measures the string)
        close_text()


class CanvasFigure(Flowable):
    """A recorded canvas drawing, clipped to its own box (a part must not spill over)."""

    def __init__(self, sketch: Sketch) -> None:
        super().__init__()
        self.sketch = sketch
        self.width, self.height = sketch.width, sketch.height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        path = canv.beginPath()
        path.rect(0, 0, self.width, self.height)
        canv.clipPath(path, stroke=0, fill=0)
        self.sketch.replay(canv)
        canv.restoreState()


class CanvasPainter:
    """Draws one canvas's board, links and cards into a `Sketch`."""

    def __init__(self, workshop: Workshop, canvas_id: str, votes: dict[str, int],
                 cards: list[Card] | None = None) -> None:
        """`cards`: the canvas's cards when the caller has them (else they are looked up)."""
        self.workshop = workshop
        self.canvas_id = canvas_id
        self.layout: Layout = workshop.canvases.layout(canvas_id)
        if cards is None:
            cards = workshop.cards.on(canvas_id)
        self.cards = unstack(sorted(cards,
                                    key=lambda c: (c.y, c.x, c.id)))
        self.links = sorted(workshop.links.on(canvas_id), key=lambda link: link.id)
        self.groups = workshop.groups.on(canvas_id)
        self.votes = votes
        self.lang = workshop.info.language
        self.bounds = self._bounds()
        self._labels: dict[tuple[str, float, float], str] = {}

    def _bounds(self) -> tuple[float, float, float, float]:
        """The part worth printing: the whole board for grids and the onion, every column
        of a column board, the cards' extent on a blank canvas."""
        lay = self.layout
        things = [(c.x, c.y, c.x + c.width, c.y + c.height) for c in self.cards]
        things += [(g.x, g.y, g.x + g.width, g.y + g.height) for g in self.groups]
        if not things:
            return (-MARGIN, -MARGIN, lay.width + MARGIN, lay.height + MARGIN)
        x0 = min(t[0] for t in things)
        y0 = min(t[1] for t in things)
        x1 = max(t[2] for t in things)
        y1 = max(t[3] for t in things)
        if lay.template in ("power_interest", "impact_effort", "onion"):
            x0, y0, x1, y1 = min(x0, 0), min(y0, 0), max(x1, lay.width), max(y1, lay.height)
        elif lay.zones:
            # Every column, used or not: an empty column is a finding too (issue 12: the
            # barrier board printed 6 of its 11 columns).
            x0 = min(x0, min(z.x for z in lay.zones))
            x1 = max(x1, max(z.x + z.width for z in lay.zones))
            y0 = min(y0, 0.0)
            y1 = max(y1 + 40, 700.0)
        return (x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN)

    def has_cards_in(self, region: Sequence[float]) -> bool:
        x0, y0, x1, y1 = region
        return any(c.x < x1 and c.x + c.width > x0 and c.y < y1 and c.y + c.height > y0
                   for c in self.cards)

    # -- pages ----------------------------------------------------------------------------

    def parts(self, width: float, height: float) -> tuple[float, list[Sequence[float]]]:
        """(scale, regions) so every region fits width × height at that scale."""
        x0, y0, x1, y1 = self.bounds
        bw, bh = x1 - x0, y1 - y0
        fit = min(width / bw, height / bh)
        if fit >= MIN_SCALE * SQUEEZE:
            return fit, [self.bounds]
        if height / bh >= MIN_SCALE * SQUEEZE:
            # A wide board (columns, lanes): split into side-by-side parts of full height.
            scale = min(height / bh, MIN_SCALE)
        elif width / bw >= MIN_SCALE * SQUEEZE:
            scale = min(width / bw, MIN_SCALE)
        else:
            scale = MIN_SCALE
        while True:
            nx = math.ceil(bw * scale / width - 1e-9)
            ny = math.ceil(bh * scale / height - 1e-9)
            if nx * ny <= MAX_PARTS or scale <= fit:
                break
            scale *= 0.9
        scale = max(scale, fit)
        nx, ny = math.ceil(bw * scale / width - 1e-9), math.ceil(bh * scale / height - 1e-9)
        tw, th = bw / nx, bh / ny
        regions: list[Sequence[float]] = [
            (x0 + i * tw, y0 + j * th, x0 + (i + 1) * tw, y0 + (j + 1) * th)
            for j in range(ny) for i in range(nx)]
        return min(width / tw, height / th), regions

    def drawing(self, region: Sequence[float], scale: float, detail: bool = True,
                numbered: Sequence[Sequence[float]] = ()) -> Sketch:
        """The part of the canvas inside `region` (x0, y0, x1, y1) at `scale`."""
        x0, y0, x1, y1 = region
        w, h = (x1 - x0) * scale, (y1 - y0) * scale
        d = Sketch(w, h)

        def tx(x: float) -> float:
            return (x - x0) * scale

        def ty(y: float) -> float:
            return h - (y - y0) * scale

        self._board(d, tx, ty, scale)
        for g in self.groups:
            d.rect(tx(g.x), ty(g.y + g.height), g.width * scale, g.height * scale,
                   "#F3F5F8", g.color or "#8A94A3", max(0.4, 2 * scale), 6 * scale, (3, 2))
            if detail:
                d.text(tx(g.x) + 8 * scale, ty(g.y) - 24 * scale, clip(g.title, 60, 1),
                       FONT_BOLD, 20 * scale, ZONE_INK)
        visible = [c for c in self.cards if c.x < x1 and c.x + c.width > x0
                   and c.y < y1 and c.y + c.height > y0]
        ids = {c.id for c in visible}
        by_id = {c.id: c for c in self.cards}
        for link in self.links:
            if link.source_id in ids or link.target_id in ids:
                self._link(d, by_id[link.source_id], by_id[link.target_id], link.directed,
                           link.label if detail else "", tx, ty, scale)
        for c in visible:
            self._card(d, c, tx, ty, scale, detail)
        for n, part in enumerate(numbered, 1):
            px0, py0, px1, py1 = part
            d.rect(tx(px0), ty(py1), (px1 - px0) * scale, (py1 - py0) * scale, None,
                   "#0072B2", 1.2, 0.0, (4, 3))
            d.circle(tx(px0) + 12, ty(py0) - 12, 9, "#0072B2", "#FFFFFF", 1)
            d.text(tx(px0) + 12, ty(py0) - 15.5, str(n), FONT_BOLD, 9, "#FFFFFF", "middle")
        return d

    # -- pieces ---------------------------------------------------------------------------

    def _board(self, d: Sketch, tx: Any, ty: Any, s: float) -> None:
        lay = self.layout
        d.rect(tx(0), ty(lay.height), lay.width * s, lay.height * s, BOARD, BOARD_LINE, 0.6)
        taxonomy = {"barrier_board": "category", "phases": "phase", "onion": "closeness"}
        rings = sorted((z for z in lay.zones if z.shape == "ring"), key=lambda z: -z.r_outer)
        for i, z in enumerate(rings):
            d.circle(tx(z.x), ty(z.y), z.r_outer * s, RING_TINTS[::-1][i % 3], BOARD_LINE, 0.6)
        labels = [self.workshop.terms.label(taxonomy[lay.template], z.key, self.lang)
                  if lay.template in taxonomy else z.label(self.lang) for z in lay.zones]
        # One size for every column label: the smaller one as soon as any needs two lines.
        two_lines = any(len(wrap(label, FONT_BOLD, 20 * s, (z.width - 40) * s, 2, self.lang)) > 1
                        for z, label in zip(lay.zones, labels, strict=True)
                        if z.shape != "ring")
        for i, z in enumerate(lay.zones):
            label = labels[i]
            if z.shape == "ring":
                d.text(tx(z.x), ty(z.y - z.r_outer) - 40 * s, clip(label, 40, 1), FONT_BOLD,
                       30 * s, ZONE_INK, "middle")
                continue
            quad = lay.template in ("power_interest", "impact_effort")
            fill = QUAD_TINTS[i % 4] if quad else ("#F4F6F9" if i % 2 else BOARD)
            d.rect(tx(z.x), ty(z.y + z.height), z.width * s, z.height * s, fill, BOARD_LINE, 0.6)
            # the label (and a quadrant's hint after it) stays in the HEADER band the
            # layouts keep free of cards: one line in a quadrant, two in a column
            # Two lines must stay inside the header band, clear of the first card.
            size = (36 if quad else 16.5 if two_lines else 20) * s
            lines = wrap(label, FONT_BOLD, size, (z.width - 40) * s, 1 if quad else 2, self.lang)
            for n, line in enumerate(lines):
                d.text(tx(z.x) + 20 * s, ty(z.y) - (10 * s + size * (n + 1) * 1.15), line,
                       FONT_BOLD, size, ZONE_INK)
            hint = z.hint(self.lang)
            used = stringWidth(lines[0], FONT_BOLD, size) + 16 * s if lines else 0.0
            room = (z.width - 40) * s - used
            if hint and quad and room > 80 * s:
                hint = wrap(hint, FONT, 20 * s, room, 1, self.lang)[0]
                d.text(tx(z.x) + 20 * s + used, ty(z.y) - (10 * s + size * 1.15), hint,
                       FONT, 20 * s, "#6B7482")
        ax = phrasebook.pick(lay.x_axis, self.lang)
        ay = phrasebook.pick(lay.y_axis, self.lang)
        # the axis captions go outside the board (in the margin), never under a card
        if ax:
            d.text(tx(lay.width / 2), ty(lay.height + 32), ax, FONT_BOLD, 24 * s, ZONE_INK,
                   "middle")
        if ay:
            d.text(tx(-12), ty(lay.height / 2) - stringWidth(ay, FONT_BOLD, 24 * s) / 2, ay,
                   FONT_BOLD, 24 * s, ZONE_INK, rotate=90)

    def _link(self, d: Sketch, a: Card, b: Card, directed: bool, label: str, tx: Any,
              ty: Any, s: float) -> None:
        ax, ay = a.x + a.width / 2, a.y + a.height / 2
        bx, by = b.x + b.width / 2, b.y + b.height / 2
        sx, sy = _edge_point(a, bx, by)
        ex, ey = _edge_point(b, ax, ay)
        d.line(tx(sx), ty(sy), tx(ex), ty(ey), LINK_INK, max(0.5, 2.5 * s))
        if directed:
            angle = math.atan2(ty(ey) - ty(sy), tx(ex) - tx(sx))
            size = max(3.5, 16 * s)
            px, py = tx(ex), ty(ey)
            d.polygon([px, py,
                       px - size * math.cos(angle - 0.4), py - size * math.sin(angle - 0.4),
                       px - size * math.cos(angle + 0.4), py - size * math.sin(angle + 0.4)],
                      LINK_INK)
        if label:
            mx, my = (tx(sx) + tx(ex)) / 2, (ty(sy) + ty(ey)) / 2
            d.text(mx, my + 3, clip(label, 40, 1), FONT, max(4, 13 * s), LINK_INK, "middle")

    def _card(self, d: Sketch, c: Card, tx: Any, ty: Any, s: float, detail: bool) -> None:
        accent = card_accent(c)
        left, top, w, h = tx(c.x), ty(c.y), c.width * s, c.height * s
        band = min(h * 0.28, 22 * s)
        radius = min(7 * s, 4)
        d.rect(left, top - h, w, h, tint(accent, 0.13), accent, max(0.4, 1.2 * s), radius)
        d.rect(left, top - band, w, band, accent, None, 0, radius)
        if not detail:
            return
        pad = 8 * s
        kind = self.workshop.terms.label("card_kind", c.kind, self.lang).upper()
        if accent_of(c):
            kind = self.workshop.terms.label(REGISTRY.kind(c.kind).accent_field, accent_of(c),
                                             self.lang).upper()
        band_size = 11 * s
        if kind:
            # A few kind labels at one size and width on a canvas: each wrapped once.
            label_key = (kind, band_size, w - 2 * pad)
            label = self._labels.get(label_key)
            if label is None:
                label = self._labels[label_key] = wrap(kind, FONT_BOLD, band_size,
                                                       w - 2 * pad, 1, self.lang)[0]
            d.text(left + pad, top - band + (band - band_size) / 2 + band_size * 0.15,
                   label, FONT_BOLD, band_size, _readable_on(accent))
        size = 17 * s
        avail = h - band - 2 * pad
        max_lines = max(1, int(avail // (size * 1.18)))
        y = top - band - pad - size
        for line in wrap(c.title, FONT_BOLD, size, w - 2 * pad, max_lines, self.lang):
            d.text(left + pad, y, line, FONT_BOLD, size, INK)
            y -= size * 1.18
        votes = self.votes.get(c.id, 0)
        if votes:
            r = max(5.0, 15 * s)
            d.circle(left + w - 2, top + 2 - r * 0.2, r, INK, "#FFFFFF", 1)
            d.text(left + w - 2, top + 2 - r * 0.2 - r * 0.38, str(votes), FONT_BOLD, r * 1.05,
                   "#FFFFFF", "middle")


GAP = 8.0  # between a card and one it was moved clear of
CELL = 256.0  # grid cell for finding neighbours


def unstack(cards: list[Card]) -> list[Card]:
    """The cards as drawn: one that overlaps a card above it is moved straight down, just
    clear of it, so every card of the drawing can be read (on the canvas people may pile
    cards up; the picture must not hide one under another). `cards` sorted by (y, x)."""
    placed: dict[tuple[int, int], list[Card]] = {}
    out: list[Card] = []

    def cells(c: Card) -> list[tuple[int, int]]:
        return [(i, j) for i in range(int(c.x // CELL), int((c.x + c.width) // CELL) + 1)
                for j in range(int(c.y // CELL), int((c.y + c.height) // CELL) + 1)]

    for card in cards:
        for _ in range(len(cards)):  # each step moves below one card: it ends
            hit = next((o for cell in cells(card) for o in placed.get(cell, ())
                        if card.x < o.x + o.width - 2 and o.x < card.x + card.width - 2
                        and card.y < o.y + o.height - 2 and o.y < card.y + card.height - 2),
                       None)
            if hit is None:
                break
            card = dataclasses.replace(card, y=hit.y + hit.height + GAP)
        for cell in cells(card):
            placed.setdefault(cell, []).append(card)
        out.append(card)
    return out


def _edge_point(card: Card, towards_x: float, towards_y: float) -> tuple[float, float]:
    """Where the line from the card's centre towards a point leaves the card's rectangle."""
    cx, cy = card.x + card.width / 2, card.y + card.height / 2
    dx, dy = towards_x - cx, towards_y - cy
    if dx == 0 and dy == 0:
        return cx, cy
    fx = (card.width / 2) / abs(dx) if dx else math.inf
    fy = (card.height / 2) / abs(dy) if dy else math.inf
    f = min(fx, fy, 1.0)
    return cx + dx * f, cy + dy * f
