"""Fixtures for storage tests: a small workshop with something in every table."""

from __future__ import annotations

from pathlib import Path

import pytest

from coi_desktop.models import (
    AgendaItem,
    Canvas,
    Card,
    Group,
    Link,
    Participant,
    VotingRound,
    Workshop,
)
from coi_desktop.storage import create_workshop_file, validator
from tests.deadline import per_case_timeout  # noqa: F401  (a fixture for this folder)


@pytest.fixture(autouse=True)
def _checks_beside_the_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files here are small, below the size from which a first open checks on a second
    thread beside the read (`validator.TWO_THREADS_FROM`): every storage test, the hostile
    corpus included, goes through that path as a big file would. (One test below turns it
    back on to see the size decide; the one-thread path is the same `check_connection`
    that consolidation and migrated files use.)"""
    monkeypatch.setattr(validator, "TWO_THREADS_FROM", 0)


def full_workshop() -> Workshop:
    """A workshop with every record type, None scores, empty and non-ASCII text, tuples."""
    w = Workshop.new("Robotter i hjemmeplejen ÆØÅ", language="da", template="onion",
                     purpose="Find barrierer", date="2026-11-29")
    board = Canvas("canvas-b", "Barrierer", "barrier_board", 1)
    w.canvases.add([board])
    w.participants.add([Participant("p1", "Mette", "Aarhus Kommune", "municipality",
                                    "need_owner", "m@example.dk", True),
                        Participant("p2", "Lars", consent=False, present=False)])
    onion = next(c for c in w.canvases if c != "canvas-b")
    w.cards.add([
        Card("a1", onion, "actor", "Hjemmeplejen", x=0.1, y=1e-300, sector="municipality",
             power=5, interest=None, closeness="core", tags=("ældre", ""), participant_id="p1"),
        Card("a2", onion, "actor", "Leverandør", x=-3.5, y=2 ** 29, power=None,
             notes="kun facilitator", hidden=True),
        Card("b1", "canvas-b", "barrier", "GDPR", category="law", severity=4, phase="need",
             description="<b>not markup</b>\n\"quoted\"", color="#aabbcc"),
        Card("o1", "canvas-b", "opportunity", "RPA", impact=3, effort=2, technology="rpa"),
        Card("x1", "canvas-b", "action", "Afklar", owner="Lars", due_date="2027-01-31",
             status="in_progress"),
        Card("n1", "canvas-b", "note", ""),
    ])
    w.links.add([Link("l1", onion, "a1", "a2", "collaborates", "", False),
                 Link("l2", "canvas-b", "o1", "b1", "addresses", "løser", True)])
    w.groups.add([Group("g1", "canvas-b", "Jura", 10.0, 20.0, 300.0, 200.0, "#112233")])
    w.voting.add(VotingRound("r1", "canvas-b", "Vigtigste", ("barrier", "opportunity"), 5, 3))
    w.voting.cast("r1", "b1", "p1", 2)
    w.voting.set_count("r1", "o1", 7)
    w.voting.update("r1", closed=True)
    w.agenda.add([AgendaItem("ag1", "Velkomst", 10, None, 0, "2026-11-29T09:00:00", ""),
                        AgendaItem("ag2", "Barrierer", 45, "canvas-b", 1)])
    return w


@pytest.fixture
def workshop() -> Workshop:
    return full_workshop()


@pytest.fixture
def coi_file(tmp_path: Path, workshop: Workshop) -> Path:
    path = tmp_path / "workshop.coi"
    create_workshop_file(path, workshop)
    return path

