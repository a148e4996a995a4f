"""Where a card from a phone goes: the next free cell of the zone its fields belong to.

Uses the canvas's own placement grid (`views/canvas/placement.py`), so phone cards line up
like cards typed on the laptop. A card whose fields name a zone (a barrier's category on the
barrier board) goes into that zone; a kind that has zones but no field choosing one (an actor
on the onion) goes to a strip below the board, where it takes on no meaning the participant
did not give it; a blank canvas fills its board row by row.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF

from coi_desktop.models import Card, Workshop, Zone, zone_at, zone_fields, zone_for_card
from coi_desktop.views.canvas.placement import Placer, zone_region, zones_for

#: Distance between the board's lower edge and the strip for cards without a zone.
STRIP_GAP = 60.0


def _region(workshop: Workshop, card: Card) -> tuple[QRectF, object | None]:
    layout = workshop.canvases.layout(card.canvas_id)
    zone = zone_for_card(layout, card)
    if zone is not None:
        return zone_region(zone), zone
    kinds_zones = zones_for(layout, card.kind)
    free = [z for z in kinds_zones if not z.assigns]
    if free:
        return zone_region(free[0]), free[0]
    if kinds_zones:  # zones that would give the card a meaning: park it below the board
        return QRectF(20, layout.height + STRIP_GAP, max(layout.width - 40, 400), 1e6), None
    return QRectF(40, 40, max(layout.width - 80, 400), 1e6), None


def card_rects(workshop: Workshop, canvas_id: str) -> list[QRectF]:
    """The rectangles of a canvas's cards (made once per batch: it is the costly part)."""
    return [QRectF(c.x, c.y, c.width, c.height) for c in workshop.cards.on(canvas_id)]


def place(workshop: Workshop, card: Card, after: Card | None = None,
          rects: list[QRectF] | None = None) -> Card:
    """`card` moved to a free cell (and given its zone's fields, which it already holds).

    `rects`: the canvas's card rectangles from `card_rects`; the placed card's is added, so
    the next card of the same batch does not land on it."""
    region, zone = _region(workshop, card)
    if rects is None:
        rects = card_rects(workshop, card.canvas_id)

    layout = workshop.canvases.layout(card.canvas_id)
    # Where the zones' names are painted (ring names sit on the ring's top); rectangular
    # zones' regions already start below their heading.
    headings = [QRectF(z.x - 200, z.y - z.r_outer + 24, 400, 60)
                for z in layout.zones if z.shape == "ring"]
    placer = Placer(layout, rects, headings, size=(card.width, card.height))
    hint = QPointF(after.x, after.y) if after is not None else None
    point = placer.place(region, 1, after=hint,
                         zone=zone if isinstance(zone, Zone) else None)[0]
    placed = replace(card, x=float(point.x()), y=float(point.y()))
    rects.append(QRectF(placed.x, placed.y, placed.width, placed.height))
    here = zone_at(workshop.canvases.layout(card.canvas_id), placed)
    return replace(placed, **zone_fields(here, placed)) if here is not None else placed
