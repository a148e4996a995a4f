"""Submissions from phones, turned into undo commands on the GUI thread.

Each card or dot is one `WorkshopCommand` pushed with `commands.base.push`, the path every
other edit takes: it is on the undo stack, the model emits one change, the store commits it,
and only when `push` returned does the phone get its answer. A named participant who consented
becomes a `Participant` in the same step as their first card or dot (undone with it);
anonymous rounds store no name at all. Dots are checked against the round's budget here, on
the one thread that applies them, so two quick taps can never overspend: the model checks
named participants itself, and a ledger per device covers dots that carry no name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import Step, WorkshopCommand, push
from coi_desktop.commands.cards import AddCards
from coi_desktop.models import Card, CoiError, Participant, Workshop, new_id
from coi_desktop.services.room_server import (
    CardSubmission,
    Device,
    RequestError,
    RoundPolicy,
    VoteSubmission,
)

# the inbox's tag and helpers live apart, so the Phones dock loads without the server
from .inbox import INBOX_TAG, accepted, inbox_cards
from .placing import card_rects, place


def refused(exc: CoiError) -> RequestError:
    return RequestError(409, "refused", exc.en, exc.da)


def gone() -> RequestError:
    return RequestError(409, "gone", "This round is no longer on the board.",
                        "Denne runde er ikke længere på tavlen.")


class SubmissionApplier:
    """Applies one submission at a time (see the module docstring)."""

    def __init__(self, workshop: Workshop, stack: QUndoStack,
                 policy: Callable[[], RoundPolicy], hidden_round: Callable[[], bool]) -> None:
        self.workshop = workshop
        self.stack = stack
        self.policy = policy
        self.hidden_round = hidden_round
        self._last: dict[str, str] = {}  # canvas id -> the last card a phone added there
        self._ledger: dict[tuple[str, str], dict[str, int]] = {}  # (token, round) -> dots

    def apply(self, device: Device, submission: CardSubmission | VoteSubmission
              ) -> dict[str, Any]:
        if isinstance(submission, CardSubmission):
            return self.add_card(device, submission)
        return self.vote(device, submission)

    # -- participants ---------------------------------------------------------------------

    def _participant_step(self, device: Device, fresh: set[str] | None = None
                          ) -> tuple[str | None, list[Step]]:
        """The device's participant id, and the step that adds them if they are new.

        `fresh`: ids added earlier in the same batch (not in the workshop yet)."""
        if self.policy().anonymous or not device.name:
            return None, []
        pid = device.participant_id
        if pid is not None and (pid in self.workshop.participants or pid in (fresh or ())):
            return pid, []
        person = Participant(new_id(), device.name, consent=True)
        device.participant_id = person.id
        if fresh is not None:
            fresh.add(person.id)
        w = self.workshop
        return person.id, [Step(lambda: w.participants.add([person]),
                                lambda _r: w.participants.remove([person.id]))]

    # -- cards ----------------------------------------------------------------------------

    def add_card(self, device: Device, sub: CardSubmission) -> dict[str, Any]:
        answer = self.add_cards([(device, sub)])[0]
        if isinstance(answer, RequestError):
            raise answer
        return answer

    def add_cards(self, batch: list[tuple[Device, CardSubmission]]
                  ) -> list[dict[str, Any] | RequestError]:
        """Several phones' cards as one command (one change, one commit): under load the
        GUI thread then pays the listeners (canvas, docks, store) once per batch, not per
        card. If the model refuses the batch, each card is tried alone."""
        policy = self.policy()
        w = self.workshop
        if policy.canvas_id not in w.canvases:
            return [gone() for _ in batch]
        hidden = policy.inbox or self.hidden_round()
        fresh: set[str] = set()
        steps: list[Step] = []
        cards: list[Card] = []
        before = {id(d): d.participant_id for d, _s in batch}
        rects = card_rects(w, policy.canvas_id)
        for device, sub in batch:
            pid, step = self._participant_step(device, fresh)
            steps += step
            card = Card(new_id(), policy.canvas_id, sub.kind, sub.title, description=sub.text,
                        category=sub.category, participant_id=pid, hidden=hidden,
                        tags=(INBOX_TAG,) if policy.inbox else ())
            after = cards[-1] if cards else w.cards.get(self._last.get(policy.canvas_id, ""))
            if after is not None and after.canvas_id != card.canvas_id:
                after = None
            cards.append(place(w, card, after, rects))
        if len(batch) == 1:
            device = batch[0][0]
            text = Q.translate("Devices", "Card from phone %1").replace("%1",
                                                                         str(device.number))
        else:
            text = Q.translate("Devices", "%1 cards from phones").replace("%1",
                                                                          str(len(batch)))
        command = AddCards(w, cards, text)
        command.steps[:0] = steps
        try:
            push(self.stack, command)
        except CoiError as exc:
            for device, _sub in batch:
                device.participant_id = before[id(device)]
            if len(batch) == 1:
                return [refused(exc)]
            return [self._one(device, sub) for device, sub in batch]
        self._last[policy.canvas_id] = cards[-1].id
        status = "inbox" if policy.inbox else "hidden" if hidden else "live"
        return [{"card": {"id": card.id, "kind": sub.kind, "title": sub.title,
                          "status": status}} for card, (_d, sub) in zip(cards, batch, strict=True)]

    def _one(self, device: Device, sub: CardSubmission) -> dict[str, Any] | RequestError:
        return self.add_cards([(device, sub)])[0]

    # -- dots -----------------------------------------------------------------------------

    def vote(self, device: Device, sub: VoteSubmission) -> dict[str, Any]:
        policy = self.policy()
        w = self.workshop
        voting = w.voting.get(policy.vote_round_id or "")
        if voting is None:
            raise gone()
        card = w.cards.get(sub.card_id)
        if card is None or card.hidden or card.canvas_id != voting.canvas_id \
                or card.kind not in voting.kinds:
            raise RequestError(409, "not_votable", "That card cannot get dots in this round.",
                               "Det kort kan ikke få prikker i denne runde.")
        ledger = self._ledger.setdefault((device.token, voting.id), {})
        mine = ledger.get(card.id, 0) + sub.delta
        if mine < 0:
            raise RequestError(409, "no_dot", "There is no dot of yours to take back.",
                               "Der er ingen prik fra dig at tage tilbage.")
        if sub.delta > 0 and mine > voting.max_per_card:
            raise RequestError(409, "card_full",
                               f"At most {voting.max_per_card} dots on one card.",
                               f"Højst {voting.max_per_card} prikker på ét kort.")
        if sub.delta > 0 and sum(ledger.values()) + 1 > voting.dots_per_participant:
            raise RequestError(409, "budget", "You have used all your dots.",
                               "Du har brugt alle dine prikker.")
        pid, steps = (None, []) if voting.anonymous else self._participant_step(device)
        rid, cid, delta = voting.id, card.id, sub.delta
        steps.append(Step(lambda: w.voting.cast(rid, cid, pid, delta),
                          lambda _r: w.voting.cast(rid, cid, pid, -delta)))
        text = Q.translate("Devices", "Dot from phone %1").replace("%1", str(device.number))
        try:
            push(self.stack, WorkshopCommand(w, text, steps))
        except CoiError as exc:
            raise refused(exc) from None
        ledger[cid] = mine
        if not mine:
            del ledger[cid]
        return {"dots": dict(ledger),
                "dots_left": voting.dots_per_participant - sum(ledger.values())}


__all__ = ["INBOX_TAG", "SubmissionApplier", "accepted", "inbox_cards"]
