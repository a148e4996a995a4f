"""Editing gestures of the canvas view: add, capture, edit, delete, link, align, group.

Every method builds one undo command (coi_desktop.commands) and pushes it; the scene then
follows the model's change. The scene's gestures arrive here too (`cards_dragged`,
`link_requested`, double-clicks), because the view is the scene's controller.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF

from coi_desktop.commands.base import Step, WorkshopCommand, undo
from coi_desktop.commands.cards import (
    AddCards,
    UpdateCards,
    move_cards_command,
    removal_step,
)
from coi_desktop.commands.groups import AddGroups, UpdateGroup, group_removal_step
from coi_desktop.commands.links import AddLinks, link_removal_step
from coi_desktop.models import CARD_HEIGHT, CARD_WIDTH, Card, CoiError, Group, new_id, zone_at
from coi_desktop.models.taxonomy import DEFAULT_RELATIONS
from coi_desktop.models.templates import zone_fields

from ..hidden_round import hidden_round_on
from .group_item import TITLE_H, GroupItem
from .items import CardItem
from .link_item import LinkItem
from .placement import slots, zone_region, zones_for

if TYPE_CHECKING:
    from .view import CanvasView

Pos = tuple[float, float]


class EditingMixin:
    """Editing methods of `CanvasView` (see the module docstring)."""

    # -- new cards ------------------------------------------------------------------------

    def _canvas_alive(self: CanvasView) -> bool:
        """False once the canvas was deleted (the tab may outlive it for a moment)."""
        return self.canvas_id in self.workshop.canvases

    def _new_card(self: CanvasView, kind: str, title: str, x: float, y: float) -> Card:
        card = Card(new_id(), self.canvas_id, kind, title, x=float(x), y=float(y),
                    hidden=hidden_round_on(self.workshop))
        zone = zone_at(self.workshop.canvases.layout(self.canvas_id), card)
        return replace(card, **zone_fields(zone, card)) if zone is not None else card

    def _placements(self: CanvasView, kind: str, count: int) -> list[QPointF]:
        """Free slots for `count` new cards of `kind`: after the previous card, in its zone."""
        layout = self.workshop.canvases.layout(self.canvas_id)
        prev = self.workshop.cards.get(self._last_added or "")
        if prev is not None and prev.canvas_id != self.canvas_id:
            prev = None
        after = QPointF(prev.x, prev.y) if prev is not None else None
        zones = zones_for(layout, kind)
        zone = None
        if zones:
            if prev is not None:
                zone = zone_at(layout, replace(prev, kind=kind))
            if zone is None:
                c = self.mapToScene(self.viewport().rect().center())
                probe = Card("", self.canvas_id, kind, "", x=c.x() - CARD_WIDTH / 2,
                             y=c.y() - CARD_HEIGHT / 2)
                zone = zone_at(layout, probe) or zones[0]
            region = zone_region(zone)
        else:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            board = self.scene().board.board_rect()
            region = visible.intersected(board) if visible.intersects(board) else visible
            region = region.adjusted(40, 40, -40, -40)
            if region.width() < CARD_WIDTH or region.height() < CARD_HEIGHT:
                region = QRectF(visible.center() - QPointF(CARD_WIDTH, CARD_HEIGHT),
                                visible.center() + QPointF(4 * CARD_WIDTH, 4 * CARD_HEIGHT))
        scene = self.scene()

        def occupied(rect: QRectF) -> bool:
            return any(isinstance(i, CardItem) and i.isVisible() for i in scene.items(rect))

        return slots(region, count, occupied, after=after, zone=zone)

    def add_card(self: CanvasView, kind: str, scene_pos: QPointF | None = None,
                 title: str = "") -> str:
        """Add one card (one undo step); with an empty title the inline editor opens."""
        if self._read_only or not self._canvas_alive():
            return ""
        if scene_pos is None:
            point = self._placements(kind, 1)[0]
        else:
            point = QPointF(scene_pos.x() - CARD_WIDTH / 2, scene_pos.y() - CARD_HEIGHT / 2)
        card = self._new_card(kind, title, point.x(), point.y())
        if not self._push(AddCards(self.workshop, [card], fresh=not title)):
            return ""
        self._last_added = card.id
        if not title:
            self.select_cards([card.id])
            self._edit_title(card.id, fresh=True)
        return card.id

    def quick_capture(self: CanvasView, kind: str, text: str,
                      undo_text: str | None = None) -> list[str]:
        """One card per non-empty line, in a tidy row beside the previous card; one step."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if self._read_only or not lines or not self._canvas_alive():
            return []
        points = self._placements(kind, len(lines))
        cards = [self._new_card(kind, t, p.x(), p.y()) for t, p in zip(lines, points, strict=True)]
        if not self._push(AddCards(self.workshop, cards, undo_text)):
            return []
        self._last_added = cards[-1].id
        self._ensure_visible(cards[-1].id)
        return [c.id for c in cards]

    # -- inline title editing -------------------------------------------------------------

    def edit_selected_title(self: CanvasView) -> None:
        ids = self.selected_card_ids()
        if ids and not self._read_only:
            self._edit_title(ids[0])

    def _edit_title(self: CanvasView, card_id: str, fresh: bool = False) -> None:
        from .editor import TitleEditor

        item = self.scene().card_item(card_id)
        if item is None:
            return
        self._finish_editor(commit=True)
        self._ensure_visible(card_id)
        rect = self.mapFromScene(item.scene_card_rect()).boundingRect()
        font = item.style.title_font
        font.setPixelSize(max(9, round(font.pixelSize() * self.zoom())))
        self._fresh_edit = card_id if fresh else None
        self._editor = TitleEditor(self.viewport(), card_id, item.card.title, font,
                                   rect.adjusted(-2, -2, 2, 2), self._title_edited)

    def _finish_editor(self: CanvasView, commit: bool) -> None:
        editor = self._editor
        if editor is not None:
            editor.finish(commit)

    def _title_edited(self: CanvasView, card_id: str, text: str | None) -> None:
        self._editor = None
        fresh, self._fresh_edit = self._fresh_edit == card_id, None
        card = self.workshop.cards.get(card_id)
        self.setFocus()
        if card is None:
            return
        if text is None or text == card.title:
            if fresh and text is None and not card.title:
                self._drop_fresh_card(card_id)
            return
        self._push(UpdateCards(self.workshop, {card_id: {"title": text}},
                               Q.translate("CanvasView", "Edit card title")))

    def _drop_fresh_card(self: CanvasView, card_id: str) -> None:
        """Escape on a just-added empty card: take the addition back without a trace."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, AddCards) and [c.id for c in top.cards] == [card_id]:
            top.drop_on_undo = True
            try:
                undo(self.undo_stack)
            except CoiError as exc:  # the file could not be written: the card stays
                top.drop_on_undo = False
                self._report(exc)

    # -- delete, link, align, group -------------------------------------------------------

    def delete_selection(self: CanvasView, text: str | None = None) -> None:
        if self._read_only:
            return
        items = self.scene().selectedItems()
        cards = [i.card_id for i in items if isinstance(i, CardItem)]
        links = [i.link_id for i in items if isinstance(i, LinkItem)]
        groups = [i.group_id for i in items if isinstance(i, GroupItem)]
        if not (cards or links or groups):
            return
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
        self._push(WorkshopCommand(self.workshop, text, steps))

    def link_selected(self: CanvasView) -> str | None:
        """Link the selected cards with the default relation for their kinds.

        Two cards: one link. More: the first-selected card is linked to each of the others
        (one undo step), so "this barrier hits these actors" is one keystroke.
        """
        ids = self.selected_card_ids()
        if self._read_only or len(ids) < 2:
            return None
        order = [i for i in self._selection_order if i in ids]
        order += [i for i in ids if i not in order]
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

        return made[0] if self._push(build) and made else None

    def _link_direction(self: CanvasView, a: str, b: str) -> tuple[str, str]:
        """(a, b), turned round when only b→a has a default relation (actor → barrier)."""
        ka, kb = self.workshop.cards.require(a).kind, self.workshop.cards.require(b).kind
        if (ka, kb) not in DEFAULT_RELATIONS and (kb, ka) in DEFAULT_RELATIONS:
            return b, a
        return a, b

    def link_cards(self: CanvasView, source_id: str, target_id: str) -> str | None:
        if self._read_only:
            return None
        for link in self.workshop.links.of([source_id]):
            if {link.source_id, link.target_id} == {source_id, target_id}:
                return None
        made: list[str] = []

        def build() -> WorkshopCommand:
            link = self.workshop.links.new(source_id, target_id)
            made.append(link.id)
            return AddLinks(self.workshop, [link])

        return made[0] if self._push(build) and made else None

    def _move(self: CanvasView, positions: dict[str, Pos], text: str,
              nudge: bool = False) -> None:
        def build() -> WorkshopCommand | None:
            moves = {cid: ((c.x, c.y), positions[cid]) for cid in positions
                     for c in [self.workshop.cards.require(cid)]}
            cmd = move_cards_command(self.workshop, moves, text)
            if cmd is not None:
                cmd.nudge = nudge
            return cmd

        self._push(build)

    def align_selection(self: CanvasView, edge: str) -> None:
        cards = [self.workshop.cards.require(i) for i in self.selected_card_ids()]
        if self._read_only or len(cards) < 2:
            return
        pos: dict[str, Pos] = {}
        for c in cards:
            x, y = c.x, c.y
            if edge == "left":
                x = min(k.x for k in cards)
            elif edge == "right":
                x = max(k.x + k.width for k in cards) - c.width
            elif edge == "top":
                y = min(k.y for k in cards)
            elif edge == "bottom":
                y = max(k.y + k.height for k in cards) - c.height
            elif edge == "hcenter":
                x = sum(k.x + k.width / 2 for k in cards) / len(cards) - c.width / 2
            elif edge == "vcenter":
                y = sum(k.y + k.height / 2 for k in cards) / len(cards) - c.height / 2
            else:
                raise ValueError(f"unknown edge {edge!r}")
            pos[c.id] = (x, y)
        self._move(pos, Q.translate("CanvasView", "Align cards"))

    def distribute_selection(self: CanvasView, direction: str) -> None:
        cards = [self.workshop.cards.require(i) for i in self.selected_card_ids()]
        if self._read_only or len(cards) < 3:
            return
        horizontal = direction == "horizontal"
        key = (lambda c: c.x) if horizontal else (lambda c: c.y)
        size = (lambda c: c.width) if horizontal else (lambda c: c.height)
        cards.sort(key=key)
        span = key(cards[-1]) + size(cards[-1]) - key(cards[0])
        gap = (span - sum(size(c) for c in cards)) / (len(cards) - 1)
        at = key(cards[0])
        pos: dict[str, Pos] = {}
        for c in cards:
            pos[c.id] = (at, c.y) if horizontal else (c.x, at)
            at += size(c) + gap
        self._move(pos, Q.translate("CanvasView", "Distribute cards"))

    def group_selection(self: CanvasView, title: str) -> str | None:
        """A group frame around the selected cards (one undo step)."""
        cards = [self.workshop.cards.require(i) for i in self.selected_card_ids()]
        if self._read_only or not cards:
            return None
        left = min(c.x for c in cards) - 24
        top = min(c.y for c in cards) - TITLE_H - 12
        right = max(c.x + c.width for c in cards) + 24
        bottom = max(c.y + c.height for c in cards) + 24
        title = title or Q.translate("CanvasView", "Group")
        group = Group(new_id(), self.canvas_id, title, left, top, right - left, bottom - top)
        return group.id if self._push(AddGroups(self.workshop, [group])) else None

    # -- the scene's gestures (the view is the scene's controller) ------------------------

    def cards_dragged(self: CanvasView, moves: dict[str, tuple[Pos, Pos]]) -> bool:
        if self._read_only:
            return False
        return self._push(lambda: move_cards_command(self.workshop, moves))

    def group_moved(self: CanvasView, group_id: str, pos: Pos,
                    moves: dict[str, tuple[Pos, Pos]]) -> bool:
        if self._read_only:
            return False
        return self._push(lambda: UpdateGroup(self.workshop, group_id, card_moves=moves,
                                              x=float(pos[0]), y=float(pos[1])))

    def link_requested(self: CanvasView, source_id: str, target_id: str) -> None:
        self.link_cards(source_id, target_id)

    def empty_double_clicked(self: CanvasView, pos: QPointF) -> None:
        if not self._read_only:
            self.add_card(self._default_kind, pos)

    def card_double_clicked(self: CanvasView, card_id: str) -> None:
        if not self._read_only:
            self.select_cards([card_id])
            self._edit_title(card_id)

    def group_double_clicked(self: CanvasView, group_id: str) -> None:
        self.group_activated.emit(group_id)

    def link_double_clicked(self: CanvasView, link_id: str) -> None:
        self.link_activated.emit(link_id)

    def paste_cards(self: CanvasView, cards: list[Card], links: list, text: str) -> list[str]:
        """Add pasted or duplicated records as one step (zone meaning where they land)."""
        layout = self.workshop.canvases.layout(self.canvas_id)
        placed = []
        for c in cards:
            zone = zone_at(layout, c) if layout.zones else None
            placed.append(replace(c, **zone_fields(zone, c)) if zone is not None else c)
        steps = [Step(lambda: self.workshop.cards.add(placed),
                      lambda _r: self.workshop.cards.remove([c.id for c in placed]))]
        if links:
            steps.append(Step(lambda: self.workshop.links.add(links),
                              lambda _r: self.workshop.links.remove([lk.id for lk in links])))
        if not self._push(WorkshopCommand(self.workshop, text, steps)):
            return []
        ids = [c.id for c in placed]
        self.select_cards(ids)
        return ids
