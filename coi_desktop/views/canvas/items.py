"""The card item: one custom-painted QGraphicsItem per card, with level of detail.

As in Qt's 40000 chips example the detail follows the zoom
(`levelOfDetailFromTransform`): a flat colour when a card is tiny, its title at middle zoom,
kind label, title, description and badges when close. Text is laid out once per content or
font change (`text.py`) and never for more characters than can show; a title too long for
the card at the title size steps down to a smaller size before it is elided, and first to
the largest size at which its longest word fits the card (one extra step, a little smaller,
exists only for that), so a long compound word is not broken; a word too long even then is
broken at a syllable, with a hyphen, rather than shrunk below a legible size. The item holds
a frozen `Card` record from the model and is only moved by the scene following the model, or
by the user's live drag. A card whose item is placed on several canvases carries a marker at
the right of its band: two stacked cards and the number of canvases (`copies`, kept current
by identity.ItemMarkers), in the band's own ink so every theme shows it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from coi_desktop.models import Card

from . import palette
from .text import line_height, static_lines, widest_word, wrap

if TYPE_CHECKING:
    from .style import CardStyle

#: QGraphicsItem::UserType; PySide6's type stubs leave the constant out.
USER_TYPE = 65536
MARGIN = 18.0  # room around the card for the selection ring, badge and link handle
HANDLE_R = 7.0
GRIP = 16.0  # the resize grip's side, in the card's bottom-right corner
FLAT_LOD = 0.22  # below: a flat fill
TITLE_LOD = 0.55  # below: title only
MARKER_RIGHT = 20.0  # the several-canvases marker ends this far from the card's right edge
MARKER_GAP = 6.0  # between the kind label and the marker
#: Made once: Python enum look-ups per item add up when 10,000 cards are built.
_NO_PEN = Qt.PenStyle.NoPen
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class CardItem(QGraphicsRectItem):
    """A card on the canvas (see the module docstring)."""

    Type = USER_TYPE + 1

    def __init__(self, card: Card, style: CardStyle) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self.card = card
        self.style = style
        self.badge = ""
        self.copies = 1  # canvases the card's item is placed on (identity.ItemMarkers)
        self.emphasis: QColor | None = None
        self.found = 0  # 0 no, 1 a match, 2 the current match
        self.hovered = False
        self.targeted = False  # the end of a link being drawn
        self._text: tuple[Any, ...] | None = None  # cached layout, see _layout()
        self._rect = QRectF(0, 0, card.width, card.height)
        self._size = (card.width, card.height)
        # The rect item's C++ boundingRect is the card plus its margin: Qt asks for it
        # several times per item and frame, and a Python override would cost each time.
        self.setRect(self._rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._apply_colors()
        self.setPos(card.x, card.y)
        self.setZValue(1.0)
        # Painted once per zoom level into a pixmap, then blitted by Qt in C++: panning and
        # dragging cost no Python paint calls (see benchmarks/canvas.py).
        self.setCacheMode(_CACHE)
        self.setAcceptHoverEvents(True)

    def type(self) -> int:
        return self.Type

    @property
    def card_id(self) -> str:
        return self.card.id

    def set_card(self, card: Card) -> None:
        """Follow the model's record of this card."""
        old = self.card
        self.card = card
        if (card.width, card.height) != (old.width, old.height):
            self._rect = QRectF(0, 0, card.width, card.height)
            self._size = (card.width, card.height)
            self.setRect(self._rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if (card.x, card.y) != (self.pos().x(), self.pos().y()):
            self.setPos(card.x, card.y)
        self._apply_colors()
        self._text = None
        self.update()

    def _apply_colors(self) -> None:
        c = self.card
        self.accent, self.body, self.flat, self.edge, self.band_ink = palette.card_colors(
            c.kind, c.category, c.color)

    def apply_theme(self) -> None:
        """The theme changed: take its colours (the cached pixmap is dropped by update)."""
        self._apply_colors()
        self._text = None
        self.update()

    def invalidate_text(self) -> None:
        self._text = None
        self.update()

    def set_copies(self, copies: int) -> None:
        """The number of canvases the card's item is on (a marker shows from 2)."""
        if copies != self.copies:
            self.copies = copies
            self.invalidate_text()

    def _marker_size(self) -> tuple[float, float]:
        """(width, glyph side) of the several-canvases marker; width 0 without one."""
        if self.copies < 2:
            return 0.0, 0.0
        s = self.style
        glyph = round(s.band_line * 0.72)
        digits = QFontMetricsF(s.band_font).horizontalAdvance(str(self.copies))
        return glyph * 1.35 + 4 + digits, glyph

    def card_rect(self) -> QRectF:
        """The card's rectangle in item coordinates (without the margin)."""
        return QRectF(self._rect)

    def scene_card_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def card_size(self) -> tuple[float, float]:
        """(width, height) of the card as shown (a resize in progress included)."""
        return self._size

    def handle_rect(self) -> QRectF:
        r = HANDLE_R
        return QRectF(self._rect.right() - r, self._rect.center().y() - r, 2 * r, 2 * r)

    def grip_rect(self) -> QRectF:
        """The resize grip in the card's bottom-right corner (item coordinates)."""
        g = GRIP
        return QRectF(self._rect.right() - g, self._rect.bottom() - g, g, g)

    def preview_size(self, width: float, height: float) -> None:
        """Show the card at another size while it is being resized (text reflows); the
        model's record comes back through `set_card` when the resize is pushed or refused."""
        self.prepareGeometryChange()
        self.card = replace(self.card, width=width, height=height)
        self._rect = QRectF(0, 0, width, height)
        self._size = (width, height)
        self.setRect(self._rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._text = None
        self.update()

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        if self.hovered or self.isSelected():
            path.addEllipse(self.handle_rect())
        return path

    # -- text layout ----------------------------------------------------------------------

    def _layout(self) -> tuple[Any, ...]:
        """(band text, title lines, description lines, footer) for the current style."""
        if self._text is not None and self._text[0] == self.style.generation:
            return self._text
        s, c = self.style, self.card
        width = c.width - 2 * s.pad
        band_h = s.band_height
        footer = s.footer_for(c)
        marked = c.hidden and not s.presentation  # room for the "hidden" marker
        footer_h = line_height(s.small_font) + 2 if footer or marked else 0.0
        avail = c.height - band_h - 2 * s.pad - footer_h
        font, title, title_lh = s.title_font, [], line_height(s.title_font)
        text = s.public(c.title)
        for font in self._title_candidates(width, text):  # the largest showing all of it
            title_lh = line_height(font)
            title = wrap(text, font, width, max(1, int(avail // title_lh)))
            if not title or not title[-1].endswith("…") or text.rstrip().endswith("…"):
                break
        left = avail - len(title) * title_lh - 4
        body_lh = line_height(s.body_font)
        desc = wrap(s.public(c.description), s.body_font, width, int(left // body_lh)) \
            if c.description and left >= body_lh else []
        marker = self._marker_size()[0]
        band_w = width - (marker + MARKER_GAP + MARKER_RIGHT * s.scale if marker else 0.0)
        band = QFontMetricsF(s.band_font).elidedText(s.band_text(c)[:200],
                                                     Qt.TextElideMode.ElideRight, band_w)
        band_st = static_lines([band], s.band_font) if band else []
        footer = QFontMetricsF(s.small_font).elidedText(footer, Qt.TextElideMode.ElideRight,
                                                        width) if footer else ""
        foot_st = static_lines([footer], s.small_font) if footer else []
        self._text = (s.generation, band_st, static_lines(title, font),
                      static_lines(desc, s.body_font), foot_st, font, title_lh)
        return self._text

    def _title_candidates(self, width: float, title: str) -> list[QFont]:
        """Title sizes to try, largest first, from the largest whose every word fits `width`.

        The extra word step (`style.word_fonts`, sizes below the last step) is tried only
        for that; if no size fits the longest word the usual steps are tried and `wrap`
        breaks the word with a hyphen.
        """
        s = self.style
        fonts = s.title_fonts
        for i, font in enumerate(fonts):
            if widest_word(title, font) <= width:
                return fonts[i:]
        for font in s.word_fonts:
            if widest_word(title, font) <= width:
                return [font]
        return fonts

    # -- painting -------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        if lod < FLAT_LOD:
            painter.fillRect(rect, self.flat if not self.isSelected() else palette.SELECTION)
            if self.badge:
                self._paint_badge(painter, lod)
            return
        s = self.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        if lod >= TITLE_LOD:
            painter.setBrush(self._shadow())
            painter.drawRoundedRect(rect.translated(0, 2), 7, 7)
        painter.setBrush(self.body)
        painter.setPen(QPen(self.edge, 1))
        painter.drawRoundedRect(rect, 7, 7)
        painter.setPen(Qt.PenStyle.NoPen)
        band = QRectF(rect.x(), rect.y(), rect.width(), s.band_height)
        painter.setBrush(self.accent)
        painter.save()
        painter.setClipRect(band)
        painter.drawRoundedRect(rect, 7, 7)
        painter.restore()
        layout = self._layout()
        pad = s.pad
        if lod >= TITLE_LOD and layout[1]:
            painter.setPen(self.band_ink)
            painter.setFont(s.band_font)
            painter.drawStaticText(QPointF(pad, (s.band_height - s.band_line) / 2), layout[1][0])
        if lod >= TITLE_LOD and self.copies > 1:
            self._paint_marker(painter)
        y = s.band_height + pad - 2
        painter.setPen(palette.INK)
        painter.setFont(layout[5])
        self._draw_lines(painter, layout[2], pad, y, layout[6])
        if lod >= TITLE_LOD:
            y += len(layout[2]) * layout[6] + 4
            painter.setPen(palette.MUTED_INK)
            painter.setFont(s.body_font)
            self._draw_lines(painter, layout[3], pad, y, line_height(s.body_font))
            if layout[4]:
                painter.setFont(s.small_font)
                painter.drawStaticText(
                    QPointF(pad, rect.bottom() - pad + 2 - line_height(s.small_font)), layout[4][0])
        self._paint_state(painter, lod)

    @staticmethod
    def _shadow() -> QColor:
        shadow = QColor(palette.color("card.shadow"))
        shadow.setAlpha(round(palette.current().size("card.shadow_alpha")))
        return shadow

    @staticmethod
    def _draw_lines(painter: QPainter, lines: list[QStaticText], x: float, y: float,
                    step: float) -> None:
        for st in lines:
            painter.drawStaticText(QPointF(x, y), st)
            y += step

    def _paint_state(self, painter: QPainter, lod: float) -> None:
        rect = self._rect
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.card.hidden and not self.style.presentation:
            pen = QPen(palette.MUTED_INK, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 7, 7)
            if lod >= TITLE_LOD:
                self._paint_hidden_marker(painter)
        if self.emphasis is not None:
            painter.setPen(QPen(self.emphasis, 6))
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 10, 10)
        if self.found:
            painter.setPen(QPen(palette.FIND, 4 if self.found == 1 else 8))
            painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 11, 11)
        if self.targeted:
            painter.setPen(QPen(palette.SELECTION, 5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 11, 11)
        if self.isSelected():
            painter.setPen(QPen(palette.SELECTION, palette.current().size("line.selection")))
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 10, 10)
        if (self.hovered or self.isSelected()) and self.style.editable and lod >= TITLE_LOD:
            painter.setPen(QPen(palette.color("handle.ring"), 2))
            painter.setBrush(palette.SELECTION)
            painter.drawEllipse(self.handle_rect())
            self._paint_grip(painter)
        if self.badge:
            self._paint_badge(painter, lod)

    def _paint_marker(self, painter: QPainter) -> None:
        """Two stacked cards and the number of canvases, at the band's right end (clear of
        the vote badge's circle on the corner)."""
        s = self.style
        width, g = self._marker_size()
        right = self._rect.right() - MARKER_RIGHT * s.scale
        top = self._rect.top() + (s.band_height - g * 1.35) / 2
        left = right - width
        step = g * 0.35
        painter.setPen(QPen(self.band_ink, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(left + step, top, g, g), 2, 2)
        painter.setBrush(self.accent)
        painter.drawRoundedRect(QRectF(left, top + step, g, g), 2, 2)
        painter.setFont(s.band_font)
        painter.drawText(QRectF(left + g * 1.35 + 4, self._rect.top(), width, s.band_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(self.copies))

    def _paint_grip(self, painter: QPainter) -> None:
        """Three short diagonals in the corner: "drag here to resize"."""
        g = self.grip_rect()
        painter.setPen(QPen(palette.SELECTION, 1.6))
        for k in (0.25, 0.5, 0.75):
            painter.drawLine(QPointF(g.right() - 2, g.top() + g.height() * k),
                             QPointF(g.left() + g.width() * k, g.bottom() - 2))

    def _paint_hidden_marker(self, painter: QPainter) -> None:
        s = self.style
        text = s.hidden_text
        font = s.small_font
        painter.setFont(font)
        w = painter.fontMetrics().horizontalAdvance(text) + 12
        h = line_height(font) + 4
        box = QRectF(self._rect.right() - w - 5, self._rect.bottom() - h - 5, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color("card.hidden.fill"))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(palette.color("card.hidden.text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_badge(self, painter: QPainter, lod: float) -> None:
        s = self.style
        r = 15.0 * s.scale
        if lod < FLAT_LOD:
            r = max(r, 8.0 / max(lod, 0.01))  # keep votes readable on a zoomed-out board
        centre = QPointF(self._rect.right() - 2, self._rect.top() + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color("badge.text"), 2))
        painter.setBrush(QBrush(palette.color("badge.fill")))
        painter.drawEllipse(centre, r, r)
        font = QFont(s.title_font)
        font.setPixelSize(max(8, round(r * 1.05)))
        painter.setFont(font)
        painter.setPen(palette.color("badge.text"))
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
                         Qt.AlignmentFlag.AlignCenter, self.badge)

    # -- hover (the link handle shows on a hovered card) ----------------------------------

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
