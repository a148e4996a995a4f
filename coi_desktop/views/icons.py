"""Small line icons drawn with QPainter, so the toolbar looks the same on every platform.

Each icon is a few strokes in one colour on a 24×24 grid (rendered at 2× for high-DPI
screens); no image files to ship or platform theme to depend on. The ink follows the app's
own theme (light, dark, high contrast: `views.theming`), so icons stay visible on a dark
toolbar; widgets fetch their icons again when the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

INK = QColor("#2b3440")
ACCENT = QColor("#1f6fb2")
#: (ink, accent) by theme; light is INK and ACCENT above.
INKS = {"light": ("#2b3440", "#1f6fb2"), "dark": ("#DCE2EA", "#8CC4FF"),
        "high_contrast": ("#FFFFFF", "#FFFF00")}

Painter = Callable[[QPainter], None]


def _plus(p: QPainter, cx: float, cy: float, r: float) -> None:
    p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))


def _new(p: QPainter) -> None:
    p.drawPolyline(QPolygonF([QPointF(14, 3), QPointF(5, 3), QPointF(5, 21), QPointF(19, 21),
                              QPointF(19, 8), QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)]))
    p.setPen(QPen(ACCENT, 2))
    _plus(p, 12, 14.5, 3.5)


def _open(p: QPainter) -> None:
    p.drawPolyline(QPolygonF([QPointF(3, 19), QPointF(3, 5), QPointF(9, 5), QPointF(11, 7),
                              QPointF(18, 7), QPointF(18, 10)]))
    p.drawPolygon(QPolygonF([QPointF(3, 19), QPointF(7, 10), QPointF(22, 10), QPointF(18, 19)]))


def _arrow(reverse: bool) -> Painter:
    def draw(p: QPainter) -> None:
        if reverse:
            p.translate(24, 0)
            p.scale(-1, 1)
        path = QPainterPath(QPointF(9, 6))
        path.lineTo(4, 11)
        path.lineTo(9, 16)
        p.drawPath(path)
        arc = QPainterPath(QPointF(4.5, 11))
        arc.cubicTo(QPointF(14, 11), QPointF(21, 11), QPointF(19, 20))
        p.drawPath(arc)
    return draw


def _card(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 5, 14, 11), 2, 2)
    p.setPen(QPen(ACCENT, 2))
    _plus(p, 18, 17, 4)


def _link(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2, 3, 8, 6), 1.5, 1.5)
    p.drawRoundedRect(QRectF(14, 15, 8, 6), 1.5, 1.5)
    p.setPen(QPen(ACCENT, 2))
    p.drawLine(QPointF(8, 9), QPointF(16, 15))


def _find(p: QPainter) -> None:
    p.drawEllipse(QPointF(10, 10), 6, 6)
    p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20))


def _zoom(sign: str) -> Painter:
    def draw(p: QPainter) -> None:
        _find(p)
        p.drawLine(QPointF(7, 10), QPointF(13, 10))
        if sign == "+":
            p.drawLine(QPointF(10, 7), QPointF(10, 13))
    return draw


def _fit(p: QPainter) -> None:
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cy = 12 - 8 * sx, 12 - 8 * sy
        p.drawPolyline(QPolygonF([QPointF(cx, cy + 5 * sy), QPointF(cx, cy),
                                  QPointF(cx + 5 * sx, cy)]))
    p.drawRect(QRectF(8, 9, 8, 6))


def _delete(p: QPainter) -> None:
    p.drawLine(QPointF(4, 6), QPointF(20, 6))
    p.drawLine(QPointF(9, 6), QPointF(10, 3))
    p.drawLine(QPointF(10, 3), QPointF(14, 3))
    p.drawLine(QPointF(14, 3), QPointF(15, 6))
    p.drawPolyline(QPolygonF([QPointF(6, 6), QPointF(7.5, 21), QPointF(16.5, 21),
                              QPointF(18, 6)]))


def _group(p: QPainter) -> None:
    pen = p.pen()
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawRoundedRect(QRectF(2, 3, 20, 18), 2, 2)
    p.setPen(QPen(INK, 1.6))
    p.drawRect(QRectF(5, 9, 6, 5))
    p.drawRect(QRectF(13, 12, 6, 5))


def _canvas(p: QPainter) -> None:
    p.drawRect(QRectF(3, 4, 18, 15))
    p.drawLine(QPointF(3, 8), QPointF(21, 8))
    p.setPen(QPen(ACCENT, 2))
    _plus(p, 12, 13.5, 3)


def _info(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 12), 9, 9)
    p.drawLine(QPointF(12, 11), QPointF(12, 17))
    p.drawPoint(QPointF(12, 7.5))


_PAINTERS: dict[str, Painter] = {
    "new": _new, "open": _open, "undo": _arrow(False), "redo": _arrow(True), "card": _card,
    "link": _link, "find": _find, "zoom_in": _zoom("+"), "zoom_out": _zoom("-"), "fit": _fit,
    "delete": _delete, "group": _group, "canvas": _canvas, "info": _info,
}


def icon(name: str) -> QIcon:
    """The named icon in the current theme's ink (an empty icon for an unknown name)."""
    from .theming import current_theme

    return _icon(name, current_theme())


@cache
def _icon(name: str, theme: str) -> QIcon:
    global INK, ACCENT
    draw = _PAINTERS.get(name)
    if draw is None:
        return QIcon()
    ink, accent = INKS.get(theme, INKS["light"])
    INK, ACCENT = QColor(ink), QColor(accent)  # the painters read ACCENT while drawing
    result = QIcon()
    for size in (24, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(size / 24, size / 24)
        p.setPen(QPen(INK, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        draw(p)
        p.end()
        result.addPixmap(pixmap)
        disabled = QPixmap(pixmap.size())
        disabled.fill(Qt.GlobalColor.transparent)
        q = QPainter(disabled)
        q.setOpacity(0.35)
        q.drawPixmap(0, 0, pixmap)
        q.end()
        result.addPixmap(disabled, QIcon.Mode.Disabled)
    return result
