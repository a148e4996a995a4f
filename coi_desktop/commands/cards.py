"""Undo commands for cards: add, change fields, move (with zone meaning), remove.

Every gesture on cards is one of these, pushed once: a drag of many cards is one
`MoveCards`, a drop into a template zone is the same `MoveCards` carrying the zone's field
values, a field change that implies another zone is one `UpdateCards` that also moves the card
(`update_cards_command`). Removal keeps the `Change.removed` records so undo restores the cards
with their links and votes exactly. `PlaceCards` puts the items of cards on another canvas as
well (new placements of the same items, never copies), `MergeItems` makes possible duplicates
one item (services/duplicates.py plans it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from coi_desktop.models import (
    Card,
    ValidationError,
    Workshop,
    new_id,
    zone_at,
    zone_fields,
    zone_for_card,
)
from coi_desktop.models.cards import ITEM_FIELDS
from coi_desktop.models.templates import position_in_zone

from .base import Step, WorkshopCommand

Pos = tuple[float, float]


def _count_text(n: int, one: str, many: str) -> str:
    """`one` for a single card, else `many` with %1 replaced (both already translated)."""
    return one if n == 1 else many.replace("%1", str(n))


def _apply(workshop: Workshop, state: Mapping[str, Mapping[str, Any]]) -> None:
    """Write field values (x and y included) of several cards as one change."""
    if not state:
        return
    if any("x" in f or "y" in f for f in state.values()):
        workshop.cards.move({}, updates=state)
    else:
        workshop.cards.update_many(state)


def _old_values(workshop: Workshop, new: Mapping[str, Mapping[str, Any]]
                ) -> dict[str, dict[str, Any]]:
    return {cid: {name: getattr(workshop.cards.require(cid), name) for name in fields}
            for cid, fields in new.items()}


class AddCards(WorkshopCommand):
    """Add cards; undo removes them. A fresh single card absorbs its first title edit, and
    the rest of that typing burst (edits carrying the same `burst`)."""

    MERGE_ID = 7301

    def __init__(self, workshop: Workshop, cards: Iterable[Card], text: str | None = None,
                 fresh: bool = False) -> None:
        self.cards = list(cards)
        n = len(self.cards)
        super().__init__(workshop, text or _count_text(n, Q.translate("Commands", "Add card"),
                                   Q.translate("Commands", "Add %1 cards")))
        self.fresh = fresh and n == 1
        self.burst: str | None = None  # the typing burst folded in (see UpdateCards.burst)
        self.steps = [Step(lambda: workshop.cards.add(self.cards),
                           lambda _r: workshop.cards.remove([c.id for c in self.cards]))]

    def id(self) -> int:
        return self.MERGE_ID if self.fresh or self.burst else -1

    def mergeWith(self, other: Any) -> bool:
        """Fold the first title typed into a just-added card (and the rest of that typing
        burst) into the same undo step."""
        if not isinstance(other, UpdateCards):
            return False
        if not (self.fresh or (self.burst is not None and other.burst == self.burst)):
            return False
        card = self.cards[0]
        if set(other.new) != {card.id} or set(other.new[card.id]) - {"title"}:
            return False
        self.cards = [replace(card, title=other.new[card.id]["title"])]
        self.fresh = False
        self.burst = other.burst
        return True


class UpdateCards(WorkshopCommand):
    """Change fields (and possibly positions) of cards; undo writes the old values back."""

    def __init__(self, workshop: Workshop, new: Mapping[str, Mapping[str, Any]],
                 text: str | None = None, old: Mapping[str, Mapping[str, Any]] | None = None,
                 ) -> None:
        self.new = {cid: dict(f) for cid, f in new.items()}
        self.old = {cid: dict(f) for cid, f in (old or _old_values(workshop, self.new)).items()}
        n = len(self.new)
        super().__init__(workshop, text or _count_text(n, Q.translate("Commands", "Edit card"),
                                   Q.translate("Commands", "Edit %1 cards")))
        self.steps = [Step(lambda: _apply(workshop, self.new),
                           lambda _r: _apply(workshop, self.old))]
        #: Edits saved while typing (one every pause of the keys) carry the same burst id
        #: and fold into one undo step; None for any other edit.
        self.burst: str | None = None

    def id(self) -> int:
        return AddCards.MERGE_ID

    def mergeWith(self, other: Any) -> bool:
        """Fold the next save of the same typing burst into this step."""
        if self.burst is None or not isinstance(other, UpdateCards) \
                or other.burst != self.burst or set(other.new) != set(self.new):
            return False
        for cid, fields in other.new.items():
            for name, value in other.old[cid].items():
                self.old[cid].setdefault(name, value)
            self.new[cid].update(fields)
        return True


class MoveCards(UpdateCards):
    """Move cards (a drag, align, nudge) and give them the meaning of the zone they land in.

    Nudges (arrow keys) of the same cards, one after the other, fold into one undo step.
    """

    NUDGE_ID = 7302
    nudge = False

    def id(self) -> int:
        return self.NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: Any) -> bool:
        if not (self.nudge and isinstance(other, MoveCards) and other.nudge
                and set(other.new) == set(self.new)):
            return False
        for cid, fields in other.new.items():
            for name, value in other.old[cid].items():
                self.old[cid].setdefault(name, value)  # the state before the first nudge
            self.new[cid].update(fields)
        return True


def zone_updates(workshop: Workshop, canvas_id: str,
                 positions: Mapping[str, Pos]) -> dict[str, dict[str, Any]]:
    """The fields each moved card takes on from the zone it lands in (empty when none)."""
    layout = workshop.canvases.layout(canvas_id)
    if not layout.zones:
        return {}
    updates: dict[str, dict[str, Any]] = {}
    for cid, (x, y) in positions.items():
        card = workshop.cards.require(cid)
        zone = zone_at(layout, card, x, y)
        if zone is not None:
            fields = zone_fields(zone, card)
            if fields:
                updates[cid] = fields
    return updates


def move_cards_command(workshop: Workshop, moves: Mapping[str, tuple[Pos, Pos]],
                       text: str | None = None) -> MoveCards | None:
    """One command for `{card_id: (old_pos, new_pos)}`, zone fields included; None if idle."""
    moves = {cid: (o, n) for cid, (o, n) in moves.items() if tuple(o) != tuple(n)}
    if not moves:
        return None
    canvas_id = workshop.cards.require(next(iter(moves))).canvas_id
    updates = zone_updates(workshop, canvas_id, {cid: n for cid, (_o, n) in moves.items()})
    new: dict[str, dict[str, Any]] = {}
    old: dict[str, dict[str, Any]] = {}
    for cid, (o, n) in moves.items():
        card = workshop.cards.require(cid)
        new[cid] = {"x": float(n[0]), "y": float(n[1]), **updates.get(cid, {})}
        old[cid] = {"x": float(o[0]), "y": float(o[1]),
                    **{k: getattr(card, k) for k in updates.get(cid, {})}}
    for sid, fields in sibling_moves(workshop, updates).items():  # the item's other boards
        sibling = workshop.cards.require(sid)
        new[sid] = fields
        old[sid] = {k: getattr(sibling, k) for k in fields}
    count = len(moves)
    return MoveCards(workshop, new, text or _count_text(count, Q.translate("Commands", "Move card"),
                                   Q.translate("Commands", "Move %1 cards")), old)


def update_cards_command(workshop: Workshop, changes: dict[str, dict[str, Any]],
                         text: str | None = None) -> UpdateCards:
    """Field changes as one step; on a board with zones, cards whose new fields belong to
    another zone move into it in the same step (the inspector's way of placing a card),
    and so do the item's other placements on their boards (`sibling_moves`)."""
    new = {cid: dict(f) for cid, f in changes.items()}
    by_canvas: dict[str, list[str]] = {}
    for cid in new:
        by_canvas.setdefault(workshop.cards.require(cid).canvas_id, []).append(cid)
    for canvas_id, ids in by_canvas.items():
        layout = workshop.canvases.layout(canvas_id)
        if not layout.zones:
            continue
        placed: dict[str, int] = {}
        for cid in ids:
            if "x" in new[cid] or "y" in new[cid]:
                continue
            card = replace(workshop.cards.require(cid), **new[cid])
            here = zone_at(layout, card)
            if here is not None and here.holds(card):
                continue
            target = zone_for_card(layout, card)
            if target is None or target is here:
                continue
            offset = placed.get(target.key, 0)
            placed[target.key] = offset + 1
            new[cid]["x"], new[cid]["y"] = position_in_zone(target, card, offset)
    new.update(sibling_moves(workshop, changes))
    return UpdateCards(workshop, new, text)


def sibling_moves(workshop: Workshop, changes: Mapping[str, Mapping[str, Any]],
                  ) -> dict[str, dict[str, Any]]:
    """The other placements of the changed cards' items that must move into another zone
    of their boards once they share the new item fields: `{card_id: {fields, x, y}}`. (The
    model gives them the fields anyway; this keeps every board telling the truth.)"""
    from coi_desktop.services.duplicates import zone_moves

    siblings: dict[str, dict[str, Any]] = {}
    for cid, fields in changes.items():
        shared = {k: v for k, v in fields.items() if k in ITEM_FIELDS}
        if not shared:
            continue
        for other in workshop.cards.placements(workshop.cards.require(cid).item):
            if other.id not in changes:
                siblings.setdefault(other.id, shared)
    moves = zone_moves(workshop, [replace(workshop.cards.require(sid), **fields)
                                  for sid, fields in siblings.items()])
    return {sid: {**siblings[sid], "x": x, "y": y} for sid, (x, y) in moves.items()}


def kind_fields(kind: str) -> tuple[str, ...]:
    """The fields a card of `kind` has beyond those every card has (from the registry)."""
    from coi_desktop.models.registry import KIND_FIELDS

    return tuple(KIND_FIELDS.get(kind, ()))


def change_kind_command(workshop: Workshop, card_ids: Iterable[str], kind: str,
                        text: str | None = None) -> UpdateCards | None:
    """Give cards another kind as one step. Fields both kinds have are carried over; the
    old kind's other fields are cleared (an actor's power means nothing on a barrier); a
    card standing in a zone that takes the new kind gets that zone's meaning (a note in a
    barrier-board column that becomes a barrier gets the column's category). Links the new
    kind does not allow become "relates" in the same step (`_retype_links`). None when no
    card changes."""
    defaults = {f.name: f.default for f in dataclass_fields(Card)}
    keep = set(kind_fields(kind))
    new: dict[str, dict[str, Any]] = {}
    for cid in dict.fromkeys(card_ids):
        card = workshop.cards.require(cid)
        if card.kind == kind:
            continue
        changes: dict[str, Any] = {"kind": kind}
        for name in kind_fields(card.kind):
            if name not in keep and getattr(card, name) != defaults[name]:
                changes[name] = defaults[name]
        moved = replace(card, **changes)
        zone = zone_at(workshop.canvases.layout(card.canvas_id), moved)
        if zone is not None:
            changes.update(zone_fields(zone, moved))
        new[cid] = changes
    if not new:
        return None
    command = UpdateCards(workshop, new, text or _count_text(
        len(new), Q.translate("Commands", "Change kind of card"),
        Q.translate("Commands", "Change kind of %1 cards")))
    command.steps[:0] = _retype_links(workshop, {workshop.cards.require(cid).item: f["kind"]
                                                 for cid, f in new.items()})
    return command


def _retype_links(workshop: Workshop, kinds: Mapping[str, str]) -> list[Step]:
    """Steps that make "relates" of the links the new kinds (item → kind, on every placement)
    would no longer allow ("addresses" to a card that is now an actor), taken before the
    kind changes and undone after it goes back. A link that was refused already (an older
    file) is left as it is."""
    from coi_desktop.models.registry import REGISTRY, RELATES

    cards = workshop.cards
    steps = []
    for link in workshop.links.values():
        source, target = cards.require(link.source_id), cards.require(link.target_id)
        if source.item not in kinds and target.item not in kinds:
            continue
        after = (kinds.get(source.item, source.kind), kinds.get(target.item, target.kind))
        if (REGISTRY.allows(link.relation, source.kind, target.kind, link.directed)
                and not REGISTRY.allows(link.relation, *after, link.directed)):
            steps.append(_link_step(workshop, link.id, {"relation": RELATES,
                                                        "directed": False},
                                    {"relation": link.relation, "directed": link.directed}))
    return steps


def _link_step(workshop: Workshop, link_id: str, new: dict[str, Any],
               old: dict[str, Any]) -> Step:
    return Step(lambda: workshop.links.update(link_id, **new),
                lambda _r: workshop.links.update(link_id, **old))


class RemoveCards(WorkshopCommand):
    """Remove cards with their links and votes; undo restores exactly what went."""

    def __init__(self, workshop: Workshop, card_ids: Iterable[str], text: str | None = None,
                 ) -> None:
        self.card_ids = list(dict.fromkeys(card_ids))
        n = len(self.card_ids)
        super().__init__(workshop, text or _count_text(n, Q.translate("Commands", "Delete card"),
                                   Q.translate("Commands", "Delete %1 cards")))
        self.steps = [removal_step(workshop, self.card_ids)]


def removal_step(workshop: Workshop, card_ids: list[str]) -> Step:
    """Remove cards; the inverse restores the records the model reports as removed."""
    return Step(lambda: workshop.cards.remove(card_ids).removed,
                lambda removed: workshop.restore(removed))


class PlaceCards(WorkshopCommand):
    """New placements of existing items on another canvas; undo takes them off again."""

    def __init__(self, workshop: Workshop, cards: Iterable[Card], text: str | None = None,
                 ) -> None:
        self.cards = list(cards)
        n = len(self.cards)
        super().__init__(workshop, text or _count_text(
            n, Q.translate("Commands", "Place card on another canvas"),
            Q.translate("Commands", "Place %1 cards on another canvas")))
        self.steps = [Step(lambda: workshop.cards.add(self.cards),
                           lambda _r: workshop.cards.remove([c.id for c in self.cards]))]


def placement_cards(workshop: Workshop, card_ids: Iterable[str], canvas_id: str,
                    ) -> list[Card]:
    """The new placements (not yet positioned) that put the items of `card_ids` on
    `canvas_id`: one per item not there yet. Raises a `ValidationError` when every item
    already is on that canvas."""
    workshop.canvases.require(canvas_id)
    there = {c.item for c in workshop.cards.on(canvas_id)}
    out: list[Card] = []
    for cid in dict.fromkeys(card_ids):
        card = workshop.cards.require(cid)
        if card.item in there:
            continue
        there.add(card.item)
        # A card not yet revealed (a hidden round) stays off the projector here as well.
        out.append(replace(card, id=new_id(), canvas_id=canvas_id, item_id=card.item))
    if not out:
        raise ValidationError("That item is already on this canvas.",
                              "Det element er allerede på dette lærred.")
    return out


class MergeItems(WorkshopCommand):
    """Make possible duplicates one item (services/duplicates.py plans it); undo restores
    the workshop exactly as it was."""

    def __init__(self, workshop: Workshop, items: Iterable[str], text: str | None = None,
                 ) -> None:
        from coi_desktop.services.duplicates import merge_steps, plan_merge

        self.plan = plan_merge(workshop, items)
        super().__init__(workshop, text or Q.translate("Commands", "Merge duplicates"))
        self.steps = [Step(do, undo) for do, undo in merge_steps(workshop, self.plan)]
