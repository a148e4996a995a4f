"""Full-text search over every card of the consolidated database (its FTS5 index).

The words typed are turned into a safe query (`stats.fts_query`): every word must occur in
the card's title or description, the last one as a prefix, so results follow the typing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.views.kinds import kind_label


class SearchPanel(QWidget):
    """A search field and the matching cards (title, kind, workshop, file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Path | None = None
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search)
        self.count = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search card titles and descriptions"))
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Kind"),
                                              self.tr("Workshop"), self.tr("File")])
        self.search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_database(self, database: Path | None) -> None:
        self.database = database
        self.search()

    def _kind(self, kind: str) -> str:
        return kind_label(kind)

    def search(self) -> None:
        rows: list[tuple[object, ...]] = []
        text = self.field.text()
        if self.database is not None and self.database.is_file() and text.strip():
            from ...models.errors import CoiError
            from ...services.consolidation.stats import open_readonly, search_cards

            try:
                conn = open_readonly(self.database)
            except CoiError:
                conn = None
            if conn is not None:
                try:
                    rows = search_cards(conn, text)
                finally:
                    conn.close()
        self.table.setRowCount(len(rows))
        for i, (title, kind, workshop, source, description) in enumerate(rows):
            for col, value in enumerate((title, self._kind(str(kind)), workshop, source)):
                item = QTableWidgetItem(str(value or ""))
                if col == 0 and description:
                    item.setToolTip(str(description)[:2000])
                self.table.setItem(i, col, item)
        if not text.strip():
            self.count.setText("")
        elif self.database is None or not self.database.is_file():
            self.count.setText(self.tr("Consolidate first: the search looks in the "
                                       "consolidated database."))
        else:
            self.count.setText(self.tr("%n cards found", "", len(rows)))
