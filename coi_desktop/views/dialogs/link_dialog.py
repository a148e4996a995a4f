"""Edit a link: its relation type (from the workshop's own list) and an optional label."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...models.entities import Link
from ...models.taxonomy import is_directed
from ...models.workshop import Workshop


class LinkDialog(QDialog):
    def __init__(self, workshop: Workshop, link: Link, language: str, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setWindowTitle(self.tr("Link"))
        form = QFormLayout(self)
        source = workshop.cards.require(link.source_id)
        target = workshop.cards.require(link.target_id)
        self.relation = QComboBox(self)
        self.relation.setObjectName("link.relation")
        for term in workshop.terms.of("relation"):
            self.relation.addItem(term.label(language), term.key)
        if self.relation.findData(link.relation) < 0:
            self.relation.addItem(workshop.terms.label("relation", link.relation, language),
                                  link.relation)
        self.relation.setCurrentIndex(self.relation.findData(link.relation))
        self.relation.setEnabled(not read_only)
        self.label = QLineEdit(link.label, self)
        self.label.setObjectName("link.label")
        self.label.setReadOnly(read_only)
        self.setMinimumWidth(440)
        # both titles, whole and wrapped (a one-line box showed the tail of the second one)
        self.ends = QLabel(f"{_short(source.title)}\n→  {_short(target.title)}", self)
        self.ends.setObjectName("link.ends")
        self.ends.setTextFormat(Qt.TextFormat.PlainText)  # card text is data, never markup
        self.ends.setWordWrap(True)
        form.addRow(self.tr("Cards:"), self.ends)
        form.addRow(self.tr("&Relation:"), self.relation)
        form.addRow(self.tr("&Label:"), self.label)
        self.relation.setAccessibleName(self.tr("Relation"))
        self.label.setAccessibleName(self.tr("Label"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.relation.setFocus()

    def changes(self) -> dict[str, Any]:
        relation = str(self.relation.currentData())
        label = self.label.text().strip()
        fields: dict[str, Any] = {}
        if relation != self.link.relation:
            fields["relation"] = relation
            fields["directed"] = is_directed(relation)
        if label != self.link.label:
            fields["label"] = label
        return fields


def _short(title: str, limit: int = 120) -> str:
    """A title on one line, cut at `limit` characters (a card may hold 10,000)."""
    flat = " ".join(title.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
