"""Participants, dot voting and the agenda: the part of the workshop that runs the room.

A mixin of `Workshop` (it uses its tables, `_get`, `_emit`); kept apart so each module stays
small. Voting rules live here: a participant's dots per round, the most dots on one card, a
closed round refuses votes, an anonymous round stores no participant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from . import events as ev
from .entities import AgendaItem, Card, Participant, Vote, VotingRound, new_id
from .errors import (
    OutOfRangeError,
    UnknownIdError,
    UnknownKindError,
    ValidationError,
    VotingError,
)
from .events import Change
from .taxonomy import CARD_KINDS
from .validation import changed, check_new_ids, check_text

if TYPE_CHECKING:
    from .entities import Canvas


class RoomMixin:
    """Participants, voting rounds, votes and agenda items of a workshop."""

    participants: dict[str, Participant]
    canvases: dict[str, Canvas]
    cards: dict[str, Card]
    rounds: dict[str, VotingRound]
    votes: dict[str, Vote]
    agenda: dict[str, AgendaItem]

    if TYPE_CHECKING:
        def _get(self, table: Mapping[str, Any], record_id: str, what: str) -> Any: ...
        def _emit(self, kind: str, upserted: Iterable[Any] = (),
                  removed: Iterable[Any] = ()) -> Change: ...
        def known_key(self, taxonomy: str, key: str) -> bool: ...
        def card(self, card_id: str) -> Card: ...
        def label(self, taxonomy: str, key: str, language: str | None = None) -> str: ...

    # -- participants ---------------------------------------------------------------------

    def _checked_participant(self, p: Participant) -> Participant:
        for name in ("name", "organisation", "email", "sector", "role"):
            check_text(name, getattr(p, name))
        if not p.name.strip():
            raise ValidationError("A participant needs a name.", "En deltager skal have et navn.")
        for taxonomy in ("sector", "role"):
            value = getattr(p, taxonomy)
            if value and not self.known_key(taxonomy, value):
                raise UnknownKindError(f"Unknown {taxonomy} {value!r}.",
                                      f"Ukendt {taxonomy} {value!r}.")
        return p

    def add_participants(self, participants: Iterable[Participant]) -> Change:
        """Add participants (all or none) as one change."""
        new = [self._checked_participant(p) for p in participants]
        check_new_ids(self.participants, new)
        for p in new:
            self.participants[p.id] = p
        return self._emit(ev.PARTICIPANTS_ADDED, new)

    def update_participant(self, participant_id: str, **fields: Any) -> Change:
        p = self._get(self.participants, participant_id, "participant")
        new = self._checked_participant(changed(p, fields))
        self.participants[participant_id] = new
        return self._emit(ev.PARTICIPANTS_UPDATED, [new])

    def remove_participants(self, participant_ids: Iterable[str]) -> Change:
        """Remove participants; their votes go, their cards stay without a contributor."""
        ids = list(dict.fromkeys(participant_ids))
        people = [self._get(self.participants, pid, "participant") for pid in ids]
        idset = set(ids)
        votes = [v for v in self.votes.values() if v.participant_id in idset]
        cards = [replace(c, participant_id=None) for c in self.cards.values()
                 if c.participant_id in idset]
        for v in votes:
            del self.votes[v.id]
        for c in cards:
            self.cards[c.id] = c
        for p in people:
            del self.participants[p.id]
        return self._emit(ev.PARTICIPANTS_REMOVED, cards, (*votes, *people))

    def display_name(self, participant_id: str | None, anonymous: bool = False) -> str:
        """How a participant may be shown: name with consent, else organisation or sector."""
        p = self.participants.get(participant_id or "")
        if p is None or anonymous:
            return ""
        if p.consent:
            return p.name
        if p.organisation:
            return p.organisation
        return self.label("sector", p.sector) if p.sector else ""

    # -- voting rounds --------------------------------------------------------------------

    def _checked_round(self, r: VotingRound) -> VotingRound:
        self._get(self.canvases, r.canvas_id, "canvas")
        check_text("title", r.title)
        if not r.kinds or any(k not in CARD_KINDS for k in r.kinds):
            raise ValidationError("Choose which card kinds can receive votes.",
                                  "Vælg hvilke korttyper der kan få stemmer.")
        if r.dots_per_participant < 1 or r.max_per_card < 1:
            raise OutOfRangeError("Dots per participant and per card must be at least 1.",
                                  "Prikker pr. deltager og pr. kort skal være mindst 1.")
        return r

    def add_round(self, voting_round: VotingRound) -> Change:
        r = self._checked_round(voting_round)
        check_new_ids(self.rounds, [r])
        self.rounds[r.id] = r
        return self._emit(ev.ROUNDS_ADDED, [r])

    def update_round(self, round_id: str, **fields: Any) -> Change:
        """Change a round's settings; `closed=True` locks it, `closed=False` reopens it."""
        old = self._get(self.rounds, round_id, "voting round")
        new = self._checked_round(changed(old, fields))
        if new.anonymous and not old.anonymous and any(
                v.participant_id for v in self.votes.values() if v.round_id == round_id):
            raise VotingError("This round already has named votes; it cannot become anonymous.",
                              "Runden har allerede navngivne stemmer og kan ikke blive anonym.")
        if new.canvas_id != old.canvas_id and any(
                v.round_id == round_id for v in self.votes.values()):
            raise VotingError("This round already has votes; it cannot move to another canvas.",
                              "Runden har allerede stemmer og kan ikke flyttes til et andet "
                              "lærred.")
        self.rounds[round_id] = new
        return self._emit(ev.ROUNDS_UPDATED, [new])

    def remove_round(self, round_id: str) -> Change:
        r = self._get(self.rounds, round_id, "voting round")
        votes = [v for v in self.votes.values() if v.round_id == round_id]
        for v in votes:
            del self.votes[v.id]
        del self.rounds[round_id]
        return self._emit(ev.ROUNDS_REMOVED, (), (*votes, r))

    def ordered_rounds(self, canvas_id: str | None = None) -> list[VotingRound]:
        return sorted((r for r in self.rounds.values()
                       if canvas_id is None or r.canvas_id == canvas_id),
                      key=lambda r: (r.position, r.title))

    # -- votes ----------------------------------------------------------------------------

    def votes_in(self, round_id: str) -> list[Vote]:
        return [v for v in self.votes.values() if v.round_id == round_id]

    def vote_totals(self, round_id: str) -> Counter[str]:
        """Dots per card id in one round (clicked and typed together)."""
        totals: Counter[str] = Counter()
        for v in self.votes_in(round_id):
            totals[v.card_id] += v.count
        return totals

    def dots_used(self, round_id: str, participant_id: str) -> int:
        return sum(v.count for v in self.votes_in(round_id) if v.participant_id == participant_id)

    def _vote_slot(self, round_id: str, card_id: str, participant_id: str | None) -> Vote | None:
        for v in self.votes_in(round_id):
            if v.card_id == card_id and v.participant_id == participant_id:
                return v
        return None

    def _open_round_for(self, round_id: str, card_id: str,
                        participant_id: str | None) -> VotingRound:
        r: VotingRound = self._get(self.rounds, round_id, "voting round")
        card = self.card(card_id)
        if r.closed:
            raise VotingError(f"The round \u201c{r.title}\u201d is closed.",
                              f"Runden \u201c{r.title}\u201d er lukket.")
        if card.canvas_id != r.canvas_id or card.kind not in r.kinds:
            raise VotingError("This card cannot receive votes in this round.",
                              "Dette kort kan ikke få stemmer i denne runde.")
        if participant_id is not None:
            if r.anonymous:
                raise VotingError("This round is anonymous: votes carry no name.",
                                  "Runden er anonym: stemmer bærer intet navn.")
            if participant_id not in self.participants:
                raise UnknownIdError(f"No participant with id {participant_id!r}.",
                                     f"Ingen deltager med id {participant_id!r}.")
        return r

    def cast_vote(self, round_id: str, card_id: str, participant_id: str | None,
                  delta: int = 1) -> Change:
        """Add (or with a negative delta, take back) dots from one participant on one card."""
        r = self._open_round_for(round_id, card_id, participant_id)
        slot = self._vote_slot(round_id, card_id, participant_id)
        count = (slot.count if slot else 0) + delta
        if count < 0:
            raise VotingError("There are no dots to take back.", "Der er ingen prikker at fjerne.")
        if participant_id is not None and delta > 0:
            if count > r.max_per_card:
                raise VotingError(
                    f"At most {r.max_per_card} dots per card from one participant.",
                    f"Højst {r.max_per_card} prikker pr. kort fra én deltager.")
            if self.dots_used(round_id, participant_id) + delta > r.dots_per_participant:
                raise VotingError(
                    f"This participant has used all {r.dots_per_participant} dots.",
                    f"Deltageren har brugt alle {r.dots_per_participant} prikker.")
        return self._set_slot(round_id, card_id, participant_id, slot, count)

    def set_vote_count(self, round_id: str, card_id: str, count: int) -> Change:
        """Record the stickers counted on a card after a paper dot round (no participant)."""
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise OutOfRangeError("A dot count must be a whole number of 0 or more.",
                                  "Et antal prikker skal være et helt tal på 0 eller mere.")
        self._open_round_for(round_id, card_id, None)
        slot = self._vote_slot(round_id, card_id, None)
        return self._set_slot(round_id, card_id, None, slot, count)

    def _set_slot(self, round_id: str, card_id: str, participant_id: str | None,
                  slot: Vote | None, count: int) -> Change:
        if count == 0:
            if slot is not None:
                del self.votes[slot.id]
                return self._emit(ev.VOTES_CHANGED, (), [slot])
            return self._emit(ev.VOTES_CHANGED)
        vote = replace(slot, count=count) if slot else Vote(new_id(), round_id, card_id,
                                                            participant_id, count)
        self.votes[vote.id] = vote
        return self._emit(ev.VOTES_CHANGED, [vote])

    # -- agenda ---------------------------------------------------------------------------

    def _checked_item(self, item: AgendaItem) -> AgendaItem:
        check_text("title", item.title)
        if isinstance(item.planned_minutes, bool) or not isinstance(item.planned_minutes, int) \
                or not 0 <= item.planned_minutes <= 24 * 60:
            raise OutOfRangeError("Planned minutes must be a whole number from 0 to 1440.",
                                  "Planlagte minutter skal være et helt tal fra 0 til 1440.")
        if item.canvas_id is not None:
            self._get(self.canvases, item.canvas_id, "canvas")
        return item

    def ordered_agenda(self) -> list[AgendaItem]:
        return sorted(self.agenda.values(), key=lambda a: (a.position, a.title))

    def add_agenda_items(self, items: Iterable[AgendaItem]) -> Change:
        new = [self._checked_item(i) for i in items]
        check_new_ids(self.agenda, new)
        for i in new:
            self.agenda[i.id] = i
        return self._emit(ev.AGENDA_ADDED, new)

    def update_agenda_item(self, item_id: str, **fields: Any) -> Change:
        new = self._checked_item(changed(self._get(self.agenda, item_id, "agenda item"), fields))
        self.agenda[item_id] = new
        return self._emit(ev.AGENDA_UPDATED, [new])

    def reorder_agenda(self, ordered_ids: list[str]) -> Change:
        if sorted(ordered_ids) != sorted(self.agenda):
            raise ValidationError("The new order must name every agenda item once.",
                                  "Den nye rækkefølge skal nævne hvert punkt én gang.")
        new = [replace(self.agenda[i], position=n) for n, i in enumerate(ordered_ids)]
        for item in new:
            self.agenda[item.id] = item
        return self._emit(ev.AGENDA_UPDATED, new)

    def remove_agenda_items(self, item_ids: Iterable[str]) -> Change:
        items = [self._get(self.agenda, i, "agenda item") for i in dict.fromkeys(item_ids)]
        for item in items:
            del self.agenda[item.id]
        return self._emit(ev.AGENDA_REMOVED, (), items)
