"""Named colours, fonts and sizes of COI Desktop in three sets: light, dark and high contrast.

Pure Python (no Qt), so the canvas, the projector, PNG/SVG export and the PDF report read the
same tokens. A token is a dotted name: `canvas.background`, `card.text`, `kind.barrier`
(a kind's strong colour: band, chips, arrows), `kind.barrier.fill` (the light background of a
card of that kind), `category.law`, `size.card.title_px`, `font.family`. `theme(name)` gives a
`Theme`; `Theme.color(token)` a ``#RRGGBB`` string, `Theme.size(token)` a number,
`Theme.font(token)` a family name ("" = the platform's default).

Kinds and categories a workshop (or the registry) adds later still get a colour: an unknown
`kind.<id>` or `category.<key>` takes a pick from `EXTRA`, colours chosen far (CIELAB ΔE ≥ 15,
in every theme) from the five kinds, the eleven categories and each other: a barrier shows its
category's colour, so an added kind painted in "law"'s purple would pass for a law barrier.
Each added kind or category keeps its first pick for the whole run, and two never share one
while free picks last. Any other unknown token raises KeyError: a typo should be loud.

The light set is today's look (the canvas's colours; where the PDF's had drifted, the canvas
won: unknown kinds are #777777, ink #1F2430, muted ink #5A6270). The high-contrast set meets
WCAG AAA (7:1) for all text on cards, bands and boards (tests/views/canvas/test_theme.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

#: Okabe–Ito by kind token ("kind.<id>", the registry's `colour_token`): distinguishable for
#: the common colour-vision deficiencies. Keyed by token, so a kind's id is spelt only in
#: the registry (models/registry.py); a kind it adds without a colour here gets a stable pick.
_KINDS = {"kind.actor": "#0072B2", "kind.barrier": "#D55E00", "kind.opportunity": "#009E73",
          "kind.action": "#E69F00",
          "kind.note": "#B8A800"}  # note: a darker yellow, so white type still reads
KIND_IDS = tuple(token.removeprefix("kind.") for token in _KINDS)
CATEGORY_KEYS = ("law", "procurement", "economy", "organisation", "culture", "skills",
                 "technology", "ethics", "market", "users", "spreading")
NAMES = ("light", "dark", "high_contrast")
DEFAULT = "light"

#: Paul Tol "muted" (+ grey) by barrier category, in DOMAIN.md order.
_CATEGORIES = {"law": "#332288", "procurement": "#88CCEE", "economy": "#44AA99",
               "organisation": "#117733", "culture": "#999933", "skills": "#DDCC77",
               "technology": "#CC6677", "ethics": "#882255", "market": "#AA4499",
               "users": "#6699CC", "spreading": "#888888"}
#: Picks for kinds and categories that have no colour of their own: none of them is a kind's
#: or a category's colour (it used to be the category list itself, so an added kind took
#: "law"'s #332288), and white type reads on each (tests/views/canvas/test_theme.py).
EXTRA = ("#D81159", "#5C9A1B", "#DC3220", "#B07AA1", "#005AB5", "#7570B3")
#: Which pick each added `kind.<id>` / `category.<key>` took: the first free one from a stable
#: start, so two added kinds never share a colour while picks last.
_PICKS: dict[str, int] = {}


def _pick(token: str) -> str:
    index = _PICKS.get(token)
    if index is None:
        start = sum(map(ord, token)) % len(EXTRA)
        used = set(_PICKS.values())
        free = [i % len(EXTRA) for i in range(start, start + len(EXTRA))
                if i % len(EXTRA) not in used]
        index = _PICKS[token] = free[0] if free else start
    return EXTRA[index]


# -- colour arithmetic (WCAG 2.x) ---------------------------------------------------------

def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _hex(r: float, g: float, b: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(*(max(0, min(255, round(v))) for v in (r, g, b)))


def mix(colour: str, base: str, amount: float) -> str:
    """`colour` laid over `base`: `amount` 1 is the colour, 0 is the base."""
    c, b = _rgb(colour), _rgb(base)
    return _hex(*(bv + (cv - bv) * amount for cv, bv in zip(c, b, strict=True)))


def luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _darken_until(colour: str, against: str, ratio: float) -> str:
    """`colour` darkened (toward black, same hue) until `against` reads on it at `ratio`."""
    amount = 1.0
    out = colour
    while contrast(out, against) < ratio and amount > 0:
        amount -= 0.02
        out = mix(colour, "#000000", amount)
    return out


# -- the theme ----------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Theme:
    """One token set (see the module docstring)."""

    name: str
    colors: Mapping[str, str]
    sizes: Mapping[str, float]
    fonts: Mapping[str, str] = field(default_factory=dict)

    def color(self, token: str) -> str:
        """The ``#RRGGBB`` of a token; unknown kinds and categories get a stable pick."""
        found = self.colors.get(token)
        if found is not None:
            return found
        parts = token.split(".")
        if parts[0] in ("kind", "category") and len(parts) in (2, 3):
            strong = self._strong(parts[0], parts[1])
            if len(parts) == 2:
                return strong
            if parts[2] == "fill":
                return self.card_colors(strong)[1]
        raise KeyError(f"no colour token {token!r} in theme {self.name!r}")

    def _strong(self, family: str, key: str) -> str:
        if family == "kind" and not key:
            return self.colors["kind.unknown"]
        base = self.colors.get(f"{family}.{key}")
        if base is None:
            pick = _pick(f"{family}.{key}") if key else self.colors["kind.unknown"]
            base = self.adapt(pick)
        return base

    def size(self, token: str) -> float:
        return self.sizes[token]

    def font(self, token: str = "font.family") -> str:
        return self.fonts[token]

    def kind_color(self, kind: str) -> str:
        return self.color(f"kind.{kind}") if kind else self.colors["kind.unknown"]

    def category_color(self, category: str) -> str:
        return self.color(f"category.{category}")

    def adapt(self, colour: str) -> str:
        """A strong colour from outside the theme (a card's own colour, a group's) made to
        fit it: in high contrast darkened until white text on it reaches 7:1."""
        if self.name == "high_contrast":
            return _darken_until(colour, "#FFFFFF", 7.05)
        return colour

    def card_colors(self, strong: str) -> tuple[str, str, str, str, str]:
        """(band, body, flat, edge, band ink) of a card whose strong colour is `strong`."""
        return _card_colors(self, strong)

    def readable_on(self, colour: str) -> str:
        """The light or dark ink that reads better on `colour`."""
        light, dark = self.colors["ink.on_dark"], self.colors["card.text"]
        if self.name != DEFAULT:  # dark and high contrast: whichever contrasts more
            dark = self.colors["ink.on_light"]
            return light if contrast(light, colour) >= contrast(dark, colour) else dark
        # today's rule (luminance under 0.4: white), kept so the light set looks as before
        return light if luminance(colour) < 0.4 else dark


