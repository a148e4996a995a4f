"""The dialog of *Workshop → Barriers from earlier workshops…*: technology, phase, how many.

Technology and phase start at the workshop's own focus; the workshop's labels (in its
language) name them. "Any" leaves a filter out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)


class SeedDialog(QDialog):
    """Choose what to seed (see the module docstring)."""

    def __init__(self, parent: QWidget | None, workshop: Any, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("library.seed_dialog")
        self.setWindowTitle(self.tr("Barriers from earlier workshops"))
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "The barriers raised in the most earlier workshops go on a barrier board, marked "
            "“from earlier workshops”, for the room to confirm or discard."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.tech = QComboBox(self)
        self.tech.setObjectName("library.seed.technology")
        self.phase_box = QComboBox(self)
        self.phase_box.setObjectName("library.seed.phase")
        info = workshop.info
        for box, taxonomy, current in ((self.tech, "technology", info.technology),
                                       (self.phase_box, "phase", info.phase)):
            box.addItem(self.tr("Any"), "")
            for term in workshop.terms_of(taxonomy):
                box.addItem(term.label(language), term.key)
            box.setCurrentIndex(max(0, box.findData(current)))
        self.number = QSpinBox(self)
        self.number.setObjectName("library.seed.count")
        self.number.setRange(1, 30)
        self.number.setValue(8)
        form.addRow(self.tr("&Technology:"), self.tech)
        form.addRow(self.tr("&Phase:"), self.phase_box)
        form.addRow(self.tr("&Number of barriers:"), self.number)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def technology(self) -> str:
        return str(self.tech.currentData() or "")

    def phase(self) -> str:
        return str(self.phase_box.currentData() or "")

    def count(self) -> int:
        return int(self.number.value())
