"""The cards of a workshop (`workshop.cards`): the stickies and every way to change them.

A read-only mapping card id → `Card`; `add`, `update`, `update_many`, `move`, `place` and
`remove` validate, apply and emit one change each. Removing cards removes their links and
votes in the same change (dependants first in `removed`, so undo restores them in order).

A card is a placement of an item (`Card.item`): the placements of one item share every field
but their place. Changing an item field of one placement (its title, kind, category, a
zone drop's power and interest, …) changes it on every placement in the same change, and a
new placement of an existing item takes the item's fields, so the canvases never disagree
about what the item is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from . import events as ev
from .collection import Records, Tables
from .entities import PLACEMENT_FIELDS, Card, field_names, new_id
from .errors import UnknownIdError, ValidationError
from .events import Change
from .validation import changed, check_card, check_number


def checked_card(tables: Tables, card: Card) -> Card:
    """`card` if it may live in the workshop (its canvas, contributor and keys exist)."""
    check_card(card, tables.has_term)
    if card.canvas_id not in tables.canvases:
        raise UnknownIdError(f"No canvas with id {card.canvas_id!r} for the card.",
                             f"Intet lærred med id {card.canvas_id!r} til kortet.")
    if card.participant_id is not None and card.participant_id not in tables.participants:
        raise UnknownIdError(f"No participant with id {card.participant_id!r}.",
                             f"Ingen deltager med id {card.participant_id!r}.")
    return card


#: Fields every placement of an item shares.
ITEM_FIELDS = tuple(n for n in field_names(Card) if n not in PLACEMENT_FIELDS)


def item_fields(card: Card) -> dict[str, Any]:
    """The fields of `card` that belong to its item (shared by all its placements)."""
    return {name: getattr(card, name) for name in ITEM_FIELDS}


def _placed(card: Card, x: float, y: float) -> Card:
    """`card` at (x, y), every other field shared with it (a move's new record).

    `dataclasses.replace` runs `__init__` over all 30 fields: 5 µs, half of what the model
    spends on a one-card move and a quarter of the committed edit. A copy of the instance
    dict is 0.7 µs, and keeps the field order the store's writer relies on (`vars()`).
    """
    moved = object.__new__(Card)
    fields = moved.__dict__
    fields.update(card.__dict__)
    fields["x"], fields["y"] = x, y
    return moved


def _item_changed(old: Card | None, new: Card) -> bool:
    """Whether `new` differs from `old` (its row before the change) in an item field."""
    if old is None:
        return True
    for name in ITEM_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a is not b and a != b:
            return True
    return False


class Cards(Records[Card]):
    """All cards of a workshop, on every canvas."""

    what = "card"

    def on(self, canvas_id: str) -> list[Card]:
        """The cards of one canvas."""
        return [c for c in self._rows.values() if c.canvas_id == canvas_id]

    def placements(self, item: str) -> list[Card]:
        """Every card that places the item `item` (on any canvas)."""
        return [c for c in self._rows.values() if c.item == item]

    def by_item(self) -> dict[str, list[Card]]:
        """Item id → its placements, in the order the cards were added."""
        out: dict[str, list[Card]] = {}
        for card in self._rows.values():
            out.setdefault(card.item, []).append(card)
        return out

    def _with_siblings(self, new: list[Card]) -> list[Card]:
        """`new` plus every other placement of their items, carrying the item fields the
        cards in `new` now have (the first change of an item wins within one call)."""
        out = {c.id: c for c in new}
        # Only a card whose item fields changed can disagree with its siblings: a plain move
        # (the common edit) skips the scan over every card, which made each drag step cost
        # in proportion to the whole workshop.
        for card in (c for c in new if _item_changed(self._rows.get(c.id), c)):
            shared = item_fields(card)
            for sibling in self._rows.values():
                if (sibling.item == card.item and sibling.id not in out
                        and item_fields(sibling) != shared):
                    out[sibling.id] = checked_card(self._tables, replace(sibling, **shared))
        return list(out.values())

    def place(self, card_id: str, canvas_id: str, x: float, y: float,
              placement_id: str | None = None) -> Change:
        """Place the item of `card_id` on another canvas as well (one change)."""
        source = self.require(card_id)
        if any(c.canvas_id == canvas_id for c in self.placements(source.item)):
            raise ValidationError("That item is already on this canvas.",
                                  "Det element er allerede på dette lærred.")
        card = replace(source, id=placement_id or new_id(), canvas_id=canvas_id,
                       x=float(x), y=float(y), hidden=False, item_id=source.item)
        return self.add([card])

    def check(self, card: Card) -> Card:
        """`card` if it could be added or stored as it is (raises a `ValidationError` if not)."""
        return checked_card(self._tables, card)

    def add(self, cards: Iterable[Card]) -> Change:
        """Add cards (all or none) as one change; a new placement of an existing item takes
        the item's fields."""
        new = [checked_card(self._tables, self._as_item(c)) for c in cards]
        ids = [c.id for c in new]
        if len(set(ids)) != len(ids) or any(i in self._rows for i in ids):
            raise ValidationError("A card with that id already exists.",
                                  "Der findes allerede et kort med det id.")
        for c in new:
            self._rows[c.id] = c
        return self._emit(ev.CARDS_ADDED, new)

    def _as_item(self, card: Card) -> Card:
        if card.item_id == card.id:
            card = replace(card, item_id="")
        if card.item_id:
            known = next((c for c in self._rows.values() if c.item == card.item_id), None)
            if known is not None:
                card = replace(card, **item_fields(known))
        return card

    def update(self, card_id: str, **fields: Any) -> Change:
        """Change fields of one card."""
        return self.update_many({card_id: fields})

    def update_many(self, changes: Mapping[str, Mapping[str, Any]]) -> Change:
        """Change fields of several cards as one change (a card cannot change canvas here)."""
        new = [checked_card(self._tables, changed(self.require(cid), f))
               for cid, f in changes.items()]
        for card in new:
            old = self._rows[card.id]
            if card.canvas_id != old.canvas_id or card.item_id != old.item_id:
                raise ValidationError("A card cannot change canvas or item this way.",
                                      "Et kort kan ikke skifte lærred eller element sådan.")
        new = self._with_siblings(new)
        for card in new:
            self._rows[card.id] = card
        return self._emit(ev.CARDS_UPDATED, new)

    def move(self, positions: Mapping[str, tuple[float, float]],
             updates: Mapping[str, Mapping[str, Any]] | None = None) -> Change:
        """Move cards (and optionally change fields, e.g. a zone drop) as one change."""
        if not updates and len(positions) == 1:  # one card dragged: the commonest edit
            ((cid, (x, y)),) = positions.items()
            x, y = float(x), float(y)
            check_number("x", x)
            check_number("y", y)
            card = _placed(self.require(cid), x, y)
            self._rows[card.id] = card
            return self._emit(ev.CARDS_MOVED, (card,))
        updates = updates or {}
        ids = list(dict.fromkeys([*positions, *updates]))
        new = []
        for cid in ids:
            if cid not in updates:
                # Only the place changes: the stored card passed every check when it was
                # stored, so only the new coordinates need one (a drag is many of these).
                x, y = (float(v) for v in positions[cid])
                check_number("x", x)
                check_number("y", y)
                new.append(_placed(self.require(cid), x, y))
                continue
            fields = dict(updates.get(cid, {}))
            if cid in positions:
                fields["x"], fields["y"] = (float(v) for v in positions[cid])
            new.append(checked_card(self._tables, changed(self.require(cid), fields)))
            if new[-1].canvas_id != self._rows[cid].canvas_id:
                raise ValidationError("Moving cards cannot take them to another canvas.",
                                      "At flytte kort kan ikke tage dem til et andet lærred.")
        if updates:  # a zone drop sets item fields (power, category, …); a move sets none
            new = self._with_siblings(new)
        for card in new:
            self._rows[card.id] = card
        return self._emit(ev.CARDS_MOVED, new)

    def remove(self, card_ids: Iterable[str]) -> Change:
        """Remove cards with their links and votes (dependants first in `removed`)."""
        ids = list(dict.fromkeys(card_ids))
        cards = [self.require(cid) for cid in ids]
        idset = set(ids)
        t = self._tables
        links = [link for link in t.links.values()
                 if link.source_id in idset or link.target_id in idset]
        votes = [v for v in t.votes.values() if v.card_id in idset]
        for v in votes:
            del t.votes[v.id]
        for link in links:
            del t.links[link.id]
        for c in cards:
            del self._rows[c.id]
        return self._emit(ev.CARDS_REMOVED, (), (*votes, *links, *cards))
