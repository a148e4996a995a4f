"""The Settings dialog: language, theme, default card kind, card text size, snapshot interval.

`apply()` writes QSettings and switches the language and the theme at once (no restart, no
lost work).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ...models.taxonomy import CARD_KINDS
from .. import i18n, settings, theming
from ..kinds import kind_label


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("settings.language")
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language_setting()),
                                          0))
        self.theme = QComboBox(self)
        self.theme.setObjectName("settings.theme")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("High contrast"), "high_contrast")
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme_setting()), 0))
        self.kind = QComboBox(self)
        self.kind.setObjectName("settings.kind")
        for kind in CARD_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(settings.default_kind()), 0))
        self.font_scale = QSpinBox(self)
        self.font_scale.setObjectName("settings.font_scale")
        low, high = settings.FONT_SCALE_RANGE
        self.font_scale.setRange(round(low * 100), round(high * 100))
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(round(settings.font_scale() * 100))
        self.snapshots = QSpinBox(self)
        self.snapshots.setObjectName("settings.snapshots")
        self.snapshots.setRange(0, 240)
        self.snapshots.setSuffix(self.tr(" min"))
        self.snapshots.setSpecialValueText(self.tr("Never"))
        self.snapshots.setValue(settings.snapshot_minutes())
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Kind of new cards:"), self.kind)
        form.addRow(self.tr("Card te&xt size:"), self.font_scale)
        form.addRow(self.tr("&Snapshot every:"), self.snapshots)
        hint = QLabel(self.tr("Every change is saved in the workshop file at once. Snapshots "
                              "are extra copies kept in your data folder (the last ten)."),
                      self)
        hint.setWordWrap(True)
        form.addRow(hint)
        for widget, name in ((self.language, self.tr("Language")),
                             (self.theme, self.tr("Theme")),
                             (self.kind, self.tr("Kind of new cards")),
                             (self.font_scale, self.tr("Card text size")),
                             (self.snapshots, self.tr("Minutes between snapshots"))):
            widget.setAccessibleName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        settings.set_default_kind(str(self.kind.currentData()))
        settings.set_font_scale(self.font_scale.value() / 100)
        settings.set_snapshot_minutes(self.snapshots.value())
        theme = str(self.theme.currentData())
        settings.set_theme_setting(theme)
        if theme != theming.current_theme():
            theming.apply_theme(theme)
        choice = str(self.language.currentData())
        changed = choice != settings.language_setting()
        settings.set_language_setting(choice)
        if changed or settings.effective_language() != i18n.current_language():
            i18n.set_language(settings.effective_language())
