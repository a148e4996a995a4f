"""One change event per mutation (a bulk operation is one event), and removals undo exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from coi_desktop.models import (
    AgendaItem,
    Canvas,
    Card,
    Change,
    Group,
    Link,
    Participant,
    Term,
    Vote,
    VotingRound,
    Workshop,
)

MUTATIONS: list[tuple[str, Callable[[Workshop], Any]]] = [
    ("update_info", lambda ws: ws.update_info(title="New", location="Aarhus")),
    ("set_terms", lambda ws: ws.terms.put([Term("sector", "state", "Staten", "The state"),
                                           Term("phase", "pilot", "Pilot", "Pilot", 9)])),
    ("add_canvases", lambda ws: ws.canvases.add([Canvas("c4", "More", "onion", 3),
                                                 Canvas("c5", "Lanes", "phases", 4)])),
    ("update_canvas", lambda ws: ws.canvases.update("blank", name="Parking lot")),
    ("reorder_canvases", lambda ws: ws.canvases.reorder(["blank", "bb", "pi"])),
    ("remove_canvas", lambda ws: ws.canvases.remove("bb")),
    ("add_cards", lambda ws: ws.cards.add(
        [Card(f"new{i}", "blank", "note", f"Note {i}") for i in range(40)])),
    ("update_card", lambda ws: ws.cards.update("a1", title="Home care team")),
    ("update_cards", lambda ws: ws.cards.update_many({"a1": {"power": 1}, "a2": {"power": 5}})),
    ("move_cards", lambda ws: ws.cards.move({"a1": (10.0, 20.0), "a2": (30.0, 40.0)})),
    ("move_cards with a zone drop", lambda ws: ws.cards.move(
        {"a2": (1500.0, 100.0)}, {"a2": {"power": 4, "interest": 4}})),
    ("remove_cards", lambda ws: ws.cards.remove(["a1", "a2", "b1"])),
    ("add_links", lambda ws: ws.links.add([Link("l2", "bb", "b1", "b2", "causes", "", True)])),
    ("update_link", lambda ws: ws.links.update("l1", label="partners")),
    ("remove_links", lambda ws: ws.links.remove(["l1"])),
    ("add_groups", lambda ws: ws.groups.add([Group("g2", "blank", "Later")])),
    ("update_group", lambda ws: ws.groups.update("g1", {"o1": (5.0, 5.0), "n1": (200.0, 5.0)},
                                                x=-10.0)),
    ("remove_groups", lambda ws: ws.groups.remove(["g1"])),
    ("add_participants", lambda ws: ws.participants.add(
        [Participant("p3", "Cy"), Participant("p4", "Di")])),
    ("update_participant", lambda ws: ws.participants.update("bo", consent=True)),
    ("remove_participants", lambda ws: ws.participants.remove(["ann", "bo"])),
    ("add_round", lambda ws: ws.voting.add(VotingRound("r2", "pi", "Actors", ("actor",)))),
    ("update_round", lambda ws: ws.voting.update("r1", closed=True)),
    ("remove_round", lambda ws: ws.voting.remove("r1")),
    ("cast_vote", lambda ws: ws.voting.cast("r1", "b2", "bo", 2)),
    ("set_vote_count", lambda ws: ws.voting.set_count("r1", "b2", 7)),
    ("add_agenda_items", lambda ws: ws.agenda.add(
        [AgendaItem("i2", "Barriers", 30, "bb", 1), AgendaItem("i3", "Close", 10, None, 2)])),
    ("update_agenda_item", lambda ws: ws.agenda.update(
        "i1", started_at="2026-03-12T09:00:00+01:00")),
    ("reorder_agenda", lambda ws: ws.agenda.reorder(["i1"])),
    ("remove_agenda_items", lambda ws: ws.agenda.remove(["i1"])),
]


@pytest.fixture
def busy(board: Workshop) -> Workshop:
    board.links.add([Link("l1", "pi", "a1", "a2", "collaborates")])
    board.groups.add([Group("g1", "blank", "Ideas", 0.0, 0.0, 500.0, 300.0)])
    board.voting.add(VotingRound("r1", "bb", "Top barriers", ("barrier",)))
    board.voting.cast("r1", "b1", "ann", 2)
    board.agenda.add([AgendaItem("i1", "Intro", 15, "bb", 0)])
    return board


@pytest.mark.parametrize(("name", "mutation"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_each_mutation_emits_exactly_one_event(busy: Workshop, name: str,
                                               mutation: Callable[[Workshop], Any]) -> None:
    seen: list[Change] = []
    busy.subscribe(seen.append)
    returned = mutation(busy)
    assert len(seen) == 1, f"{name} emitted {len(seen)} events"
    assert returned is seen[0]
    assert seen[0].upserted or seen[0].removed


def test_bulk_operations_are_one_event_with_every_record(busy: Workshop) -> None:
    seen: list[Change] = []
    busy.subscribe(seen.append)
    busy.cards.add([Card(f"n{i:03}", "blank", "note", str(i)) for i in range(200)])
    busy.cards.move({f"n{i:03}": (float(i), 0.0) for i in range(200)})
    busy.cards.remove([f"n{i:03}" for i in range(200)])
    assert [c.kind for c in seen] == ["cards_added", "cards_moved", "cards_removed"]
    assert [len(seen[0].upserted), len(seen[1].upserted), len(seen[2].removed)] == [200] * 3


def test_removal_lists_dependants_first(busy: Workshop) -> None:
    change = busy.cards.remove(["b1", "a1"])
    kinds = [type(r).__name__ for r in change.removed]
    assert kinds == ["Vote", "Link", "Card", "Card"]
    assert not busy.links and not busy.voting.votes


def test_unsubscribed_listener_hears_nothing(busy: Workshop) -> None:
    seen: list[Change] = []
    busy.subscribe(seen.append)
    busy.unsubscribe(seen.append)
    busy.cards.update("a1", title="x")
    assert seen == []


def test_remove_cards_then_restore_gives_back_the_identical_workshop(busy: Workshop) -> None:
    before = busy.snapshot()
    change = busy.cards.remove(["a1", "a2", "b1", "n1"])
    assert busy.snapshot() != before
    restored = busy.restore(change.removed)
    assert busy.snapshot() == before
    assert restored.kind == "restored"
    assert {type(r).__name__ for r in restored.upserted} == {"Card", "Link", "Vote"}


def test_remove_canvas_then_restore_gives_back_the_identical_workshop(busy: Workshop) -> None:
    before = busy.snapshot()
    change = busy.canvases.remove("bb")
    assert busy.agenda["i1"].canvas_id is None
    busy.restore(change.removed)
    for item in change.upserted:
        busy.agenda.update(item.id, canvas_id=before_item(before, item.id).canvas_id)
    assert busy.snapshot() == before


def before_item(snapshot: dict[str, Any], item_id: str) -> AgendaItem:
    return next(a for a in snapshot["agenda"] if a.id == item_id)


def test_restore_refuses_records_already_present(busy: Workshop) -> None:
    change = busy.cards.remove(["a1"])
    busy.restore(change.removed)
    before = busy.snapshot()
    with pytest.raises(ValueError):
        busy.restore(change.removed)
    assert busy.snapshot() == before


def test_restore_of_a_link_whose_card_is_gone_is_refused_whole(busy: Workshop) -> None:
    links = busy.links.remove(["l1"]).removed
    busy.cards.remove(["a2"])
    before = busy.snapshot()
    with pytest.raises(ValueError):
        busy.restore(links)
    assert busy.snapshot() == before


def test_removing_a_participant_keeps_their_cards_without_a_name(busy: Workshop) -> None:
    change = busy.participants.remove(["ann"])
    assert busy.cards.require("n1").participant_id is None
    assert [type(r) for r in change.removed] == [Vote, Participant]
