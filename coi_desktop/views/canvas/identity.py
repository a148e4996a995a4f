"""One item on several canvases, as the facilitator sees it on a canvas.

A card is a placement of an item (models/cards.py). Here: `ItemMarkers` keeps each card
item's count of canvases current (the marker in its band, items.py) as placements come and go
on any canvas; `other_canvases` names where else a card's item lives (tooltip, screen reader,
the delete question); `choose_canvas` asks where to place cards too, and `ask_delete_scope`
asks whether a delete takes the card off this canvas only or deletes the item everywhere,
the safer choice (this canvas) being the default that Enter takes, Escape cancelling.
"""

from __future__ import annotations

import weakref
from collections import Counter
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from coi_desktop.models import Card, Change, Workshop
from coi_desktop.models.entities import Canvas, Participant
from coi_desktop.models.events import CARDS_MOVED, CARDS_UPDATED

from .items import CardItem
from .style import CardStyle


class Scene(Protocol):
    """What the markers need of a scene (the scene's mouse imports this module, so it is
    not imported here)."""

    cards: dict[str, CardItem]
    card_style: CardStyle


PLACEMENT = "placement"
ITEM = "item"


def copies_by_item(workshop: Workshop) -> Counter[str]:
    """Item id → on how many canvases it is placed."""
    return Counter(c.item for c in workshop.cards.values())


def other_canvases(workshop: Workshop, card: Card) -> list[str]:
    """The names of the other canvases the card's item is on, in tab order."""
    where = {c.canvas_id for c in workshop.cards.placements(card.item)} - {card.canvas_id}
    return [c.name for c in workshop.canvases.ordered() if c.id in where]


def also_on_text(workshop: Workshop, card: Card, copies: int) -> str:
    """"Also on: Onion, Plan" (empty for none). `copies` is the card item's marker count
    (`ItemMarkers` keeps it current): below 2 there is nothing to look up, and the scan of
    every card (4 ms at 10,000, on each click and hover) is skipped."""
    names = other_canvases(workshop, card) if copies > 1 else []
    if not names:
        return ""
    return Q.translate("CanvasView", "Also on: %1").replace("%1", ", ".join(names))


class ItemMarkers:
    """Keeps the card items of one scene told how many canvases their items are on.

    Any change that adds or removes cards (on any canvas) or renames canvases can change a
    count; the counts are taken again from the model (one pass over the cards) and only
    the items whose count changed repaint. Participant changes make the cards lay out
    their text again (an action's owner on the card follows consent at once).
    """

    def __init__(self, workshop: Workshop, scene: Scene) -> None:
        self.workshop = workshop
        self._scene = weakref.ref(scene)
        self.listener = self._make_listener()
        workshop.subscribe(self.listener)
        self.refresh()

    def _make_listener(self) -> Any:
        ref = weakref.ref(self)
        workshop = self.workshop

        def listen(change: Change) -> None:
            target = ref()
            scene = target._scene() if target is not None else None
            if target is None or scene is None or not shiboken6.isValid(scene):
                workshop.unsubscribe(listen)
                return
            target.on_change(change)

        return listen

    def detach(self) -> None:
        self.workshop.unsubscribe(self.listener)

    def on_change(self, change: Change) -> None:
        records = (*change.upserted, *change.removed)
        if any(isinstance(r, Participant) for r in records):
            scene = self._scene()
            if scene is not None:
                scene.card_style.refresh()
                for item in scene.cards.values():
                    item.invalidate_text()
        if any(isinstance(r, Card | Canvas) for r in records) and \
                change.kind not in (CARDS_MOVED, CARDS_UPDATED):
            self.refresh()

    def refresh(self) -> None:
        scene = self._scene()
        if scene is None or not shiboken6.isValid(scene):
            return
        counts = copies_by_item(self.workshop)
        for item in scene.cards.values():
            item.set_copies(counts.get(item.card.item, 1))


def missing_from(workshop: Workshop, card_ids: list[str]) -> list[Canvas]:
    """The canvases (in tab order) that lack the item of at least one of the cards."""
    items = {workshop.cards.require(cid).item for cid in card_ids}
    have: dict[str, set[str]] = {}
    for card in workshop.cards.values():
        if card.item in items:
            have.setdefault(card.canvas_id, set()).add(card.item)
    return [c for c in workshop.canvases.ordered() if have.get(c.id, set()) != items]


def choose_canvas(parent: QWidget | None, others: list[Canvas], count: int) -> str | None:
    """Ask which of `others` to place `count` cards on; None when cancelled."""
    names = [c.name for c in others]
    label = Q.translate("CanvasView", "Place the card on this canvas as well:") if count == 1 \
        else Q.translate("CanvasView", "Place the %1 cards on this canvas as well:").replace(
            "%1", str(count))
    name, ok = QInputDialog.getItem(parent, Q.translate("CanvasView", "Place on another canvas"),
                                    label, names, 0, False)
    if not ok or name not in names:
        return None
    return others[names.index(name)].id


def ask_delete_scope(parent: QWidget | None, title: str, names: list[str],
                     count: int) -> str | None:
    """Ask whether to take the selected cards off this canvas (`PLACEMENT`, the default) or
    delete their items with every placement and link (`ITEM`); None when cancelled."""
    box = QMessageBox(parent)
    box.setObjectName("deleteScope")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(Q.translate("CanvasView", "Delete card"))
    if count == 1:
        text = Q.translate("CanvasView", "\u201c%1\u201d is also on other canvases: %2.")
        text = text.replace("%1", title).replace("%2", ", ".join(names))
    else:
        text = Q.translate("CanvasView", "Some of the %1 cards are also on other canvases: %2.")
        text = text.replace("%1", str(count)).replace("%2", ", ".join(names))
    box.setText(text)
    box.setInformativeText(Q.translate(
        "CanvasView", "Remove it from this canvas only, or delete it everywhere with its "
        "links? Both can be undone."))
    here = box.addButton(Q.translate("CanvasView", "Remove from this canvas"),
                         QMessageBox.ButtonRole.AcceptRole)
    here.setObjectName("deleteScope.placement")
    everywhere = box.addButton(Q.translate("CanvasView", "Delete everywhere"),
                               QMessageBox.ButtonRole.DestructiveRole)
    everywhere.setObjectName("deleteScope.item")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(here)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is here:
        return PLACEMENT
    if clicked is everywhere:
        return ITEM
    return None
