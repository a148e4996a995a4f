"""The preview of a sign-up list before it is imported.

Every row of the file is shown with what it will become and what is wrong with it. A list
with problem rows imports nothing until the facilitator ticks "skip the rows with problems";
the import itself is one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands.room import AddParticipants
from ...models import CoiError
from ...services.participants_import import ImportPreview, preview_file
from .common import language, run_command

BAD_ROW = QColor("#fde0dc")


class ImportDialog(QDialog):
    """Shows an `ImportPreview`; Import adds the chosen participants as one command."""

    def __init__(self, window: Any, preview: ImportPreview, source: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.preview = preview
        self.lang = language(window)
        self.setWindowTitle(self.tr("Import participants") + (f": {source}" if source else ""))
        self.resize(900, 480)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Name"), self.tr("Organisation"), self.tr("Sector"),
            self.tr("Role"), self.tr("E-mail"), self.tr("Consent"), self.tr("Problems")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.skip = QCheckBox(self.tr("Skip the rows with problems and import the rest"), self)
        self.skip.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self._fill()

    @classmethod
    def for_file(cls, window: Any, path: str, parent: QWidget | None = None
                 ) -> ImportDialog | None:
        """The dialog for a file, or None after showing why the file cannot be read."""
        try:
            preview = preview_file(path, window.workshop)
        except CoiError as exc:
            window.show_error(exc)
            return None
        return cls(window, preview, Path(path).name, parent)

    def _fill(self) -> None:
        ws = self.window_.workshop
        rows = self.preview.rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            p = row.participant
            cells = [str(row.line), row.values.get("name", ""), p.organisation,
                     ws.terms.label("sector", p.sector, self.lang) if p.sector
                     else row.values.get("sector", ""),
                     ws.terms.label("role", p.role, self.lang) if p.role
                     else row.values.get("role", ""),
                     p.email, self.tr("yes") if p.consent else self.tr("no"),
                     " ".join(problem.text(self.lang) for problem in row.problems)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if not row.ok:
                    item.setBackground(QBrush(BAD_ROW))
                self.table.setItem(n, col, item)
        good, bad = len(self.preview.good_rows), len(self.preview.bad_rows)
        text = (self.tr("1 participant ready to import.") if good == 1
                else self.tr("%1 participants ready to import.").replace("%1", str(good)))
        if bad == 1:
            text += " " + self.tr("1 row has problems (marked in red): nothing is imported "
                                  "until you fix the file or choose to skip it.")
        elif bad:
            text += " " + self.tr("%1 rows have problems (marked in red): nothing is imported "
                                  "until you fix the file or choose to skip them."
                                  ).replace("%1", str(bad))
        if self.preview.encoding:  # what the file was read as, so a wrong guess is seen
            text += " " + self.tr("Read as %1.").replace("%1", self.preview.encoding)
        if self.preview.ignored_headers:
            text += " " + self.tr("Columns not used: %1.").replace(
                "%1", ", ".join(self.preview.ignored_headers))
        self.summary.setText(text)
        self.skip.setVisible(bool(bad))
        self._update_button()

    def _update_button(self) -> None:
        bad = bool(self.preview.bad_rows)
        self.import_button.setEnabled(bool(self.preview.good_rows)
                                      and (not bad or self.skip.isChecked()))

    def do_import(self) -> None:
        try:
            people = self.preview.participants(skip_bad=self.skip.isChecked())
        except CoiError as exc:
            self.window_.show_error(exc)
            return
        if not people:
            return
        text = self.tr("Import %1 participants").replace("%1", str(len(people)))
        if run_command(self.window_, AddParticipants(self.window_.workshop, people, text)):
            self.accept()
