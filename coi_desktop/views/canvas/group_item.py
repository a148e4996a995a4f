"""A group: a titled frame around cards; dragging its title bar moves the cards inside.

The frame is grabbed by its title bar and border only, so a click inside it still starts a
rubber band or adds a card. While the frame is dragged the cards inside (the model's
`cards_in_group`) move with it live; on release the scene pushes one command that moves the
frame and its cards.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from coi_desktop.models import Group

from . import palette
from .items import USER_TYPE
from .style import public_text


class GroupHost(Protocol):
    """Who moves a group's cards along while its frame is dragged (the scene's mouse)."""

    def editable(self) -> bool: ...
    def group_card_positions(self, group_id: str) -> dict[str, QPointF]: ...
    def shift_cards(self, start: dict[str, QPointF], delta: QPointF) -> None: ...
    def end_live(self) -> None: ...
    def group_resized(self, group_id: str, old: tuple[float, float],
                      new: tuple[float, float]) -> None: ...
    def group_dragged(self, group_id: str, new_pos: QPointF, carried: dict[str, QPointF],
                      delta: QPointF) -> None: ...


TITLE_H = 44.0
BORDER = 10.0
GRIP = 22.0  # the resize grip in the frame's bottom-right corner
MIN_SIZE = (220.0, 140.0)


class GroupItem(QGraphicsItem):
    """A group frame (see the module docstring)."""

    Type = USER_TYPE + 3

    def __init__(self, group: Group, host: GroupHost) -> None:
        super().__init__()
        self.record = group
        self.host = host
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.font = QFont()
        self.font.setPixelSize(round(palette.current().size("group.title_px")))
        self.font.setBold(True)
        self._press: QPointF | None = None
        self._start_pos = QPointF()
        self._carried: dict[str, QPointF] = {}
        self._resize_from: tuple[float, float] | None = None
        self.set_group(group)

    def type(self) -> int:
        return self.Type

    @property
    def group_id(self) -> str:
        return self.record.id

    def set_group(self, group: Group) -> None:
        self.prepareGeometryChange()
        self.record = group
        self._rect = QRectF(0, 0, group.width, group.height)
        self.setPos(group.x, group.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def grip_rect(self) -> QRectF:
        return QRectF(self._rect.right() - GRIP, self._rect.bottom() - GRIP, GRIP, GRIP)

    def shape(self) -> QPainterPath:
        outer = QPainterPath()
        outer.addRect(self._rect)
        inner = QPainterPath()
        inner.addRect(self._rect.adjusted(BORDER, TITLE_H, -BORDER, -BORDER))
        grip = QPainterPath()
        grip.addRect(self.grip_rect())
        return outer.subtracted(inner).united(grip)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        color = QColor(palette.current().adapt(QColor(self.record.color).name())) \
            if self.record.color else palette.color("group.default")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(palette.tint(color, 0.10))
        pen = QPen(palette.SELECTION if self.isSelected() else palette.tint(color, 0.8),
                   3 if self.isSelected() else 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self._rect, 12, 12)
        painter.setPen(palette.color("group.title"))
        painter.setFont(self.font)
        title = painter.fontMetrics().elidedText(public_text(self.scene(), self.record.title),
                                                 Qt.TextElideMode.ElideRight,
                                                 round(self._rect.width() - 32))
        painter.drawText(QRectF(16, 0, self._rect.width() - 32, TITLE_H),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        if self.isSelected():
            g = self.grip_rect()
            painter.setPen(QPen(palette.SELECTION, 2))
            for k in (0.3, 0.6):
                painter.drawLine(QPointF(g.right() - 3, g.top() + g.height() * k),
                                 QPointF(g.left() + g.width() * k, g.bottom() - 3))

    # -- dragging the frame ---------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if event.button() != Qt.MouseButton.LeftButton or scene is None:
            super().mousePressEvent(event)
            return
        scene.clearSelection()
        self.setSelected(True)
        event.accept()
        if not self.host.editable():
            return
        self._press = event.scenePos()
        if self.grip_rect().contains(event.pos()):
            self._resize_from = (self._rect.width(), self._rect.height())
            return
        self._start_pos = self.pos()
        self._carried = self.host.group_card_positions(self.record.id)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        if self._resize_from is not None:
            w, h = self._resize_from
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, max(MIN_SIZE[0], w + delta.x()),
                                max(MIN_SIZE[1], h + delta.y()))
            self.update()
            return
        self.setPos(self._start_pos + delta)
        self.host.shift_cards(self._carried, delta)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        self._press = None
        if self._resize_from is not None:
            old, self._resize_from = self._resize_from, None
            new = (self._rect.width(), self._rect.height())
            if new != old:
                self.host.group_resized(self.record.id, old, new)
            return
        self.host.end_live()
        if delta.manhattanLength() > 0.5:
            self.host.group_dragged(self.record.id, self.pos(), self._carried, delta)
