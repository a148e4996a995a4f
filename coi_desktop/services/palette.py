"""Colours shared by the canvas, the PDF report and the analysis overlay (no Qt here).

The Okabe–Ito palette stays distinguishable for the common colour-vision deficiencies, so
card kinds and clusters read the same on the projector, on screen and on paper. A kind's
strong colour (chips, borders, arrows) and the light tint of its card background are declared
with the kind in `models/registry.py`; `kind_colour`/`kind_fill` read them from there.
"""

from __future__ import annotations

from ..models.entities import Card
from ..models.registry import REGISTRY

#: The eight Okabe–Ito colours, in their usual order.
OKABE_ITO = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#000000",  # black
)

#: Paul Tol "muted" (+ grey) by barrier category, in DOMAIN.md order (as on the canvas).
CATEGORY_COLOURS: dict[str, str] = {
    "law": "#332288", "procurement": "#88CCEE", "economy": "#44AA99",
    "organisation": "#117733", "culture": "#999933", "skills": "#DDCC77",
    "technology": "#CC6677", "ethics": "#882255", "market": "#AA4499",
    "users": "#6699CC", "spreading": "#888888",
}

#: Text colour on cards and in tables.
INK = "#1F2933"


def kind_colour(kind: str) -> str:
    """The strong colour of a card kind (grey for an unknown kind)."""
    return REGISTRY.kind(kind).colour if REGISTRY.is_kind(kind) else "#999999"


def category_colour(category: str) -> str:
    """The colour of a barrier category (a stable pick for a workshop's own categories)."""
    if category in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[category]
    extra = tuple(CATEGORY_COLOURS.values())[:9]
    return extra[sum(map(ord, category)) % len(extra)]


def tint(hex_colour: str, amount: float) -> str:
    """`hex_colour` mixed with white: `amount` 1 is the colour, 0 is white."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(255 - (255 - v) * amount) for v in (r, g, b)))


def kind_fill(kind: str) -> str:
    """The light background tint of a card kind."""
    return REGISTRY.kind(kind).fill if REGISTRY.is_kind(kind) else "#F2F2F2"


def cluster_colour(index: int) -> str:
    """A colour per cluster number, cycling through Okabe–Ito without black."""
    return OKABE_ITO[index % 7]


def accent_of(card: Card) -> str:
    """The taxonomy key that colours this card instead of its kind (a barrier's category), or ""."""
    if not REGISTRY.is_kind(card.kind):
        return ""
    field = REGISTRY.kind(card.kind).accent_field
    return str(getattr(card, field) or "") if field else ""
