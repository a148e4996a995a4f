"""The zoomed-out board in one item: every card a flat rectangle, drawn in a few calls.

Below the flat level of detail a card is only a coloured rectangle, yet painting thousands of
items still costs a call per item. So when the view is zoomed out that far, the scene marks
the card and link items `ItemHasNoContents` (they stay selectable and draggable, Qt just skips
painting them) and this one item draws them all: one `drawRects` per colour, one `drawLines`
for the links, cached as a single pixmap until something changes. Cards being dragged paint
themselves meanwhile and are left out here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from . import palette
from .items import CardItem
from .link_item import LinkItem

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class OverviewSource(Protocol):
    """The items the overview draws (the canvas scene)."""

    @property
    def cards(self) -> Mapping[str, CardItem]: ...
    @property
    def links(self) -> Mapping[str, LinkItem]: ...

    def dimmed_ids(self) -> set[str]: ...


class OverviewItem(QGraphicsItem):
    """All cards and links of a zoomed-out canvas (see the module docstring)."""

    def __init__(self, scene: OverviewSource) -> None:
        super().__init__()
        self._canvas = scene
        self._dirty = True
        self._rect = QRectF()
        self._batches: list[tuple[QColor, list[QRectF]]] = []
        self._lines: list[QLineF] = []
        self._rings: list[tuple[QPen, QRectF]] = []
        self._badges: list[tuple[QRectF, str]] = []
        self.live: set[str] = set()  # cards being dragged: they paint themselves
        self.setZValue(0.9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_rect(self, rect: QRectF) -> None:
        """Cover the scene's rect (kept here: asking the scene could recurse into us)."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def invalidate(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.update()

    def set_live(self, ids: set[str]) -> None:
        """Cards that paint themselves for now (a drag at overview zoom)."""
        for cid in self.live ^ ids:
            item = self._canvas.cards.get(cid)
            if item is not None:
                item.setFlag(NO_CONTENTS, self.isVisible() and cid not in ids)
        self.live = set(ids)
        self.invalidate()

    def _rebuild(self) -> None:
        scene = self._canvas
        by_color: dict[int, tuple[QColor, list[QRectF]]] = {}
        rings: list[tuple[QPen, QRectF]] = []
        badges: list[tuple[QRectF, str]] = []
        dimmed = scene.dimmed_ids()
        selection = palette.SELECTION
        # Keyed by the QColor's rgba (one C++ call) and each rectangle made from the item's
        # place and size in one go: the same batches as before, at about half the cost on
        # 10,000 cards. Only a presentation hides cards (hidden round), so only it asks.
        hides = bool(getattr(scene, "presentation", True))
        for cid, item in scene.cards.items():
            if cid in self.live or (hides and not item.isVisible()):
                continue
            width, height = item.card_size()
            rect = QRectF(item.x(), item.y(), width, height)
            color = selection if item.isSelected() else item.flat
            if cid in dimmed:
                color = palette.tint(color, 0.25)
            key = color.rgba()
            entry = by_color.get(key)
            if entry is None:
                entry = by_color[key] = (color, [])
            entry[1].append(rect)
            ring = palette.FIND if item.found else item.emphasis
            if ring is not None:
                pen = QPen(ring, 14)
                rings.append((pen, rect.adjusted(-12, -12, 12, 12)))
            if item.badge:
                badges.append((rect, item.badge))
        self._batches = list(by_color.values())
        self._rings = rings
        self._badges = badges
        self._lines = [item.line for item in scene.links.values()
                       if item.isVisible() and not item.line.isNull()
                       and item.link.source_id not in self.live
                       and item.link.target_id not in self.live]
        self._dirty = False

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._dirty:
            self._rebuild()
        lod = max(option.levelOfDetailFromTransform(painter.worldTransform()), 0.01)
        if self._lines:
            painter.setPen(QPen(palette.LINK, 1.2 / lod))
            painter.drawLines(self._lines)
        painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in self._batches:
            painter.setBrush(color)
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, rect in self._rings:
            painter.setPen(pen)
            painter.drawRect(rect)
        if self._badges:
            self._paint_badges(painter, lod)

    def _paint_badges(self, painter: QPainter, lod: float) -> None:
        r = 9.0 / lod
        font = QFont()
        font.setPixelSize(max(6, round(r * 1.1)))
        font.setBold(True)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rect, text in self._badges:
            centre = QPointF(rect.right(), rect.top())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color("badge.fill"))
            painter.drawEllipse(centre, r, r)
            painter.setPen(palette.color("badge.text"))
            painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
                             Qt.AlignmentFlag.AlignCenter, text)
