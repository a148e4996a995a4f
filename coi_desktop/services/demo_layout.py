"""Where the demo's cards go: non-overlapping slots inside zones, and lines beside a board.

A card that belongs to a zone is put in the free slot nearest to where its scores point
(higher power or impact: further up; higher interest or effort: further right); copies of
cards shown beside a board slide toward the cards they link to. Used by `demo.build_demo`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..models.entities import CARD_HEIGHT, CARD_WIDTH, Card
from ..models.templates import Layout, Zone, zone_fields, zone_for_card
from . import demo_text as tx

GAP = 20.0
STEP_X = CARD_WIDTH + GAP
STEP_Y = CARD_HEIGHT + GAP
LABEL_SPACE = 70.0  # room at the top of a zone for its caption


@dataclass
class Spec:
    """A card before it has a canvas and a position."""

    key: str
    kind: str
    title: str
    description: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    participant: int | None = None
    tags: tuple[str, ...] = ()
    color: str = ""

    def probe(self) -> Card:
        return Card("", "", self.kind, self.title, **self.fields)

    def copy(self) -> Spec:
        return Spec(self.key, self.kind, self.title, self.description, dict(self.fields),
                     self.participant, self.tags, self.color)


class ZoneGrid:
    """Non-overlapping card slots in a rectangular zone, centred on its anchor."""

    def __init__(self, zone: Zone) -> None:
        cols = max(1, int((zone.width - GAP) // STEP_X))
        rows = max(1, int((zone.height - LABEL_SPACE) // STEP_Y))
        left = zone.anchor()[0] - (cols * STEP_X - GAP) / 2
        top = zone.y + LABEL_SPACE
        self.slots = [(left + c * STEP_X, top + r * STEP_Y)
                      for r in range(rows) for c in range(cols)]
        self.used = 0
        self.taken = [False] * len(self.slots)

    def free(self) -> int:
        return len(self.slots) - self.used

    def take(self, near: tuple[float, float] | None = None) -> tuple[float, float]:
        """The next free slot, or the free slot whose card centre is nearest to `near`."""
        if near is None:
            index = self.taken.index(False)
        else:
            index = min((i for i, used in enumerate(self.taken) if not used),
                        key=lambda i: math.hypot(self.slots[i][0] + CARD_WIDTH / 2 - near[0],
                                                 self.slots[i][1] + CARD_HEIGHT / 2 - near[1]))
        self.taken[index] = True
        self.used += 1
        return self.slots[index]


def ideal(zone: Zone, card: Card) -> tuple[float, float] | None:
    """Where in a quadrant the card's two scores point (higher: up and to the right)."""
    if zone.shape != "rect" or len(zone.accepts) != 2:
        return None
    (y_name, y_allowed), (x_name, x_allowed) = zone.accepts

    def fraction(name: str, allowed: frozenset[Any]) -> float:
        values = sorted(allowed)
        value = getattr(card, name)
        return (values.index(value) + 0.5) / len(values) if value in values else 0.5

    top = zone.y + LABEL_SPACE
    return (zone.x + fraction(x_name, x_allowed) * zone.width,
            top + (1 - fraction(y_name, y_allowed)) * (zone.y + zone.height - top))


def capacity(layout: Layout, kind: str) -> int:
    return sum(ZoneGrid(z).free() for z in layout.zones if kind in z.kinds)


def in_zones(layout: Layout, kind: str, curated: list[Spec], n: int, rng: random.Random,
              make: Callable[[Zone], Spec]) -> list[tuple[Spec, float, float]]:
    """`n` specs placed in a grid inside the zone their fields belong to."""
    zones = [z for z in layout.zones if kind in z.kinds]
    grids = {z.key: ZoneGrid(z) for z in zones}
    placed: list[tuple[Spec, float, float]] = []
    for i in range(n):
        known = curated[i] if i < len(curated) else None
        zone = zone_for_card(layout, known.probe()) if known else None
        if zone is None or not grids[zone.key].free():
            open_zones = [z for z in zones if grids[z.key].free()]
            zone = rng.choices(open_zones, [grids[z.key].free() for z in open_zones])[0]
            if known is not None:
                known.fields.update(zone_fields(zone, known.probe()))
        spec = known if known is not None else make(zone)
        placed.append((spec, *grids[zone.key].take(ideal(zone, spec.probe()))))
    return placed


def strip(specs: list[Spec], origin: tuple[float, float], per_line: int,
           along: tuple[float, float], across: tuple[float, float],
           ) -> list[tuple[Spec, float, float]]:
    """Specs in lines of `per_line` beside a board (outside its zones)."""
    return [(s, origin[0] + (i % per_line) * along[0] + (i // per_line) * across[0],
             origin[1] + (i % per_line) * along[1] + (i // per_line) * across[1])
            for i, s in enumerate(specs)]


def free_in_line(line: list[tuple[Spec, float, float]], width: float,
                 n: int) -> list[tuple[float, float]]:
    """`n` free places at the right end of a single line of cards above a board `width`
    wide (the board's notes go there, so a projector fitting the cards stays low), or []
    when the line is several lines or has no room."""
    if not line or n <= 0 or len({y for _, _, y in line}) > 1:
        return []
    y = line[0][2]
    places: list[tuple[float, float]] = []
    x = width - GAP - CARD_WIDTH
    while x >= GAP and len(places) < n:
        hit = [cx for _, cx, _ in line if x < cx + STEP_X and cx < x + STEP_X]
        if not hit:
            places.append((x, y))
        x = min(hit, default=x) - STEP_X
    return sorted(places) if len(places) == n else []


def copies(sources: list[Spec], preferred: list[str], n: int,
            make: Callable[[], Spec]) -> list[Spec]:
    """`n` copies of cards from another canvas (preferred keys first), topped up with new ones."""
    by_key = {s.key: s for s in sources}
    order = [by_key[k] for k in preferred if k in by_key]
    order += [s for s in sources if s.key not in preferred]
    return [order[i].copy() if i < len(order) else make() for i in range(n)]


class Near:
    """Slides the hand-written cards beside a board toward the cards they link to."""

    def __init__(self, curated: bool, placed: dict[str, list[tuple[Spec, float, float]]]):
        self.curated = curated
        self.centres = {role: {s.key: (x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2)
                               for s, x, y in cards} for role, cards in placed.items()}

    def line_up(self, strip: list[tuple[Spec, float, float]], role: str, axis: int,
                end: str, relations: set[str]) -> list[tuple[Spec, float, float]]:
        """One line of cards moved along `axis` (0 = x) toward the mean of their partners."""
        if not self.curated or len({p[2 - axis] for p in strip}) > 1:
            return strip  # several lines (a scaled demo): keep the plain grid
        half, step = (CARD_WIDTH / 2, STEP_X) if axis == 0 else (CARD_HEIGHT / 2, STEP_Y)
        wanted: dict[str, float] = {}
        for key in {p[0].key for p in strip}:
            partners = [self.centres[role][other][axis]
                        for r, src, dst, rel, _ in tx.LINKS if r == role and rel in relations
                        for me, other in [(src, dst) if end == "src" else (dst, src)]
                        if me == key and other in self.centres[role]]
            if partners:
                wanted[key] = sum(partners) / len(partners) - half
        lined = []
        last = -math.inf
        for spec, x, y in sorted(strip, key=lambda p: wanted.get(p[0].key, p[2] if axis
                                                                 else p[1])):
            pos = [x, y]
            pos[axis] = max(wanted.get(spec.key, pos[axis]), last + step)
            last = pos[axis]
            lined.append((spec, pos[0], pos[1]))
        return lined
