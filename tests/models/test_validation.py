"""Every invalid input is refused with the right error, in both languages, and leaves no trace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from coi_desktop.models import (
    AgendaItem,
    Canvas,
    Card,
    Change,
    DanglingLinkError,
    Group,
    Link,
    OutOfRangeError,
    Participant,
    UnknownIdError,
    UnknownKindError,
    ValidationError,
    VotingRound,
    Workshop,
)

Mutation = Callable[[Workshop], Any]

CASES: list[tuple[str, Mutation, type[ValidationError]]] = [
    ("unknown kind", lambda ws: ws.cards.add([Card("x", "pi", "sticky", "?")]), UnknownKindError),
    ("kind changed to unknown", lambda ws: ws.cards.update("a1", kind="person"),
     UnknownKindError),
    ("link to a missing card",
     lambda ws: ws.links.add([Link("l", "pi", "a1", "gone", "collaborates")]), DanglingLinkError),
    ("link across canvases",
     lambda ws: ws.links.add([Link("l", "pi", "a1", "b1", "experiences")]), DanglingLinkError),
    ("link to itself", lambda ws: ws.links.add([Link("l", "pi", "a1", "a1")]),
     DanglingLinkError),
    ("power 0", lambda ws: ws.cards.update("a1", power=0), OutOfRangeError),
    ("interest 6", lambda ws: ws.cards.update("a1", interest=6), OutOfRangeError),
    ("severity 2.5", lambda ws: ws.cards.update("b1", severity=2.5), OutOfRangeError),
    ("impact as text", lambda ws: ws.cards.update("o1", impact="4"), OutOfRangeError),
    ("effort True", lambda ws: ws.cards.update("o1", effort=True), OutOfRangeError),
    ("zero width", lambda ws: ws.cards.update("n1", width=0.0), OutOfRangeError),
    ("infinite x", lambda ws: ws.cards.move({"n1": (float("inf"), 0.0)}), OutOfRangeError),
    ("unknown sector", lambda ws: ws.cards.update("a1", sector="moon"), UnknownKindError),
    ("unknown category", lambda ws: ws.cards.update("b1", category="weather"),
     UnknownKindError),
    ("unknown phase", lambda ws: ws.cards.update("o1", phase="someday"), UnknownKindError),
    ("unknown technology", lambda ws: ws.cards.update("o1", technology="magic"),
     UnknownKindError),
    ("unknown participant sector",
     lambda ws: ws.participants.add([Participant("p", "Pia", sector="moon")]), UnknownKindError),
    ("unknown relation", lambda ws: ws.links.add([Link("l", "pi", "a1", "a2", "loves")]),
     ValidationError),
    ("colour name", lambda ws: ws.cards.update("n1", color="red"), ValidationError),
    ("colour too short", lambda ws: ws.cards.update("n1", color="#fff"), ValidationError),
    ("colour not hex", lambda ws: ws.cards.update("n1", color="#gg0000"), ValidationError),
    ("impossible due date", lambda ws: ws.cards.update("n1", due_date="2026-02-30"),
     ValidationError),
    ("Danish date order", lambda ws: ws.cards.update("n1", due_date="12-03-2026"),
     ValidationError),
    ("basic ISO date", lambda ws: ws.cards.update("n1", due_date="20260312"), ValidationError),
    ("week date", lambda ws: ws.update_info(date="2026-W11-4"), ValidationError),
    ("date with time", lambda ws: ws.update_info(retention_date="2027-03-12T10:00"),
     ValidationError),
    ("unknown language", lambda ws: ws.update_info(language="de"), UnknownKindError),
    ("empty title", lambda ws: ws.update_info(title="  "), ValidationError),
    ("NUL in a title", lambda ws: ws.cards.update("n1", title="a\x00b"), ValidationError),
    ("tags as a list", lambda ws: ws.cards.update("n1", tags=["x"]), ValidationError),
    ("unknown ring", lambda ws: ws.cards.update("a1", closeness="far"), UnknownKindError),
    ("unknown status", lambda ws: ws.cards.update("n1", status="maybe"), UnknownKindError),
    ("unknown card", lambda ws: ws.cards.update("nope", title="x"), UnknownIdError),
    ("card on a missing canvas", lambda ws: ws.cards.add([Card("x", "gone", "note", "?")]),
     UnknownIdError),
    ("unknown contributor", lambda ws: ws.cards.update("n1", participant_id="ghost"),
     UnknownIdError),
    ("duplicate card id", lambda ws: ws.cards.add([Card("a1", "pi", "note", "again")]),
     ValidationError),
    ("unknown card field", lambda ws: ws.cards.update("n1", colour="#ffffff"), ValidationError),
    ("changing a card's id", lambda ws: ws.cards.update("n1", id="n2"), ValidationError),
    ("changing a link's id", lambda ws: ws.links.update("l1", id="l2"), ValidationError),
    ("moving with an unknown field", lambda ws: ws.cards.move({}, {"n1": {"size": 3}}),
     ValidationError),
    ("unknown template", lambda ws: ws.canvases.update("pi", template="kanban"), ValidationError),
    ("moving a card to another canvas", lambda ws: ws.cards.move({}, {"n1": {"canvas_id": "pi"}}),
     ValidationError),
    ("existing canvas id", lambda ws: ws.canvases.add([Canvas("pi", "Again")]), ValidationError),
    ("existing link id", lambda ws: ws.links.add([Link("l1", "bb", "b1", "b2", "causes")]),
     ValidationError),
    ("one link id twice", lambda ws: ws.links.add([Link("lx", "bb", "b1", "b2", "causes"),
                                                   Link("lx", "bb", "b2", "b1", "causes")]),
     ValidationError),
    ("existing group id", lambda ws: ws.groups.add([Group("g", "pi", "A"), Group("g", "pi", "B")]),
     ValidationError),
    ("existing participant id", lambda ws: ws.participants.add([Participant("ann", "Ann II")]),
     ValidationError),
    ("existing round id", lambda ws: ws.voting.add(VotingRound("r", "bb", "Again")),
     ValidationError),
    ("existing agenda id", lambda ws: ws.agenda.add([AgendaItem("a", "A"),
                                                           AgendaItem("a", "B")]),
     ValidationError),
    ("unknown workshop field", lambda ws: ws.update_info(colour="red"), ValidationError),
    ("participant without a name",
     lambda ws: ws.participants.add([Participant("p", " ")]), ValidationError),
    ("changing a participant's id", lambda ws: ws.participants.update("ann", id="x"),
     ValidationError),
    ("negative planned minutes",
     lambda ws: ws.agenda.add([AgendaItem("i", "Intro", planned_minutes=-5)]),
     OutOfRangeError),
]


@pytest.fixture
def linked(board: Workshop) -> Workshop:
    board.links.add([Link("l1", "pi", "a1", "a2", "collaborates")])
    board.voting.add(VotingRound("r", "bb", "Top barriers"))
    return board


@pytest.mark.parametrize(("what", "mutation", "error"), CASES, ids=[c[0] for c in CASES])
def test_invalid_input_is_refused_without_trace(linked: Workshop, what: str,
                                                mutation: Mutation,
                                                error: type[ValidationError]) -> None:
    before = linked.snapshot()
    seen: list[Change] = []
    linked.subscribe(seen.append)
    with pytest.raises(error) as caught:
        mutation(linked)
    assert type(caught.value) is error, f"{what}: got {type(caught.value).__name__}"
    exc = caught.value
    assert isinstance(exc, ValueError)
    assert exc.en.strip() and exc.da.strip() and exc.en != exc.da
    assert exc.text("da") == exc.da and exc.text("en") == exc.en
    assert "\n" not in exc.en and "\n" not in exc.da
    assert linked.snapshot() == before
    assert seen == []


def test_a_bulk_add_is_all_or_nothing(board: Workshop) -> None:
    before = board.snapshot()
    with pytest.raises(OutOfRangeError):
        board.cards.add([Card(f"ok{i}", "blank", "note", "fine") for i in range(20)]
                        + [Card("bad", "blank", "actor", "Too strong", power=9)])
    assert board.snapshot() == before


def test_a_bulk_update_is_all_or_nothing(board: Workshop) -> None:
    before = board.snapshot()
    with pytest.raises(UnknownKindError):
        board.cards.update_many({"a1": {"title": "renamed"}, "b1": {"category": "nope"}})
    assert board.snapshot() == before


def test_a_card_cannot_change_canvas_by_update(board: Workshop) -> None:
    with pytest.raises(ValidationError):
        board.cards.update("n1", canvas_id="pi")
    assert board.cards.require("n1").canvas_id == "blank"


def test_valid_dates_and_colours_are_kept(board: Workshop) -> None:
    board.cards.update("n1", color="#A1b2C3", due_date="2026-03-12")
    board.update_info(date="2026-03-12", retention_date="")
    assert board.cards.require("n1").color == "#A1b2C3"
    assert board.info.date == "2026-03-12"


def test_new_refuses_unknown_details_and_templates() -> None:
    with pytest.raises(ValidationError):
        Workshop.new("T", colour="red")
    with pytest.raises(ValidationError):
        Workshop.new("T", template="kanban")
    with pytest.raises(UnknownKindError):
        Workshop.new("T", language="sv")
    with pytest.raises(ValidationError):
        Workshop.new("T", date="12/03/2026")
    with pytest.raises(ValidationError):
        Workshop.new("   ")
    with pytest.raises(ValidationError):
        Workshop.new("a\x00b")


def test_text_no_xml_file_can_carry_is_refused_with_a_sentence() -> None:
    """U+FFFE/U+FFFF: an export would drop them or write a workbook Excel cannot open."""
    import pytest

    from coi_desktop.models import Card, ValidationError, Workshop, new_id

    w = Workshop.new("x", language="da")
    canvas = w.canvases.ordered()[0].id
    for bad in ("\ufffe", "Budget\uffff"):
        with pytest.raises(ValidationError) as err:
            w.cards.add([Card(new_id(), canvas, "note", bad)])
        assert "U+FFFE" in err.value.text("da")
    assert not w.cards
