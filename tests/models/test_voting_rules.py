"""Dot-voting rules of the model: budgets, closed and anonymous rounds, typed counts."""

from __future__ import annotations

import pytest

from coi_desktop.models import Card, Participant, VotingError, VotingRound, Workshop


@pytest.fixture
def ws() -> Workshop:
    w = Workshop.new("Votes", language="en")
    canvas = w.ordered_canvases()[0].id
    w.add_participants([Participant("ann", "Ann", consent=True), Participant("bo", "Bo")])
    w.add_cards([Card(f"c{i}", canvas, "barrier", f"Barrier {i}") for i in range(4)]
                + [Card("actor", canvas, "actor", "An actor")])
    w.add_round(VotingRound("r", canvas, "Top barriers", ("barrier",), dots_per_participant=3,
                            max_per_card=2))
    w.add_round(VotingRound("anon", canvas, "Secret", ("barrier",), anonymous=True))
    return w


def test_budget_per_card(ws: Workshop) -> None:
    ws.cast_vote("r", "c0", "ann")
    ws.cast_vote("r", "c0", "ann")
    with pytest.raises(VotingError) as err:
        ws.cast_vote("r", "c0", "ann")
    assert "At most 2" in err.value.text("en") and "Højst 2" in err.value.text("da")
    assert ws.vote_totals("r")["c0"] == 2


def test_budget_per_participant(ws: Workshop) -> None:
    for card in ("c0", "c1", "c2"):
        ws.cast_vote("r", card, "ann")
    with pytest.raises(VotingError) as err:
        ws.cast_vote("r", "c3", "ann")
    assert "used all 3" in err.value.text("en")
    ws.cast_vote("r", "c3", "bo")  # another participant still has dots
    assert ws.dots_used("r", "ann") == 3 and ws.dots_used("r", "bo") == 1


def test_kind_not_votable(ws: Workshop) -> None:
    with pytest.raises(VotingError):
        ws.cast_vote("r", "actor", "ann")


def test_anonymous_round_stores_no_participant(ws: Workshop) -> None:
    with pytest.raises(VotingError):
        ws.cast_vote("anon", "c0", "ann")
    ws.cast_vote("anon", "c0", None)
    ws.cast_vote("anon", "c0", None)
    assert [v.participant_id for v in ws.votes_in("anon")] == [None]
    assert ws.vote_totals("anon")["c0"] == 2


def test_closed_round_refuses_votes_and_reopens(ws: Workshop) -> None:
    ws.update_round("r", closed=True)
    with pytest.raises(VotingError) as err:
        ws.cast_vote("r", "c0", "ann")
    assert "closed" in err.value.text("en")
    with pytest.raises(VotingError):
        ws.set_vote_count("r", "c0", 4)
    ws.update_round("r", closed=False)
    ws.cast_vote("r", "c0", "ann")


def test_typed_counts_rank_like_clicked_votes(ws: Workshop) -> None:
    clicked = {"c0": 2, "c1": 1, "c2": 0}
    for card, n in clicked.items():
        for _ in range(n):
            ws.cast_vote("anon", card, None)
    typed = Workshop.new("Paper", language="en")
    typed.canvases = ws.canvases
    typed.cards = dict(ws.cards)
    typed.add_round(ws.rounds["anon"])
    for card, n in clicked.items():
        typed.set_vote_count("anon", card, n)
    assert typed.vote_totals("anon") == ws.vote_totals("anon")
