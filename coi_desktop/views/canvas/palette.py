"""Colours and type of the canvas: colour-blind-safe, readable on a projector.

Card kinds take the Okabe–Ito palette (safe for the common colour-vision deficiencies);
barrier categories, which need up to eleven hues, take Paul Tol's "muted" scheme plus one
grey, also designed to stay distinguishable. A card's own `color` overrides both. The legend
dock reads `kind_color` and `category_color` so the two always agree.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

#: Okabe–Ito colours by card kind.
KIND_COLORS = {
    "actor": "#0072B2",  # blue
    "barrier": "#D55E00",  # vermillion
    "opportunity": "#009E73",  # bluish green
    "action": "#E69F00",  # orange
    "note": "#B8A800",  # a darker Okabe–Ito yellow, so white type stays readable
}

#: Paul Tol "muted" (+ grey) by barrier category, in DOMAIN.md order.
CATEGORY_COLORS = {
    "law": "#332288", "procurement": "#88CCEE", "economy": "#44AA99",
    "organisation": "#117733", "culture": "#999933", "skills": "#DDCC77",
    "technology": "#CC6677", "ethics": "#882255", "market": "#AA4499",
    "users": "#6699CC", "spreading": "#888888",
}
_EXTRA = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
          "#882255", "#AA4499")

INK = QColor("#1F2430")
MUTED_INK = QColor("#5A6270")
SELECTION = QColor("#0B5CD5")
FIND = QColor("#CC79A7")  # Okabe–Ito reddish purple: never a kind colour
CANVAS_BACKGROUND = QColor("#E9ECF1")
BOARD = QColor("#FBFCFD")
BOARD_LINE = QColor("#C9CFD8")
ZONE_LABEL = QColor("#3B4656")
ZONE_HINT = QColor("#6B7482")
LINK = QColor("#4A5260")


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, "#777777"))


def category_color(category: str) -> QColor:
    if category in CATEGORY_COLORS:
        return QColor(CATEGORY_COLORS[category])
    return QColor(_EXTRA[sum(map(ord, category)) % len(_EXTRA)])


@lru_cache(maxsize=512)
def _tint(hex_color: str, amount: float) -> QColor:
    c = QColor(hex_color)
    return QColor(round(255 - (255 - c.red()) * amount), round(255 - (255 - c.green()) * amount),
                  round(255 - (255 - c.blue()) * amount))


def tint(color: QColor, amount: float) -> QColor:
    """`color` mixed with white: `amount` 1 is the colour, 0 is white."""
    return _tint(color.name(), round(amount, 3))


def accent(kind: str, category: str = "", override: str = "") -> QColor:
    """The strong colour of a card: its override, its category (barriers) or its kind."""
    if override:
        return QColor(override)
    if kind == "barrier" and category:
        return category_color(category)
    return kind_color(kind)


def readable_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color` (WCAG relative luminance)."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) \
        + 0.0722 * channel(color.blue())
    return QColor("#FFFFFF") if lum < 0.4 else QColor("#1F2430")


@lru_cache(maxsize=1024)
def card_colors(kind: str, category: str, override: str) -> tuple[QColor, ...]:
    """(accent, body, flat, edge, band ink) of a card: shared by every card that looks alike."""
    strong = accent(kind, category, override)
    return (strong, tint(strong, 0.13), tint(strong, 0.55), tint(strong, 0.35),
            readable_on(strong))