@lru_cache(maxsize=2048)
def _card_colors(t: Theme, strong: str) -> tuple[str, str, str, str, str]:
    band = t.adapt(strong)
    base = t.colors["card.base"]
    s = t.sizes
    return (band, mix(band, base, s["card.body_mix"]), mix(band, base, s["card.flat_mix"]),
            mix(band, base, s["card.edge_mix"]), t.readable_on(band))


_SIZES: dict[str, float] = {
    "card.title_px": 16.0, "card.body_px": 12.5, "card.band_px": 10.5, "card.small_px": 11.0,
    "card.radius": 7.0, "card.shadow_alpha": 28.0,
    "card.body_mix": 0.13, "card.flat_mix": 0.55, "card.edge_mix": 0.35,
    "board.label_px": 40.0, "board.hint_px": 24.0,
    "board.label_stacked_px": 30.0, "board.hint_stacked_px": 20.0, "board.header_px": 20.0,
    "board.axis_px": 30.0, "group.title_px": 20.0,
    "line.selection": 3.0, "line.link": 2.0, "line.board": 2.0,
    "timer.edge_px": 0.0,
}

_LIGHT = {
    "canvas.background": "#E9ECF1", "board.fill": "#FBFCFD", "board.shadow": "#D9DEE5",
    "board.line": "#C9CFD8", "board.grid": "#EEF1F5", "board.zone": "#F6F8FB",
    "board.zone.strong": "#EAF1FA", "board.lane.alt": "#F4F6F9", "board.lane.accent": "#0072B2",
    "board.ring.0": "#D5E5F5", "board.ring.1": "#E5EEF8", "board.ring.2": "#F3F7FB",
    "zone.label": "#3B4656", "zone.hint": "#6B7482",
    "card.base": "#FFFFFF", "card.text": "#1F2430", "card.text.muted": "#5A6270",
    "card.shadow": "#000000", "ink.on_dark": "#FFFFFF", "ink.on_light": "#1F2430",
    "card.hidden.fill": "#3B4656", "card.hidden.text": "#FFFFFF",
    "badge.fill": "#1F2430", "badge.text": "#FFFFFF", "handle.ring": "#FFFFFF",
    "selection": "#0B5CD5", "find": "#CC79A7", "link": "#4A5260",
    "link.label.fill": "#FFFFFF", "link.label.text": "#1F2430",
    "group.default": "#56B4E9", "group.title": "#3B4656",
    "editor.background": "#FFFFFF", "editor.border": "#0B5CD5", "editor.text": "#1F2430",
    "timer.idle.fill": "#ECEFF1", "timer.idle.text": "#37474F",
    "timer.running.fill": "#E8F5E9", "timer.running.text": "#1B5E20",
    "timer.last_minute.fill": "#FFF3E0", "timer.last_minute.text": "#B34700",
    "timer.over.fill": "#C62828", "timer.over.text": "#FFFFFF",
    "projector.background": "#FFFFFF", "projector.text": "#1F2430", "projector.info": "#37474F",
    "report.accent": "#0072B2", "report.ink": "#1F2430", "report.muted": "#5A6270",
    "report.rule": "#C9D1D9", "report.shade": "#F1F4F7",
    "kind.unknown": "#777777",
}

