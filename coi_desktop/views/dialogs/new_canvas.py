"""The New canvas dialog: a name and one of the six templates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ...models.templates import TEMPLATES


class NewCanvasDialog(QDialog):
    """Asks for a template and a name (the name follows the template until typed over)."""

    def __init__(self, parent: QWidget | None, label: Callable[[str], str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New canvas"))
        self.setMinimumWidth(380)  # a canvas name has room (the dialog was 224 px wide)
        self._label = label
        form = QFormLayout(self)
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("new_canvas.template")
        for template in TEMPLATES:
            self.template_box.addItem(label(template), template)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("new_canvas.name")
        self.name_edit.setText(label(TEMPLATES[0]))
        self._typed = False
        self.name_edit.textEdited.connect(lambda _t: setattr(self, "_typed", True))
        self.template_box.currentIndexChanged.connect(self._follow_template)
        form.addRow(self.tr("&Template:"), self.template_box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.template_box.setAccessibleName(self.tr("Template"))
        self.name_edit.setAccessibleName(self.tr("Name of the canvas"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _follow_template(self) -> None:
        if not self._typed:
            self.name_edit.setText(self._label(self.template()))

    def template(self) -> str:
        return str(self.template_box.currentData())

    def name(self) -> str:
        return self.name_edit.text().strip() or self._label(self.template())
