"""The participants of a workshop (`workshop.participants`): the people in the room.

A read-only mapping participant id → `Participant`; `add`, `update` and `remove` validate,
apply and emit one change each. Removing a person removes their votes and leaves their cards
without a contributor. `display_name` is the one rule for how a person may be shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from . import events as ev
from .collection import Records
from .entities import Participant
from .errors import UnknownKindError, ValidationError
from .events import Change
from .terms import label_of
from .validation import changed, check_text


class Participants(Records[Participant]):
    """Everybody taking part in a workshop."""

    what = "participant"

    def _checked(self, p: Participant) -> Participant:
        for name in ("name", "organisation", "email", "sector", "role"):
            check_text(name, getattr(p, name))
        if not p.name.strip():
            raise ValidationError("A participant needs a name.", "En deltager skal have et navn.")
        for taxonomy in ("sector", "role"):
            value = getattr(p, taxonomy)
            if value and not self._tables.has_term(taxonomy, value):
                raise UnknownKindError(f"Unknown {taxonomy} {value!r}.",
                                      f"Ukendt {taxonomy} {value!r}.")
        return p

    def add(self, participants: Iterable[Participant]) -> Change:
        """Add participants (all or none) as one change."""
        return self._insert([self._checked(p) for p in participants], ev.PARTICIPANTS_ADDED)

    def update(self, participant_id: str, **fields: Any) -> Change:
        return self._put([self._checked(changed(self.require(participant_id), fields))],
                         ev.PARTICIPANTS_UPDATED)

    def remove(self, participant_ids: Iterable[str]) -> Change:
        """Remove participants; their votes go, their cards stay without a contributor."""
        ids = list(dict.fromkeys(participant_ids))
        people = [self.require(pid) for pid in ids]
        idset = set(ids)
        t = self._tables
        votes = [v for v in t.votes.values() if v.participant_id in idset]
        cards = [replace(c, participant_id=None) for c in t.cards.values()
                 if c.participant_id in idset]
        for v in votes:
            del t.votes[v.id]
        for c in cards:
            t.cards[c.id] = c
        for p in people:
            del self._rows[p.id]
        return self._emit(ev.PARTICIPANTS_REMOVED, cards, (*votes, *people))

    def display_name(self, participant_id: str | None, anonymous: bool = False) -> str:
        """How a participant may be shown: name with consent, else organisation or sector."""
        p = self._rows.get(participant_id or "")
        if p is None or anonymous:
            return ""
        if p.consent:
            return p.name
        if p.organisation:
            return p.organisation
        return label_of(self._tables, "sector", p.sector) if p.sector else ""
