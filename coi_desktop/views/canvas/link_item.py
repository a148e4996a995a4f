"""Links drawn cheaply: a straight line between card edges, tight bounds, a slim shape.

A connector's bounding rectangle covers only the segment between the two cards (plus the
arrowhead and label), so the scene's index keeps it out of frames it does not touch; its
`shape` is a narrow stroke so clicks select it only on the line. Directed relations get an
arrowhead at the target; a label shows on a small plate at the middle when close enough.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from coi_desktop.models import Link

from . import palette
from .items import USER_TYPE
from .style import public_text

ARROW = 14.0
#: Made once: Python enum look-ups per item add up when 6,000 links are built.
_NO_PEN = Qt.PenStyle.NoPen
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from `rect`'s centre toward `toward` leaves the rectangle."""
    x, y = _edge(rect.x(), rect.y(), rect.width(), rect.height(), toward.x(), toward.y())
    return QPointF(x, y)


def _edge(x: float, y: float, w: float, h: float, tx: float, ty: float) -> tuple[float, float]:
    """`edge_point` on plain numbers (a rectangle x, y, w, h toward the point tx, ty): building
    links for a 10,000-card canvas made tens of thousands of Qt value objects."""
    cx, cy = x + w / 2, y + h / 2
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    hw, hh = w / 2 + 3, h / 2 + 3
    t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return cx + dx * t, cy + dy * t


class LinkItem(QGraphicsPathItem):
    """A link between two card items (see the module docstring)."""

    Type = USER_TYPE + 2

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self.link = link
        self.line = QLineF()
        self._ends: tuple[float, ...] = ()
        self._shape: QPainterPath | None = QPainterPath()
        self.setZValue(0.5)
        self.setCacheMode(_CACHE)
        self.setFlag(_SELECTABLE, True)

    def type(self) -> int:
        return self.Type

    @property
    def link_id(self) -> str:
        return self.link.id

    def set_link(self, link: Link) -> None:
        self.link = link
        self.line = QLineF()  # lay out again: the label may have changed
        self._ends = ()
        self.update()

    def set_ends(self, source: QRectF, target: QRectF) -> None:
        """Lay the line between the two cards' scene rectangles."""
        self.set_ends_at((source.x(), source.y(), source.width(), source.height()),
                         (target.x(), target.y(), target.width(), target.height()))

    def set_ends_at(self, source: tuple[float, float, float, float],
                    target: tuple[float, float, float, float]) -> None:
        """`set_ends` with each rectangle as (x, y, width, height) in scene coordinates."""
        sx, sy, sw, sh = source
        tx, ty, tw, th = target
        ax, ay = _edge(sx, sy, sw, sh, tx + tw / 2, ty + th / 2)
        bx, by = _edge(tx, ty, tw, th, sx + sw / 2, sy + sh / 2)
        if (ax, ay, bx, by) == self._ends:
            return
        self._ends = (ax, ay, bx, by)
        self.line = QLineF(ax, ay, bx, by)
        pad = ARROW + 4
        bounds = QRectF(min(ax, bx) - pad, min(ay, by) - pad, abs(bx - ax) + 2 * pad,
                        abs(by - ay) + 2 * pad)
        if self.link.label:
            bounds = bounds.united(self._label_rect())
        # The path item's C++ boundingRect (the path's bounds) spares a Python call per frame.
        outline = QPainterPath()
        outline.addRect(bounds)
        self.setPath(outline)
        self._shape = None  # the clickable stroke is made when first asked for (hit tests)

    def _label_rect(self) -> QRectF:
        mid = self.line.center()
        w = min(220.0, 8.0 * len(self.link.label) + 16)
        return QRectF(mid.x() - w / 2, mid.y() - 12, w, 24)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath(self.line.p1())
            path.lineTo(self.line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.line.isNull():
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        color = palette.SELECTION if self.isSelected() else palette.LINK
        if lod < 0.22:
            painter.setPen(QPen(color, 2.5 / max(lod, 0.05) * 0.4))
            painter.drawLine(self.line)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        width = 3.5 if self.isSelected() else palette.current().size("line.link")
        pen = QPen(color, width)
        if self.link.relation in ("relates",):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        line = QLineF(self.line)
        if self.link.directed and line.length() > ARROW:
            line.setLength(line.length() - ARROW * 0.7)
        painter.drawLine(line)
        if self.link.directed:
            self._paint_arrow(painter, color)
        if self.link.label and lod >= 0.45:
            self._paint_label(painter)

    def _paint_arrow(self, painter: QPainter, color: QColor) -> None:
        tip = self.line.p2()
        angle = math.atan2(self.line.dy(), self.line.dx())
        left = QPointF(tip.x() - ARROW * math.cos(angle - 0.42),
                       tip.y() - ARROW * math.sin(angle - 0.42))
        right = QPointF(tip.x() - ARROW * math.cos(angle + 0.42),
                        tip.y() - ARROW * math.sin(angle + 0.42))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([tip, left, right]))

    def _paint_label(self, painter: QPainter) -> None:
        rect = self._label_rect()
        painter.setPen(QPen(palette.BOARD_LINE, 1))
        painter.setBrush(palette.color("link.label.fill"))
        painter.drawRoundedRect(rect, 6, 6)
        font = QFont()
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(palette.color("link.label.text"))
        label = public_text(self.scene(), self.link.label)
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                round(rect.width() - 10))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
