"""A mutation is all or nothing across its listeners.

If a listener (in the app: the store, on a full disk or a pulled USB stick) raises a
`CoiError`, the workshop must be exactly as before the mutation, the listeners that already
heard of the change must be told its inverse (so a scene updated before the store is put back),
the listeners after the failing one must hear nothing, and the error must reach the caller.
Checked for every kind of mutation by name, and on random mutation sequences (hypothesis) with
a listener failing at a random point.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.models import (
    AgendaItem,
    Canvas,
    Card,
    Change,
    CoiError,
    Group,
    Link,
    Participant,
    Term,
    ValidationError,
    VotingRound,
    Workshop,
    WorkshopInfo,
)

from .conftest import small_workshop
from .test_undo_property import OPS, TABLE_OF, TABLES, assert_consistent


class DiskFull(CoiError):
    """What the store raises, without a store."""


class Mirror:
    """A listener that keeps its own copy of the workshop from the changes alone (a scene)."""

    def __init__(self, ws: Workshop) -> None:
        self.state = state(ws)
        self.kinds: list[str] = []

    def __call__(self, change: Change) -> None:
        self.kinds.append(change.kind)
        for record in change.upserted:
            if isinstance(record, WorkshopInfo):
                self.state["info"] = record
            elif isinstance(record, Term):
                self.state["terms"][(record.taxonomy, record.key)] = record
            else:
                self.state[TABLE_OF[type(record)]][record.id] = record
        for record in change.removed:
            if isinstance(record, Term):
                del self.state["terms"][(record.taxonomy, record.key)]
            else:
                del self.state[TABLE_OF[type(record)]][record.id]


class Failing:
    """A listener that raises on its `fail_on`-th change (1-based; 0: never)."""

    def __init__(self, fail_on: int = 1) -> None:
        self.fail_on = fail_on
        self.seen = 0

    def __call__(self, change: Change) -> None:
        self.seen += 1
        if self.seen == self.fail_on:
            raise DiskFull("The disk is full.", "Disken er fuld.")


def state(ws: Workshop) -> dict[str, Any]:
    return {"info": ws.info, "terms": dict(ws.terms),
            **{t: dict(ws._tables.by_name[t]) for t in TABLES}}


def voting_board() -> Workshop:
    """The small workshop with a round, votes, a link, a group and agenda items."""
    ws = small_workshop()
    ws.voting.add(VotingRound("r1", "bb", "Which barrier?", ("barrier",), 3, 2))
    ws.voting.cast("r1", "b1", "ann", 2)
    ws.voting.set_count("r1", "b2", 4)
    ws.links.add([Link("l1", "pi", "a1", "a2", "collaborates", "", False)])
    ws.groups.add([Group("g1", "bb", "Money", x=-50, y=-50, width=600, height=600)])
    ws.agenda.add([AgendaItem("i1", "Barriers", 20, "bb", 0),
                         AgendaItem("i2", "Break", 10, None, 1)])
    return ws


#: One of every mutation the model has.
MUTATIONS: dict[str, Callable[[Workshop], Any]] = {
    "update_info": lambda w: w.update_info(title="Renamed", language="da"),
    "set_terms new": lambda w: w.terms.put([Term("category", "weather", "Vejr", "Weather", 9)]),
    "set_terms rename": lambda w: w.terms.put([Term("category", "law", "Ret", "Law", 0)]),
    "add_canvases": lambda w: w.canvases.add([Canvas("new", "New", "onion", 3)]),
    "update_canvas": lambda w: w.canvases.update("pi", name="People"),
    "reorder_canvases": lambda w: w.canvases.reorder(["blank", "bb", "pi"]),
    "remove_canvas": lambda w: w.canvases.remove("bb"),
    "add_cards": lambda w: w.cards.add([Card("n2", "blank", "note", "New"),
                                        Card("n3", "blank", "note", "Newer")]),
    "update_cards": lambda w: w.cards.update_many({"a1": {"title": "Care"}, "b1": {"severity": 1}}),
    "move_cards": lambda w: w.cards.move({"a1": (5.0, 6.0), "a2": (7.0, 8.0)}),
    "remove_cards": lambda w: w.cards.remove(["b1", "a1"]),
    "add_links": lambda w: w.links.add([Link("l2", "bb", "b1", "b2", "causes", "", True)]),
    "update_link": lambda w: w.links.update("l1", label="works with"),
    "remove_links": lambda w: w.links.remove(["l1"]),
    "add_groups": lambda w: w.groups.add([Group("g2", "pi", "Big", width=10, height=10)]),
    "update_group": lambda w: w.groups.update("g1", {"b1": (1.0, 2.0)}, x=1.0),
    "remove_groups": lambda w: w.groups.remove(["g1"]),
    "add_participants": lambda w: w.participants.add([Participant("cy", "Cy")]),
    "update_participant": lambda w: w.participants.update("bo", name="Bob"),
    "remove_participants": lambda w: w.participants.remove(["ann", "bo"]),
    "add_round": lambda w: w.voting.add(VotingRound("r2", "pi", "Actors", ("actor",), 2, 1)),
    "update_round": lambda w: w.voting.update("r1", closed=True),
    "remove_round": lambda w: w.voting.remove("r1"),
    "cast_vote new": lambda w: w.voting.cast("r1", "b2", "bo", 1),
    "cast_vote more": lambda w: w.voting.cast("r1", "b1", "ann", -1),
    "cast_vote to zero": lambda w: w.voting.cast("r1", "b1", "ann", -2),
    "set_vote_count": lambda w: w.voting.set_count("r1", "b2", 0),
    "add_agenda_items": lambda w: w.agenda.add([AgendaItem("i3", "Lunch", 30)]),
    "update_agenda_item": lambda w: w.agenda.update("i1", planned_minutes=25),
    "reorder_agenda": lambda w: w.agenda.reorder(["i2", "i1"]),
    "remove_agenda_items": lambda w: w.agenda.remove(["i1", "i2"]),
}


@pytest.mark.parametrize("position", [0, 1, 2])
@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_failing_listener_leaves_the_workshop_as_it_was(name: str, position: int) -> None:
    ws = voting_board()
    before = state(ws)
    first, last = Mirror(ws), Mirror(ws)
    failing = Failing()
    listeners: list[Any] = [first, last]
    listeners.insert(position, failing)
    for listener in listeners:
        ws.subscribe(listener)

    with pytest.raises(DiskFull):
        MUTATIONS[name](ws)

    assert state(ws) == before
    assert_consistent(ws)
    # Every listener that heard of the change heard its inverse; the others heard nothing.
    heard = listeners[:position]
    for mirror in (first, last):
        assert mirror.state == before
        assert len(mirror.kinds) == (2 if mirror in heard else 0)
    # The workshop still works: the same mutation goes through once the listener recovers.
    MUTATIONS[name](ws)
    assert first.state == last.state == state(ws) != before


def test_restore_is_atomic_too() -> None:
    ws = voting_board()
    removed = ws.cards.remove(["b1", "b2"]).removed
    before = state(ws)
    ws.subscribe(Failing())
    with pytest.raises(DiskFull):
        ws.restore(removed)
    assert state(ws) == before


def test_the_error_is_the_listeners_own_and_later_listeners_are_not_called() -> None:
    ws = small_workshop()
    failing, after = Failing(), Mirror(ws)
    ws.subscribe(failing)
    ws.subscribe(after)
    with pytest.raises(DiskFull) as raised:
        ws.cards.update("a1", title="Lost?")
    assert raised.value.text("da") == "Disken er fuld."
    assert after.kinds == []
    assert ws.cards.require("a1").title == "Home care"


def test_a_refused_mutation_before_a_failure_is_not_undone_twice() -> None:
    """A refused restore tidies up after itself; the next failing mutation must not 'revert'
    that tidy-up (e.g. delete a card the refused restore briefly added)."""
    ws = voting_board()
    gone = ws.cards.remove(["b2"]).removed
    ws.cards.add([Card("b2", "bb", "barrier", "Same id, new card")])
    with pytest.raises(ValidationError):
        ws.restore(gone)
    before = state(ws)
    ws.subscribe(Failing())
    with pytest.raises(DiskFull):
        ws.cards.update("b2", title="x")
    assert state(ws) == before


def test_plain_dict_methods_on_a_table_are_journaled() -> None:
    """Code that writes a table with pop/update/setdefault cannot slip past the journal."""
    ws = small_workshop()
    before = state(ws)
    cards = ws._tables.cards  # the raw table under the read-only `ws.cards`
    cards.pop("a1")
    cards.update({"zz": Card("zz", "blank", "note", "Z")})
    cards.setdefault("yy", Card("yy", "blank", "note", "Y"))
    ws.subscribe(Failing())
    with pytest.raises(DiskFull):
        ws.cards.update("b1", title="x")
    assert state(ws) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_sequences_with_a_listener_failing_at_a_random_point(data: st.DataObject) -> None:
    ws = small_workshop()
    first, last = Mirror(ws), Mirror(ws)
    failing = Failing(data.draw(st.integers(1, 12), label="fail on change"))
    listeners: list[Any] = [first, last]
    position = data.draw(st.integers(0, 2), label="position of the failing listener")
    listeners.insert(position, failing)
    for listener in listeners:
        ws.subscribe(listener)
    ids = [0]
    failed = 0
    for _ in range(data.draw(st.integers(1, 15), label="steps")):
        op = data.draw(st.sampled_from(OPS))
        thunk = op(ws, data, ids)
        if thunk is None:
            continue
        before = state(ws)
        try:
            thunk()
        except DiskFull:
            failed += 1
            assert state(ws) == before
        except ValidationError:
            assert state(ws) == before
        assert_consistent(ws)
        assert first.state == state(ws)
        assert last.state == state(ws)
    assert failed <= 1


def test_a_copied_workshop_keeps_its_own_journal() -> None:
    import copy
    import pickle

    ws = voting_board()
    for twin in (copy.deepcopy(ws), pickle.loads(pickle.dumps(ws))):
        assert twin.snapshot() == ws.snapshot()
        before = state(twin)
        twin.subscribe(Failing())
        with pytest.raises(DiskFull):
            twin.cards.remove(["b1"])
        assert state(twin) == before
    assert "b1" in ws.cards
