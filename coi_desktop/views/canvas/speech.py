"""What a screen reader says about the canvas: the focused card's kind, title and votes.

Card items are painted, not widgets, so Qt's accessibility tree does not see them. The view
itself is the accessible object: whenever the selection changes (a click, Tab, Alt+arrow),
its accessible description becomes a sentence about the selected card ("Barrier: No budget
after the pilot. Category: Economy and benefits. Also on: Plan. Votes: 3.") or the number of
cards selected, and Qt is told the description changed, so screen readers announce it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from .identity import also_on_text
from .scene import CanvasScene
from .selection import Selection


class CardSpeech:
    """Keeps the view's accessible description on the selected card(s)."""

    def __init__(self, view: QWidget, scene: CanvasScene, selection: Selection) -> None:
        self.view = view
        self.scene = scene
        self.selection = selection

    def describe(self, card_id: str) -> str:
        item = self.scene.card_item(card_id)
        if item is None:
            return ""
        card, w = item.card, self.scene.workshop
        parts = [f"{w.terms.label('card_kind', card.kind)}: {card.title.strip()}."]
        if card.category:
            parts.append(Q.translate("CanvasView", "Category: %1.").replace(
                "%1", w.terms.label("category", card.category)))
        owner = self.scene.card_style.owner_for(card)
        if owner:
            parts.append(Q.translate("CanvasView", "Owner: %1.").replace("%1", owner))
        also = also_on_text(w, card, item.copies)
        if also:
            parts.append(f"{also}.")
        if item.badge:
            votes = Q.translate("CanvasView", "Votes: %1.")
            parts.append(votes.replace("%1", item.badge))
        if card.hidden and not self.scene.presentation:
            parts.append(f"{self.scene.card_style.hidden_text}.")
        return " ".join(parts)

    def announce(self) -> None:
        """The selection changed: say what is selected now."""
        ids = self.selection.ids()
        if len(ids) == 1:
            text = self.describe(ids[0])
        elif ids:
            text = Q.translate("CanvasView", "%1 cards selected").replace("%1", str(len(ids)))
        else:
            text = ""
        if text != self.view.accessibleDescription():
            self.view.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged))
