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
    board.cards.add([Card("b3", "bb", "barrier", "Few suppliers", category="market")])
    board.voting.add(VotingRound("named", "bb", "Top", ("barrier",), dots_per_participant=4,
                                max_per_card=2))
    board.voting.add(VotingRound("paper", "bb", "Paper dots", ("barrier",), anonymous=True))
    return board


def test_budget_is_per_round_and_taking_back_frees_dots(rounds: Workshop) -> None:
    rounds.voting.cast("named", "b1", "ann", 2)
    rounds.voting.cast("named", "b2", "ann", 2)
    with pytest.raises(VotingError) as err:
        rounds.voting.cast("named", "b3", "ann")
    assert "all 4" in err.value.en and "alle 4" in err.value.da
    rounds.voting.cast("named", "b1", "ann", -1)
    rounds.voting.cast("named", "b2", "bo", 2)  # bo's budget is his own
    assert rounds.voting.dots_used("named", "ann") == 3
    with pytest.raises(VotingError):  # still at most 2 on one card, even with dots left
        rounds.voting.cast("named", "b2", "ann")
    rounds.voting.cast("named", "b1", "ann")
    assert rounds.voting.totals("named") == {"b1": 2, "b2": 4}


def test_a_delta_that_overshoots_is_refused_whole(rounds: Workshop) -> None:
    with pytest.raises(VotingError):
        rounds.voting.cast("named", "b1", "ann", 3)
    assert rounds.voting.votes == {}


def test_taking_back_more_than_was_given_is_refused(rounds: Workshop) -> None:
    rounds.voting.cast("named", "b1", "ann")
    with pytest.raises(VotingError):
        rounds.voting.cast("named", "b1", "ann", -2)
    rounds.voting.cast("named", "b1", "ann", -1)
    assert rounds.voting.votes == {}  # an empty slot is removed, not kept at zero


def test_an_anonymous_round_refuses_named_votes(rounds: Workshop) -> None:
    with pytest.raises(VotingError) as err:
        rounds.voting.cast("paper", "b1", "ann")
    assert "anonym" in err.value.en and "anonym" in err.value.da
    assert rounds.voting.votes == {}


def test_a_round_with_named_votes_cannot_become_anonymous(rounds: Workshop) -> None:
    rounds.voting.cast("named", "b1", "bo")
    with pytest.raises(VotingError):
        rounds.voting.update("named", anonymous=True)
    assert not rounds.voting["named"].anonymous


def test_typed_counts_replace_and_zero_clears(rounds: Workshop) -> None:
    rounds.voting.set_count("paper", "b1", 7)
    rounds.voting.set_count("paper", "b1", 4)
    assert rounds.voting.totals("paper") == {"b1": 4}
    assert len(rounds.voting.votes_in("paper")) == 1
    rounds.voting.set_count("paper", "b1", 0)
    assert rounds.voting.votes_in("paper") == []
    for bad in (-1, 2.5, True, "3"):
        with pytest.raises(OutOfRangeError):
            rounds.voting.set_count("paper", "b1", bad)  # type: ignore[arg-type]


def test_a_closed_round_refuses_typed_counts_and_keeps_them(rounds: Workshop) -> None:
    rounds.voting.set_count("paper", "b2", 3)
    rounds.voting.update("paper", closed=True)
    with pytest.raises(VotingError):
        rounds.voting.set_count("paper", "b2", 9)
    with pytest.raises(VotingError):
        rounds.voting.cast("paper", "b2", None, -1)
    assert rounds.voting.totals("paper") == {"b2": 3}


def test_cards_of_another_canvas_or_unknown_people_cannot_get_votes(rounds: Workshop) -> None:
    with pytest.raises(VotingError):
        rounds.voting.cast("named", "a1", "ann")  # an actor on the power–interest canvas
    with pytest.raises(UnknownIdError):
        rounds.voting.cast("named", "b1", "ghost")
    with pytest.raises(UnknownIdError):
        rounds.voting.cast("nope", "b1", "ann")


def test_round_settings_are_checked(rounds: Workshop) -> None:
    with pytest.raises(OutOfRangeError):
        rounds.voting.add(VotingRound("r0", "bb", "No dots", dots_per_participant=0))
    with pytest.raises(ValidationError):
        rounds.voting.add(VotingRound("r1", "bb", "Nothing to vote on", kinds=()))
    with pytest.raises(UnknownIdError):
        rounds.voting.add(VotingRound("r2", "gone", "Nowhere"))


def test_a_round_with_votes_stays_on_its_canvas(rounds: Workshop) -> None:
    rounds.voting.update("named", canvas_id="pi")  # no votes yet: may move
    rounds.voting.update("named", canvas_id="bb")
    rounds.voting.cast("named", "b1", "ann")
    with pytest.raises(VotingError) as err:
        rounds.voting.update("named", canvas_id="pi")
    assert err.value.da != err.value.en
    assert rounds.voting["named"].canvas_id == "bb"