_DARK = {
    "canvas.background": "#14171C", "board.fill": "#1E232A", "board.shadow": "#0A0C0F",
    "board.line": "#46505C", "board.grid": "#2A3038", "board.zone": "#232930",
    "board.zone.strong": "#26323F", "board.lane.alt": "#232930", "board.lane.accent": "#56B4E9",
    "board.ring.0": "#2B4160", "board.ring.1": "#243448", "board.ring.2": "#1F2835",
    "zone.label": "#DCE2EA", "zone.hint": "#A3AEBB",
    "card.base": "#1E232A", "card.text": "#EEF1F5", "card.text.muted": "#BAC3CE",
    "card.shadow": "#000000", "ink.on_dark": "#FFFFFF", "ink.on_light": "#14171C",
    "card.hidden.fill": "#DCE2EA", "card.hidden.text": "#14171C",
    "badge.fill": "#EEF1F5", "badge.text": "#14171C", "handle.ring": "#14171C",
    "selection": "#4C9BFF", "find": "#E58FC4", "link": "#A7B1BE",
    "link.label.fill": "#2A3038", "link.label.text": "#EEF1F5",
    "group.default": "#56B4E9", "group.title": "#DCE2EA",
    "editor.background": "#2A3038", "editor.border": "#4C9BFF", "editor.text": "#EEF1F5",
    "timer.idle.fill": "#2A3038", "timer.idle.text": "#DCE2EA",
    "timer.running.fill": "#163A1E", "timer.running.text": "#B9F6CA",
    "timer.last_minute.fill": "#4A2A00", "timer.last_minute.text": "#FFD49A",
    "timer.over.fill": "#D32F2F", "timer.over.text": "#FFFFFF",
    "projector.background": "#14171C", "projector.text": "#EEF1F5", "projector.info": "#BAC3CE",
    "report.accent": "#0072B2", "report.ink": "#1F2430", "report.muted": "#5A6270",
    "report.rule": "#C9D1D9", "report.shade": "#F1F4F7",  # paper stays light
    "kind.unknown": "#8A8A8A",
}

