"""A label for the wall's header that never pushes the timer off the screen.

A plain QLabel asks for the whole width of its text: a long Danish slide title ("Barrierer i
hjemmeplejen · Kompetencer og kapacitet  (6/12)") made the header wider than the wall, so
the timer was cut to "5" and the slide's right column fell off the screen. `FitLabel` keeps
its font (the size the back row reads), wraps the text over at most `max_lines` lines and
elides only what still does not fit; `text()` stays the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .text import wrap


class FitLabel(QLabel):
    """Wraps its text to `max_lines` lines of its width, then elides (see module docstring)."""

    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._count = 1
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def lines(self, width: float | None = None) -> list[str]:
        """The lines shown at `width` (default: the label's own)."""
        w = self.contentsRect().width() if width is None else width
        return wrap(self.text(), self.font(), max(w, 5.0), self.max_lines)

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        count = max(1, len(self.lines(width - m.left() - m.right())))
        return round(count * self._line_height()) + m.top() + m.bottom() + 2

    def minimumSizeHint(self) -> QSize:
        return QSize(0, round(self._line_height()) + 2)

    def sizeHint(self) -> QSize:
        width = round(QFontMetricsF(self.font()).horizontalAdvance(self.text())) + 4
        return QSize(width, self.heightForWidth(max(width, 1)))

    def setText(self, text: str) -> None:
        super().setText(text)
        self._refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        count = max(1, len(self.lines()))
        if count != self._count:  # one line more or less: the header takes a new height
            self._count = count
            self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        metrics = QFontMetricsF(self.font())
        y = rect.top() + metrics.ascent()
        for line in self.lines():
            painter.drawText(QPointF(rect.left(), y), line)
            y += metrics.lineSpacing()
        painter.end()
