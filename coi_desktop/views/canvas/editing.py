"""Editing gestures of a canvas view: add, capture, delete, link, align, group, paste.

Every method builds one undo command (coi_desktop.commands) and pushes it through the
view's context; the scene then follows the model's change. `Editing` is also the scene's
controller: its gestures arrive here (`cards_dragged`, `link_requested`, double-clicks).
Deleting cards whose items are on other canvases too asks first (identity.py): off this
canvas (the default) or everywhere; "place on another canvas" adds placements of the same
items in free cells of the other canvas's matching zones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF

from coi_desktop.commands.base import Step, WorkshopCommand
from coi_desktop.commands.cards import (
    AddCards,
    PlaceCards,
    UpdateCards,
    change_kind_command,
    move_cards_command,
    placement_cards,
    removal_step,
)
from coi_desktop.commands.groups import AddGroups, UpdateGroup, group_removal_step
from coi_desktop.commands.links import AddLinks, link_removal_step
from coi_desktop.models import (
    CARD_HEIGHT,
    CARD_WIDTH,
    Card,
    Group,
    Link,
    ValidationError,
    Zone,
    new_id,
    zone_at,
)
from coi_desktop.models.taxonomy import DEFAULT_RELATIONS
from coi_desktop.models.templates import zone_fields

from . import identity
from .arranging import Arranging
from .context import CanvasContext
from .group_item import TITLE_H, GroupItem
from .items import CardItem
from .link_item import LinkItem
from .navigation import Navigation
from .placement import canvas_placer, item_points
from .scene import CanvasScene
from .selection import Selection
from .titles import TitleEditing

Pos = tuple[float, float]


class Editing:
    """The editing gestures of one view (see the module docstring)."""

    def __init__(self, ctx: CanvasContext, scene: CanvasScene, selection: Selection,
                 navigation: Navigation, titles: TitleEditing, arranging: Arranging,
                 activated: Callable[[str, str], None]) -> None:
        self.ctx = ctx
        self.arranging = arranging
        self.workshop = ctx.workshop
        self.scene = scene
        self.selection = selection
        self.navigation = navigation
        self.titles = titles
        self._activated = activated  # ("group" | "link", id): the view's signals
        self.last_added: str | None = None
        # The facilitator's choices, replaceable in tests (identity.py's dialogs).
        self.ask_delete_scope = identity.ask_delete_scope
        self.choose_canvas = identity.choose_canvas

    @property
    def canvas_id(self) -> str:
        return self.ctx.canvas_id

    # -- new cards ------------------------------------------------------------------------

    def _new_card(self, kind: str, title: str, x: float, y: float) -> Card:
        card = Card(new_id(), self.canvas_id, kind, title, x=float(x), y=float(y),
                    hidden=self.ctx.hidden_round())
        zone = zone_at(self.workshop.canvases.layout(self.canvas_id), card)
        return replace(card, **zone_fields(zone, card)) if zone is not None else card

    def add_card(self, kind: str, scene_pos: QPointF | None = None,
                 title: str = "") -> str:
        """Add one card (one undo step); with an empty title the inline editor opens."""
        if self.ctx.read_only or not self.ctx.alive():
            return ""
        if scene_pos is None:
            point = self.arranging.new_card_points(kind, 1, self.last_added)[0]
        else:
            point = QPointF(scene_pos.x() - CARD_WIDTH / 2, scene_pos.y() - CARD_HEIGHT / 2)
        card = self._new_card(kind, title, point.x(), point.y())
        if not self.ctx.push(AddCards(self.workshop, [card], fresh=not title)):
            return ""
        self.last_added = card.id
        if not title:
            self.selection.select([card.id])
            self.titles.edit(card.id, fresh=True)
        return card.id

    def quick_capture(self, kind: str, text: str, undo_text: str | None = None,
                      into: Zone | None = None, outside: bool = False) -> list[str]:
        """One card per non-empty line, in free cells after the previous card (or in zone
        `into`, or `outside` every zone); one step."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if self.ctx.read_only or not lines or not self.ctx.alive():
            return []
        points = self.arranging.new_card_points(kind, len(lines), self.last_added, into,
                                                outside)
        cards = [self._new_card(kind, t, p.x(), p.y()) for t, p in zip(lines, points, strict=True)]
        if not self.ctx.push(AddCards(self.workshop, cards, undo_text)):
            return []
        self.last_added = cards[-1].id
        self.navigation.ensure_visible(cards[-1].id)
        return [c.id for c in cards]

    # -- delete, link, align, group -------------------------------------------------------

    def delete_selection(self, text: str | None = None) -> None:
        if self.ctx.read_only:
            return
        items = self.scene.selectedItems()
        cards = [i.card_id for i in items if isinstance(i, CardItem)]
        links = [i.link_id for i in items if isinstance(i, LinkItem)]
        groups = [i.group_id for i in items if isinstance(i, GroupItem)]
        if not (cards or links or groups):
            return
        if cards:
            scope = self._delete_scope(cards)
            if scope is None:
                return
            if scope == identity.ITEM:
                text = text or Q.translate("CanvasView", "Delete everywhere")
                w = self.workshop
                whole = {w.cards.require(cid).item for cid in cards}
                cards = list(dict.fromkeys(
                    [*cards, *(c.id for i in whole for c in w.cards.placements(i))]))
        steps = []
        if links:
            steps.append(link_removal_step(self.workshop, links))
        if groups:
            steps.append(group_removal_step(self.workshop, groups))
        if cards:
            steps.append(removal_step(self.workshop, cards))
        if text is None:
            n = len(cards)
            if n == 1:
                text = Q.translate("CanvasView", "Delete card")
            elif n:
                text = Q.translate("CanvasView", "Delete %1 cards").replace("%1", str(n))
            else:
                text = Q.translate("CanvasView", "Delete")
        self.ctx.push(WorkshopCommand(self.workshop, text, steps))

    def _delete_scope(self, card_ids: list[str]) -> str | None:
        """`identity.PLACEMENT` when no selected card's item is on another canvas; else the
        facilitator's answer (None: cancelled)."""
        w = self.workshop
        names: list[str] = []
        for cid in card_ids:
            for name in identity.other_canvases(w, w.cards.require(cid)):
                if name not in names:
                    names.append(name)
        if not names:
            return identity.PLACEMENT
        title = " ".join(w.cards.require(card_ids[0]).title.split())[:80]
        return self.ask_delete_scope(self.navigation.view, title, names, len(card_ids))

    def place_elsewhere(self, canvas_id: str | None = None) -> list[str]:
        """Place the selected cards' items on another canvas as well (asks which when
        `canvas_id` is None): one undo step; the new placements take free cells of the zones
        their fields match there. Returns the new cards' ids."""
        ids = self.selection.ids()
        if self.ctx.read_only or not ids or not self.ctx.alive():
            return []
        w = self.workshop
        if canvas_id is None:
            others = identity.missing_from(w, ids)
            if not others:
                self.ctx.report(ValidationError(
                    "There is no other canvas to place it on: add one first (Canvas menu)."
                    if len(w.canvases) < 2 else "It is already on every canvas.",
                    "Der er intet andet lærred at placere det på: tilføj et først (menuen "
                    "Lærred)." if len(w.canvases) < 2 else "Det ligger allerede på alle lærreder."))
                return []
            canvas_id = self.choose_canvas(self.navigation.view, others, len(ids))
            if canvas_id is None:
                return []
        made: list[str] = []

        def build() -> WorkshopCommand:
            cards = placement_cards(w, ids, canvas_id)
            points = item_points(canvas_placer(w, canvas_id), cards)
            cards = [replace(c, x=p.x(), y=p.y()) for c, p in zip(cards, points, strict=True)]
            made[:] = [c.id for c in cards]
            return PlaceCards(w, cards)

        if not self.ctx.push(build):
            return []
        show = getattr(self.navigation.view.window(), "show_status", None)
        if callable(show):  # the facilitator sees where it went without leaving the canvas
            name = w.canvases.require(canvas_id).name
            show(Q.translate("CanvasView", "Placed on \u201c%1\u201d as well.").replace("%1", name))
        return list(made)

    def link_selected(self) -> str | None:
        """Link the selected cards with the default relation for their kinds.

        Two cards: one link. More: the first-selected card is linked to each of the others
        (one undo step), so "this barrier hits these actors" is one keystroke.
        """
        ids = self.selection.ids()
        if self.ctx.read_only or len(ids) < 2:
            return None
        order = self.selection.ordered()
        if len(order) == 2:
            a, b = self._link_direction(order[0], order[1])
            return self.link_cards(a, b)
        hub = order[0]
        linked = {lk.source_id if lk.target_id == hub else lk.target_id
                  for lk in self.workshop.links.of([hub])}
        pairs = [self._link_direction(hub, other) for other in order[1:] if other not in linked]
        if not pairs:
            return None
        made: list[str] = []

        def build() -> WorkshopCommand:
            links = [self.workshop.links.new(a, b) for a, b in pairs]
            made[:] = [lk.id for lk in links]
            text = Q.translate("CanvasView", "Link %1 cards").replace("%1", str(len(order)))
            return AddLinks(self.workshop, links, text)

        return made[0] if self.ctx.push(build) and made else None

    def _link_direction(self, a: str, b: str) -> tuple[str, str]:
        """(a, b), turned round when only b→a has a default relation (actor → barrier)."""
        ka, kb = self.workshop.cards.require(a).kind, self.workshop.cards.require(b).kind
        if (ka, kb) not in DEFAULT_RELATIONS and (kb, ka) in DEFAULT_RELATIONS:
            return b, a
        return a, b

    def link_cards(self, source_id: str, target_id: str) -> str | None:
        if self.ctx.read_only:
            return None
        for link in self.workshop.links.of([source_id]):
            if {link.source_id, link.target_id} == {source_id, target_id}:
                return None
        made: list[str] = []

        def build() -> WorkshopCommand:
            link = self.workshop.links.new(source_id, target_id)
            made.append(link.id)
            return AddLinks(self.workshop, [link])

        return made[0] if self.ctx.push(build) and made else None

    def change_kind(self, kind: str, card_ids: list[str] | None = None) -> bool:
        """Give the selected cards (or `card_ids`) another kind: one undo step, fields
        carried over where both kinds have them (commands.cards.change_kind_command)."""
        ids = list(card_ids) if card_ids is not None else self.selection.ids()
        if self.ctx.read_only or not ids:
            return False
        return self.ctx.push(lambda: change_kind_command(self.workshop, ids, kind))

    def group_selection(self, title: str) -> str | None:
        """A group frame around the selected cards (one undo step)."""
        cards = [self.workshop.cards.require(i) for i in self.selection.ids()]
        if self.ctx.read_only or not cards:
            return None
        left = min(c.x for c in cards) - 24
        top = min(c.y for c in cards) - TITLE_H - 12
        right = max(c.x + c.width for c in cards) + 24
        bottom = max(c.y + c.height for c in cards) + 24
        title = title or Q.translate("CanvasView", "Group")
        group = Group(new_id(), self.canvas_id, title, left, top, right - left, bottom - top)
        return group.id if self.ctx.push(AddGroups(self.workshop, [group])) else None

    # -- the scene's gestures (the view is the scene's controller) ------------------------

    def cards_dragged(self, moves: dict[str, tuple[Pos, Pos]]) -> bool:
        if self.ctx.read_only:
            return False
        return self.ctx.push(lambda: move_cards_command(self.workshop, moves))

    def group_moved(self, group_id: str, pos: Pos,
                    moves: dict[str, tuple[Pos, Pos]]) -> bool:
        if self.ctx.read_only:
            return False
        return self.ctx.push(lambda: UpdateGroup(self.workshop, group_id, card_moves=moves,
                                              x=float(pos[0]), y=float(pos[1])))

    def card_resized(self, card_id: str, old: Pos, new: Pos) -> bool:
        """A card's grip was dragged: its new size as one undo step."""
        if self.ctx.read_only:
            return False
        return self.ctx.push(UpdateCards(
            self.workshop, {card_id: {"width": float(new[0]), "height": float(new[1])}},
            Q.translate("CanvasView", "Resize card"),
            old={card_id: {"width": float(old[0]), "height": float(old[1])}}))

    def group_resized(self, group_id: str, old: Pos, new: Pos) -> bool:
        """A group frame's grip was dragged: its new size as one undo step (the cards
        inside stay where they are)."""
        if self.ctx.read_only or group_id not in self.workshop.groups:
            return False
        return self.ctx.push(lambda: UpdateGroup(
            self.workshop, group_id, Q.translate("CanvasView", "Resize group"),
            width=float(new[0]), height=float(new[1])))

    def link_requested(self, source_id: str, target_id: str) -> None:
        self.link_cards(source_id, target_id)

    def empty_double_clicked(self, pos: QPointF) -> None:
        if not self.ctx.read_only:
            self.add_card(self.ctx.default_kind, pos)

    def card_double_clicked(self, card_id: str) -> None:
        if not self.ctx.read_only:
            self.selection.select([card_id])
            self.titles.edit(card_id)

    def group_double_clicked(self, group_id: str) -> None:
        self._activated("group", group_id)

    def link_double_clicked(self, link_id: str) -> None:
        self._activated("link", link_id)

    def paste_cards(self, cards: list[Card], links: list[Link], text: str,
                    same_items: list[Card] | None = None) -> list[str]:
        """Add pasted or duplicated records as one step (zone meaning where they land);
        cards that would cover another card or a heading go to free cells instead.
        `same_items` are new placements of existing items: they go to free cells of the
        zones their fields match (placement.item_points) and keep their item's fields."""
        layout = self.workshop.canvases.layout(self.canvas_id)
        placed = []
        for c in self.arranging.fit_pasted(cards) if cards else []:
            zone = zone_at(layout, c) if layout.zones else None
            placed.append(replace(c, **zone_fields(zone, c)) if zone is not None else c)
        if same_items:
            placer = self.arranging.placer()
            placer.taken += [QRectF(c.x, c.y, c.width, c.height) for c in placed]
            points = item_points(placer, same_items)
            placed += [replace(c, x=p.x(), y=p.y())
                       for c, p in zip(same_items, points, strict=True)]
        steps = [Step(lambda: self.workshop.cards.add(placed),
                      lambda _r: self.workshop.cards.remove([c.id for c in placed]))]
        if links:
            steps.append(Step(lambda: self.workshop.links.add(links),
                              lambda _r: self.workshop.links.remove([lk.id for lk in links])))
        if not self.ctx.push(WorkshopCommand(self.workshop, text, steps)):
            return []
        ids = [c.id for c in placed]
        self.selection.select(ids)
        return ids
