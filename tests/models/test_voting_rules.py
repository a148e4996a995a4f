"""Dot-voting rules of the model: budgets, closed and anonymous rounds, typed counts."""

from __future__ import annotations

import pytest

from coi_desktop.models import Card, Participant, VotingError, VotingRound, Workshop


@pytest.fixture
def ws() -> Workshop:
    w = Workshop.new("Votes", language="en")
    canvas = w.canvases.ordered()[0].id
    w.participants.add([Participant("ann", "Ann", consent=True), Participant("bo", "Bo")])
    w.cards.add([Card(f"c{i}", canvas, "barrier", f"Barrier {i}") for i in range(4)]
                + [Card("actor", canvas, "actor", "An actor")])
    w.voting.add(VotingRound("r", canvas, "Top barriers", ("barrier",), dots_per_participant=3,
                            max_per_card=2))
    w.voting.add(VotingRound("anon", canvas, "Secret", ("barrier",), anonymous=True))
    return w


def test_budget_per_card(ws: Workshop) -> None:
    ws.voting.cast("r", "c0", "ann")
    ws.voting.cast("r", "c0", "ann")
    with pytest.raises(VotingError) as err:
        ws.voting.cast("r", "c0", "ann")
    assert "At most 2" in err.value.text("en") and "Højst 2" in err.value.text("da")
    assert ws.voting.totals("r")["c0"] == 2


def test_budget_per_participant(ws: Workshop) -> None:
    for card in ("c0", "c1", "c2"):
        ws.voting.cast("r", card, "ann")
    with pytest.raises(VotingError) as err:
        ws.voting.cast("r", "c3", "ann")
    assert "used all 3" in err.value.text("en")
    ws.voting.cast("r", "c3", "bo")  # another participant still has dots
    assert ws.voting.dots_used("r", "ann") == 3 and ws.voting.dots_used("r", "bo") == 1


def test_kind_not_votable(ws: Workshop) -> None:
    with pytest.raises(VotingError):
        ws.voting.cast("r", "actor", "ann")


def test_anonymous_round_stores_no_participant(ws: Workshop) -> None:
    with pytest.raises(VotingError):
        ws.voting.cast("anon", "c0", "ann")
    ws.voting.cast("anon", "c0", None)
    ws.voting.cast("anon", "c0", None)
    assert [v.participant_id for v in ws.voting.votes_in("anon")] == [None]
    assert ws.voting.totals("anon")["c0"] == 2


def test_closed_round_refuses_votes_and_reopens(ws: Workshop) -> None:
    ws.voting.update("r", closed=True)
    with pytest.raises(VotingError) as err:
        ws.voting.cast("r", "c0", "ann")
    assert "closed" in err.value.text("en")
    with pytest.raises(VotingError):
        ws.voting.set_count("r", "c0", 4)
    ws.voting.update("r", closed=False)
    ws.voting.cast("r", "c0", "ann")


def test_typed_counts_rank_like_clicked_votes(ws: Workshop) -> None:
    clicked = {"c0": 2, "c1": 1, "c2": 0}
    for card, n in clicked.items():
        for _ in range(n):
            ws.voting.cast("anon", card, None)
    typed = Workshop.new("Paper", language="en")
    typed.canvases.add(ws.canvases.values())
    typed.cards.add(ws.cards.values())
    typed.voting.add(ws.voting["anon"])
    for card, n in clicked.items():
        typed.voting.set_count("anon", card, n)
    assert typed.voting.totals("anon") == ws.voting.totals("anon")
