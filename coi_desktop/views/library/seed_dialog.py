"""Choosing what to seed from the library: the dialog of *Workshop → Barriers from earlier
workshops…* (technology, phase, how many) and the row the New workshop dialog gets.

Technology and phase start at the workshop's own focus; the workshop's labels (in its
language) name them. "Any" leaves a filter out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ...models.taxonomy import default_terms


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
            for term in workshop.terms.of(taxonomy):
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


class SeedRow(QWidget):
    """A row for the New workshop dialog: seed the first barrier board from the remembered
    library (technology, phase). Added by `library_seed_row(dialog)`; `apply(window)` seeds
    the opened workshop as one undo step (Undo takes it all back)."""

    def __init__(self, parent: QWidget | None, library_name: str, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("library.seed_row")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Barriers from earlier workshops (%1):").replace(
            "%1", library_name), self)
        self.check.setObjectName("library.seed_row.check")
        self.tech = QComboBox(self)
        self.phase_box = QComboBox(self)
        for box, taxonomy, name in ((self.tech, "technology", self.tr("Technology")),
                                    (self.phase_box, "phase", self.tr("Phase"))):
            box.setAccessibleName(name)
            box.addItem(self.tr("Any %1").replace("%1", name.lower()), "")
            for term in default_terms():
                if term.taxonomy == taxonomy:
                    box.addItem(term.label(language), term.key)
            box.setEnabled(False)
            self.check.toggled.connect(box.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.tech, 1)
        row.addWidget(self.phase_box, 1)

    def apply(self, window: Any) -> Any:
        """Seed `window`'s workshop when the box is ticked; returns the window."""
        controller = getattr(window, "library", None)
        if window is not None and self.check.isChecked() and controller is not None:
            controller.seed_with(str(self.tech.currentData() or ""),
                                 str(self.phase_box.currentData() or ""), 8)
        return window


def library_seed_row(dialog: QDialog) -> SeedRow | None:
    """Add a `SeedRow` to the New workshop dialog when a library is remembered and opens;
    None (and nothing added) otherwise."""
    from .. import i18n
    from .dock import acquire, release, remembered_path

    path = remembered_path()
    if not path:
        return None
    try:
        release(acquire(path))  # only offer what will work
    except Exception:
        return None
    form = dialog.layout()
    row = SeedRow(dialog, Path(path).name, i18n.current_language())
    if isinstance(form, QFormLayout):
        form.insertRow(max(0, form.rowCount() - 2), row)  # above the problem line and buttons
    return row
