"""The cards of a workshop (`workshop.cards`): the stickies and every way to change them.

A read-only mapping card id → `Card`; `add`, `update`, `update_many`, `move` and `remove`
validate, apply and emit one change each. Removing cards removes their links and votes in
the same change (dependants first in `removed`, so undo restores them in order).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from . import events as ev
from .collection import Collection, Tables
from .entities import Card
from .errors import UnknownIdError, ValidationError
from .events import Change
from .validation import changed, check_card


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


class Cards(Collection[str, Card]):
    """All cards of a workshop, on every canvas."""

    what = "card"

    def on(self, canvas_id: str) -> list[Card]:
        """The cards of one canvas."""
        return [c for c in self._rows.values() if c.canvas_id == canvas_id]

    def check(self, card: Card) -> Card:
        """`card` if it could be added or stored as it is (raises a `ValidationError` if not)."""
        return checked_card(self._tables, card)

    def add(self, cards: Iterable[Card]) -> Change:
        """Add cards (all or none) as one change."""
        new = [checked_card(self._tables, c) for c in cards]
        ids = [c.id for c in new]
        if len(set(ids)) != len(ids) or any(i in self._rows for i in ids):
            raise ValidationError("A card with that id already exists.",
                                  "Der findes allerede et kort med det id.")
        for c in new:
            self._rows[c.id] = c
        return self._emit(ev.CARDS_ADDED, new)

    def update(self, card_id: str, **fields: Any) -> Change:
        """Change fields of one card."""
        return self.update_many({card_id: fields})

    def update_many(self, changes: Mapping[str, Mapping[str, Any]]) -> Change:
        """Change fields of several cards as one change (a card cannot change canvas here)."""
        new = [checked_card(self._tables, changed(self.require(cid), f))
               for cid, f in changes.items()]
        for card in new:
            if card.canvas_id != self._rows[card.id].canvas_id:
                raise ValidationError("Use move_cards_to_canvas to move a card to another canvas.",
                                      "Brug flyt til lærred for at flytte et kort.")
        for card in new:
            self._rows[card.id] = card
        return self._emit(ev.CARDS_UPDATED, new)

    def move(self, positions: Mapping[str, tuple[float, float]],
             updates: Mapping[str, Mapping[str, Any]] | None = None) -> Change:
        """Move cards (and optionally change fields, e.g. a zone drop) as one change."""
        updates = updates or {}
        ids = list(dict.fromkeys([*positions, *updates]))
        new = []
        for cid in ids:
            fields = dict(updates.get(cid, {}))
            if cid in positions:
                fields["x"], fields["y"] = (float(v) for v in positions[cid])
            new.append(checked_card(self._tables, changed(self.require(cid), fields)))
            if new[-1].canvas_id != self._rows[cid].canvas_id:
                raise ValidationError("Moving cards cannot take them to another canvas.",
                                      "At flytte kort kan ikke tage dem til et andet lærred.")
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
