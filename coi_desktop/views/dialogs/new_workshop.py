"""The New workshop dialog: title, date, place, facilitator, language, first canvas, file.

The file name follows the title (in the Documents folder) until the user types over it or
picks one with Browse…, so a facilitator can create a workshop with the keyboard alone:
type a title, press Enter.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...models.taxonomy import default_label
from ...models.templates import TEMPLATES
from .. import i18n


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder when there is none on disk."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def free_path(folder: Path, title: str) -> Path:
    """`folder/<title>.coi`, numbered when that name is taken."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "workshop"
    stem = stem[:80]
    path = folder / f"{stem}.coi"
    n = 2
    while path.exists():
        path = folder / f"{stem} {n}.coi"
        n += 1
    return path


class NewWorkshopDialog(QDialog):
    """See the module docstring; `values()` and `path()` hold the result."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.setObjectName("new_workshop_dialog")
        self.setMinimumWidth(520)
        self.folder = folder or documents_folder()
        lang = i18n.current_language()
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        self.date = QLineEdit(date.today().isoformat(), self)
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.location = QLineEdit(self)
        self.facilitator = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "da" else 1)
        self.template = QComboBox(self)
        for template in TEMPLATES:
            self.template.addItem(default_label("template", template, lang), template)
        self.file = QLineEdit(self)
        browse = QPushButton(self.tr("&Browse…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        rows: list[tuple[str, Any, str]] = [
            (self.tr("&Title:"), self.title, "title"),
            (self.tr("&Date:"), self.date, "date"),
            (self.tr("&Place:"), self.location, "location"),
            (self.tr("&Facilitator:"), self.facilitator, "facilitator"),
            (self.tr("&Language:"), self.language, "language"),
            (self.tr("First &canvas:"), self.template, "template"),
        ]
        for label, widget, name in rows:
            widget.setObjectName(f"new_workshop.{name}")
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.file.setObjectName("new_workshop.file")
        self.file.setAccessibleName(self.tr("File"))
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._file_typed = False
        self.file.textEdited.connect(lambda _t: setattr(self, "_file_typed", True))
        self.title.textChanged.connect(self._follow_title)
        browse.clicked.connect(self._browse)
        self._follow_title("")

    def _follow_title(self, text: str) -> None:
        if not self._file_typed:
            self.file.setText(str(free_path(self.folder, text.strip() or self.tr("Workshop"))))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("New workshop file"),
                                                self.file.text(),
                                                self.tr("COI workshops (*.coi)"))
        if chosen:
            self.file.setText(chosen if chosen.lower().endswith(".coi") else chosen + ".coi")
            self._file_typed = True

    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), "date": self.date.text().strip(),
                "location": self.location.text().strip(),
                "facilitator": self.facilitator.text().strip(),
                "language": self.language.currentData(), "template": self.template.currentData()}

    def accept(self) -> None:
        problem = ""
        values = self.values()
        if not values["title"]:
            problem = self.tr("A workshop needs a title.")
        elif values["date"]:
            try:
                date.fromisoformat(values["date"])
            except ValueError:
                problem = self.tr("Write dates as YYYY-MM-DD, for example 2025-03-14.")
        if not problem:
            path = self.path()
            if not self.file.text().strip():
                problem = self.tr("Choose where to save the workshop file.")
            elif path.exists():
                problem = self.tr("A file with that name already exists; choose another name.")
            elif not path.parent.is_dir():
                problem = self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if problem:
            self.problem.setText(problem)
            return
        super().accept()
