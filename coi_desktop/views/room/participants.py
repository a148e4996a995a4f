"""The roster: who is in the room, present or absent, and who may be named.

A dock with one row per participant (present and consent are tick boxes in the table), an
editor dialog, and the import of a sign-up list (see import_dialog.py). Every change is one
undo command; the table redraws from the model's change events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands.room import AddParticipants, RemoveParticipants, UpdateParticipant
from ...models import Change, Participant, Workshop, new_id
from ..docks.lazy import LazyDock
from .common import language, run_command

COLUMNS = ("present", "name", "organisation", "sector", "role", "email", "consent")
TAXONOMY_FIELDS = ("sector", "role")


class ParticipantDialog(QDialog):
    """Add or edit one participant."""

    def __init__(self, workshop: Workshop, lang: str, participant: Participant | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant") if participant else self.tr("New participant"))
        p = participant or Participant("", "")
        self.name = QLineEdit(p.name, self)
        self.organisation = QLineEdit(p.organisation, self)
        self.email = QLineEdit(p.email, self)
        self.sector = self._combo(workshop, "sector", p.sector, lang)
        self.role = self._combo(workshop, "role", p.role, lang)
        self.consent = QCheckBox(self.tr("May be named in the report and on the projector"), self)
        self.consent.setChecked(p.consent)
        self.present = QCheckBox(self.tr("Present"), self)
        self.present.setChecked(p.present)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.consent)
        form.addRow("", self.present)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(self._check)
        self._check()

    def _combo(self, workshop: Workshop, taxonomy: str, value: str, lang: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("", "")
        for term in workshop.terms.of(taxonomy):
            combo.addItem(term.label(lang), term.key)
        if value and combo.findData(value) < 0:  # a hidden entry still in use
            combo.addItem(workshop.terms.label(taxonomy, value, lang), value)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def fields(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "organisation": self.organisation.text().strip(),
                "sector": self.sector.currentData() or "", "role": self.role.currentData() or "",
                "email": self.email.text().strip(), "consent": self.consent.isChecked(),
                "present": self.present.isChecked()}


class ParticipantsDock(LazyDock):
    """The roster dock (its table is made when first shown: views/docks/lazy.py)."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room.participants")
        self.window_ = window
        self.workshop: Workshop = window.workshop
        self._filling = False
        self.read_only = False
        self.workshop.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self.workshop.unsubscribe(self._on_change))
        self.retranslate()

    def build_content(self) -> None:
        body = QWidget(self)
        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in (COLUMNS.index("present"), COLUMNS.index("consent")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.count = QLabel(body)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.add_button = QPushButton(body)
        self.edit_button = QPushButton(body)
        self.remove_button = QPushButton(body)
        self.import_button = QPushButton(body)
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_file)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            b.setEnabled(not self.read_only)
        self.retranslate()  # the texts, and fills the table

    # -- drawing --------------------------------------------------------------------------

    def lang(self) -> str:
        return language(self.window_)

    def _on_change(self, change: Change) -> None:
        ups, gone = change.of_type(Participant)
        if ups or gone or change.kind == "terms_changed":
            self.refresh()

    def participants(self) -> list[Participant]:
        return sorted(self.workshop.participants.values(),
                      key=lambda p: (p.name.casefold(), p.organisation.casefold()))

    def refresh(self) -> None:
        if not self.built:
            return  # filled when first shown
        lang = self.lang()
        people = self.participants()
        selected = set(self.selected_ids())
        self._filling = True
        try:
            self.table.setRowCount(len(people))
            for row, p in enumerate(people):
                for col, name in enumerate(COLUMNS):
                    value = getattr(p, name)
                    item = QTableWidgetItem()
                    item.setData(Qt.ItemDataRole.UserRole, p.id)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if isinstance(value, bool):
                        item.setFlags(flags if self.read_only
                                      else flags | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(Qt.CheckState.Checked if value
                                           else Qt.CheckState.Unchecked)
                    else:
                        item.setFlags(flags)
                        text = self.workshop.terms.label(name, value, lang) \
                            if name in TAXONOMY_FIELDS and value else value
                        item.setText(text)
                    self.table.setItem(row, col, item)
                if p.id in selected:
                    self.table.selectRow(row)
        finally:
            self._filling = False
        present = sum(p.present for p in people)
        self.count.setText(self.tr("Participants (%1 present of %2)")
                           .replace("%1", str(present)).replace("%2", str(len(people))))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Participants"))
        if not self.built:
            return
        self.table.setHorizontalHeaderLabels([
            self.tr("Present"), self.tr("Name"), self.tr("Organisation"), self.tr("Sector"),
            self.tr("Role"), self.tr("E-mail"), self.tr("Consent")])
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import list…"))
        self.import_button.setToolTip(self.tr("Import a sign-up list (CSV or Excel)"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only: the roster can be read, not changed."""
        self.read_only = read_only
        if not self.built:
            return  # the buttons follow when they are made
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            b.setEnabled(not read_only)
        self.refresh()

    # -- actions --------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = []
        for row in rows:
            item = self.table.item(row, 1)
            if item is not None:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        name = COLUMNS[item.column()]
        pid = item.data(Qt.ItemDataRole.UserRole)
        if name not in ("present", "consent") or pid not in self.workshop.participants:
            return
        value = item.checkState() == Qt.CheckState.Checked
        if getattr(self.workshop.participants[pid], name) == value:
            return
        text = (self.tr("Mark present") if value else self.tr("Mark absent")) \
            if name == "present" else self.tr("Change consent")
        if not run_command(self.window_, UpdateParticipant(self.workshop, pid,
                                                           {name: value}, text)):
            self.refresh()

    def add_participant(self) -> None:
        dialog = ParticipantDialog(self.workshop, self.lang(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            person = Participant(new_id(), **dialog.fields())
            run_command(self.window_, AddParticipants(self.workshop, [person],
                                                      self.tr("Add participant")))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        person = self.workshop.participants[ids[0]]
        dialog = ParticipantDialog(self.workshop, self.lang(), person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields = {k: v for k, v in dialog.fields().items() if getattr(person, k) != v}
            if fields:
                run_command(self.window_, UpdateParticipant(self.workshop, person.id, fields,
                                                            self.tr("Edit participant")))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            run_command(self.window_, RemoveParticipants(self.workshop, ids,
                                                         self.tr("Remove participants")))

    def import_file(self, path: str | None = None) -> None:
        from .import_dialog import ImportDialog

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import participants"), "",
                self.tr("Participant lists (*.csv *.xlsx *.txt);;All files (*)"))
        if not path:
            return
        dialog = ImportDialog.for_file(self.window_, path, self)
        if dialog is not None:
            dialog.exec()
