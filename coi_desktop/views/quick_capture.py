"""Quick capture: type a card, press Enter, type the next.

A text field under the canvas tabs. Enter adds a card of the chosen kind beside the previous
one (the canvas view places it) and clears the field, ready for the next. Pasting several
lines creates one card per line, as one undo step. Escape hands the keyboard to the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..models.taxonomy import CARD_KINDS


class CaptureLine(QLineEdit):
    """A line edit that hands over multi-line pastes instead of flattening them."""

    lines_pasted = Signal(str)
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if len([line for line in text.splitlines() if line.strip()]) > 1:
                self.lines_pasted.emit(text)
                return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class QuickCapture(QWidget):
    """Kind chooser + text field + Add button; emits `capture(kind, text)`."""

    capture = Signal(str, str)
    kind_chosen = Signal(str)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_capture")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        self.label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("quick_capture.kind")
        self.line = CaptureLine(self)
        self.line.setObjectName("quick_capture.text")
        self.line.setClearButtonEnabled(True)
        self.add = QPushButton(self)
        self.add.setObjectName("quick_capture.add")
        self.label.setBuddy(self.line)
        layout.addWidget(self.label)
        layout.addWidget(self.kind)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.add)
        self._kind_names: dict[str, str] = {}
        self.line.returnPressed.connect(self._submit)
        self.add.clicked.connect(self._submit)
        self.line.lines_pasted.connect(self._submit_text)
        self.line.escaped.connect(self.escaped)
        self.kind.activated.connect(
            lambda i: self.kind_chosen.emit(self.kind.itemData(i) or CARD_KINDS[0]))
        self.retranslate()

    def set_kind_names(self, names: dict[str, str]) -> None:
        """Labels of the kinds in the interface language (workshop labels)."""
        current = self.current_kind()
        self._kind_names = dict(names)
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in CARD_KINDS:
            self.kind.addItem(names.get(kind, kind), kind)
        self.kind.blockSignals(False)
        if current:
            self.set_kind(current)

    def current_kind(self) -> str:
        return str(self.kind.currentData() or "")

    def set_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0 and index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def _submit(self) -> None:
        text = self.line.text()
        if text.strip():
            self._submit_text(text)

    def _submit_text(self, text: str) -> None:
        self.capture.emit(self.current_kind() or CARD_KINDS[0], text)

    def clear(self) -> None:
        self.line.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Quick capture:"))
        self.line.setPlaceholderText(self.tr(
            "Type a card and press Enter; paste several lines for several cards"))
        self.line.setAccessibleName(self.tr("Quick capture text"))
        self.kind.setAccessibleName(self.tr("Kind of the new card"))
        self.kind.setToolTip(self.tr("Kind of the new card (Alt+1 … Alt+5)"))
        self.add.setText(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add the card"))
