"""The canvas scene: items that follow the workshop's change events, and the overlays.

The scene subscribes to the workshop and treats every `Change` generically by record type:
a Card, Link or Group on its canvas is created, updated or removed; everything else is
ignored (terms, the workshop's language and the canvas's template redraw the board). It never
changes the model: its mouse events go to its `SceneMouse` (mouse.py), which hands finished
gestures (a drag, a link dropped on a card, a double-click) to its `controller` (the view's
editing controller), which pushes undo commands. Overlays other parts set (vote badges, the
analysis emphasis, find marks, the filter's dimming) live in its `Overlays` (overlays.py).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
)

from coi_desktop.models import Canvas, Card, Change, Group, Link, Workshop, WorkshopInfo
from coi_desktop.models.taxonomy import Term

from . import palette
from .board import AXIS_MARGIN, BoardItem
from .group_item import GroupItem
from .items import CardItem
from .link_item import LinkItem
from .mouse import SceneController, SceneMouse
from .overlays import DIM, Overlays
from .overview import NO_CONTENTS, OverviewItem
from .style import CardStyle

PAD = 400.0


#: A card's item flags (made once: Python's enum lookups cost per card on a big canvas).
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


def _scene_rect(item: CardItem) -> tuple[float, float, float, float]:
    """The card's rectangle in the scene as numbers (x, y, width, height): where its links
    end. The item's position and size, not the record's: during a drag or a resize the item
    leads."""
    rect = item.scene_card_rect()
    return rect.x(), rect.y(), rect.width(), rect.height()


def _listener(scene: CanvasScene) -> Any:
    """A workshop listener that holds the scene weakly and drops itself once it is gone."""
    ref = weakref.ref(scene)
    workshop = scene.workshop

    def listen(change: Change) -> None:
        target = ref()
        if target is None or not shiboken6.isValid(target):
            workshop.unsubscribe(listen)
            return
        target.apply_change(change)

    return listen


class CanvasScene(QGraphicsScene):
    """The items of one canvas (see the module docstring)."""

    cards_changed = Signal()  # cards were added, removed or changed on this canvas

    def __init__(self, workshop: Workshop, canvas_id: str, presentation: bool = False,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.canvas_id = canvas_id
        self.presentation = presentation
        self.card_style = CardStyle(workshop, presentation)
        self.controller: SceneController | None = None
        self.click_handler: Callable[[str], bool] | None = None
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.groups: dict[str, GroupItem] = {}
        self._links_by_card: dict[str, set[str]] = {}
        self._content: QRectF | None = None  # see content_rect
        self.overlays = Overlays(self.cards, self.update_links_of, self._redraw_overview)
        self.mouse = SceneMouse(self)
        self.setBackgroundBrush(palette.CANVAS_BACKGROUND)
        palette.watch(self)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.board = BoardItem(workshop, workshop.canvases.layout(canvas_id))
        self.addItem(self.board)
        self.overview_on = False
        self.overview = OverviewItem(self)
        self.addItem(self.overview)
        self.selectionChanged.connect(self._on_selection_changed)
        self._build()
        self.listener = _listener(self)
        workshop.subscribe(self.listener)

    def detach(self) -> None:
        """Stop following the workshop (the view calls this when it closes)."""
        self.workshop.unsubscribe(self.listener)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        w = self.workshop
        cards = w.cards.on(self.canvas_id)
        for card in cards:
            self._add_card(card)
        for group in w.groups.on(self.canvas_id):
            self._add_group(group)
        # Links laid out from the card records: every item stands where its record says
        # (nothing is dragged yet), and asking 10,000 items for their place cost a third of
        # the canvas's build.
        boxes = {c.id: (c.x, c.y, c.width, c.height) for c in cards}
        hidden = {c.id for c in cards if c.hidden} if self.presentation else set()
        for link in w.links.on(self.canvas_id):
            self._add_link(link, boxes, hidden)
        self._fit_rect(cards, reset=True)

    def content_rect(self) -> QRectF:
        """The board and every card of this canvas, from the model; kept until the next
        change (the minimap asks on every scroll and zoom step: going over 10,000 cards
        each time cost a frame)."""
        if self._content is None:
            rect = self.board.boundingRect()
            left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
            for c in self.workshop.cards.on(self.canvas_id):
                left, top = min(left, c.x), min(top, c.y)
                right, bottom = max(right, c.x + c.width), max(bottom, c.y + c.height)
            self._content = QRectF(QPointF(left, top), QPointF(right, bottom))
        return QRectF(self._content)

    def _fit_rect(self, cards: Iterable[Card], reset: bool = False) -> None:
        """Grow the explicit scene rect to the board and the given cards (never shrink)."""
        rect = self.board.boundingRect() if reset else self.sceneRect()
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        grew = reset
        for c in cards:
            if c.x - PAD < left or c.y - PAD < top or c.x + c.width + PAD > right \
                    or c.y + c.height + PAD > bottom:
                left, top = min(left, c.x - PAD), min(top, c.y - PAD)
                right = max(right, c.x + c.width + PAD)
                bottom = max(bottom, c.y + c.height + PAD)
                grew = True
        if grew:
            m = AXIS_MARGIN
            rect = QRectF(QPointF(left - m, top - m), QPointF(right + m, bottom + m))
            self.setSceneRect(rect)
            self.overview.set_rect(rect)

    def _add_card(self, card: Card) -> CardItem:
        item = CardItem(card, self.card_style)
        item.setFlags(_EDITABLE if self.card_style.editable else _SELECTABLE)
        if self.presentation and card.hidden:
            item.setVisible(False)
        if self.overview_on:
            item.setFlag(NO_CONTENTS, True)
        self.addItem(item)
        self.cards[card.id] = item
        return item

    def _add_link(self, link: Link,
                  boxes: Mapping[str, tuple[float, float, float, float]] | None = None,
                  hidden: set[str] | None = None) -> None:
        """A link item; `boxes` (card id → x, y, width, height) and `hidden` are the card
        records' places and hidden cards while the canvas is first built."""
        if link.source_id not in self.cards or link.target_id not in self.cards:
            return
        item = LinkItem(link)
        if self.overview_on:
            item.setFlag(NO_CONTENTS, True)
        self.links[link.id] = item
        self._links_by_card.setdefault(link.source_id, set()).add(link.id)
        self._links_by_card.setdefault(link.target_id, set()).add(link.id)
        self.addItem(item)
        if boxes is None or hidden is None:
            self._place_link(item)
            return
        item.set_ends_at(boxes[link.source_id], boxes[link.target_id])
        if link.source_id in hidden or link.target_id in hidden:
            item.setVisible(False)  # (a new item is visible and opaque: nothing dimmed yet)

    def _add_group(self, group: Group) -> None:
        item = GroupItem(group, self.mouse)
        self.groups[group.id] = item
        self.addItem(item)

    def _place_link(self, item: LinkItem) -> None:
        source = self.cards.get(item.link.source_id)
        target = self.cards.get(item.link.target_id)
        if source is None or target is None:
            return
        item.set_ends_at(_scene_rect(source), _scene_rect(target))
        item.setVisible(source.isVisible() and target.isVisible())
        dimmed = self.overlays.dimmed
        both_dim = item.link.source_id in dimmed or item.link.target_id in dimmed
        item.setOpacity(DIM if both_dim else 1.0)

    def update_links_of(self, card_ids: Iterable[str]) -> None:
        """Lay out again the links touching these cards (after a move)."""
        done: set[str] = set()
        for cid in card_ids:
            for lid in self._links_by_card.get(cid, ()):
                if lid not in done:
                    done.add(lid)
                    self._place_link(self.links[lid])

    def _remove_item(self, table: dict[str, Any], record_id: str) -> None:
        item = table.pop(record_id, None)
        if item is not None:
            self.removeItem(item)

    def _remove_link(self, link_id: str) -> None:
        item = self.links.pop(link_id, None)
        if item is None:
            return
        for end in (item.link.source_id, item.link.target_id):
            self._links_by_card.get(end, set()).discard(link_id)
        self.removeItem(item)

    # -- following the model --------------------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Bring the items in line with one change of the workshop."""
        self._content = None
        touched: set[str] = set()
        relayout = False
        for record in change.removed:
            if isinstance(record, Link):
                self._remove_link(record.id)
            elif isinstance(record, Card):
                self._remove_item(self.cards, record.id)
                self._links_by_card.pop(record.id, None)
                self.overlays.forget(record.id)
            elif isinstance(record, Group):
                self._remove_item(self.groups, record.id)
            elif isinstance(record, Canvas) and record.id == self.canvas_id:
                self.clear_canvas()
                return
        added_cards: list[Card] = []
        links: list[Link] = []
        for record in change.upserted:
            if isinstance(record, Card):
                touched.add(record.id)
                self._upsert_card(record, added_cards)
            elif isinstance(record, Group):
                self._upsert_group(record)
            elif isinstance(record, Link):
                links.append(record)
            elif isinstance(record, Term | WorkshopInfo) or (
                    isinstance(record, Canvas) and record.id == self.canvas_id):
                relayout = True
        for link in links:
            self._upsert_link(link)
        if touched or change.removed or links:
            self.overview.invalidate()
        if touched:
            self.update_links_of(touched)
            self._fit_rect(added_cards)
            self.cards_changed.emit()
        elif any(isinstance(r, Card) for r in change.removed):
            self.cards_changed.emit()
        if relayout:
            self.relayout()

    def _upsert_card(self, card: Card, added: list[Card]) -> None:
        item = self.cards.get(card.id)
        if card.canvas_id != self.canvas_id:
            if item is not None:
                self._remove_item(self.cards, card.id)
            return
        if item is None:
            self._add_card(card)
        else:
            item.set_card(card)
            if self.presentation:
                item.setVisible(not card.hidden)
        added.append(card)

    def _upsert_group(self, group: Group) -> None:
        if group.canvas_id != self.canvas_id:
            return
        item = self.groups.get(group.id)
        if item is None:
            self._add_group(group)
        else:
            item.set_group(group)

    def _upsert_link(self, link: Link) -> None:
        if link.canvas_id != self.canvas_id:
            return
        item = self.links.get(link.id)
        if item is None:
            self._add_link(link)
        else:
            item.set_link(link)
            self._place_link(item)

    # -- the zoomed-out overview ----------------------------------------------------------

    def _on_selection_changed(self) -> None:
        self._redraw_overview()

    def _redraw_overview(self) -> None:
        if shiboken6.isValid(self.overview):  # not while the scene is being torn down
            self.overview.invalidate()

    def set_overview(self, on: bool) -> None:
        """Draw every card and link in one item (the view calls this below the flat LOD)."""
        if on == self.overview_on:
            return
        self.overview_on = on
        live = self.overview.live
        live_links = {lid for cid in live for lid in self._links_by_card.get(cid, ())}
        for cid, card_item in self.cards.items():
            card_item.setFlag(NO_CONTENTS, on and cid not in live)
        for lid, link_item in self.links.items():
            link_item.setFlag(NO_CONTENTS, on and lid not in live_links)
        self.overview.setVisible(on)
        self.overview.invalidate()

    def set_live(self, ids: Iterable[str]) -> None:
        """Cards (and their links) that paint themselves during a drag at overview zoom."""
        ids = set(ids)
        if ids == self.overview.live or (not self.overview_on and not self.overview.live):
            return
        old_links = {lid for cid in self.overview.live for lid in self._links_by_card.get(cid, ())}
        new_links = {lid for cid in ids for lid in self._links_by_card.get(cid, ())}
        self.overview.set_live(ids)
        for lid in old_links ^ new_links:
            if lid in self.links:
                self.links[lid].setFlag(NO_CONTENTS, self.overview_on and lid not in new_links)

    def apply_theme(self) -> None:
        """The theme switched (palette.use_theme): every item takes its new colours."""
        self.setBackgroundBrush(palette.CANVAS_BACKGROUND)
        self.card_style.refresh()
        for item in self.cards.values():
            item.apply_theme()
        for other in (*self.links.values(), *self.groups.values(), self.board):
            other.update()
        self.overview.invalidate()

    def set_caching(self, on: bool) -> None:
        """Pixmap caches of cards and links on (the screen) or off: a vector export (SVG)
        must be painted directly, or each cached item lands in the file as a bitmap."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on \
            else QGraphicsItem.CacheMode.NoCache
        for item in (*self.cards.values(), *self.links.values()):
            item.setCacheMode(mode)

    def relayout(self) -> None:
        """Template, taxonomy labels or language changed: redraw the board and the text."""
        self._content = None
        if self.canvas_id not in self.workshop.canvases:
            return
        self.board.set_layout(self.workshop.canvases.layout(self.canvas_id))
        self.card_style.refresh()
        for item in self.cards.values():
            item.invalidate_text()
        self._fit_rect(self.workshop.cards.on(self.canvas_id), reset=True)

    def clear_canvas(self) -> None:
        for table in (self.links, self.cards, self.groups):
            for item in table.values():
                self.removeItem(item)
            table.clear()
        self._links_by_card.clear()

    # -- queries --------------------------------------------------------------------------

    def card_item(self, card_id: str) -> CardItem | None:
        return self.cards.get(card_id)

    def selected_card_ids(self) -> list[str]:
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        items.sort(key=lambda i: (i.pos().y(), i.pos().x()))
        return [i.card_id for i in items]

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem) and item.isVisible():
                return item
        return None

    # -- mouse (mouse.py) ------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.press(event, super().mousePressEvent)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.move(event, super().mouseMoveEvent)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.release(event, super().mouseReleaseEvent)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse.double_click(event, super().mouseDoubleClickEvent)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        self.mouse.help(event)

    # -- overlays (overlays.py) -----------------------------------------------------------

    def set_badges(self, badges: Mapping[str, str]) -> None:
        """Vote badges: `{card_id: "3"}`; an empty mapping clears them."""
        self.overlays.set_badges(badges)

    def set_emphasis(self, emphasis: Mapping[str, tuple[float, str]]) -> None:
        """Analysis overlay: `{card_id: (scale, "#rrggbb")}`; an empty mapping clears it."""
        self.overlays.set_emphasis(emphasis)

    def dimmed_ids(self) -> set[str]:
        return set(self.overlays.dimmed)

    def set_show_participants(self, show: bool) -> None:
        self.card_style.show_participants = bool(show)
        self.card_style.refresh()
        for item in self.cards.values():
            item.invalidate_text()

    def set_font_scale(self, factor: float) -> None:
        self.card_style.set_scale(factor)
        for item in self.cards.values():
            item.invalidate_text()
