"""Where new cards go: tidy rows beside the previous card, inside the right zone.

Quick capture, pasted lines and cards added from the toolbar are placed on a grid of card-sized
slots over a region (a zone's free area below its label, or the part of the board in view),
reading order, starting after the previous card, skipping slots that already hold a card.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF

from coi_desktop.models import CARD_HEIGHT, CARD_WIDTH, Layout, Zone

from .board import HEADER

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


def slots(region: QRectF, count: int, occupied: Callable[[QRectF], bool],
          after: QPointF | None = None, zone: Zone | None = None,
          size: tuple[float, float] = (CARD_WIDTH, CARD_HEIGHT)) -> list[QPointF]:
    """Top-left points of `count` free card slots in `region`, reading order.

    Starts in the slot after `after` (the previous card) when it lies in the region; rows go
    on below the region if it fills up, so there is always room.
    """
    w, h = size
    cols = max(1, int((region.width() + GAP) // (w + GAP)))
    first = 0
    if after is not None and region.adjusted(-w, -h, 0, 0).contains(after):
        col = round((after.x() - region.left()) / (w + GAP))
        row = round((after.y() - region.top()) / (h + GAP))
        first = max(0, row) * cols + min(max(0, col), cols - 1) + 1
    found: list[QPointF] = []
    index = first
    limit = first + count * 50 + cols * 200
    while len(found) < count and index < limit:
        row, col = divmod(index, cols)
        index += 1
        point = QPointF(region.left() + col * (w + GAP), region.top() + row * (h + GAP))
        rect = QRectF(point.x(), point.y(), w, h)
        if zone is not None and zone.shape == "ring" and not _inside_ring(zone, rect):
            continue
        if occupied(rect.adjusted(-GAP / 2, -GAP / 2, GAP / 2, GAP / 2)):
            continue
        found.append(point)
    while len(found) < count:  # a full region: stagger the rest
        n = len(found)
        found.append(QPointF(region.left() + 24 * (n % 10), region.top() + 24 * (n % 10)))
    return found
