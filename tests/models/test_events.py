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
    ("set_terms", lambda ws: ws.set_terms([Term("sector", "state", "Staten", "The state"),
                                           Term("phase", "pilot", "Pilot", "Pilot", 9)])),
    ("add_canvases", lambda ws: ws.add_canvases([Canvas("c4", "More", "onion", 3),
                                                 Canvas("c5", "Lanes", "phases", 4)])),
    ("update_canvas", lambda ws: ws.update_canvas("blank", name="Parking lot")),
    ("reorder_canvases", lambda ws: ws.reorder_canvases(["blank", "bb", "pi"])),
    ("remove_canvas", lambda ws: ws.remove_canvas("bb")),
    ("add_cards", lambda ws: ws.add_cards(
        [Card(f"new{i}", "blank", "note", f"Note {i}") for i in range(40)])),
    ("update_card", lambda ws: ws.update_card("a1", title="Home care team")),
    ("update_cards", lambda ws: ws.update_cards({"a1": {"power": 1}, "a2": {"power": 5}})),
    ("move_cards", lambda ws: ws.move_cards({"a1": (10.0, 20.0), "a2": (30.0, 40.0)})),
    ("move_cards with a zone drop", lambda ws: ws.move_cards(
        {"a2": (1500.0, 100.0)}, {"a2": {"power": 4, "interest": 4}})),
    ("remove_cards", lambda ws: ws.remove_cards(["a1", "a2", "b1"])),
    ("add_links", lambda ws: ws.add_links([Link("l2", "bb", "b1", "b2", "causes", "", True)])),
    ("update_link", lambda ws: ws.update_link("l1", label="partners")),
    ("remove_links", lambda ws: ws.remove_links(["l1"])),
    ("add_groups", lambda ws: ws.add_groups([Group("g2", "blank", "Later")])),
    ("update_group", lambda ws: ws.update_group("g1", {"o1": (5.0, 5.0), "n1": (200.0, 5.0)},
                                                x=-10.0)),
    ("remove_groups", lambda ws: ws.remove_groups(["g1"])),
    ("add_participants", lambda ws: ws.add_participants(
        [Participant("p3", "Cy"), Participant("p4", "Di")])),
    ("update_participant", lambda ws: ws.update_participant("bo", consent=True)),
    ("remove_participants", lambda ws: ws.remove_participants(["ann", "bo"])),
    ("add_round", lambda ws: ws.add_round(VotingRound("r2", "pi", "Actors", ("actor",)))),
    ("update_round", lambda ws: ws.update_round("r1", closed=True)),
    ("remove_round", lambda ws: ws.remove_round("r1")),
    ("cast_vote", lambda ws: ws.cast_vote("r1", "b2", "bo", 2)),
    ("set_vote_count", lambda ws: ws.set_vote_count("r1", "b2", 7)),
    ("add_agenda_items", lambda ws: ws.add_agenda_items(
        [AgendaItem("i2", "Barriers", 30, "bb", 1), AgendaItem("i3", "Close", 10, None, 2)])),
    ("update_agenda_item", lambda ws: ws.update_agenda_item(
        "i1", started_at="2026-03-12T09:00:00+01:00")),
    ("reorder_agenda", lambda ws: ws.reorder_agenda(["i1"])),
    ("remove_agenda_items", lambda ws: ws.remove_agenda_items(["i1"])),
]


@pytest.fixture
def busy(board: Workshop) -> Workshop:
    board.add_links([Link("l1", "pi", "a1", "a2", "collaborates")])
    board.add_groups([Group("g1", "blank", "Ideas", 0.0, 0.0, 500.0, 300.0)])
    board.add_round(VotingRound("r1", "bb", "Top barriers", ("barrier",)))
    board.cast_vote("r1", "b1", "ann", 2)
    board.add_agenda_items([AgendaItem("i1", "Intro", 15, "bb", 0)])
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
    busy.add_cards([Card(f"n{i:03}", "blank", "note", str(i)) for i in range(200)])
    busy.move_cards({f"n{i:03}": (float(i), 0.0) for i in range(200)})
    busy.remove_cards([f"n{i:03}" for i in range(200)])
    assert [c.kind for c in seen] == ["cards_added", "cards_moved", "cards_removed"]
    assert [len(seen[0].upserted), len(seen[1].upserted), len(seen[2].removed)] == [200] * 3


def test_removal_lists_dependants_first(busy: Workshop) -> None:
    change = busy.remove_cards(["b1", "a1"])
    kinds = [type(r).__name__ for r in change.removed]
    assert kinds == ["Vote", "Link", "Card", "Card"]
    assert not busy.links and not busy.votes


def test_unsubscribed_listener_hears_nothing(busy: Workshop) -> None:
    seen: list[Change] = []
    busy.subscribe(seen.append)
    busy.unsubscribe(seen.append)
    busy.update_card("a1", title="x")
    assert seen == []


def test_remove_cards_then_restore_gives_back_the_identical_workshop(busy: Workshop) -> None:
    before = busy.snapshot()
    change = busy.remove_cards(["a1", "a2", "b1", "n1"])
    assert busy.snapshot() != before
    restored = busy.restore(change.removed)
    assert busy.snapshot() == before
    assert restored.kind == "restored"
    assert {type(r).__name__ for r in restored.upserted} == {"Card", "Link", "Vote"}


def test_remove_canvas_then_restore_gives_back_the_identical_workshop(busy: Workshop) -> None:
    before = busy.snapshot()
    change = busy.remove_canvas("bb")
    assert busy.agenda["i1"].canvas_id is None
    busy.restore(change.removed)
    for item in change.upserted:
        busy.update_agenda_item(item.id, canvas_id=before_item(before, item.id).canvas_id)
    assert busy.snapshot() == before


def before_item(snapshot: dict[str, Any], item_id: str) -> AgendaItem:
    return next(a for a in snapshot["agenda"] if a.id == item_id)


def test_restore_refuses_records_already_present(busy: Workshop) -> None:
    change = busy.remove_cards(["a1"])
    busy.restore(change.removed)
    before = busy.snapshot()
    with pytest.raises(ValueError):
        busy.restore(change.removed)
    assert busy.snapshot() == before


def test_restore_of_a_link_whose_card_is_gone_is_refused_whole(busy: Workshop) -> None:
    links = busy.remove_links(["l1"]).removed
    busy.remove_cards(["a2"])
    before = busy.snapshot()
    with pytest.raises(ValueError):
        busy.restore(links)
    assert busy.snapshot() == before


def test_removing_a_participant_keeps_their_cards_without_a_name(busy: Workshop) -> None:
    change = busy.remove_participants(["ann"])
    assert busy.card("n1").participant_id is None
    assert [type(r) for r in change.removed] == [Vote, Participant]
