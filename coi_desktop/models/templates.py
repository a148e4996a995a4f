"""Canvas templates and their zones: what a card placed in a zone takes on.

A template's layout is computed from the workshop's own taxonomy (the barrier board has one
column per visible category, the process lanes one per phase), so renaming or hiding a
category changes the board. Zones are pure geometry plus the fields they set; the canvas
draws them and the interaction code asks `zone_at` / `zone_fields` / `zone_for_card`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .entities import CARD_HEIGHT, CARD_WIDTH, Card
from .registry import ACTOR, BARRIER, OPPORTUNITY
from .taxonomy import Term

TEMPLATES = ("onion", "power_interest", "barrier_board", "impact_effort", "phases", "blank")

HIGH = frozenset({3, 4, 5})
LOW = frozenset({1, 2})
HIGH_VALUE = 4
LOW_VALUE = 2

# Board sizes in scene units, in proportion to a card (CARD_WIDTH × CARD_HEIGHT = 180 × 100):
# a board shown whole on a projector must leave its card titles legible, so each zone holds
# a few cards side by side (3 × 3 in a quadrant, one column of cards in a category column)
# below a HEADER band kept free for the zone's label.
HEADER = 70.0
QUADRANT_WIDTH = 640.0  # three cards and their gaps
QUADRANT_HEIGHT = 450.0  # the label band and three rows of cards
COLUMN_WIDTH = 220.0  # one card with room to both sides
COLUMN_HEIGHT = 860.0  # the label band and six rows of cards
MIN_COLUMNS_WIDTH = 1200.0
ONION_SIZE = 1600.0
ONION_RINGS = (260.0, 540.0, 800.0)
BLANK_SIZE = (1600.0, 1000.0)


@dataclass(frozen=True)
class Zone:
    """A region of a board; a card of one of `kinds` dropped into it takes on `assigns`."""

    key: str
    da: str
    en: str
    shape: str  # "rect" or "ring"
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0
    r_inner: float = 0.0  # ring: around (x, y)
    r_outer: float = 0.0
    kinds: tuple[str, ...] = ()
    assigns: tuple[tuple[str, Any], ...] = ()
    accepts: tuple[tuple[str, frozenset[Any]], ...] = ()
    hint_da: str = ""
    hint_en: str = ""

    def label(self, language: str) -> str:
        return self.da if language == "da" else self.en

    def hint(self, language: str) -> str:
        return self.hint_da if language == "da" else self.hint_en

    def contains(self, px: float, py: float) -> bool:
        if self.shape == "ring":
            d = math.hypot(px - self.x, py - self.y)
            return self.r_inner <= d < self.r_outer
        return self.x <= px < self.x + self.width and self.y <= py < self.y + self.height

    def holds(self, card: Card) -> bool:
        """Whether the card's fields already say it belongs here."""
        return card.kind in self.kinds and all(
            getattr(card, name) in allowed for name, allowed in self.accepts
        )

    def anchor(self) -> tuple[float, float]:
        """A point inside the zone where a card that moves here is put (its centre).

        In a ring: at its top, below the ring's label."""
        if self.shape == "ring":
            return self.x, self.y - self.r_outer + HEADER + 20 + CARD_HEIGHT / 2
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class Layout:
    """A board: its size, its zones and optional axis captions."""

    template: str
    width: float
    height: float
    zones: tuple[Zone, ...] = field(default_factory=tuple)
    x_axis: tuple[str, str] = ("", "")  # (da, en)
    y_axis: tuple[str, str] = ("", "")


def _quadrants(
    x_field: str, y_field: str, kind: str, names: Mapping[tuple[bool, bool], tuple[str, str, str]],
    hints: Mapping[tuple[bool, bool], tuple[str, str]], width: float, height: float,
) -> tuple[Zone, ...]:
    """Four quadrants: y_field high at the top, x_field high to the right."""
    zones = []
    for y_high in (True, False):
        for x_high in (False, True):
            key, da, en = names[(y_high, x_high)]
            zones.append(Zone(
                key, da, en, "rect",
                x=width / 2 if x_high else 0.0, y=0.0 if y_high else height / 2,
                width=width / 2, height=height / 2, kinds=(kind,),
                assigns=((y_field, HIGH_VALUE if y_high else LOW_VALUE),
                         (x_field, HIGH_VALUE if x_high else LOW_VALUE)),
                accepts=((y_field, HIGH if y_high else LOW), (x_field, HIGH if x_high else LOW)),
                hint_da=hints[(y_high, x_high)][0], hint_en=hints[(y_high, x_high)][1],
            ))
    return tuple(zones)


def _columns(terms: Iterable[Term], field_name: str, kinds: tuple[str, ...],
             column_width: float, height: float) -> tuple[Zone, ...]:
    visible = [t for t in sorted(terms, key=lambda t: t.position) if not t.hidden]
    return tuple(
        Zone(t.key, t.da, t.en, "rect", x=i * column_width, y=0.0, width=column_width,
             height=height, kinds=kinds, assigns=((field_name, t.key),),
             accepts=((field_name, frozenset({t.key})),))
        for i, t in enumerate(visible)
    )


