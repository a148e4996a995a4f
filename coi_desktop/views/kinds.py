"""Card kinds as the interface names them, in the interface language.

A card kind's name in menus, the settings and the toolbar follows the interface language
(English interface: "Barrier"); the words on a workshop's own cards and boards follow the
workshop's content language. Without a workshop at hand (the Settings dialog) the names are
the taxonomy's defaults; with one, the workshop's own (possibly renamed) terms are used in
the interface language (`EditController.kind_names`).
"""

from __future__ import annotations

from ..models.taxonomy import CARD_KINDS, default_label
from . import i18n


def kind_label(kind: str) -> str:
    """The card kind's default name in the interface language."""
    return default_label("card_kind", kind, i18n.current_language())


def kind_names() -> dict[str, str]:
    """Every card kind, in order, with its interface name."""
    return {kind: kind_label(kind) for kind in CARD_KINDS}
