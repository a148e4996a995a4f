"""The legend dock: what the colours on the canvas mean.

Card kinds and barrier categories with the same colours the canvas paints (read from
`views.canvas.palette`, so the two never disagree), labelled with the workshop's own labels
in the interface language, plus a note on links and dimmed cards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...models.events import Change
from ...models.taxonomy import CARD_KINDS
from .. import theming
from .outline import swatch

if TYPE_CHECKING:
    from ..surface import WindowSurface


def _colours() -> tuple[object, object]:
    from ..canvas import palette

    # kind_color, not the KIND_COLORS dict: that holds only the theme's own kinds, and a
    # kind the registry adds must show the colour the canvas paints it in
    return palette.kind_color, palette.category_color


class LegendDock(QDockWidget):
    """Colours by kind and by barrier category."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.widget())
        self.window_ = window
        self.workshop = window.workshop
        self._restyle = QTimer(self, singleShot=True, interval=0)
        self._restyle.timeout.connect(self.rebuild)
        self.setObjectName("dock.legend")
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(10, 8, 10, 8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.setWidget(scroll)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.rebuild)
        self.workshop.subscribe(self._on_change)
        self.retranslate()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("terms_changed", "info_updated"):
            self._timer.start()

    def detach(self) -> None:
        self.workshop.unsubscribe(self._on_change)

    def rebuild(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            layout = item.layout() if item is not None else None
            if widget is not None:
                widget.deleteLater()
            elif layout is not None:
                while layout.count():
                    child = layout.takeAt(0)
                    inner = child.widget() if child is not None else None
                    if inner is not None:
                        inner.deleteLater()
                layout.deleteLater()
        kind_color, category_color = _colours()
        lang = self.window_.language()
        self._section(self.tr("Card kinds"),
                      [(kind_color(k).name(),  # type: ignore[operator]
                        self.workshop.terms.label("card_kind", k, lang))
                       for k in CARD_KINDS])
        self._section(self.tr("Barrier categories"),
                      [(category_color(t.key).name(), t.label(lang))  # type: ignore[operator]
                       for t in self.workshop.terms.of("category")])
        note = QLabel(self.tr("A barrier takes the colour of its category. Dimmed cards do "
                              "not match the current filter; highlighted ones match the "
                              "search."), self.body)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {theming.muted_text_colour()};")
        self.column.addWidget(note)
        self.column.addStretch(1)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        heading = QLabel(title, self.body)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.column.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for row, (colour, label) in enumerate(rows):
            chip = QLabel(self.body)
            chip.setPixmap(swatch(colour, 14).pixmap(14, 14))
            chip.setAccessibleName(colour)
            text = QLabel(label, self.body)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(chip, row, 0)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        self.column.addLayout(grid)
        self.column.addSpacing(8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in theming.PALETTE_EVENTS and hasattr(self, "_restyle"):
            self._restyle.start()  # a new theme: its colours (a child timer dies with us)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Legend"))
        self.rebuild()
