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

ARROW = 14.0


def edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from `rect`'s centre toward `toward` leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    hw, hh = rect.width() / 2 + 3, rect.height() / 2 + 3
    t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return QPointF(c.x() + dx * t, c.y() + dy * t)


class LinkItem(QGraphicsPathItem):
    """A link between two card items (see the module docstring)."""

    Type = USER_TYPE + 2

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.link = link
        self.line = QLineF()
        self._shape = QPainterPath()
        self.setZValue(0.5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def type(self) -> int:
        return self.Type

    @property
    def link_id(self) -> str:
        return self.link.id

    def set_link(self, link: Link) -> None:
        self.link = link
        self.line = QLineF()  # lay out again: the label may have changed
        self.update()

    def set_ends(self, source: QRectF, target: QRectF) -> None:
        """Lay the line between the two cards' scene rectangles."""
        a = edge_point(source, target.center())
        b = edge_point(target, source.center())
        line = QLineF(a, b)
        if line == self.line:
            return
        self.line = line
        pad = ARROW + 4
        bounds = QRectF(a, b).normalized().adjusted(-pad, -pad, pad, pad)
        if self.link.label:
            bounds = bounds.united(self._label_rect())
        # The path item's C++ boundingRect (the path's bounds) spares a Python call per frame.
        outline = QPainterPath()
        outline.addRect(bounds)
        self.setPath(outline)
        path = QPainterPath(a)
        path.lineTo(b)
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        self._shape = stroker.createStroke(path)

    def _label_rect(self) -> QRectF:
        mid = self.line.center()
        w = min(220.0, 8.0 * len(self.link.label) + 16)
        return QRectF(mid.x() - w / 2, mid.y() - 12, w, 24)

    def shape(self) -> QPainterPath:
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
        text = painter.fontMetrics().elidedText(self.link.label, Qt.TextElideMode.ElideRight,
                                                round(rect.width() - 10))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
