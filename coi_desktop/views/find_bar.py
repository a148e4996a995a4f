"""The find bar (Ctrl+F): highlight matching cards, step through them, filter the canvas.

It drives the current canvas view's find/filter API; switching tabs moves the search to the
new board. The filter by kind, category or tag dims every card that does not match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from ..models.taxonomy import CARD_KINDS

if TYPE_CHECKING:
    from ..models.workshop import Workshop
    from .canvas import CanvasView


class FindBar(QWidget):
    """Search field, next/previous, and kind/category/tag filters."""

    closed = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.setObjectName("find_bar")
        self._view: CanvasView | None = None
        self._language = "en"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("find.text")
        self.text.setClearButtonEnabled(True)
        self.label.setBuddy(self.text)
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.UpArrow)
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.DownArrow)
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        self.filter_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("find.kind")
        self.category = QComboBox(self)
        self.category.setObjectName("find.category")
        self.tag = QComboBox(self)
        self.tag.setObjectName("find.tag")
        self.close_button = QToolButton(self)
        self.close_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        # the search text gets the room (it was squeezed to ~60 px beside the filters)
        self.text.setMinimumWidth(160)
        for combo in (self.kind, self.category, self.tag):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 3)
        for w in (self.previous, self.next, self.count):
            layout.addWidget(w)
        layout.addSpacing(16)
        layout.addWidget(self.filter_label)
        for combo in (self.kind, self.category, self.tag):
            layout.addWidget(combo, 1)
        layout.addWidget(self.close_button)
        self.text.textChanged.connect(self._search)
        self.text.returnPressed.connect(self.find_next)
        self.next.clicked.connect(self.find_next)
        self.previous.clicked.connect(self.find_previous)
        for combo in (self.kind, self.category, self.tag):
            combo.activated.connect(self._apply_filter)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()

    # -- driving the view -----------------------------------------------------------------

    def set_view(self, view: CanvasView | None) -> None:
        """Move the search and filter to another board."""
        if self._view is not None and self._view is not view:
            try:
                self._view.clear_find()
                self._view.clear_filter()
            except RuntimeError:  # the old view is already gone
                pass
        self._view = view
        if self.isVisible():
            self._search()
            self._apply_filter()

    def open_bar(self, language: str) -> None:
        self._language = language
        self.refresh_choices()
        self.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        self._search()

    def close_bar(self) -> None:
        if self._view is not None:
            self._view.clear_find()
            self._view.clear_filter()
        for combo in (self.kind, self.category, self.tag):
            combo.setCurrentIndex(0)
        self.hide()
        self.closed.emit()

    def find_next(self) -> None:
        if self._view is not None and self.text.text().strip():
            self._view.find_next()

    def find_previous(self) -> None:
        if self._view is not None and self.text.text().strip():
            self._view.find_previous()

    def _search(self) -> None:
        if self._view is None:
            return
        text = self.text.text().strip()
        if not text:
            self._view.clear_find()
            self.count.setText("")
            return
        found = self._view.find(text)
        self.count.setText(self.tr("%1 found").replace("%1", str(len(found))) if found
                           else self.tr("Nothing found"))

    def _apply_filter(self) -> None:
        if self._view is None:
            return
        kind = self.kind.currentData() or None
        category = self.category.currentData() or None
        tag = self.tag.currentData() or None
        if kind or category or tag:
            self._view.set_filter(kind=kind, category=category, tag=tag)
        else:
            self._view.clear_filter()

    # -- choices ----------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        w, lang = self.workshop, self._language
        self._fill(self.kind, self.tr("All kinds"),
                   [(k, w.terms.label("card_kind", k, lang)) for k in CARD_KINDS])
        self._fill(self.category, self.tr("All categories"),
                   [(t.key, t.label(lang)) for t in w.terms.of("category")])
        tags = sorted({t for c in w.cards.values() for t in c.tags}, key=str.casefold)
        self._fill(self.tag, self.tr("All tags"), [(t, t) for t in tags])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, "")
        for key, label in items:
            combo.addItem(label, key)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))

    # -- Qt -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Fi&nd:"))
        self.text.setPlaceholderText(self.tr("Words on the cards"))
        self.text.setAccessibleName(self.tr("Find cards"))
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next.setToolTip(self.tr("Next match (F3)"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.filter_label.setText(self.tr("Show only:"))
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        if self.isVisible():
            self.refresh_choices()
