"""Undo commands for running the room: participants, voting rounds, votes, agenda, reveal.

Each command changes the workshop only through its mutation methods and is a
`base.WorkshopCommand` (one framework): `push(stack, command)` (the same `base.push`) applies
it once *before* it goes on the stack, so a refused change (a spent dot budget, a closed
round) raises its `CoiError` to the caller and leaves the stack untouched. Every user gesture
is one command.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..models import AgendaItem, Participant, VotingRound, Workshop
from .base import Step, WorkshopCommand, push

__all__ = ["ModelCommand", "push"]  # push: the one path (base.push), re-exported for callers


class ModelCommand(WorkshopCommand):
    """A room command: one step made of the subclass's `_do` and `_undo`.

    It is a `WorkshopCommand` like every other command, so `push(stack, command)` applies it
    once before the stack sees it (a refusal raises and the stack stays untouched) and
    `base.undo`/`base.redo` keep the stack's index in line with the model after a refusal.
    """

    def __init__(self, workshop: Workshop, text: str) -> None:
        super().__init__(workshop, text, [Step(lambda: self._do(), lambda _r: self._undo())])

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def _old_fields(record: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in fields}


# -- participants -------------------------------------------------------------------------

class AddParticipants(ModelCommand):
    def __init__(self, workshop: Workshop, participants: Iterable[Participant], text: str) -> None:
        super().__init__(workshop, text)
        self.participants = list(participants)

    def _do(self) -> None:
        self.workshop.participants.add(self.participants)

    def _undo(self) -> None:
        self.workshop.participants.remove([p.id for p in self.participants])


class UpdateParticipant(ModelCommand):
    def __init__(self, workshop: Workshop, participant_id: str, fields: Mapping[str, Any],
                 text: str) -> None:
        super().__init__(workshop, text)
        self.participant_id = participant_id
        self.new = dict(fields)
        self.old = _old_fields(workshop.participants[participant_id], fields)

    def _do(self) -> None:
        self.workshop.participants.update(self.participant_id, **self.new)

    def _undo(self) -> None:
        self.workshop.participants.update(self.participant_id, **self.old)


class RemoveParticipants(ModelCommand):
    """Removes people with their votes; undo also gives their cards back their contributor."""

    def __init__(self, workshop: Workshop, participant_ids: Iterable[str], text: str) -> None:
        super().__init__(workshop, text)
        self.ids = list(dict.fromkeys(participant_ids))
        self.removed: tuple[Any, ...] = ()
        self.contributors: dict[str, str] = {}

    def _do(self) -> None:
        ids = set(self.ids)
        self.contributors = {c.id: c.participant_id for c in self.workshop.cards.values()
                             if c.participant_id in ids and c.participant_id is not None}
        self.removed = self.workshop.participants.remove(self.ids).removed

    def _undo(self) -> None:
        self.workshop.restore(self.removed)
        if self.contributors:
            self.workshop.cards.update_many({cid: {"participant_id": pid}
                                        for cid, pid in self.contributors.items()
                                        if cid in self.workshop.cards})


# -- voting -------------------------------------------------------------------------------

class AddRound(ModelCommand):
    def __init__(self, workshop: Workshop, voting_round: VotingRound, text: str) -> None:
        super().__init__(workshop, text)
        self.round = voting_round
        self.removed: tuple[Any, ...] = ()

    def _do(self) -> None:
        if self.removed:  # redo after undo: votes cast later are not part of this command
            self.workshop.restore([self.removed[-1]])
        else:
            self.workshop.voting.add(self.round)

    def _undo(self) -> None:
        self.removed = self.workshop.voting.remove(self.round.id).removed


class UpdateRound(ModelCommand):
    """Close (lock), reopen or change a round's settings."""

    def __init__(self, workshop: Workshop, round_id: str, fields: Mapping[str, Any],
                 text: str) -> None:
        super().__init__(workshop, text)
        self.round_id = round_id
        self.new = dict(fields)
        self.old = _old_fields(workshop.voting[round_id], fields)

    def _do(self) -> None:
        self.workshop.voting.update(self.round_id, **self.new)

    def _undo(self) -> None:
        self.workshop.voting.update(self.round_id, **self.old)


class RemoveRound(ModelCommand):
    def __init__(self, workshop: Workshop, round_id: str, text: str) -> None:
        super().__init__(workshop, text)
        self.round_id = round_id
        self.removed: tuple[Any, ...] = ()

    def _do(self) -> None:
        self.removed = self.workshop.voting.remove(self.round_id).removed

    def _undo(self) -> None:
        self.workshop.restore(self.removed)


