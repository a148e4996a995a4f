"""Voting rules beyond test_voting_rules.py: taking dots back, typed counts, refusals."""

from __future__ import annotations

import pytest

from coi_desktop.models import (
    Card,
    OutOfRangeError,
    UnknownIdError,
    ValidationError,
    VotingError,
    VotingRound,
    Workshop,
)


@pytest.fixture
def rounds(board: Workshop) -> Workshop:
    board.add_cards([Card("b3", "bb", "barrier", "Few suppliers", category="market")])
    board.add_round(VotingRound("named", "bb", "Top", ("barrier",), dots_per_participant=4,
                                max_per_card=2))
    board.add_round(VotingRound("paper", "bb", "Paper dots", ("barrier",), anonymous=True))
    return board


def test_budget_is_per_round_and_taking_back_frees_dots(rounds: Workshop) -> None:
    rounds.cast_vote("named", "b1", "ann", 2)
    rounds.cast_vote("named", "b2", "ann", 2)
    with pytest.raises(VotingError) as err:
        rounds.cast_vote("named", "b3", "ann")
    assert "all 4" in err.value.en and "alle 4" in err.value.da
    rounds.cast_vote("named", "b1", "ann", -1)
    rounds.cast_vote("named", "b2", "bo", 2)  # bo's budget is his own
    assert rounds.dots_used("named", "ann") == 3
    with pytest.raises(VotingError):  # still at most 2 on one card, even with dots left
        rounds.cast_vote("named", "b2", "ann")
    rounds.cast_vote("named", "b1", "ann")
    assert rounds.vote_totals("named") == {"b1": 2, "b2": 4}


def test_a_delta_that_overshoots_is_refused_whole(rounds: Workshop) -> None:
    with pytest.raises(VotingError):
        rounds.cast_vote("named", "b1", "ann", 3)
    assert rounds.votes == {}


def test_taking_back_more_than_was_given_is_refused(rounds: Workshop) -> None:
    rounds.cast_vote("named", "b1", "ann")
    with pytest.raises(VotingError):
        rounds.cast_vote("named", "b1", "ann", -2)
    rounds.cast_vote("named", "b1", "ann", -1)
    assert rounds.votes == {}  # an empty slot is removed, not kept at zero


def test_an_anonymous_round_refuses_named_votes(rounds: Workshop) -> None:
    with pytest.raises(VotingError) as err:
        rounds.cast_vote("paper", "b1", "ann")
    assert "anonym" in err.value.en and "anonym" in err.value.da
    assert rounds.votes == {}


def test_a_round_with_named_votes_cannot_become_anonymous(rounds: Workshop) -> None:
    rounds.cast_vote("named", "b1", "bo")
    with pytest.raises(VotingError):
        rounds.update_round("named", anonymous=True)
    assert not rounds.rounds["named"].anonymous


def test_typed_counts_replace_and_zero_clears(rounds: Workshop) -> None:
    rounds.set_vote_count("paper", "b1", 7)
    rounds.set_vote_count("paper", "b1", 4)
    assert rounds.vote_totals("paper") == {"b1": 4}
    assert len(rounds.votes_in("paper")) == 1
    rounds.set_vote_count("paper", "b1", 0)
    assert rounds.votes_in("paper") == []
    for bad in (-1, 2.5, True, "3"):
        with pytest.raises(OutOfRangeError):
            rounds.set_vote_count("paper", "b1", bad)  # type: ignore[arg-type]


def test_a_closed_round_refuses_typed_counts_and_keeps_them(rounds: Workshop) -> None:
    rounds.set_vote_count("paper", "b2", 3)
    rounds.update_round("paper", closed=True)
    with pytest.raises(VotingError):
        rounds.set_vote_count("paper", "b2", 9)
    with pytest.raises(VotingError):
        rounds.cast_vote("paper", "b2", None, -1)
    assert rounds.vote_totals("paper") == {"b2": 3}


def test_cards_of_another_canvas_or_unknown_people_cannot_get_votes(rounds: Workshop) -> None:
    with pytest.raises(VotingError):
        rounds.cast_vote("named", "a1", "ann")  # an actor on the power–interest canvas
    with pytest.raises(UnknownIdError):
        rounds.cast_vote("named", "b1", "ghost")
    with pytest.raises(UnknownIdError):
        rounds.cast_vote("nope", "b1", "ann")


def test_round_settings_are_checked(rounds: Workshop) -> None:
    with pytest.raises(OutOfRangeError):
        rounds.add_round(VotingRound("r0", "bb", "No dots", dots_per_participant=0))
    with pytest.raises(ValidationError):
        rounds.add_round(VotingRound("r1", "bb", "Nothing to vote on", kinds=()))
    with pytest.raises(UnknownIdError):
        rounds.add_round(VotingRound("r2", "gone", "Nowhere"))


def test_a_round_with_votes_stays_on_its_canvas(rounds: Workshop) -> None:
    rounds.update_round("named", canvas_id="pi")  # no votes yet: may move
    rounds.update_round("named", canvas_id="bb")
    rounds.cast_vote("named", "b1", "ann")
    with pytest.raises(VotingError) as err:
        rounds.update_round("named", canvas_id="pi")
    assert err.value.da != err.value.en
    assert rounds.rounds["named"].canvas_id == "bb"
