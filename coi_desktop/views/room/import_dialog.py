"""The preview of a sign-up list before it is imported.

Every row of the file is shown with what it will become and what is wrong with it. What the
import read into the text is shown in the cell itself ("Kommunen → Kommune", "Freelancer →
Andet (as written)", the sector read from the organisation's name), in italics, so nothing is
changed silently; the summary counts it and names the file's encoding. A list with problem
rows (no name, a broken e-mail, a duplicate) imports nothing until the facilitator ticks
"skip the rows with problems"; the import itself, with the "Other" entries it adds to the
workshop's taxonomies, is one undo step.

The file is read in a worker thread (`views.worker.run_with_progress`: a progress dialog
with Cancel appears when reading takes a while); the rows are checked against the workshop
in the GUI thread. A cancelled or refused read shows no preview and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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

from ...commands.base import Step, WorkshopCommand
from ...commands.room import AddParticipants
from ...models import CoiError, Participant, Workshop
from ...models.taxonomy import Term
from ...services import participants_import
from ...services.participants_import import ImportPreview, ImportRow, Mapping, preview_table
from ..worker import run_with_progress
from .common import language

BAD_ROW = QColor("#fde0dc")
#: Widest a column grows to its contents (px); longer text is elided and shown on hover, so
#: the Problems column stays on screen.
MAX_COLUMN_PX = 250


class ImportDialog(QDialog):
    """Shows an `ImportPreview`; Import adds the chosen participants as one command."""

    def __init__(self, window: Any, preview: ImportPreview, source: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.preview = preview
        self.lang = language(window)
        self.setWindowTitle(self.tr("Import participants") + (f": {source}" if source else ""))
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1500, int(screen.width() * 0.92)) if screen else 1280,
                    min(800, int(screen.height() * 0.85)) if screen else 720)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Name"), self.tr("Organisation"), self.tr("Sector"),
            self.tr("Role"), self.tr("E-mail"), self.tr("Consent"), self.tr("Problems")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.skip = QCheckBox(self.tr("Skip the rows with problems and import the rest"), self)
        self.skip.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)  # Enter imports (once Import is enabled)
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
        """The dialog for a file, or None after showing why the file cannot be read (or
        when the user cancelled the reading)."""
        name = Path(path).name

        def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
                ) -> Any:  # reading only: the workshop is not touched in the thread
            return participants_import.read_file(
                path, progress=lambda done, total: progress(done, total, name),
                cancelled=cancelled)

        reading = QCoreApplication.translate("ImportDialog", "Reading %1…").replace("%1", name)
        outcome = run_with_progress(
            parent or window, job, name="import.progress", label=reading,
            title=QCoreApplication.translate("ImportDialog", "Import participants"))
        if outcome.cancelled:
            status = getattr(window, "show_status", None)
            if callable(status):
                status(QCoreApplication.translate(
                    "ImportDialog", "The import was cancelled; nothing was changed."))
            return None
        if outcome.error is not None:  # refused: one sentence (anything else: crash log)
            window.show_error(outcome.error)
            return None
        try:
            preview = preview_table(outcome.value, window.workshop)
        except CoiError as exc:
            window.show_error(exc)
            return None
        return cls(window, preview, name, parent)

    def _fill(self) -> None:
        # The rows that need a decision first (a 40-row list hides its last rows), then the
        # rest in file order; the Row column keeps the file's line numbers.
        rows = sorted(self.preview.rows, key=lambda r: r.ok)
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            for col, (text, mapped) in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)  # the whole text of an elided cell
                if mapped:  # read into, not copied: italics
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                if not row.ok:
                    item.setBackground(QBrush(BAD_ROW))
                    item.setForeground(QBrush(QColor("#1F2430")))  # dark on the light red
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), MAX_COLUMN_PX))
        self.summary.setText(self._summary())
        self.skip.setVisible(bool(self.preview.bad_rows))
        self._update_button()

    def _cells(self, row: ImportRow) -> list[tuple[str, bool]]:
        p = row.participant
        found = {m.field: m for m in row.mappings}
        consent = self.tr("yes") if p.consent else self.tr("no")
        if "consent" in found:
            consent = self.tr("no (“%1” is not a yes)").replace(
                "%1", found["consent"].written)
        return [(str(row.line), False), (row.values.get("name", ""), False),
                (p.organisation, False),
                (self._taxonomy_cell("sector", p.sector, found.get("sector")),
                 "sector" in found),
                (self._taxonomy_cell("role", p.role, found.get("role")), "role" in found),
                (p.email, False), (consent, "consent" in found),
                (" ".join(problem.text(self.lang) for problem in row.problems), False)]

    def _taxonomy_cell(self, taxonomy: str, key: str, mapping: Mapping | None) -> str:
        if not key:
            return ""
        if mapping is None:
            return self._label(taxonomy, key)
        if mapping.how == "other":
            return self.tr("%1 → Other (kept as written)").replace("%1", mapping.written)
        label = self._label(taxonomy, key)
        if mapping.how == "organisation":
            return self.tr("%1 (from the organisation “%2”)").replace(
                "%1", label).replace("%2", mapping.written)
        return f"{mapping.written} → {label}"

    def _label(self, taxonomy: str, key: str) -> str:
        ws: Workshop = self.window_.workshop
        term = next((t for t in self.preview.new_terms
                     if (t.taxonomy, t.key) == (taxonomy, key)), None)
        return term.label(self.lang) if term else ws.terms.label(taxonomy, key, self.lang)

    def _summary(self) -> str:
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
        mapped = sum(1 for r in self.preview.rows for m in r.mappings if m.how != "other")
        kept = sum(1 for r in self.preview.rows for m in r.mappings if m.how == "other")
        if mapped:
            text += " " + self.tr("Read into the workshop's sectors and roles: %1 (in italics, "
                                  "with →).").replace("%1", str(mapped))
        if kept:
            text += " " + self.tr("Kept as written under “Other” (fit no sector or role): "
                                  "%1.").replace("%1", str(kept))
        if self.preview.encoding:  # what the file was read as, so a wrong guess is seen
            text += " " + self.tr("Read as %1.").replace("%1", self.preview.encoding)
        if self.preview.ignored_headers:
            text += " " + self.tr("Columns not used: %1.").replace(
                "%1", ", ".join(self.preview.ignored_headers))
        return text

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
        command = import_command(self.window_.workshop, people,
                                 self.preview.terms_for(people), text)
        if self.window_.push(command):  # the window's one push path (as run_command)
            self.accept()


def import_command(workshop: Workshop, people: list[Participant], terms: list[Term],
                   text: str) -> WorkshopCommand:
    """One undo step: the "Other" entries the people use, then the people. Undo hides the
    entries again (keys never vanish, commands/workshop.py) and removes the people."""
    if not terms:
        return AddParticipants(workshop, people, text)
    before = [workshop.terms.get((t.taxonomy, t.key)) or replace(t, hidden=True)
              for t in terms]
    ids = [p.id for p in people]
    return WorkshopCommand(workshop, text, [
        Step(lambda: workshop.terms.put(terms), lambda _r: workshop.terms.put(before)),
        Step(lambda: workshop.participants.add(people),
             lambda _r: workshop.participants.remove(ids))])
