"""The canvas's colours as QColors, read from the current theme (coi_desktop/theme.py).

Card kinds take the Okabe–Ito palette (safe for the common colour-vision deficiencies);
barrier categories, which need up to eleven hues, take Paul Tol's "muted" scheme plus one
grey. A card's own `color` overrides both. The legend dock reads `KIND_COLORS`,
`kind_color` and `category_color` so the two always agree.

`use_theme(name)` switches every canvas at once: the module's colour names (`INK`,
`SELECTION`, ...) are rebound, the caches dropped, and each scene registered with `watch`
repaints. Painting code reads `palette.INK` at paint time, never a copy taken at import.
"""

from __future__ import annotations

import weakref
from functools import lru_cache
from typing import Protocol

import shiboken6
from PySide6.QtGui import QColor

from coi_desktop.models.registry import BARRIER
from coi_desktop.theme import CATEGORY_KEYS, KIND_IDS, Theme, theme


class Themed(Protocol):
    def apply_theme(self) -> None: ...


_current: Theme = theme()
_watchers: weakref.WeakSet[Themed] = weakref.WeakSet()

#: Strong colour by kind and by barrier category (filled in place by `use_theme`, so a
#: module that imported the dict sees the current theme).
KIND_COLORS: dict[str, str] = {}
CATEGORY_COLORS: dict[str, str] = {}

INK = QColor()
MUTED_INK = QColor()
SELECTION = QColor()
FIND = QColor()
CANVAS_BACKGROUND = QColor()
BOARD = QColor()
BOARD_LINE = QColor()
ZONE_LABEL = QColor()
ZONE_HINT = QColor()
LINK = QColor()


def current() -> Theme:
    return _current


@lru_cache(maxsize=256)
def color(token: str) -> QColor:
    """The current theme's colour for `token` (a QColor shared by every caller)."""
    return QColor(_current.color(token))


def _load() -> None:
    global INK, MUTED_INK, SELECTION, FIND, CANVAS_BACKGROUND, BOARD, BOARD_LINE
    global ZONE_LABEL, ZONE_HINT, LINK
    for cache in (color, _tint, card_colors):
        cache.cache_clear()
    KIND_COLORS.clear()
    KIND_COLORS.update({k: _current.kind_color(k) for k in KIND_IDS})
    CATEGORY_COLORS.clear()
    CATEGORY_COLORS.update({k: _current.category_color(k) for k in CATEGORY_KEYS})
    INK, MUTED_INK = color("card.text"), color("card.text.muted")
    SELECTION, FIND, LINK = color("selection"), color("find"), color("link")
    CANVAS_BACKGROUND, BOARD = color("canvas.background"), color("board.fill")
    BOARD_LINE, ZONE_LABEL, ZONE_HINT = color("board.line"), color("zone.label"), color("zone.hint")


def use_theme(name: str) -> bool:
    """Switch every canvas to the theme `name`; False when it was already the current one."""
    global _current
    new = theme(name)
    if new is _current:
        return False
    _current = new
    _load()
    for watcher in list(_watchers):
        if shiboken6.isValid(watcher):  # a Python wrapper may outlive its deleted widget
            watcher.apply_theme()
        else:
            _watchers.discard(watcher)
    return True


def watch(obj: Themed) -> None:
    """Call `obj.apply_theme()` after each theme switch (held weakly)."""
    _watchers.add(obj)


def kind_color(kind: str) -> QColor:
    return QColor(_current.kind_color(kind))


def category_color(category: str) -> QColor:
    return QColor(_current.category_color(category))


@lru_cache(maxsize=512)
def _tint(hex_color: str, amount: float, base: str) -> QColor:
    c, b = QColor(hex_color), QColor(base)
    return QColor(round(b.red() + (c.red() - b.red()) * amount),
                  round(b.green() + (c.green() - b.green()) * amount),
                  round(b.blue() + (c.blue() - b.blue()) * amount))


def tint(color_: QColor, amount: float) -> QColor:
    """`color_` laid over the theme's card base (white in light): 1 is the colour, 0 the base."""
    return _tint(color_.name(), round(amount, 3), _current.color("card.base"))


def accent(kind: str, category: str = "", override: str = "") -> QColor:
    """The strong colour of a card: its override, its category (barriers) or its kind."""
    if override:
        return QColor(_current.adapt(QColor(override).name()))
    if kind == BARRIER and category:
        return category_color(category)
    return kind_color(kind)


@lru_cache(maxsize=1024)
def card_colors(kind: str, category: str, override: str) -> tuple[QColor, ...]:
    """(accent, body, flat, edge, band ink) of a card: shared by every card that looks alike."""
    return tuple(QColor(c) for c in _current.card_colors(accent(kind, category, override).name()))


_load()
