"""Possible duplicates: which cards are proposed, what merging keeps, and that undoing a
merge restores the workshop exactly (a property test over random workshops)."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.models import Canvas, Card, VotingRound, Workshop, new_id, zone_at, zone_for_card
from coi_desktop.models.registry import ACTOR, BARRIER, NOTE, REGISTRY
from coi_desktop.services.duplicates import (
    merge,
    merge_steps,
    normalise,
    plan_merge,
    proposals,
)


def test_normalise_ignores_case_spacing_and_punctuation_but_keeps_danish_letters() -> None:
    assert normalise("  Vesterå   Kommune. ") == normalise("vesterå kommune") == "vesterå kommune"
    assert normalise("Ældre-Sagen!") == normalise("ÆLDRE SAGEN") == "ældre sagen"
    assert normalise("Århus") != normalise("Aarhus")
    assert normalise("Sø") != normalise("So")
    assert normalise("Ingen budget (2025)") == "ingen budget 2025"
    assert normalise("…!?") == ""


def _board() -> tuple[Workshop, str, str]:
    w = Workshop.new("Dubletter", language="da")
    first = w.canvases.ordered()[0].id
    second = Canvas(new_id(), "Plan", "blank", 1)
    w.canvases.add([second])
    return w, first, second.id


def _card(w: Workshop, canvas: str, kind: str, title: str, **fields: object) -> str:
    card = Card(new_id(), canvas, kind, title, **fields)
    w.cards.add([card])
    return card.id


def test_proposals_are_same_kind_same_title_different_items() -> None:
    w, a, b = _board()
    one = _card(w, a, ACTOR, "Vesterå Kommune")
    two = _card(w, b, ACTOR, "vesterå  kommune.")
    _card(w, b, BARRIER, "Vesterå Kommune")  # another kind: not a duplicate
    _card(w, a, ACTOR, "Region Midt")
    w.cards.place(one, b, 400, 0)  # the same item on two canvases: not a duplicate of itself
    (proposal,) = proposals(w)
    assert proposal.kind == ACTOR and proposal.title == "Vesterå Kommune"
    assert proposal.items == (one, two)
    assert len(proposal.cards) == 3


def test_merge_makes_one_item_and_keeps_every_text_link_and_vote() -> None:
    w, a, b = _board()
    kept = _card(w, a, ACTOR, "Vesterå Kommune", description="Ejer af hjemmeplejen",
                 tags=("kommune",))
    other = _card(w, b, ACTOR, "Vesterå kommune", description="Budgetansvarlig",
                  organisation="Vesterå", tags=("offentlig",))
    twin = _card(w, a, ACTOR, "VESTERÅ KOMMUNE")  # on the kept one's canvas: collapses
    barrier = _card(w, a, BARRIER, "Ingen hjemmel")
    note = _card(w, a, NOTE, "Husk")
    w.links.add([w.links.new(twin, barrier, "experiences"),
                 w.links.new(kept, barrier, "experiences"),  # repeated by twin's: one stays
                 w.links.new(twin, note, "relates"),
                 w.links.new(kept, twin, "collaborates")])  # becomes a self-link: dropped
    r = VotingRound(new_id(), a, "Runde 1", kinds=(ACTOR,))
    w.voting.add(r)
    w.voting.set_count(r.id, twin, 3)
    w.voting.set_count(r.id, kept, 2)
    merge(w, [kept, other, twin])
    assert twin not in w.cards and other in w.cards
    placements = w.cards.placements(kept)
    assert sorted(c.canvas_id for c in placements) == sorted([a, b])
    merged = w.cards[kept]
    assert merged.title == "Vesterå Kommune"
    assert merged.description == "Ejer af hjemmeplejen\n\nBudgetansvarlig"
    assert merged.organisation == "Vesterå" and merged.tags == ("kommune", "offentlig")
    assert w.cards[other].description == merged.description  # one item everywhere
    links = w.links.of([kept])
    assert Counter(lk.relation for lk in links) == {"experiences": 1, "relates": 1}
    assert all(lk.source_id != lk.target_id for lk in w.links.values())
    assert w.voting.totals(r.id)[kept] == 5
    assert proposals(w) == []


def _steps_round_trip(w: Workshop, items: list[str]) -> None:
    before = w.snapshot()
    steps = merge_steps(w, plan_merge(w, items))
    results = [do() for do, _undo in steps]
    for (_do, undo), result in zip(reversed(steps), reversed(results), strict=True):
        undo(result)
    assert w.snapshot() == before


TITLES = ["Kommune", "kommune.", "KOMMUNE", "Region", "region!", "Skole", "Skole"]
KINDS = [ACTOR, BARRIER]
TEMPLATES = ["blank", "power_interest", "barrier_board", "onion"]


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    w = Workshop.new("Egenskab", language="da", template="power_interest")
    canvases = [w.canvases.ordered()[0].id]
    for n in range(draw(st.integers(1, 2))):  # boards with zones: merging moves cards
        extra = Canvas(new_id(), f"L{n}", draw(st.sampled_from(TEMPLATES)), n + 1)
        w.canvases.add([extra])
        canvases.append(extra.id)
    ids: list[str] = []
    for _ in range(draw(st.integers(2, 9))):
        canvas = draw(st.sampled_from(canvases))
        desc = draw(st.sampled_from(["", "a", "b"]))
        kind = draw(st.sampled_from(KINDS))
        score = st.one_of(st.none(), st.integers(1, 5))
        extra: dict[str, object] = (
            {"power": draw(score), "interest": draw(score)} if kind == ACTOR
            else {"category": draw(st.sampled_from(["", "economy", "law"]))})
        ids.append(_card(w, canvas, kind, draw(st.sampled_from(TITLES)),
                         description=desc, tags=tuple(draw(st.sets(st.sampled_from("xyz")))),
                         x=float(draw(st.integers(0, 2000))),
                         y=float(draw(st.integers(0, 1400))), **extra))
    for _ in range(draw(st.integers(0, 4))):  # placements of existing items elsewhere
        card = w.cards[draw(st.sampled_from(ids))]
        free = [c for c in canvases
                if all(p.canvas_id != c for p in w.cards.placements(card.item))]
        if free:
            w.cards.place(card.id, draw(st.sampled_from(free)), 0, 0)
    cards = list(w.cards.values())
    drawn: set[tuple[str, str, str]] = set()  # the canvas links two cards once (editing.py
    for _ in range(draw(st.integers(0, 8))):  # link_cards refuses a repeat): no repeats here
        s, t = draw(st.sampled_from(cards)), draw(st.sampled_from(cards))
        if s.id != t.id and s.canvas_id == t.canvas_id:
            allowed = REGISTRY.allowed_relations(s.kind, t.kind)  # "relates" joins any two
            relation = draw(st.sampled_from(allowed))
            if (s.id, t.id, relation) not in drawn:
                drawn.add((s.id, t.id, relation))
                w.links.add([w.links.new(s.id, t.id, relation)])
    rounds = {c: VotingRound(new_id(), c, "R", kinds=tuple(KINDS)) for c in canvases}
    for r in rounds.values():
        w.voting.add(r)
    for card in draw(st.lists(st.sampled_from(cards), max_size=5)):
        w.voting.set_count(rounds[card.canvas_id].id, card.id, draw(st.integers(1, 3)))
    return w


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshops(), st.data())
def test_merge_then_undo_restores_the_snapshot_exactly(w: Workshop, data: st.DataObject) -> None:
    found = proposals(w)
    if not found:
        return
    proposal = data.draw(st.sampled_from(found))
    items = list(proposal.items)
    _steps_round_trip(w, items)
    dots = sum(v.count for v in w.voting.votes.values())
    merge(w, items)  # and the merge itself is what it promises
    placements = w.cards.placements(items[0])
    assert len({c.canvas_id for c in placements}) == len(placements)
    assert all(c.title == placements[0].title for c in placements)
    assert not {c.item for c in w.cards.values()} & set(items[1:])
    assert all(lk.source_id != lk.target_id for lk in w.links.values())
    assert sum(v.count for v in w.voting.votes.values()) == dots
    keys = [(lk.source_id, lk.target_id, lk.relation) for lk in w.links.values() if lk.directed]
    assert len(keys) == len(set(keys))
    for card in placements:  # no board shows the item in a zone its fields contradict
        layout = w.canvases.layout(card.canvas_id)
        here = zone_at(layout, card)
        goal = zone_for_card(layout, card)
        assert goal is None or here is goal or (here is not None and here.holds(card))
