"""The selected cards of one canvas view, and the order in which they were selected.

Linking several cards ("this barrier hits these actors") links the first-selected card to
the others, so the order is kept here as the scene's selection changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from .scene import CanvasScene


class Selection:
    """Selected cards of one scene, in selection order."""

    def __init__(self, scene: CanvasScene) -> None:
        self.scene = scene
        self._order: list[str] = []

    def ids(self) -> list[str]:
        """Selected card ids in reading order (top to bottom, left to right)."""
        return self.scene.selected_card_ids()

    def ordered(self) -> list[str]:
        """Selected card ids, first-selected first."""
        ids = self.ids()
        order = [i for i in self._order if i in ids]
        return order + [i for i in ids if i not in order]

    def follow(self) -> None:
        """The scene's selection changed: keep the order of those still selected."""
        selected = set(self.scene.selected_card_ids())
        self._order = [i for i in self._order if i in selected]
        self._order += [i for i in selected if i not in self._order]

    def select(self, ids: Iterable[str]) -> None:
        """Select exactly these cards (selected in this order), with one notification."""
        ids = list(ids)
        scene = self.scene
        self._order = [cid for cid in ids if cid in scene.cards]
        scene.blockSignals(True)
        scene.clearSelection()
        for cid in ids:
            item = scene.card_item(cid)
            if item is not None:
                item.setSelected(True)
        scene.blockSignals(False)
        scene.selectionChanged.emit()

    def visible_ids(self) -> list[str]:
        return [cid for cid, item in self.scene.cards.items() if item.isVisible()]
