"""The inline title editor: a plain-text box laid over a card (F2 or double-click).

Enter commits (Shift+Enter starts a new line), Escape cancels, leaving the box commits. The
editor only reports the text; the view turns it into one undo command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from . import palette

#: Smallest editor and text: at a board-wide zoom a card is ~50 px wide on screen.
MIN_SIZE = (260, 96)
MIN_FONT_PX = 13


def readable_rect(card: QRect, bounds: QRect) -> QRect:
    """`card`, grown around its centre to at least MIN_SIZE and kept inside `bounds`."""
    width, height = max(card.width(), MIN_SIZE[0]), max(card.height(), MIN_SIZE[1])
    if (width, height) == (card.width(), card.height()):
        return card
    rect = QRect(0, 0, width, height)
    rect.moveCenter(card.center())
    if bounds.width() >= width:
        rect.moveLeft(min(max(rect.left(), bounds.left()), bounds.right() - width + 1))
    if bounds.height() >= height:
        rect.moveTop(min(max(rect.top(), bounds.top()), bounds.bottom() - height + 1))
    return rect


class TitleEditor(QPlainTextEdit):
    """Edits one card's title in place; calls `on_done(text or None)` exactly once."""

    def __init__(self, parent: QWidget, card_id: str, text: str, font: QFont, rect: QRect,
                 on_done: Callable[[str, str | None], None]) -> None:
        super().__init__(parent)
        self.card_id = card_id
        self._on_done = on_done
        self._finished = False
        self.setObjectName("cardTitleEditor")
        self.setAccessibleName(self.tr("Card title"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        if 0 < font.pixelSize() < MIN_FONT_PX:  # zoomed far out: still readable while typing
            font = QFont(font)
            font.setPixelSize(MIN_FONT_PX)
        self.setFont(font)
        self.setPlainText(text)
        self.selectAll()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        t = palette.current()
        self.setStyleSheet(
            f"QPlainTextEdit#cardTitleEditor {{ background: {t.color('editor.background')};"
            f" border: 2px solid {t.color('editor.border')}; border-radius: 6px;"
            f" color: {t.color('editor.text')}; }}")
        self.setGeometry(readable_rect(rect, parent.rect()))
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = self.toPlainText().strip() if commit else None
        self.hide()
        self._on_done(self.card_id, text)
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish(False)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)
