"""Before lines pasted into a zone take its meaning, the facilitator sees it and may choose.

Pasting ten lines into a barrier-board column would give all ten that column's category.
Nothing is categorised silently: this dialog names the zone the cards would go to (and so
the meaning they take), offers every other zone for that kind and "outside the zones" (no
meaning), and pastes nothing on Cancel. Enter pastes, Escape cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.models import Workshop, Zone

from ..kinds import kind_label
from .board import zone_label

OUTSIDE = "__outside__"


class ZoneChoice(QDialog):
    """Where pasted lines go, asked before anything is added (see the module docstring)."""

    def __init__(self, parent: QWidget | None, workshop: Workshop, canvas_id: str, count: int,
                 kind: str, zones: list[Zone], proposed: Zone) -> None:
        super().__init__(parent)
        self.setObjectName("pasteZoneChoice")
        self.setWindowTitle(self.tr("Paste cards"))
        layout = workshop.canvases.layout(canvas_id)
        text = self.tr("%1 lines become “%2” cards. Each takes the meaning of the zone it "
                       "is placed in:")
        self.label = QLabel(text.replace("%1", str(count)).replace("%2", kind_label(kind)), self)
        self.label.setWordWrap(True)
        self.zones = QComboBox(self)
        self.zones.setObjectName("pasteZone")
        for zone in zones:
            self.zones.addItem(zone_label(workshop, layout, zone), zone.key)
        self.zones.addItem(self.tr("Outside the zones (no meaning)"), OUTSIDE)
        self.zones.setCurrentIndex(self.zones.findData(proposed.key))
        self.label.setBuddy(self.zones)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Paste"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.label)
        box.addWidget(self.zones)
        box.addWidget(buttons)
        self._by_key = {z.key: z for z in zones}

    def chosen(self) -> Zone | None:
        """The zone picked (None: outside the zones)."""
        return self._by_key.get(str(self.zones.currentData()))


def ask_zone(parent: QWidget | None, workshop: Workshop, canvas_id: str, count: int,
             kind: str, zones: list[Zone], proposed: Zone) -> tuple[bool, Zone | None]:
    """(pasted?, zone) from the facilitator: False when they cancelled."""
    dialog = ZoneChoice(parent, workshop, canvas_id, count, kind, zones, proposed)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.chosen()
    finally:
        dialog.deleteLater()
