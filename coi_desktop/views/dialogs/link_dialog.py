"""Edit a link: its relation type and an optional label.

The relation list holds only the types the kinds of the two cards allow (the registry's
rules, in the workshop's own order and names): a barrier and an actor are never offered
"addresses". A link from an older file whose type the rules refuse keeps it, shown with a
note, until another type is chosen.
"""

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
from ...models.registry import REGISTRY
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
        for key in workshop.links.allowed(link.source_id, link.target_id):
            self.relation.addItem(workshop.terms.label("relation", key, language), key)
        if self.relation.findData(link.relation) < 0:
            current = workshop.terms.label("relation", link.relation, language)
            if not REGISTRY.allows(link.relation, source.kind, target.kind, link.directed):
                current = self.tr("%1 (not allowed for these cards)").replace("%1", current)
            self.relation.addItem(current, link.relation)
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
