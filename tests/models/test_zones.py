"""Template zones: a dropped card takes on its zone's meaning; its fields find its zone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coi_desktop.models import (
    TEMPLATES,
    Card,
    Layout,
    Term,
    Workshop,
    default_terms,
    layout_for,
    zone_at,
    zone_fields,
    zone_for_card,
)
from coi_desktop.models.templates import HEADER, HIGH_VALUE, LOW_VALUE, position_in_zone


def drop(ws: Workshop, card_id: str, x: float, y: float) -> Card:
    """What the canvas does on a drop: one move carrying the zone's field changes."""
    card = ws.cards.require(card_id)
    zone = zone_at(ws.canvases.layout(card.canvas_id), card, x, y)
    updates = {card_id: zone_fields(zone, card)} if zone else None
    ws.cards.move({card_id: (x, y)}, updates)
    return ws.cards.require(card_id)


def centre_at(card: Card, cx: float, cy: float) -> tuple[float, float]:
    return cx - card.width / 2, cy - card.height / 2


def spot(layout: Layout, key: str, fx: float = 0.5, fy: float = 0.5) -> tuple[float, float]:
    """A point inside zone `key` at fractions of its width and height (from the layout)."""
    zone = next(z for z in layout.zones if z.key == key)
    return zone.x + fx * zone.width, zone.y + fy * zone.height


@pytest.mark.parametrize(("zone", "power", "interest"), [
    ("manage_closely", HIGH_VALUE, HIGH_VALUE),
    ("keep_satisfied", HIGH_VALUE, LOW_VALUE),
    ("keep_informed", LOW_VALUE, HIGH_VALUE),
    ("monitor", LOW_VALUE, LOW_VALUE),
])
def test_an_actor_dropped_in_a_quadrant_gets_power_and_interest(
        board: Workshop, zone: str, power: int, interest: int) -> None:
    board.cards.add([Card("new", "pi", "actor", "New actor")])
    x, y = centre_at(board.cards.require("new"), *spot(board.canvases.layout("pi"), zone))
    assert zone_at(board.canvases.layout("pi"), board.cards.require("new"), x, y).key == zone
    card = drop(board, "new", x, y)
    assert (card.power, card.interest, card.x, card.y) == (power, interest, x, y)
    assert zone_for_card(board.canvases.layout("pi"), card).key == zone


def test_a_five_stays_five_in_a_high_zone(board: Workshop) -> None:
    board.cards.update("a1", power=5, interest=5)
    pi = board.canvases.layout("pi")
    x, y = centre_at(board.cards.require("a1"), *spot(pi, "manage_closely"))  # high, high
    a1 = board.cards["a1"]
    assert zone_fields(zone_at(board.canvases.layout("pi"), a1, x, y), a1) == {}
    card = drop(board, "a1", x, y)
    assert (card.power, card.interest) == (5, 5)
    x, y = centre_at(card, *spot(pi, "keep_informed"))  # power drops, interest 5 stays
    card = drop(board, "a1", x, y)
    assert (card.power, card.interest) == (LOW_VALUE, 5)
    x, y = centre_at(card, *spot(pi, "keep_informed", 0.6, 0.7))  # same zone: no change
    assert drop(board, "a1", x, y).power == LOW_VALUE


def test_a_one_stays_one_in_a_low_zone(board: Workshop) -> None:
    board.cards.update("a2", power=1, interest=1)
    monitor = spot(board.canvases.layout("pi"), "monitor", 0.4, 0.7)
    card = drop(board, "a2", *centre_at(board.cards["a2"], *monitor))
    assert (card.power, card.interest) == (1, 1)


def test_only_the_zone_kinds_take_on_fields(board: Workshop) -> None:
    board.cards.add([Card("o2", "pi", "opportunity", "Out of place", impact=3)])
    x, y = centre_at(board.cards["o2"], *spot(board.canvases.layout("pi"), "manage_closely"))
    assert zone_at(board.canvases.layout("pi"), board.cards.require("o2"), x, y) is None
    card = drop(board, "o2", x, y)
    assert (card.power, card.interest, card.impact) == (None, None, 3)


def test_a_barrier_dropped_in_a_column_gets_its_category(board: Workshop) -> None:
    layout = board.canvases.layout("bb")
    ethics = next(z for z in layout.zones if z.key == "ethics")
    card = drop(board, "b2", *centre_at(board.cards.require("b2"), *ethics.anchor()))
    assert card.category == "ethics"
    assert zone_for_card(layout, card) is ethics


