"""Card kinds as the interface names them, in the interface language.

A card kind's name in menus, the settings and the toolbar follows the interface language
(English interface: "Barrier"); the words on a workshop's own cards and boards follow the
workshop's content language (`Workshop.label("card_kind", …)`). One function for the first,
so the Edit menu, the settings dialog and the toolbar never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..models.taxonomy import CARD_KINDS


def kind_label(kind: str) -> str:
    """The card kind's name in the interface language (the id itself for an unknown kind)."""
    names = {"actor": QCoreApplication.translate("Kinds", "Actor"),
             "barrier": QCoreApplication.translate("Kinds", "Barrier"),
             "opportunity": QCoreApplication.translate("Kinds", "Opportunity"),
             "action": QCoreApplication.translate("Kinds", "Action"),
             "note": QCoreApplication.translate("Kinds", "Note")}
    return names.get(kind, kind)


def kind_names() -> dict[str, str]:
    """Every card kind, in order, with its interface name."""
    return {kind: kind_label(kind) for kind in CARD_KINDS}
