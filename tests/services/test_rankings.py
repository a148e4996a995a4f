"""Rankings say exactly what is true: ties are shown as ties, "most" only for a clear leader."""

from __future__ import annotations

import pytest

from coi_desktop.models import Workshop
from coi_desktop.services.analysis import CardRef, analyse, rank_label, ranked

from .test_report_data import card, link


def _barriers(language: str, hits: dict[str, int]) -> Workshop:
    """Barriers each experienced by the given number of distinct actors."""
    w = Workshop.new("Ties", language=language)
    for title, n in hits.items():
        barrier = card(w, "barrier", title)
        for i in range(n):
            link(w, card(w, "actor", f"{title} actor {i}"), barrier, "experiences")
    return w


@pytest.mark.parametrize(("language", "tie", "most"), [
    ("da", "Delt 1.-plads", "flest"), ("en", "Shared first place", "the most")])
def test_a_tie_for_first_place_is_called_a_tie(language: str, tie: str, most: str) -> None:
    w = _barriers(language, {"Ingen budget": 2, "Uklar jura": 2, "Travlhed": 1})
    finding = analyse(w).finding("barriers_hit")
    assert finding.answer.startswith(tie)
    assert most not in finding.answer
    assert "Ingen budget" in finding.answer and "Uklar jura" in finding.answer
    assert "Travlhed" not in finding.answer
    assert [(r.rank, r.shared) for r in finding.cards] == [(1, True), (1, True), (3, False)]


@pytest.mark.parametrize(("language", "most"), [("da", "flest"), ("en", "the most")])
def test_most_only_when_one_is_strictly_ahead(language: str, most: str) -> None:
    w = _barriers(language, {"Ingen budget": 3, "Uklar jura": 2, "Travlhed": 2})
    finding = analyse(w).finding("barriers_hit")
    assert most in finding.answer and "(3)" in finding.answer
    assert "Ingen budget" in finding.answer and "Uklar jura" not in finding.answer
    assert [(r.rank, r.shared) for r in finding.cards] == [(1, False), (2, True), (2, True)]


def test_shared_rank_label_in_both_languages() -> None:
    refs = ranked([CardRef("a", "A", "barrier", 2), CardRef("b", "B", "barrier", 2),
                   CardRef("c", "C", "barrier", 1)])
    assert rank_label(refs[0], "da") == "delt 1.-plads"
    assert rank_label(refs[1], "en") == "shared 1st place"
    assert rank_label(refs[2], "en") == "3"


def test_dots_tie_is_a_tie() -> None:
    from coi_desktop.models.entities import VotingRound, new_id

    w = Workshop.new("Votes", language="en")
    a, b = card(w, "barrier", "Alpha"), card(w, "barrier", "Beta")
    canvas = w.canvases.ordered()[0].id
    r = VotingRound(new_id(), canvas, "Round", kinds=("barrier",), dots_per_participant=5,
                    max_per_card=5, anonymous=True)
    w.voting.add(r)
    w.voting.set_count(r.id, a, 4)
    w.voting.set_count(r.id, b, 4)
    answer = analyse(w).finding("priorities").answer
    assert answer.startswith("Shared first place") and "(4)" in answer
