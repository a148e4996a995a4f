"""Dot voting (`workshop.voting`): the rounds of a workshop and the votes cast in them.

A read-only mapping round id → `VotingRound`, with `votes` the read-only mapping of votes.
Every mutation validates, applies and emits one change. The rules live here: a participant's
dots per round, the most dots on one card, a closed round refuses votes, an anonymous round
stores no participant.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from . import events as ev
from .collection import Emit, Records, Tables, require
from .entities import Vote, VotingRound, new_id
from .errors import OutOfRangeError, UnknownIdError, ValidationError, VotingError
from .events import Change
from .journal import Table
from .registry import CARD_KINDS
from .validation import changed, check_count, check_text


class Votes(Records[Vote]):
    """Every vote of a workshop (read-only; cast them through `workshop.voting`)."""

    what = "vote"


class Voting(Records[VotingRound]):
    """The voting rounds of a workshop, their votes and the rules for casting them."""

    what = "voting round"

    def __init__(self, rows: Table[str, VotingRound], tables: Tables, emit: Emit) -> None:
        super().__init__(rows, tables, emit)
        self.votes = Votes(tables.votes, tables, emit)

    # -- rounds ---------------------------------------------------------------------------

    def _checked(self, r: VotingRound) -> VotingRound:
        require(self._tables.canvases, r.canvas_id, "canvas")
        check_text("title", r.title)
        if not r.kinds or any(k not in CARD_KINDS for k in r.kinds):
            raise ValidationError("Choose which card kinds can receive votes.",
                                  "Vælg hvilke korttyper der kan få stemmer.")
        if r.dots_per_participant < 1 or r.max_per_card < 1:
            raise OutOfRangeError("Dots per participant and per card must be at least 1.",
                                  "Prikker pr. deltager og pr. kort skal være mindst 1.")
        check_count("Dots per participant", r.dots_per_participant, 1)  # storage's bounds
        check_count("Dots per card", r.max_per_card, 1)
        return r

    def add(self, voting_round: VotingRound) -> Change:
        return self._insert([self._checked(voting_round)], ev.ROUNDS_ADDED)

    def update(self, round_id: str, **fields: Any) -> Change:
        """Change a round's settings; `closed=True` locks it, `closed=False` reopens it."""
        old = self.require(round_id)
        new = self._checked(changed(old, fields))
        votes = self.votes_in(round_id)
        if new.anonymous and not old.anonymous and any(v.participant_id for v in votes):
            raise VotingError("This round already has named votes; it cannot become anonymous.",
                              "Runden har allerede navngivne stemmer og kan ikke blive anonym.")
        if new.canvas_id != old.canvas_id and votes:
            raise VotingError("This round already has votes; it cannot move to another canvas.",
                              "Runden har allerede stemmer og kan ikke flyttes til et andet "
                              "lærred.")
        return self._put([new], ev.ROUNDS_UPDATED)

    def remove(self, round_id: str) -> Change:
        """Remove a round with its votes."""
        r = self.require(round_id)
        votes = self.votes_in(round_id)
        for v in votes:
            del self._tables.votes[v.id]
        del self._rows[round_id]
        return self._emit(ev.ROUNDS_REMOVED, (), (*votes, r))

    def ordered(self, canvas_id: str | None = None) -> list[VotingRound]:
        """The rounds (of one canvas, or all) in their order."""
        return sorted((r for r in self._rows.values()
                       if canvas_id is None or r.canvas_id == canvas_id),
                      key=lambda r: (r.position, r.title))

    # -- votes ----------------------------------------------------------------------------

    def votes_in(self, round_id: str) -> list[Vote]:
        return [v for v in self._tables.votes.values() if v.round_id == round_id]

    def totals(self, round_id: str) -> Counter[str]:
        """Dots per card id in one round (clicked and typed together)."""
        totals: Counter[str] = Counter()
        for v in self.votes_in(round_id):
            totals[v.card_id] += v.count
        return totals

    def dots_used(self, round_id: str, participant_id: str) -> int:
        return sum(v.count for v in self.votes_in(round_id) if v.participant_id == participant_id)

    def _slot(self, round_id: str, card_id: str, participant_id: str | None) -> Vote | None:
        for v in self.votes_in(round_id):
            if v.card_id == card_id and v.participant_id == participant_id:
                return v
        return None

    def _open_round_for(self, round_id: str, card_id: str,
                        participant_id: str | None) -> VotingRound:
        r = self.require(round_id)
        card = require(self._tables.cards, card_id, "card")
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
            if participant_id not in self._tables.participants:
                raise UnknownIdError(f"No participant with id {participant_id!r}.",
                                     f"Ingen deltager med id {participant_id!r}.")
        return r

    def cast(self, round_id: str, card_id: str, participant_id: str | None,
             delta: int = 1) -> Change:
        """Add (or with a negative delta, take back) dots from one participant on one card."""
        r = self._open_round_for(round_id, card_id, participant_id)
        slot = self._slot(round_id, card_id, participant_id)
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

    def set_count(self, round_id: str, card_id: str, count: int) -> Change:
        """Record the stickers counted on a card after a paper dot round (no participant)."""
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise OutOfRangeError("A dot count must be a whole number of 0 or more.",
                                  "Et antal prikker skal være et helt tal på 0 eller mere.")
        self._open_round_for(round_id, card_id, None)
        slot = self._slot(round_id, card_id, None)
        return self._set_slot(round_id, card_id, None, slot, count)

    def _set_slot(self, round_id: str, card_id: str, participant_id: str | None,
                  slot: Vote | None, count: int) -> Change:
        check_count("A dot count", count)  # the bound the storage's checks apply
        votes = self._tables.votes
        if count == 0:
            if slot is not None:
                del votes[slot.id]
                return self._emit(ev.VOTES_CHANGED, (), [slot])
            return self._emit(ev.VOTES_CHANGED)
        vote = replace(slot, count=count) if slot else Vote(new_id(), round_id, card_id,
                                                            participant_id, count)
        votes[vote.id] = vote
        return self._emit(ev.VOTES_CHANGED, [vote])
