"""Presentation slides: a canvas shown zone by zone, group by group, or the facilitator's
selection, each page with its cards large enough to read from the back row.

A board that fills a 1920×1080 wall shows titles far too small (a barrier board is 2,420
units wide). A slide takes the cards of one zone (or group, or the selection), at most
PER_SLIDE of them, in reading order, and lays them out on a grid that fills the wall; the
cards are the same `CardItem`s as on the canvas (same colours, badges, hidden rules), only
placed for reading. Slides never change the model.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from coi_desktop.models import CARD_HEIGHT, CARD_WIDTH, Card, Workshop, zone_at

from . import palette
from .board import zone_label
from .identity import copies_by_item
from .items import CardItem
from .style import CardStyle

#: At most this many cards on a slide: a 4 × 3 grid on a 1920×1080 wall zooms about 1.8, so
#: even a title at its smallest step (the longest word's, 0.72) keeps 24 px capitals. It was
#: 20: the demo's 15 loose cards shared one 5 × 3 slide at zoom 1.5, where the slide's type
#: reaches its cap (SLIDE_SCALE) and a title stepped down to 0.76 had 23 px capitals, as the
#: picture `coi-desktop render --projector` wrote showed (tests/views/canvas/
#: test_render_cli_legible.py measures them).
PER_SLIDE = 12
GAP = 24.0
#: Card titles on a slide are this large on the wall (px): with the two smaller steps a long
#: title may take (style.py, down to 0.76) its capitals stay at least 24 px tall.
TARGET_TITLE_PX = 46.0
#: Card type on a slide, relative to the canvas: between these (titles of two lines fit).
SLIDE_SCALE = (1.0, 1.7)
MODES = ("zones", "groups", "selection")
#: A card's size on a slide: larger than on the canvas, so a title at the slide's larger
#: type still gets three lines of enough words beside its band and footer (at the canvas
#: size a crowded slide cut "Invitér fem leverandører til dialogmøde" to "Invitér fem le…").
SLIDE_CARD_HEIGHT = round(CARD_HEIGHT * 1.4)
SLIDE_CARD_WIDTH = round(CARD_WIDTH * 1.25)  # and a longer line: "til dialogmøde" fits


@dataclass(frozen=True)
class Slide:
    """One page: a title (a zone's or group's name) and the cards on it."""

    title: str
    card_ids: tuple[str, ...]


def _reading(cards: Iterable[Card]) -> list[Card]:
    return sorted(cards, key=lambda c: (round(c.y / (CARD_HEIGHT / 2)), c.x, c.id))


def _pages(title: str, cards: Sequence[Card]) -> list[Slide]:
    """One slide, or as few as hold them at PER_SLIDE, sharing the cards evenly (13 cards are
    7 + 6, not 12 and a lone card)."""
    if not cards:
        return []
    count = math.ceil(len(cards) / PER_SLIDE)
    size = math.ceil(len(cards) / count)
    chunks = [cards[i:i + size] for i in range(0, len(cards), size)]
    if len(chunks) == 1:
        return [Slide(title, tuple(c.id for c in chunks[0]))]
    return [Slide(f"{title} ({n}/{len(chunks)})", tuple(c.id for c in chunk))
            for n, chunk in enumerate(chunks, 1)]


def shown_cards(workshop: Workshop, canvas_id: str) -> list[Card]:
    """The cards the room may see (hidden-round cards stay off the wall)."""
    return [c for c in workshop.cards.on(canvas_id) if not c.hidden]


def zone_slides(workshop: Workshop, canvas_id: str) -> list[Slide]:
    """One slide (or more) per zone with cards, in the template's order; then the cards
    outside every zone, under "Outside the zones"."""
    layout = workshop.canvases.layout(canvas_id)
    cards = shown_cards(workshop, canvas_id)
    by_zone: dict[str, list[Card]] = {z.key: [] for z in layout.zones}
    loose: list[Card] = []
    for card in cards:
        zone = zone_at(layout, card)
        (by_zone[zone.key] if zone is not None else loose).append(card)
    slides: list[Slide] = []
    for zone in layout.zones:
        if by_zone[zone.key]:
            slides += _pages(zone_label(workshop, layout, zone), _reading(by_zone[zone.key]))
    if loose:  # the header shows the canvas's name already: "Aktører · Aktører" said nothing
        outside = QCoreApplication.translate("SlideView", "Outside the zones")
        slides += _pages(outside, _reading(loose))
    return slides


def group_slides(workshop: Workshop, canvas_id: str) -> list[Slide]:
    """One slide per group frame with cards, left to right, top to bottom."""
    groups = sorted(workshop.groups.on(canvas_id), key=lambda g: (round(g.y / 200), g.x))
    slides: list[Slide] = []
    for group in groups:
        members = [c for c in workshop.groups.cards_in(group.id) if not c.hidden]
        if members:
            slides += _pages(group.title, _reading(members))
    return slides


def selection_slide(workshop: Workshop, card_ids: Iterable[str], title: str) -> list[Slide]:
    cards = [workshop.cards[i] for i in card_ids if i in workshop.cards]
    shown = [c for c in cards if not c.hidden]
    return _pages(title, _reading(shown)) if shown else []


def grid(count: int, size: QSize) -> tuple[int, int, float]:
    """(columns, rows, zoom) that show `count` cards largest in a viewport of `size`."""
    best, best_zoom = (1, max(1, count)), 0.0
    for cols in range(1, max(1, count) + 1):
        rows = math.ceil(count / cols)
        zoom = min(size.width() / (cols * (SLIDE_CARD_WIDTH + GAP) + GAP),
                   size.height() / (rows * (SLIDE_CARD_HEIGHT + GAP) + GAP))
        if zoom > best_zoom:
            best, best_zoom = (cols, rows), zoom
    return best[0], best[1], best_zoom


class SlideView(QGraphicsView):
    """Shows one slide at a time, its cards on a grid that fills the view."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.setObjectName("projector.slides")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.card_style = CardStyle(workshop, presentation=True)
        self.text_factor = 1.0  # the card text size setting
        self.items_: dict[str, CardItem] = {}
        self.slides: list[Slide] = []
        self.index = 0
        self._badges: dict[str, str] = {}
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.apply_theme()

    def apply_theme(self) -> None:
        self._scene.setBackgroundBrush(palette.CANVAS_BACKGROUND)
        for item in self.items_.values():
            item.apply_theme()

    def set_font_scale(self, factor: float) -> None:
        """The card text size setting reaches the slides too (a factor on TARGET_TITLE_PX)."""
        self.text_factor = factor
        self.show_slide(self.index)

    def set_slides(self, slides: list[Slide], keep: bool = True) -> None:
        """New slides (the canvas changed); stay on the same page number when `keep`."""
        self.slides = slides
        self.index = min(self.index, len(slides) - 1) if keep and slides else 0
        self.show_slide(self.index)

    def current(self) -> Slide | None:
        return self.slides[self.index] if 0 <= self.index < len(self.slides) else None

    def step(self, delta: int) -> bool:
        """Go `delta` slides on; False (and no change) past either end."""
        target = self.index + delta
        if not 0 <= target < len(self.slides):
            return False
        self.show_slide(target)
        return True

    def show_slide(self, index: int) -> None:
        for item in self.items_.values():
            self._scene.removeItem(item)
        self.items_.clear()
        self.index = max(0, index)
        slide = self.current()
        ids = [i for i in (slide.card_ids if slide else ()) if i in self.workshop.cards]
        cols, _rows, zoom = grid(len(ids), self.viewport().size())
        base = palette.current().size("card.title_px")
        scale = TARGET_TITLE_PX * self.text_factor / (base * max(zoom, 0.01))
        self.card_style.set_scale(max(SLIDE_SCALE[0], min(SLIDE_SCALE[1], scale)))
        copies = copies_by_item(self.workshop)
        for n, cid in enumerate(ids):
            row, col = divmod(n, cols)
            card = replace(self.workshop.cards[cid], x=GAP + col * (SLIDE_CARD_WIDTH + GAP),
                           y=GAP + row * (SLIDE_CARD_HEIGHT + GAP), width=SLIDE_CARD_WIDTH,
                           height=SLIDE_CARD_HEIGHT)
            item = CardItem(card, self.card_style)
            item.badge = self._badges.get(cid, "")
            item.copies = copies.get(card.item, 1)  # the same marker as on the canvas
            self._scene.addItem(item)
            self.items_[cid] = item
        self.fit()

    def set_badges(self, badges: Mapping[str, str]) -> None:
        self._badges = dict(badges)
        for cid, item in self.items_.items():
            item.badge = self._badges.get(cid, "")
            item.update()

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.items_.values():
            rect = rect.united(item.scene_card_rect())
        return rect.adjusted(-GAP, -GAP, GAP, GAP)

    def fit(self) -> None:
        rect = self.content_rect()
        if rect.isEmpty():
            return
        self._scene.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def title_pixels(self) -> float:
        """How tall a card title's font is on the wall (px) on this slide."""
        return self.card_style.title_font.pixelSize() * self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_slide(self.index)  # the grid follows the wall's shape
