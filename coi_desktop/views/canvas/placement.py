"""Where new cards go: free cells of a grid inside the right zone, never on another card,
never on a zone's heading, never outside the board.

Quick capture, pasted lines, pasted cards that would land on others, and cards added from
the toolbar are placed on a grid of card-sized cells over a region (a zone's area below its
heading, or the part of the board in view), reading order, starting after the previous card,
skipping cells that hold a card or a heading. "Tidy" lays a zone's cards out on the same grid.
A new placement of an item on another canvas (`item_points`) goes to a free cell of the zone
its fields already match there, so placing it never changes what the item says.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF

from coi_desktop.models import CARD_HEIGHT, CARD_WIDTH, Card, Layout, Workshop, Zone
from coi_desktop.models.templates import zone_for_card

from .board import AXIS_MARGIN, HEADER, BoardItem

GAP = 20.0


def zone_region(zone: Zone) -> QRectF:
    """The part of a zone cards may go: below its label, inside its edges."""
    if zone.shape == "ring":
        # Columns centred on the rings' centre, so rows sit symmetrically in the circle.
        r = zone.r_outer
        k = max(0, int((r - CARD_WIDTH / 2) // (CARD_WIDTH + GAP)))
        left = zone.x - CARD_WIDTH / 2 - k * (CARD_WIDTH + GAP)
        width = (2 * k + 1) * (CARD_WIDTH + GAP) - GAP
        return QRectF(left, zone.y - r + HEADER + 20, width, 2 * r - HEADER - 40)
    return QRectF(zone.x, zone.y, zone.width, zone.height).adjusted(20, HEADER, -20, -20)


def zones_for(layout: Layout, kind: str) -> list[Zone]:
    return [z for z in layout.zones if kind in z.kinds]


def _inside_ring(zone: Zone, rect: QRectF) -> bool:
    """The whole card inside the ring's outer circle, its centre outside the inner one."""
    corners = (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())
    if any(math.hypot(p.x() - zone.x, p.y() - zone.y) > zone.r_outer - 8 for p in corners):
        return False
    c = rect.center()
    return math.hypot(c.x() - zone.x, c.y() - zone.y) >= zone.r_inner + rect.height() / 2 + 8