def test_zone_for_card_reads_the_fields(board: Workshop) -> None:
    pi = board.canvases.layout("pi")
    assert zone_for_card(pi, board.cards.require("a1")).key == "manage_closely"  # 5, 4
    assert zone_for_card(pi, board.cards.require("a2")).key == "monitor"  # 2, 2
    board.cards.update("a2", power=3, interest=1)
    assert zone_for_card(pi, board.cards.require("a2")).key == "keep_satisfied"
    board.cards.update("a2", power=None)
    assert zone_for_card(pi, board.cards.require("a2")) is None
    assert zone_for_card(board.canvases.layout("bb"), board.cards.require("b1")).key == "economy"
    assert zone_for_card(board.canvases.layout("blank"), board.cards.require("n1")) is None


def test_impact_effort_quadrants() -> None:
    layout = layout_for("impact_effort", default_terms())
    card = Card("c", "x", "opportunity", "Idea")
    quick = zone_at(layout, card, *centre_at(card, *spot(layout, "quick_wins", 0.3, 0.4)))
    assert quick.key == "quick_wins"
    assert zone_fields(quick, card) == {"impact": HIGH_VALUE, "effort": LOW_VALUE}
    thankless = zone_at(layout, card, *centre_at(card, *spot(layout, "thankless", 0.7, 0.6)))
    assert thankless.key == "thankless"
    assert zone_fields(thankless, Card("c", "x", "opportunity", "Idea", impact=1, effort=5)) == {}


def test_onion_rings_set_closeness() -> None:
    layout = layout_for("onion")
    card = Card("c", "x", "actor", "Someone")
    for key in ("core", "direct", "indirect"):
        zone = next(z for z in layout.zones if z.key == key)
        assert zone_at(layout, card, *centre_at(card, *zone.anchor())) is zone
        assert zone_fields(zone, card) == {"closeness": key}
    assert zone_at(layout, card, *centre_at(card, 5, 5)) is None  # a corner, outside the rings


def test_a_hidden_category_has_no_column_and_a_renamed_one_keeps_its_key(
        board: Workshop) -> None:
    board.terms.put([Term("category", "law", "Lovgivning", "Legislation", 0, hidden=True),
                     Term("category", "economy", "Penge", "Money", 2)])
    layout = board.canvases.layout("bb")
    assert "law" not in {z.key for z in layout.zones}
    economy = next(z for z in layout.zones if z.key == "economy")
    assert (economy.da, economy.en) == ("Penge", "Money")
    assert zone_for_card(layout, board.cards.require("b2")) is None  # still "law", shown outside
    assert board.cards.require("b2").category == "law"


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_anchor_and_placement_lies_inside_its_zone(template: str) -> None:
    layout = layout_for(template, default_terms())
    for zone in layout.zones:
        assert zone.contains(*zone.anchor()), zone.key
        card = Card("c", "x", zone.kinds[0], "t")
        for offset in range(8):  # the stagger repeats after eight cards
            x, y = position_in_zone(zone, card, offset)
            assert zone_at(layout, card, x, y) is zone, (zone.key, offset)
            if zone.shape == "rect":  # whole card inside, below the zone's label band
                assert zone.x <= x and x + card.width <= zone.x + zone.width, zone.key
                assert zone.y + HEADER <= y and y + card.height <= zone.y + zone.height
            else:  # below the ring's label at its top
                assert y >= zone.y - zone.r_outer + HEADER, zone.key


@given(template=st.sampled_from(["power_interest", "impact_effort", "barrier_board", "phases",
                                 "onion"]),
       fx=st.floats(0, 1), fy=st.floats(0, 1),
       scores=st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=5, max_size=5),
       category=st.sampled_from(["", "law", "ethics", "market"]),
       kind=st.sampled_from(["actor", "barrier", "opportunity", "note"]))
@settings(max_examples=200, deadline=None)
def test_a_drop_gives_the_card_the_meaning_of_the_zone_under_it(
        template: str, fx: float, fy: float, scores: list[int | None], category: str,
        kind: str) -> None:
    layout = layout_for(template, default_terms())
    power, interest, severity, impact, effort = scores
    card = Card("c", "x", kind, "t", power=power, interest=interest, severity=severity,
                impact=impact, effort=effort, category=category)
    x, y = fx * layout.width - card.width / 2, fy * layout.height - card.height / 2
    zone = zone_at(layout, card, x, y)
    if zone is None:
        return
    changes = zone_fields(zone, card)
    dropped = replace(card, x=x, y=y, **changes)
    assert zone_for_card(layout, dropped) is zone
    assert zone_fields(zone, dropped) == {}  # dropping again changes nothing
    for name in changes:  # only fields that did not already fit were changed
        assert getattr(card, name) not in dict(zone.accepts).get(name, ())
