"""The table of recurring-item proposals: accept, reject, reopen, rename.

Rows come from the consolidated database's `proposals` view. Editing the Name cell renames
the item; the buttons record a decision for the selected rows. The Why? column and the pane
below the table say why the titles were grouped (`similarity.explain_titles`): the words they
share, the words only one has, the place names left out, each variant against the title that
leads the group. Every decision goes through
`services.consolidation.decide`, which stores it in the database's `decisions` table (so it
survives re-runs) and applies it at once.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.models.registry import ACTION, ACTOR, BARRIER, OPPORTUNITY
from coi_desktop.views.kinds import kind_label

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME_COLUMN = 1
VARIANTS_COLUMN = 6
WHY_COLUMN = 7


class ProposalsPanel(QWidget):
    """Proposals of one consolidated database (see the module docstring)."""

    failed = Signal(object)  # an exception the window shows
    decided = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Path | None = None
        self._loading = False
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # Said instead of an empty table: why there is nothing to review (yet).
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self._has_database = False
        self.table = QTableWidget(0, 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_why)
        # why the selected proposal's titles were grouped, variant by variant
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setObjectName("consolidation.why")
        self._members: dict[str, list[tuple[str, float]]] = {}
        self.accept_button = QPushButton()
        self.reject_button = QPushButton()
        self.reopen_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self.decide_selected("accepted"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("rejected"))
        self.reopen_button.clicked.connect(lambda: self.decide_selected("proposed"))
        self.kind_filter = QComboBox()
        self.undecided_only = QCheckBox()
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.undecided_only.toggled.connect(self._apply_filter)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.kind_filter)
        buttons.addWidget(self.undecided_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Similar cards from different workshops are proposed as one item. Accept or "
            "reject a proposal, or double-click its name to rename it. Decisions are kept in "
            "the database and survive new runs."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Name"), self.tr("Status"), self.tr("Similarity"),
            self.tr("Workshops"), self.tr("Cards"), self.tr("Variants"), self.tr("Why?")])
        self.accept_button.setText(self.tr("Accept"))
        self.reject_button.setText(self.tr("Reject"))
        self.reopen_button.setText(self.tr("Undecide"))
        self.undecided_only.setText(self.tr("Undecided only"))
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in (BARRIER, OPPORTUNITY, ACTOR, ACTION):
            self.kind_filter.addItem(self._kind(kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current or "")))
        self.kind_filter.blockSignals(False)
        self._update_empty()
        if self.database is not None:
            self.load(self.database)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind(self, kind: str) -> str:
        return kind_label(kind)

    def _status(self, status: str) -> str:
        return {"proposed": self.tr("proposed"), "accepted": self.tr("accepted"),
                "rejected": self.tr("rejected")}.get(status, status)

    def load(self, database: Path | None) -> None:
        """Show the proposals of `database` (nothing when it does not exist yet)."""
        self.database = database
        self._has_database = False
        rows: list[sqlite3.Row] = []
        if database is not None and database.is_file():
            from ...models.errors import CoiError
            from ...services.consolidation.stats import open_readonly

            try:
                conn = open_readonly(database)
            except CoiError:  # not (yet) a consolidated database: the run will say so
                conn = None
            if conn is not None:
                conn.row_factory = sqlite3.Row
                try:
                    rows = conn.execute("SELECT * FROM proposals").fetchall()
                    members = conn.execute(
                        "SELECT v.item_key, v.variant, v.score FROM canonical_variants AS v "
                        "JOIN canonical_items AS i ON i.item_key = v.item_key "
                        "WHERE i.n_variants > 1 ORDER BY v.item_key, v.score DESC, v.variant"
                    ).fetchall()
                finally:
                    conn.close()
                self._members = {}
                for key, variant, score in members:
                    self._members.setdefault(key, []).append((variant, score))
                self._has_database = True
        self._loading = True
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            variants = json.loads(r["variants"] or "[]")
            values = [self._kind(r["kind"]), r["name"], self._status(r["status"]),
                      f"{r['score']:.0f} %", r["n_workshops"], r["n_cards"],
                      " | ".join(variants), self._why_short(r["item_key"], variants)]
            for col, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if col != NAME_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(KEY_ROLE, r["item_key"])
                if col == VARIANTS_COLUMN:
                    item.setToolTip("\n".join(variants))
                if col == WHY_COLUMN:
                    item.setToolTip(self.why_text(r["item_key"], variants))
                self.table.setItem(i, col, item)
            self._item(i, 2).setData(Qt.ItemDataRole.UserRole + 1, r["status"])
            self._item(i, 0).setData(Qt.ItemDataRole.UserRole + 1, r["kind"])
        self._loading = False
        self._apply_filter()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(NAME_COLUMN, min(self.table.columnWidth(NAME_COLUMN), 320))
        # The variants fill the rest of the row (elided, all of them in the tooltip) instead
        # of pushing the table into a horizontal scroll.
        self.table.setColumnWidth(VARIANTS_COLUMN, 220)
        self._update_buttons()
        self._update_empty()
        self._show_why()

    # -- why two titles were grouped ----------------------------------------------------------

    def _pairs(self, key: str, variants: list[str]) -> list[tuple[str, str, Any]]:
        """(leader, variant, explanation) for each other variant of a proposal: the leader
        is the title the group formed around (score 100; for a rejected group, the first)."""
        from ...services.consolidation.similarity import explain_titles

        members = [v for v, _ in self._members.get(key, [])] or list(variants)
        if not members:
            return []
        leader = members[0]
        return [(leader, v, explain_titles(leader, v)) for v in members[1:]]

    def _why_short(self, key: str, variants: list[str]) -> str:
        """One line for the table: the weakest pair (the one worth checking)."""
        pairs = self._pairs(key, variants)
        if not pairs:
            return ""
        _, _, why = min(pairs, key=lambda p: p[2].score)
        shared = ", ".join(why.shared) or self.tr("(none)")
        differs = ", ".join(dict.fromkeys(why.only_a + why.only_b))
        if why.negation_differs:
            return self.tr("One says “not”, the other does not")
        if differs:
            return self.tr("Shared: %1 · differs: %2").replace("%1", shared).replace(
                "%2", differs)
        return self.tr("Shared: %1").replace("%1", shared)

    def why_text(self, key: str, variants: list[str]) -> str:
        """Every variant against the leader, one paragraph each (the pane and the tooltip)."""
        lines = []
        for leader, variant, why in self._pairs(key, variants):
            line = [self.tr("“%1” and “%2”: %3 % alike.").replace("%1", leader).replace(
                "%2", variant).replace("%3", f"{why.score:.0f}")]
            if why.negation_differs:
                line.append(self.tr("One says “not”, the other does not: such titles are "
                                    "never grouped."))
            line.append(self.tr("Shared words: %1.").replace(
                "%1", ", ".join(why.shared) or self.tr("(none)")))
            for title, only in ((leader, why.only_a), (variant, why.only_b)):
                if only:
                    line.append(self.tr("Only in “%1”: %2.").replace("%1", title).replace(
                        "%2", ", ".join(only)))
            if why.ignored:
                line.append(self.tr("Place names, not compared: %1.").replace(
                    "%1", ", ".join(why.ignored)))
            lines.append(" ".join(line))
        return "\n".join(lines)

    def _show_why(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()
                       if not self.table.isRowHidden(i.row())})
        if len(rows) != 1:
            self.why.setText(self.tr("Select a proposal to see why its titles were grouped.")
                             if self.table.rowCount() else "")
            return
        item = self._item(rows[0], VARIANTS_COLUMN)
        variants = item.toolTip().split("\n") if item.toolTip() else []
        self.why.setText(self.tr("Why these titles were grouped:") + "\n"
                         + self.why_text(item.data(KEY_ROLE), variants))

    def _update_empty(self) -> None:
        """Show a sentence instead of an empty table: before a run, or when nothing is similar."""
        if self._has_database:
            self.empty.setText(self.tr(
                "No groupings to review: no two card titles from different workshops were "
                "similar without being identical."))
        else:
            self.empty.setText(self.tr(
                "No proposals yet. Add workshop files or folders and press Consolidate."))
        empty = self.table.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.why.setVisible(not empty)

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData() or ""
        undecided = self.undecided_only.isChecked()
        for row in range(self.table.rowCount()):
            hide = (bool(kind) and self._item(row, 0).data(Qt.ItemDataRole.UserRole + 1) != kind
                    ) or (undecided and self.status_of(row) != "proposed")
            self.table.setRowHidden(row, hide)

    def visible_keys(self) -> list[str]:
        return [self._item(i, 0).data(KEY_ROLE) for i in range(self.table.rowCount())
                if not self.table.isRowHidden(i)]

    def keys(self) -> list[str]:
        """Item keys of the rows, top to bottom."""
        return [self._item(i, 0).data(KEY_ROLE) for i in range(self.table.rowCount())]

    def status_of(self, row: int) -> str:
        return str(self._item(row, 2).data(Qt.ItemDataRole.UserRole + 1))

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedItems()
                       if not self.table.isRowHidden(i.row())})
        return [self._item(r, 0).data(KEY_ROLE) for r in rows]

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _update_buttons(self) -> None:
        has = bool(self.selected_keys()) and self.database is not None
        for b in (self.accept_button, self.reject_button, self.reopen_button):
            b.setEnabled(has)

    def decide_selected(self, status: str) -> None:
        self._decide([(key, status, None) for key in self.selected_keys()])

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != NAME_COLUMN:
            return
        self._decide([(item.data(KEY_ROLE), None, str(item.text()))])

    def _decide(self, decisions: list[tuple[str, str | None, str | None]]) -> None:
        if self.database is None or not decisions:
            return
        from PySide6.QtGui import QGuiApplication

        from ...services.consolidation import decide
        from ...services.consolidation.database import connect

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            conn = connect(self.database)
            try:
                for key, status, name in decisions:
                    decide(conn, key, status, name)
            finally:
                conn.close()
        except Exception as exc:
            self.failed.emit(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.load(self.database)
        self.decided.emit()