class Placer:
    """Free card cells on one canvas, handed out so that no two cards ever share one.

    `taken` are the rectangles of cards (a cell keeps a gap from them) and `headings` the
    zones' names (a cell may touch them, not cover them); each cell handed out is added to
    `taken`. `place` fills a region's free cells in reading
    order, starting after `after` (the previous card) when that lies in the region, and never
    goes below the region's bottom; what does not fit waits in free cells of the parking rows
    below the board, where a card takes no zone's meaning (nothing is categorised silently).
    """

    def __init__(self, layout: Layout, taken: Iterable[QRectF], headings: Iterable[QRectF] = (),
                 size: tuple[float, float] = (CARD_WIDTH, CARD_HEIGHT)) -> None:
        self.layout = layout
        self.taken = list(taken)
        self.headings = list(headings)
        self.size = size

    def blocked(self, rect: QRectF) -> bool:
        """Whether a card at `rect` would cover a heading or come closer than the gap to
        another card."""
        inner = rect.adjusted(1, 1, -1, -1)
        probe = rect.adjusted(-GAP / 2 + 1, -GAP / 2 + 1, GAP / 2 - 1, GAP / 2 - 1)
        return any(inner.intersects(r) for r in self.headings) or \
            any(probe.intersects(r) for r in self.taken)

    def parking(self) -> QRectF:
        """Rows below the board (and below its axis caption), as wide as the board."""
        top = self.layout.height + AXIS_MARGIN + GAP
        return QRectF(GAP, top, max(self.layout.width - 2 * GAP, self.size[0]), 1e9)

    def cells(self, region: QRectF, count: int, after: QPointF | None = None,
              zone: Zone | None = None) -> list[QPointF]:
        """Up to `count` free cells inside `region` (fewer when it is full)."""
        w, h = self.size
        cols = max(1, int((region.width() + GAP) // (w + GAP)))
        rows = max(0, int((min(region.height(), 1e6) + GAP) // (h + GAP)))
        first = 0
        if after is not None and region.adjusted(-w, -h, 0, 0).contains(after):
            col = round((after.x() - region.left()) / (w + GAP))
            row = round((after.y() - region.top()) / (h + GAP))
            first = max(0, row) * cols + min(max(0, col), cols - 1) + 1
        around = region.adjusted(-GAP, -GAP, GAP, GAP)
        near = [r for r in self.taken if r.intersects(around)]
        heads = [r for r in self.headings if r.intersects(around)]
        found: list[QPointF] = []
        order = list(range(first, rows * cols)) + list(range(min(first, rows * cols)))
        for index in order:
            if len(found) == count:
                break
            row, col = divmod(index, cols)
            rect = QRectF(region.left() + col * (w + GAP), region.top() + row * (h + GAP), w, h)
            if zone is not None and zone.shape == "ring" and not _inside_ring(zone, rect):
                continue
            probe = rect.adjusted(-GAP / 2 + 1, -GAP / 2 + 1, GAP / 2 - 1, GAP / 2 - 1)
            inner = rect.adjusted(1, 1, -1, -1)
            if any(probe.intersects(r) for r in near) or any(inner.intersects(r) for r in heads):
                continue
            found.append(rect.topLeft())
            near.append(rect)
            self.taken.append(rect)
        return found

    def place(self, region: QRectF, count: int, after: QPointF | None = None,
              zone: Zone | None = None) -> list[QPointF]:
        """`count` free cells: in `region` first, the rest in the parking rows."""
        found = self.cells(region, count, after, zone)
        if len(found) < count:
            found += self.cells(self.parking(), count - len(found))
        return found


def tidy_positions(placer: Placer, region: QRectF, cards: Sequence[Card],
                   zone: Zone | None = None) -> dict[str, tuple[float, float]]:
    """New top-left corners for `cards` on a grid in `region`, in their reading order
    (rows of about one card's height, then left to right); the placer's `taken` must not
    hold the cards themselves."""
    ordered = sorted(cards, key=lambda c: (round(c.y / (CARD_HEIGHT + GAP)), c.x, c.id))
    points = placer.place(region, len(ordered), zone=zone)
    return {c.id: (p.x(), p.y()) for c, p in zip(ordered, points, strict=True)}


def loose_region(cards: Sequence[Card]) -> QRectF:
    """A grid region for cards outside any zone: from their top-left, about square."""
    n = len(cards)
    cols = max(1, math.ceil(math.sqrt(n)))
    left, top = min(c.x for c in cards), min(c.y for c in cards)
    return QRectF(left, top, cols * (CARD_WIDTH + GAP) - GAP, 1e9)


def canvas_placer(workshop: Workshop, canvas_id: str) -> Placer:
    """A placer for any canvas of the workshop, shown or not (its headings from a board
    item that is never added to a scene)."""
    layout = workshop.canvases.layout(canvas_id)
    taken = [QRectF(c.x, c.y, c.width, c.height) for c in workshop.cards.on(canvas_id)]
    return Placer(layout, taken, BoardItem(workshop, layout).heading_rects())


def item_points(placer: Placer, cards: Sequence[Card]) -> list[QPointF]:
    """Free cells for new placements of `cards` on the placer's canvas: in the zone whose
    meaning their fields match; when the board has zones for the kind but none matches, in
    the parking rows below it (the item's fields are never changed silently); on a board
    without such zones, anywhere on the board."""
    layout = placer.layout
    board = QRectF(0, 0, layout.width, layout.height).adjusted(40, 40, -40, -40)
    points: list[QPointF] = []
    for card in cards:
        zone = zone_for_card(layout, card)
        if zone is not None:
            points += placer.place(zone_region(zone), 1, zone=zone)
        elif zones_for(layout, card.kind):
            points += placer.cells(placer.parking(), 1)
        else:
            points += placer.place(board, 1)
    return points
