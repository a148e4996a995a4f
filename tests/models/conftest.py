"""A small workshop for the model tests: three canvases, cards of every kind, two people."""

from __future__ import annotations

import pytest

from coi_desktop.models import Canvas, Card, Participant, Workshop


def small_workshop() -> Workshop:
    """Canvas "pi" (power–interest), "bb" (barrier board), "blank"; cards a1, a2, b1, o1, n1."""
    ws = Workshop.new("Model tests", language="en")
    first = ws.canvases.ordered()[0].id
    ws.canvases.add([Canvas("pi", "Actors", "power_interest", 0),
                     Canvas("bb", "Barriers", "barrier_board", 1),
                     Canvas("blank", "Notes", "blank", 2)])
    ws.canvases.remove(first)
    ws.participants.add([Participant("ann", "Ann", consent=True, sector="municipality"),
                         Participant("bo", "Bo", sector="sme")])
    ws.cards.add([
        Card("a1", "pi", "actor", "Home care", power=5, interest=4, sector="municipality"),
        Card("a2", "pi", "actor", "Supplier", power=2, interest=2, participant_id="bo"),
        Card("b1", "bb", "barrier", "No budget", category="economy", severity=5),
        Card("b2", "bb", "barrier", "Unclear law", category="law", severity=3),
        Card("o1", "blank", "opportunity", "Market dialogue", impact=4, effort=2),
        Card("n1", "blank", "note", "Parked", participant_id="ann"),
    ])
    return ws


@pytest.fixture
def board() -> Workshop:
    return small_workshop()
