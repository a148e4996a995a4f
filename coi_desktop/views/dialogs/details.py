"""Workshop details and the workshop's own taxonomies, in one dialog with two tabs.

Details: title, purpose, date, place, facilitator, organiser, language, technology and phase
focus, retention date, facilitator notes. Taxonomies: the editable lists (sectors, roles,
barrier categories, phases, technologies, relation types) with Danish and English labels;
entries can be renamed, hidden and added, never deleted (cards keep their keys). OK turns
the edits into at most two undo commands (`commands()`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.taxonomy import EDITABLE_TAXONOMIES, Term
from ...models.workshop import Workshop

TEXT_FIELDS = ("title", "location", "facilitator", "organiser")
DATE_FIELDS = ("date", "retention_date")


class WorkshopDetailsDialog(QDialog):
    """See the module docstring."""

    def __init__(self, workshop: Workshop, language: str, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.lang = language
        self.read_only = read_only
        self.setWindowTitle(self.tr("Workshop details"))
        self.setObjectName("details_dialog")
        self.resize(620, 560)
        column = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        column.addWidget(self.tabs)
        self.tabs.addTab(self._details_page(), self.tr("&Details"))
        self.tabs.addTab(self._taxonomy_page(), self.tr("Ta&xonomies"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.setWordWrap(True)
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    # -- details ----------------------------------------------------------------------------

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        info = self.workshop.info
        self.edits: dict[str, Any] = {}
        labels = {"title": self.tr("&Title:"), "purpose": self.tr("Pur&pose:"),
                  "date": self.tr("Dat&e:"), "location": self.tr("Pla&ce:"),
                  "facilitator": self.tr("&Facilitator:"), "organiser": self.tr("&Organiser:"),
                  "language": self.tr("Lan&guage of the workshop:"),
                  "technology": self.tr("Tec&hnology focus:"),
                  "phase": self.tr("Pha&se focus:"),
                  "retention_date": self.tr("Delete pe&rsonal data after:"),
                  "notes": self.tr("Facilitator &notes:")}
        for name, label in labels.items():
            value = getattr(info, name)
            widget: Any
            if name in ("purpose", "notes"):
                widget = QPlainTextEdit(page)
                widget.setPlainText(value)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
                widget.setReadOnly(self.read_only)
            elif name in ("language", "technology", "phase"):
                widget = QComboBox(page)
                if name == "language":
                    widget.addItem("Dansk", "da")
                    widget.addItem("English", "en")
                else:
                    widget.addItem("—", "")
                    for term in self.workshop.terms.of(name):
                        widget.addItem(term.label(self.lang), term.key)
                widget.setCurrentIndex(max(widget.findData(value), 0))
                widget.setEnabled(not self.read_only)
            else:
                widget = QLineEdit(value, page)
                widget.setReadOnly(self.read_only)
                if name in DATE_FIELDS:
                    widget.setPlaceholderText(self.tr("YYYY-MM-DD"))
            widget.setObjectName(f"details.{name}")
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            self.edits[name] = widget
        return page

    def info_changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, widget in self.edits.items():
            if isinstance(widget, QPlainTextEdit):
                value: Any = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                value = widget.currentData() or ""
            else:
                value = widget.text().strip()
            if value != getattr(self.workshop.info, name):
                changes[name] = value
        return changes

    # -- taxonomies -------------------------------------------------------------------------

    def _taxonomy_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.taxonomy = QComboBox(page)
        self.taxonomy.setObjectName("details.taxonomy")
        names = {"sector": self.tr("Sectors"), "role": self.tr("Actor roles"),
                 "category": self.tr("Barrier categories"), "phase": self.tr("Phases"),
                 "technology": self.tr("Technologies"),
                 "relation": self.tr("Relation types")}
        for key in EDITABLE_TAXONOMIES:
            self.taxonomy.addItem(names.get(key, key), key)
        label = QLabel(self.tr("&List:"), page)
        label.setBuddy(self.taxonomy)
        self.taxonomy.setAccessibleName(self.tr("Taxonomy"))
        row.addWidget(label)
        row.addWidget(self.taxonomy, 1)
        self.add_button = QPushButton(self.tr("&Add entry"), page)
        self.add_button.setEnabled(not self.read_only)
        row.addWidget(self.add_button)
        column.addLayout(row)
        self.table = QTableWidget(0, 3, page)
        self.table.setObjectName("details.terms")
        self.table.setHorizontalHeaderLabels([self.tr("Danish"), self.tr("English"),
                                              self.tr("Hidden")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # the two label columns share the width; "Hidden" keeps its size (it was cut off)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Entries of the list"))
        column.addWidget(self.table, 1)
        hint = QLabel(self.tr("Entries cannot be deleted, because cards may use them: hide "
                              "an entry to take it out of the choices."), page)
        hint.setWordWrap(True)
        column.addWidget(hint)
        self._terms: dict[str, list[Term]] = {
            key: self.workshop.terms.of(key, include_hidden=True) for key in EDITABLE_TAXONOMIES}
        self._shown = ""
        self.taxonomy.currentIndexChanged.connect(self._show_taxonomy)
        self.add_button.clicked.connect(self._add_entry)
        self._show_taxonomy()
        return page

    def _show_taxonomy(self) -> None:
        self._collect()
        key = str(self.taxonomy.currentData())
        self._shown = key
        terms = self._terms[key]
        self.table.setRowCount(len(terms))
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            editable |= Qt.ItemFlag.ItemIsEditable
        for row, term in enumerate(terms):
            for col, text in enumerate((term.da, term.en)):
                item = QTableWidgetItem(text)
                item.setFlags(editable)
                item.setToolTip(term.key)
                self.table.setItem(row, col, item)
            hidden = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled
            if not self.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            hidden.setFlags(flags)
            hidden.setCheckState(Qt.CheckState.Checked if term.hidden else Qt.CheckState.Unchecked)
            self.table.setItem(row, 2, hidden)

    def _collect(self) -> None:
        """Read the table back into `_terms` for the taxonomy shown."""
        if not self._shown:
            return
        terms = self._terms[self._shown]
        for row, term in enumerate(terms):
            da, en, hidden = (self.table.item(row, c) for c in range(3))
            if da is None or en is None or hidden is None:
                continue
            terms[row] = replace(term, da=da.text().strip(), en=en.text().strip(),
                                 hidden=hidden.checkState() == Qt.CheckState.Checked)

    def _add_entry(self) -> None:
        self._collect()
        key = self._shown
        terms = self._terms[key]
        taken = {t.key for t in terms}
        n = 1
        while f"custom_{n}" in taken:
            n += 1
        label = self.tr("New entry")
        terms.append(Term(key, f"custom_{n}", label, label,
                          max((t.position for t in terms), default=-1) + 1))
        self._show_taxonomy()
        self.table.setCurrentCell(len(terms) - 1, 0 if self.lang == "da" else 1)
        self.table.editItem(self.table.currentItem())

    def term_changes(self) -> list[Term]:
        self._collect()
        changed = []
        for terms in self._terms.values():
            for term in terms:
                if self.workshop.terms.get((term.taxonomy, term.key)) != term:
                    changed.append(term)
        return changed

    # -- result -----------------------------------------------------------------------------

    def set_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def accept(self) -> None:
        if self.read_only:
            super().reject()
            return
        problem = self._problem()
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    def _problem(self) -> str:
        changes = self.info_changes()
        if "title" in changes and not changes["title"]:
            return self.tr("A workshop needs a title.")
        for name in DATE_FIELDS:
            value = changes.get(name, "")
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    return self.tr("Write dates as YYYY-MM-DD, for example 2025-03-14.")
        for term in self.term_changes():
            if not (term.da or term.en):
                return self.tr("Every entry needs a label in Danish or English.")
        return ""

    def commands(self) -> list[Any]:
        from ...commands.workshop import set_terms_command, update_info_command

        result: list[Any] = []
        changes = self.info_changes()
        if changes:
            result.append(update_info_command(self.workshop, changes))
        terms = self.term_changes()
        if terms:
            result.append(set_terms_command(self.workshop, terms))
        return result