def layout_for(template: str, terms: Iterable[Term] = ()) -> Layout:
    """The board of `template`, built from the workshop's taxonomy terms."""
    terms = list(terms)
    if template == "power_interest":
        w, h = 2 * QUADRANT_WIDTH, 2 * QUADRANT_HEIGHT
        names = {
            (True, True): ("manage_closely", "Håndtér tæt", "Manage closely"),
            (True, False): ("keep_satisfied", "Hold tilfreds", "Keep satisfied"),
            (False, True): ("keep_informed", "Hold informeret", "Keep informed"),
            (False, False): ("monitor", "Overvåg", "Monitor"),
        }
        hints = {
            (True, True): ("Høj magt, høj interesse", "High power, high interest"),
            (True, False): ("Høj magt, lav interesse", "High power, low interest"),
            (False, True): ("Lav magt, høj interesse", "Low power, high interest"),
            (False, False): ("Lav magt, lav interesse", "Low power, low interest"),
        }
        return Layout(template, w, h, _quadrants("interest", "power", ACTOR, names, hints, w, h),
                      x_axis=("Interesse →", "Interest →"), y_axis=("Magt →", "Power →"))
    if template == "impact_effort":
        w, h = 2 * QUADRANT_WIDTH, 2 * QUADRANT_HEIGHT
        names = {
            (True, False): ("quick_wins", "Hurtige gevinster", "Quick wins"),
            (True, True): ("major_projects", "Store projekter", "Major projects"),
            (False, False): ("fill_ins", "Småopgaver", "Fill-ins"),
            (False, True): ("thankless", "Utaknemmelige opgaver", "Thankless tasks"),
        }
        hints = {
            (True, False): ("Stor effekt, lille indsats", "High impact, low effort"),
            (True, True): ("Stor effekt, stor indsats", "High impact, high effort"),
            (False, False): ("Lille effekt, lille indsats", "Low impact, low effort"),
            (False, True): ("Lille effekt, stor indsats", "Low impact, high effort"),
        }
        return Layout(template, w, h,
                      _quadrants("effort", "impact", OPPORTUNITY, names, hints, w, h),
                      x_axis=("Indsats →", "Effort →"), y_axis=("Effekt →", "Impact →"))
    if template == "onion":
        size = ONION_SIZE
        c = size / 2
        core, direct, indirect = ONION_RINGS
        rings = (("core", "Kerne", "Core", 0.0, core),
                 ("direct", "Direkte", "Direct", core, direct),
                 ("indirect", "Indirekte", "Indirect", direct, indirect))
        zones = tuple(
            Zone(key, da, en, "ring", x=c, y=c, r_inner=r0, r_outer=r1, kinds=(ACTOR,),
                 assigns=(("closeness", key),), accepts=(("closeness", frozenset({key})),))
            for key, da, en, r0, r1 in rings
        )
        return Layout(template, size, size, zones)
    if template == "barrier_board":
        cats = [t for t in terms if t.taxonomy == "category"]
        zones = _columns(cats, "category", (BARRIER,), COLUMN_WIDTH, COLUMN_HEIGHT)
        return Layout(template, max(COLUMN_WIDTH * len(zones), MIN_COLUMNS_WIDTH),
                      COLUMN_HEIGHT, zones)
    if template == "phases":
        phases = [t for t in terms if t.taxonomy == "phase"]
        zones = _columns(phases, "phase", (BARRIER, OPPORTUNITY), COLUMN_WIDTH,
                         COLUMN_HEIGHT)
        return Layout(template, max(COLUMN_WIDTH * len(zones), MIN_COLUMNS_WIDTH),
                      COLUMN_HEIGHT, zones)
    return Layout("blank", *BLANK_SIZE)


def zone_at(layout: Layout, card: Card, x: float | None = None,
            y: float | None = None) -> Zone | None:
    """The zone under the card's centre (at its own position, or at x, y) that takes its kind."""
    left = card.x if x is None else x
    top = card.y if y is None else y
    cx, cy = left + card.width / 2, top + card.height / 2
    for zone in layout.zones:
        if card.kind in zone.kinds and zone.contains(cx, cy):
            return zone
    return None


def zone_fields(zone: Zone, card: Card) -> dict[str, Any]:
    """Fields a card must change to belong to `zone`: a 5 stays a 5 in a "high" zone."""
    changes: dict[str, Any] = {}
    accepts = dict(zone.accepts)
    for name, value in zone.assigns:
        if getattr(card, name) not in accepts.get(name, frozenset({value})):
            changes[name] = value
    return changes


def zone_for_card(layout: Layout, card: Card) -> Zone | None:
    """The zone whose meaning the card's fields match, if any."""
    for zone in layout.zones:
        if zone.holds(card):
            return zone
    return None


def position_in_zone(zone: Zone, card: Card, offset: int = 0) -> tuple[float, float]:
    """Top-left position that puts the card inside `zone` (offset staggers several cards).

    The stagger never takes the card's centre out of the zone: in a narrow column it goes
    down more than across, in a ring mostly along the ring."""
    ax, ay = zone.anchor()
    step = 24.0 * (offset % 8)
    if zone.shape == "ring":
        dx, dy = step, step / 4
    else:
        dx = min(step, max(0.0, (zone.width - card.width) / 2 - 10))
        dy = min(step, max(0.0, (zone.height - card.height) / 2 - 10))
    return ax - card.width / 2 + dx, ay - card.height / 2 + dy


def default_size() -> tuple[float, float]:
    return CARD_WIDTH, CARD_HEIGHT
