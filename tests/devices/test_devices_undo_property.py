"""Property: whatever phones send, undoing every step gives back the workshop as it was, and
redoing gives back what the phones made (batches, names and dots included)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from coi_desktop.models import Card, VotingRound, Workshop, new_id
from coi_desktop.services.room_server import (
    CardSubmission,
    DeviceBook,
    RequestError,
    RoundPolicy,
    VoteSubmission,
)
from coi_desktop.views.devices.applier import SubmissionApplier

titles = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
card = st.tuples(st.just("card"), st.integers(0, 2), st.sampled_from(["barrier", "note"]),
                 titles, st.sampled_from(["", "law", "economy"]))
vote = st.tuples(st.just("vote"), st.integers(0, 2), st.integers(0, 5), st.sampled_from([1, -1]))
batch = st.tuples(st.just("batch"), st.lists(st.tuples(st.integers(0, 2), titles),
                                             min_size=2, max_size=5))


def plain(w: Workshop) -> dict[str, Any]:
    """The snapshot with votes as (round, card, participant, count): a dot taken back and
    given again is the same dot, whatever its record id."""
    snap = w.snapshot()
    snap["votes"] = sorted((v.round_id, v.card_id, v.participant_id or "", v.count)
                           for v in snap["votes"])
    return snap


def fresh() -> tuple[Workshop, str, str]:
    w = Workshop.new("Property", language="en", template="barrier_board")
    canvas = w.canvases.ordered()[0].id
    w.cards.add([Card(new_id(), canvas, "barrier", f"B{n}", x=50, y=100 + 120 * n,
                      category="law") for n in range(3)])
    voting = VotingRound(new_id(), canvas, "R", kinds=("barrier",), dots_per_participant=3)
    w.voting.add(voting)
    return w, canvas, voting.id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.one_of(card, vote, batch), max_size=12), anonymous=st.booleans())
def test_undo_all_and_redo_all(qapp: Any, steps: list[Any], anonymous: bool) -> None:
    w, canvas, round_id = fresh()
    stack = QUndoStack()
    policy = RoundPolicy(canvas, kinds=("barrier", "note"), categories=("law", "economy"),
                         vote_round_id=round_id, anonymous=anonymous)
    applier = SubmissionApplier(w, stack, lambda: policy, lambda: False)
    book = DeviceBook()
    phones = [book.join(name) for name in ("Ann", "", "Bo")]
    before = plain(w)
    for step in steps:
        try:
            if step[0] == "card":
                _, who, kind, title, category = step
                category = category if kind == "barrier" else ""
                applier.apply(phones[who], CardSubmission(new_id(), kind, title, "", category))
            elif step[0] == "vote":
                _, who, which, delta = step
                ids = sorted(c.id for c in w.cards.values() if c.kind == "barrier")
                applier.apply(phones[who], VoteSubmission(new_id(), ids[which % len(ids)],
                                                          delta))
            else:
                applier.add_cards([(phones[who], CardSubmission(new_id(), "note", t))
                                   for who, t in step[1]])
        except RequestError:
            pass  # a refused dot (budget, nothing to take back) changes nothing
    after = plain(w)
    if anonymous:
        assert not w.participants
    while stack.canUndo():
        stack.undo()
    assert plain(w) == before
    while stack.canRedo():
        stack.redo()
    assert plain(w) == after
