"""The undo property the canvas relies on, checked on random mutation sequences (hypothesis).

Each accepted mutation emits one change; from that change and the records as they were, an
inverse is built from the public API only (restore what was removed, remove what is new, put
changed fields back). Applying the inverses in reverse order must give back, step by step,
exactly the workshop as it was. A refused mutation must leave no trace and emit nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.models import (
    CARD_KINDS,
    AgendaItem,
    Canvas,
    Card,
    Change,
    Group,
    Link,
    Participant,
    Term,
    ValidationError,
    Vote,
    VotingRound,
    Workshop,
    WorkshopInfo,
    is_directed,
    zone_at,
    zone_fields,
)
from coi_desktop.models.entities import field_names
from coi_desktop.models.registry import REGISTRY

from .conftest import small_workshop

TABLES = ("participants", "canvases", "cards", "links", "groups", "rounds", "votes", "agenda")
TABLE_OF: dict[type, str] = {
    Participant: "participants", Canvas: "canvases", Card: "cards", Link: "links",
    Group: "groups", VotingRound: "rounds", Vote: "votes", AgendaItem: "agenda"}
Thunk = Callable[[], Change]
Op = Callable[[Workshop, st.DataObject, list[int]], Thunk | None]

scores = st.one_of(st.none(), st.integers(0, 6))  # 0 and 6 are refused
words = st.sampled_from(["Budget", "Jura", "Æblerov", "🙂 note", "", "x" * 300, "<b>bold"])
coords = st.floats(-3000, 3000, allow_nan=False)


def fresh(ids: list[int], prefix: str) -> str:
    ids[0] += 1
    return f"{prefix}{ids[0]}"


def pick(data: st.DataObject, table: dict[str, Any], n: int = 1) -> list[str]:
    keys = sorted(table)
    return data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=n, unique=True)) \
        if keys else []


def card_for(ws: Workshop, data: st.DataObject, ids: list[int]) -> Card:
    canvas = pick(data, ws.canvases)[0]
    kind = data.draw(st.sampled_from([*CARD_KINDS, "sticky"]))
    fields: dict[str, Any] = {}
    if kind == "actor":
        fields = {"power": data.draw(scores), "interest": data.draw(scores),
                  "sector": data.draw(st.sampled_from(["", "municipality", "moon"]))}
    elif kind == "barrier":
        fields = {"severity": data.draw(scores),
                  "category": data.draw(st.sampled_from(["", "law", "ethics"]))}
    elif kind == "opportunity":
        fields = {"impact": data.draw(scores), "effort": data.draw(scores)}
    people = [None, *sorted(ws.participants)]
    return Card(fresh(ids, "c"), canvas, kind, data.draw(words), x=data.draw(coords),
                y=data.draw(coords), participant_id=data.draw(st.sampled_from(people)), **fields)


# -- the operations -------------------------------------------------------------------------

def add_cards(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    if not ws.canvases:
        return None
    cards = [card_for(ws, data, ids) for _ in range(data.draw(st.integers(1, 3)))]
    return lambda: ws.cards.add(cards)


def update_cards(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    chosen = pick(data, ws.cards, 3)
    field = data.draw(st.sampled_from(["title", "power", "severity", "color", "tags", "hidden"]))
    value = {"title": words, "power": scores, "severity": scores, "hidden": st.booleans(),
             "color": st.sampled_from(["", "#ff8800", "orange"]),
             "tags": st.sampled_from([(), ("a",), ("a", "b")])}[field]
    changes = {cid: {field: data.draw(value)} for cid in chosen}
    return (lambda: ws.cards.update_many(changes)) if chosen else None


def move_cards(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    chosen = pick(data, ws.cards, 4)
    positions = {cid: (data.draw(coords), data.draw(coords)) for cid in chosen}
    updates = {}
    for cid, (x, y) in positions.items():  # a zone drop, as the canvas does it
        card = ws.cards[cid]
        zone = zone_at(ws.canvases.layout(card.canvas_id), card, x, y)
        if zone:
            updates[cid] = zone_fields(zone, card)
    return (lambda: ws.cards.move(positions, updates)) if chosen else None


def remove_cards(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    chosen = pick(data, ws.cards, 3)
    return (lambda: ws.cards.remove(chosen)) if chosen else None


def add_links(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    if len(ws.cards) < 2:
        return None
    src, dst = data.draw(st.lists(st.sampled_from(sorted(ws.cards)), min_size=2, max_size=2))
    # Mostly a type the two kinds allow (the links a facilitator can make); now and then one
    # they do not, or an unknown one, which the model must refuse without a trace.
    allowed = list(ws.links.allowed(src, dst)) if src != dst else ["relates"]
    relation = data.draw(st.one_of(st.sampled_from(allowed), st.sampled_from(allowed),
                                   st.sampled_from(["causes", "collaborates", "loves"])))
    link = Link(fresh(ids, "l"), ws.cards[src].canvas_id, src, dst, relation, "",
                is_directed(relation))
    return lambda: ws.links.add([link])


def change_links(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    chosen = pick(data, ws.links, 2)
    if not chosen:
        return None
    if data.draw(st.booleans()):
        return lambda: ws.links.remove(chosen)
    label = data.draw(words)
    return lambda: ws.links.update(chosen[0], label=label,
                                   directed=not ws.links[chosen[0]].directed)


def groups(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    action = data.draw(st.sampled_from(["add", "move", "remove"]))
    if action == "add" and ws.canvases:
        group = Group(fresh(ids, "g"), pick(data, ws.canvases)[0], data.draw(words),
                      width=data.draw(st.sampled_from([300.0, 0.0])))
        return lambda: ws.groups.add([group])
    chosen = pick(data, ws.groups)
    if not chosen:
        return None
    if action == "remove":
        return lambda: ws.groups.remove(chosen)
    g = ws.groups[chosen[0]]
    inside = {c.id: (c.x + 10, c.y + 10) for c in ws.groups.cards_in(g.id)}
    return lambda: ws.groups.update(g.id, inside, x=g.x + 10, y=g.y + 10)


def people(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    action = data.draw(st.sampled_from(["add", "update", "remove"]))
    if action == "add":
        p = Participant(fresh(ids, "p"), data.draw(words),
                        sector=data.draw(st.sampled_from(["", "sme", "moon"])))
        return lambda: ws.participants.add([p])
    chosen = pick(data, ws.participants, 2)
    if not chosen:
        return None
    if action == "remove":
        return lambda: ws.participants.remove(chosen)
    consent = data.draw(st.booleans())
    return lambda: ws.participants.update(chosen[0], consent=consent)


def rounds(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    action = data.draw(st.sampled_from(["add", "close", "open", "anonymous", "move",
                                        "remove"]))
    if action == "add" and ws.canvases:
        r = VotingRound(fresh(ids, "r"), pick(data, ws.canvases)[0], "Round",
                        data.draw(st.sampled_from([("barrier",), ("actor", "note")])),
                        data.draw(st.integers(0, 3)), data.draw(st.integers(1, 2)),
                        anonymous=data.draw(st.booleans()))
        return lambda: ws.voting.add(r)
    chosen = pick(data, ws.voting)
    if not chosen:
        return None
    rid = chosen[0]
    if action == "remove":
        return lambda: ws.voting.remove(rid)
    if action == "anonymous":
        return lambda: ws.voting.update(rid, anonymous=not ws.voting[rid].anonymous)
    if action == "move":
        canvas = pick(data, ws.canvases)[0]
        return lambda: ws.voting.update(rid, canvas_id=canvas)
    return lambda: ws.voting.update(rid, closed=action == "close")


def votes(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    if not ws.voting or not ws.cards:
        return None
    rid, cid = pick(data, ws.voting)[0], pick(data, ws.cards)[0]
    if data.draw(st.booleans()):
        count = data.draw(st.integers(-1, 4))
        return lambda: ws.voting.set_count(rid, cid, count)
    who = data.draw(st.sampled_from([None, *sorted(ws.participants)]))
    delta = data.draw(st.sampled_from([-1, 1, 2]))
    return lambda: ws.voting.cast(rid, cid, who, delta)


def agenda(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    action = data.draw(st.sampled_from(["add", "time", "reorder", "remove"]))
    if action == "add":
        canvas = data.draw(st.sampled_from([None, *sorted(ws.canvases)]))
        item = AgendaItem(fresh(ids, "i"), data.draw(words), data.draw(st.integers(-1, 90)),
                          canvas, len(ws.agenda))
        return lambda: ws.agenda.add([item])
    chosen = pick(data, ws.agenda, 3)
    if not chosen:
        return None
    if action == "remove":
        return lambda: ws.agenda.remove(chosen)
    if action == "reorder":
        order = data.draw(st.permutations(sorted(ws.agenda)))
        return lambda: ws.agenda.reorder(list(order))
    return lambda: ws.agenda.update(chosen[0], started_at="2026-03-12T09:00:00+01:00")


def details(ws: Workshop, data: st.DataObject, ids: list[int]) -> Thunk | None:
    action = data.draw(st.sampled_from(["info", "terms", "canvas", "reorder", "remove"]))
    if action == "info":
        date = data.draw(st.sampled_from(["", "2026-03-12", "2026-02-30"]))
        title = data.draw(words)
        return lambda: ws.update_info(date=date, title=title, language="en")
    if action == "terms":
        label = data.draw(words)
        return lambda: ws.terms.put([Term("category", "law", label, "Law", 0,
                                          hidden=not ws.terms[("category", "law")].hidden)])
    if action == "canvas":
        c = Canvas(fresh(ids, "v"), data.draw(words),
                   data.draw(st.sampled_from(["onion", "phases", "kanban"])), len(ws.canvases))
        return lambda: ws.canvases.add([c])
    if not ws.canvases:
        return None
    if action == "reorder":
        order = data.draw(st.permutations(sorted(ws.canvases)))
        return lambda: ws.canvases.reorder(list(order))
    chosen = pick(data, ws.canvases)
    return lambda: ws.canvases.remove(chosen[0])


OPS: list[Op] = [add_cards, update_cards, move_cards, remove_cards, add_links, change_links,
                 groups, people, rounds, votes, agenda, details]


# -- inverses from a change, through the public API only ------------------------------------

def _diff(old: Any, new: Any) -> dict[str, Any]:
    return {f: getattr(old, f) for f in field_names(type(old))
            if f != "id" and getattr(old, f) != getattr(new, f)}


def _set_count(ws: Workshop, vote: Vote, target: int) -> None:
    now = ws.voting.votes[vote.id].count if vote.id in ws.voting.votes else 0
    if vote.participant_id is None:
        ws.voting.set_count(vote.round_id, vote.card_id, target)
    elif target != now:
        ws.voting.cast(vote.round_id, vote.card_id, vote.participant_id, target - now)


def inverse(ws: Workshop, before: dict[str, Any], change: Change) -> Callable[[], None]:
    """What an undo command does for `change`, built before anything else happens."""
    def undo() -> None:
        if change.removed:
            ws.restore(change.removed)
        new: dict[type, list[Any]] = {}
        card_updates: dict[str, dict[str, Any]] = {}
        for rec in change.upserted:
            if isinstance(rec, WorkshopInfo):
                ws.update_info(**_diff(before["info"], rec))
                continue
            if isinstance(rec, Term):
                ws.terms.put([before["terms"][(rec.taxonomy, rec.key)]])
                continue
            old = before[TABLE_OF[type(rec)]].get(rec.id)
            if isinstance(rec, Vote):
                _set_count(ws, rec, old.count if old else 0)
            elif old is None:
                new.setdefault(type(rec), []).append(rec.id)
            elif isinstance(rec, Card):
                card_updates[rec.id] = _diff(old, rec)
            else:
                update = {Link: ws.links.update, Group: ws.groups.update,
                          Participant: ws.participants.update, Canvas: ws.canvases.update,
                          VotingRound: ws.voting.update, AgendaItem: ws.agenda.update}
                update[type(rec)](rec.id, **_diff(old, rec))
        if card_updates:
            ws.cards.update_many(card_updates)
        removers = {Card: ws.cards.remove, Link: ws.links.remove, Group: ws.groups.remove,
                    Participant: ws.participants.remove, AgendaItem: ws.agenda.remove}
        for kind, record_ids in new.items():
            if kind in removers:
                removers[kind](record_ids)
            else:
                for rid in record_ids:
                    (ws.canvases.remove if kind is Canvas else ws.voting.remove)(rid)
    return undo


def assert_consistent(ws: Workshop) -> None:
    """Every reference points at something that exists, on the right canvas."""
    for card in ws.cards.values():
        assert card.canvas_id in ws.canvases
        assert card.participant_id is None or card.participant_id in ws.participants
    for link in ws.links.values():
        ends = [ws.cards.get(link.source_id), ws.cards.get(link.target_id)]
        assert all(end is not None and end.canvas_id == link.canvas_id for end in ends)
        kinds = [end.kind for end in ends if end is not None]
        assert REGISTRY.allows(link.relation, *kinds, link.directed), "a refused relation"
    for group in ws.groups.values():
        assert group.canvas_id in ws.canvases
    for r in ws.voting.values():
        assert r.canvas_id in ws.canvases
    for vote in ws.voting.votes.values():
        r, card = ws.voting.get(vote.round_id), ws.cards.get(vote.card_id)
        assert r is not None and card is not None and card.canvas_id == r.canvas_id
        assert vote.count > 0
        if vote.participant_id is not None:
            assert vote.participant_id in ws.participants and not r.anonymous
    slots = [(v.round_id, v.card_id, v.participant_id) for v in ws.voting.votes.values()]
    assert len(slots) == len(set(slots)), "one vote record per round, card and person"
    for item in ws.agenda.values():
        assert item.canvas_id is None or item.canvas_id in ws.canvases
    for table in TABLES:
        assert all(key == record.id for key, record in ws._tables.by_name[table].items())


def state(ws: Workshop) -> dict[str, Any]:
    return {"info": ws.info, "terms": dict(ws.terms),
            **{t: dict(ws._tables.by_name[t]) for t in TABLES}}


def start() -> Workshop:
    ws = small_workshop()
    ws.links.add([Link("l0", "pi", "a1", "a2", "collaborates")])
    ws.voting.add(VotingRound("r0", "bb", "Top", ("barrier",), 3, 2))
    ws.voting.cast("r0", "b1", "ann", 2)
    ws.voting.set_count("r0", "b2", 5)
    ws.agenda.add([AgendaItem("i0", "Intro", 10, "bb")])
    ws.groups.add([Group("g0", "blank", "Ideas", -100.0, -100.0, 2000.0, 2000.0)])
    return ws


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_recorded_inverses_in_reverse_restore_every_earlier_state(data: st.DataObject) -> None:
    ws = start()
    ids = [0]
    seen: list[Change] = []
    ws.subscribe(seen.append)
    history: list[tuple[dict[str, Any], Callable[[], None]]] = []
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        thunk = data.draw(st.sampled_from(OPS), label="op")(ws, data, ids)
        if thunk is None:
            continue
        snap, before, heard = ws.snapshot(), state(ws), len(seen)
        try:
            change = thunk()
        except ValidationError:
            assert ws.snapshot() == snap, "a refused mutation changed the workshop"
            assert len(seen) == heard, "a refused mutation emitted an event"
            continue
        assert seen[heard:] == [change], "a mutation must emit exactly one event"
        assert_consistent(ws)
        history.append((snap, inverse(ws, before, change)))
    for snap, undo in reversed(history):
        undo()
        assert ws.snapshot() == snap
        assert_consistent(ws)
