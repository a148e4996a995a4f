"""The minimap: the whole board in small in a corner of the canvas, with the part on screen
framed. A click or a drag in it moves the view there.

It shows only when the view does not show the whole board and its cards (then there is
somewhere to go); it stays out of a presentation view. The board and the cards are drawn
once into a pixmap, again only when cards change or the minimap's size does; each paint
adds just the frame of what the view shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from . import palette
from .navigation import Navigation
from .scene import CanvasScene

SIZE = QSize(220, 150)
MARGIN = 12


class Minimap(QWidget):
    """The whole canvas in small (see the module docstring)."""

    def __init__(self, parent: QWidget, scene: CanvasScene, navigation: Navigation) -> None:
        super().__init__(parent)
        self.setObjectName("canvasMinimap")
        self.setAccessibleName(self.tr("Minimap"))
        self.setToolTip(self.tr("The whole canvas: click or drag to move the view"))
        self.scene = scene
        self.navigation = navigation
        self.setFixedSize(SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._picture: QPixmap | None = None
        self._area = QRectF()  # the scene rect the minimap shows
        scene.cards_changed.connect(self.invalidate)
        parent.installEventFilter(self)  # follow the view's size
        palette.watch(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def apply_theme(self) -> None:
        self.invalidate()

    def invalidate(self) -> None:
        self._picture = None
        self.follow()

    def follow(self) -> None:
        """Show (and redraw) when the view does not hold the whole canvas; else hide."""
        content = self.navigation.content_rect()
        needed = not self.navigation.ctx.presentation and \
            not self.navigation.visible_rect().contains(content)
        area = self.navigation.view.viewport().geometry()  # the view's drawing area
        self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)
        if content != self._area:
            self._area, self._picture = content, None
        self.setVisible(needed)
        if needed:
            self.raise_()
            self.update()

    # -- geometry -------------------------------------------------------------------------

    def _scale(self) -> float:
        area = self._area
        if area.isEmpty():
            return 1.0
        return min((self.width() - 8) / area.width(), (self.height() - 8) / area.height())

    def to_map(self, point: QPointF) -> QPointF:
        s = self._scale()
        area = self._area
        return QPointF((point.x() - area.left()) * s, (point.y() - area.top()) * s) + self._offset()

    def to_scene(self, point: QPointF) -> QPointF:
        s = self._scale()
        area = self._area
        p = point - self._offset()
        return QPointF(area.left() + p.x() / s, area.top() + p.y() / s)

    def _offset(self) -> QPointF:
        """Where the scaled area's top-left sits: centred in the minimap."""
        s, area = self._scale(), self._area
        return QPointF((self.width() - area.width() * s) / 2,
                       (self.height() - area.height() * s) / 2)

    def _map_rect(self, rect: QRectF) -> QRectF:
        return QRectF(self.to_map(rect.topLeft()), self.to_map(rect.bottomRight()))

    # -- painting -------------------------------------------------------------------------

    def _draw_picture(self) -> QPixmap:
        picture = QPixmap(self.size())
        picture.fill(QColor(0, 0, 0, 0))
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Opaque: a card's text under a see-through map showed through its own little cards.
        background, board = QColor(palette.CANVAS_BACKGROUND), QColor(palette.BOARD)
        background.setAlpha(255)
        board.setAlpha(255)
        painter.setPen(QPen(palette.BOARD_LINE, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1), 6, 6)
        painter.setBrush(board)
        painter.drawRect(self._map_rect(self.scene.board.board_rect()))
        painter.setPen(Qt.PenStyle.NoPen)
        # One scale and offset for all cards, and one drawRects per colour: mapping each
        # card through to_map (a QPointF per corner) took a third of a second at 10,000.
        s, offset, area = self._scale(), self._offset(), self._area
        ox, oy = offset.x() - area.left() * s, offset.y() - area.top() * s
        # The item's place as two floats and its size from the rectangle it keeps (no
        # QRectF per card in between): the same rectangles at half the cost. Only a
        # presentation hides cards, and it shows no minimap.
        by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
        presentation = self.scene.presentation
        for item in self.scene.cards.values():
            if presentation and not item.isVisible():
                continue
            size = item.card_size()
            rects = by_colour.setdefault(item.flat.rgba(), (item.flat, []))[1]
            rects.append(QRectF(item.x() * s + ox, item.y() * s + oy, size[0] * s,
                                size[1] * s))
        for colour, rects in by_colour.values():
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.end()
        return picture

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._picture is None or self._picture.size() != self.size():
            self._picture = self._draw_picture()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.SELECTION, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._map_rect(self.navigation.visible_rect()).intersected(
            QRectF(1, 1, self.width() - 2, self.height() - 2)))
        painter.end()

    # -- moving the view ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.go_to(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.go_to(event.position())
            event.accept()

    def go_to(self, point: QPointF) -> None:
        """Centre the view on the scene point under `point` (minimap coordinates)."""
        self.navigation.view.centerOn(self.to_scene(point))
        self.update()
