"""Library suggestions under a text field, offered while a facilitator types.

`SuggestionHelper(field, provider)` watches a QLineEdit or QPlainTextEdit through an event
filter. A short pause after a keystroke asks `provider(text)` for entries (a library search:
a few milliseconds at 50,000 entries, see benchmarks/library.py, so it runs in the GUI
thread after the pause instead of paying for a thread hand-off on every key) and shows them
in a small list under the field (above it when there is no room below). The list is a child
widget of the field's window that never takes focus: the keyboard stays in the field.
*Tab* or a click takes the highlighted suggestion (the field gets its name and `taken`
is emitted with the entry), *Down*/*Up* move the highlight, *Escape* closes the list (and only
then reaches the field on the next press). Without suggestions every key behaves as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...services.library import Entry

Provider = Callable[[str], list["Entry"]]


class SuggestionList(QFrame):
    """The list shown under the field; never takes the focus."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("library.suggestions")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(lambda item: self.clicked.emit(self.list.row(item)))
        layout.addWidget(self.list)
        self.hide()

    def show_entries(self, rows: list[str]) -> None:
        self.list.clear()
        for text in rows:
            QListWidgetItem(text, self.list)
        self.list.setCurrentRow(0)
        height = self.list.sizeHintForRow(0) * min(len(rows), 6) + 6
        self.list.setFixedHeight(max(height, 24))
        self.adjustSize()


class SuggestionHelper(QObject):
    """Suggestions from `provider` for `field` (see the module docstring)."""

    taken = Signal(object)  # the Entry
    shown = Signal(int)  # how many suggestions are on screen (0: hidden)

    def __init__(self, field: QLineEdit | QPlainTextEdit, provider: Provider,
                 describe: Callable[[Entry], str] | None = None, delay_ms: int = 40) -> None:
        super().__init__(field)
        self.field = field
        self.provider = provider
        self.describe = describe or (lambda e: e.name)
        self.entries: list[Entry] = []
        self.enabled = True
        self._setting = False  # our own setText: no new search
        self.popup = SuggestionList(field.window())
        self.popup.clicked.connect(self.take)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.refresh)
        field.installEventFilter(self)
        if isinstance(field, QLineEdit):
            field.textEdited.connect(self._on_edited)
        else:
            field.textChanged.connect(self._on_edited)

    # -- text ------------------------------------------------------------------------------------

    def text(self) -> str:
        f = self.field
        return f.text() if isinstance(f, QLineEdit) else f.toPlainText()

    def _set_text(self, text: str) -> None:
        self._setting = True
        try:
            if isinstance(self.field, QLineEdit):
                self.field.setText(text)
            else:
                self.field.setPlainText(text)
                cursor = self.field.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                self.field.setTextCursor(cursor)
        finally:
            self._setting = False

    def _on_edited(self, *_: Any) -> None:
        if self._setting:
            return
        if not self.field.hasFocus():  # a value shown by the program, not typed
            self.hide()
            return
        self._timer.start()

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask the provider for the current text and show what it found (or hide)."""
        if not self.enabled or not self.field.hasFocus():
            self.hide()
            return
        text = self.text()
        try:
            found = self.provider(text) if text.strip() else []
        except Exception:
            found = []
        found = [e for e in found if e.name.casefold() != text.strip().casefold()]
        self.entries = found
        if not found:
            self.hide()
            return
        self.popup.show_entries([self.describe(e) for e in found])
        self._place()
        self.popup.show()
        self.popup.raise_()
        self.shown.emit(len(found))

    def _place(self) -> None:
        window = self.field.window()
        below = self.field.mapTo(window, QPoint(0, self.field.height()))
        width = max(self.field.width(), 320)
        self.popup.setFixedWidth(min(width, window.width()))
        height = self.popup.sizeHint().height()
        y = below.y()
        if y + height > window.height():  # no room below (quick capture): above the field
            y = self.field.mapTo(window, QPoint(0, 0)).y() - height
        x = min(below.x(), max(0, window.width() - self.popup.width()))
        self.popup.move(x, max(0, y))

    def hide(self) -> None:
        if self.popup.isVisible():
            self.popup.hide()
            self.shown.emit(0)
        self.entries = []

    def visible(self) -> bool:
        return self.popup.isVisible() and bool(self.entries)

    # -- taking ----------------------------------------------------------------------------------

    def take(self, row: int | None = None) -> Entry | None:
        """Put the highlighted (or `row`) suggestion into the field; emits `taken`."""
        if not self.entries:
            return None
        index = self.popup.list.currentRow() if row is None else row
        entry = self.entries[max(0, min(index, len(self.entries) - 1))]
        self._set_text(entry.name)
        self.hide()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.taken.emit(entry)
        return entry

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and self.visible() and isinstance(event, QKeyEvent):
                key = event.key()
                if key == Qt.Key.Key_Tab:
                    self.take()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    step = 1 if key == Qt.Key.Key_Down else -1
                    row = (self.popup.list.currentRow() + step) % len(self.entries)
                    self.popup.list.setCurrentRow(row)
                    return True
                if key == Qt.Key.Key_Escape:
                    self.hide()
                    return True
            elif kind == QEvent.Type.ShortcutOverride and self.visible() and isinstance(
                    event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
                event.accept()  # Escape closes the list before any shortcut sees it
                return True
            elif kind == QEvent.Type.FocusOut:
                QTimer.singleShot(150, self._hide_unless_focused)  # a click on the list first
            elif kind in (QEvent.Type.Resize, QEvent.Type.Move) and self.visible():
                self._place()
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.field.hasFocus():
            self.hide()