_HIGH = {
    "canvas.background": "#FFFFFF", "board.fill": "#FFFFFF", "board.shadow": "#000000",
    "board.line": "#000000", "board.grid": "#BDBDBD", "board.zone": "#FFFFFF",
    "board.zone.strong": "#EDEDED", "board.lane.alt": "#F2F2F2", "board.lane.accent": "#003C71",
    "board.ring.0": "#DDDDDD", "board.ring.1": "#EDEDED", "board.ring.2": "#FFFFFF",
    "zone.label": "#000000", "zone.hint": "#1A1A1A",
    "card.base": "#FFFFFF", "card.text": "#000000", "card.text.muted": "#1A1A1A",
    "card.shadow": "#000000", "ink.on_dark": "#FFFFFF", "ink.on_light": "#000000",
    "card.hidden.fill": "#000000", "card.hidden.text": "#FFFFFF",
    "badge.fill": "#000000", "badge.text": "#FFFFFF", "handle.ring": "#FFFFFF",
    "selection": "#0040D0", "find": "#A0009E", "link": "#000000",
    "link.label.fill": "#FFFFFF", "link.label.text": "#000000",
    "group.default": "#005A8C", "group.title": "#000000",
    "editor.background": "#FFFFFF", "editor.border": "#0040D0", "editor.text": "#000000",
    "timer.idle.fill": "#FFFFFF", "timer.idle.text": "#000000",
    "timer.running.fill": "#FFFFFF", "timer.running.text": "#003C00",
    "timer.last_minute.fill": "#FFF0C0", "timer.last_minute.text": "#000000",
    "timer.over.fill": "#A00000", "timer.over.text": "#FFFFFF",
    "projector.background": "#FFFFFF", "projector.text": "#000000", "projector.info": "#1A1A1A",
    "report.accent": "#003C71", "report.ink": "#000000", "report.muted": "#1A1A1A",
    "report.rule": "#000000", "report.shade": "#F2F2F2",
    "kind.unknown": "#4D4D4D",
}


def _build(name: str, colors: dict[str, str], sizes: Mapping[str, float]) -> Theme:
    t = Theme(name, {}, sizes)
    full = dict(colors)
    for token, strong in _KINDS.items():
        full[token] = t.adapt(strong)
    for key, strong in _CATEGORIES.items():
        full[f"category.{key}"] = t.adapt(strong)
    t = Theme(name, full, MappingProxyType(dict(sizes)),
              MappingProxyType({"font.family": "", "font.family.report": "DejaVu Sans"}))
    for token in _KINDS:  # kind.<id>.fill as named tokens, as the PDF and the legend read them
        full[f"{token}.fill"] = t.card_colors(full[token])[1]
    return Theme(name, MappingProxyType(full), t.sizes, t.fonts)


# high contrast: the timer's white face on the white wall needs its edge drawn
_HC_SIZES = dict(_SIZES, **{"timer.edge_px": 4.0,
                            "line.selection": 4.0, "line.link": 2.5, "line.board": 3.0,
                            "card.body_mix": 0.0, "card.flat_mix": 1.0, "card.edge_mix": 1.0})

_RECIPES: dict[str, tuple[dict[str, str], Mapping[str, float]]] = {
    "light": (_LIGHT, _SIZES),
    "dark": (_DARK, dict(_SIZES, **{"card.body_mix": 0.22, "card.flat_mix": 0.7,
                                    "card.edge_mix": 0.5})),
    "high_contrast": (_HIGH, _HC_SIZES),
}


class _Themes(Mapping[str, Theme]):
    """The three token sets, each built the first time it is asked for (building one adapts
    every kind and category colour to its background: ≈ 0.8 ms that start-up need not pay
    for the two themes not shown)."""

    def __init__(self) -> None:
        self._built: dict[str, Theme] = {}

    def __getitem__(self, name: str) -> Theme:
        found = self._built.get(name)
        if found is None:
            colors, sizes = _RECIPES[name]
            found = self._built[name] = _build(name, colors, sizes)
        return found

    def __contains__(self, name: object) -> bool:
        return name in _RECIPES

    def __iter__(self) -> Iterator[str]:
        return iter(_RECIPES)

    def __len__(self) -> int:
        return len(_RECIPES)


THEMES: Mapping[str, Theme] = _Themes()


def theme(name: str = DEFAULT) -> Theme:
    """The token set called `name`; an unknown name (an old setting) gives the light one."""
    return THEMES[name if name in THEMES else DEFAULT]