class CastVote(ModelCommand):
    """One click: a dot (or, with delta -1, a dot taken back) from one participant."""

    def __init__(self, workshop: Workshop, round_id: str, card_id: str,
                 participant_id: str | None, delta: int, text: str) -> None:
        super().__init__(workshop, text)
        self.args = (round_id, card_id, participant_id)
        self.delta = delta

    def _do(self) -> None:
        self.workshop.voting.cast(*self.args, delta=self.delta)

    def _undo(self) -> None:
        self.workshop.voting.cast(*self.args, delta=-self.delta)


def counted_dots(workshop: Workshop, round_id: str, card_id: str) -> int:
    """The dots on a card that carry no participant (typed paper counts, anonymous clicks)."""
    return sum(v.count for v in workshop.voting.votes_in(round_id)
               if v.card_id == card_id and v.participant_id is None)


class SetVoteCounts(ModelCommand):
    """Typed sticker counts for several cards after a paper dot round: one undo step."""

    def __init__(self, workshop: Workshop, round_id: str, counts: Mapping[str, int],
                 text: str) -> None:
        super().__init__(workshop, text)
        self.round_id = round_id
        self.new = dict(counts)
        self.old = {cid: counted_dots(workshop, round_id, cid) for cid in counts}

    def _set(self, counts: Mapping[str, int]) -> None:
        done: dict[str, int] = {}
        try:
            for cid, count in counts.items():
                prior = counted_dots(self.workshop, self.round_id, cid)
                self.workshop.voting.set_count(self.round_id, cid, count)
                done[cid] = prior
        except Exception:
            for cid, prior in done.items():  # all or nothing
                self.workshop.voting.set_count(self.round_id, cid, prior)
            raise

    def _do(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)


# -- agenda -------------------------------------------------------------------------------

class AddAgendaItems(ModelCommand):
    def __init__(self, workshop: Workshop, items: Iterable[AgendaItem], text: str) -> None:
        super().__init__(workshop, text)
        self.items = list(items)

    def _do(self) -> None:
        self.workshop.agenda.add(self.items)

    def _undo(self) -> None:
        self.workshop.agenda.remove([i.id for i in self.items])


class UpdateAgendaItems(ModelCommand):
    """Change fields of one or more items (edit, start, finish) as one undo step."""

    def __init__(self, workshop: Workshop, changes: Mapping[str, Mapping[str, Any]],
                 text: str) -> None:
        super().__init__(workshop, text)
        self.new = {iid: dict(f) for iid, f in changes.items()}
        self.old = {iid: _old_fields(workshop.agenda[iid], f) for iid, f in changes.items()}

    def _do(self) -> None:
        for iid, fields in self.new.items():
            self.workshop.agenda.update(iid, **fields)

    def _undo(self) -> None:
        for iid, fields in self.old.items():
            self.workshop.agenda.update(iid, **fields)


class ReorderAgenda(ModelCommand):
    def __init__(self, workshop: Workshop, ordered_ids: list[str], text: str) -> None:
        super().__init__(workshop, text)
        self.new = list(ordered_ids)
        self.old = [i.id for i in workshop.agenda.ordered()]

    def _do(self) -> None:
        self.workshop.agenda.reorder(self.new)

    def _undo(self) -> None:
        self.workshop.agenda.reorder(self.old)


class RemoveAgendaItems(ModelCommand):
    def __init__(self, workshop: Workshop, item_ids: Iterable[str], text: str) -> None:
        super().__init__(workshop, text)
        self.ids = list(item_ids)
        self.removed: tuple[Any, ...] = ()

    def _do(self) -> None:
        self.removed = self.workshop.agenda.remove(self.ids).removed

    def _undo(self) -> None:
        self.workshop.restore(self.removed)


# -- hidden round -------------------------------------------------------------------------

class RevealCards(ModelCommand):
    """Show every hidden card at once on the projector (the end of silent brainstorming)."""

    def __init__(self, workshop: Workshop, card_ids: Iterable[str], text: str) -> None:
        super().__init__(workshop, text)
        self.ids = list(card_ids)

    def _do(self) -> None:
        self.workshop.cards.update_many({cid: {"hidden": False} for cid in self.ids})

    def _undo(self) -> None:
        self.workshop.cards.update_many({cid: {"hidden": True} for cid in self.ids})


def hidden_cards(workshop: Workshop, canvas_id: str | None = None) -> list[str]:
    """Ids of the cards not yet revealed (on one canvas, or everywhere)."""
    return [c.id for c in workshop.cards.values()
            if c.hidden and (canvas_id is None or c.canvas_id == canvas_id)]
