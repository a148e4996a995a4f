"""The demo workshop: realistic content, cards inside the zones their fields name, no overlaps,
exact scaling, the same text for the same seed, and a clean trip through the file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from coi_desktop.models import (
    Card,
    OutOfRangeError,
    UnknownKindError,
    VotingError,
    Workshop,
    zone_at,
    zone_for_card,
)
from coi_desktop.services.demo import build_demo

ALLOWED_RELATIONS = {
    ("actor", "actor"): {"collaborates", "depends_on"},
    ("actor", "barrier"): {"experiences"},
    ("barrier", "barrier"): {"causes"},
    ("opportunity", "barrier"): {"addresses"},
    ("actor", "opportunity"): {"drives"},
    ("barrier", "opportunity"): {"blocks"},
    ("opportunity", "action"): {"leads_to"},
}


@pytest.fixture(scope="module")
def demo() -> Workshop:
    return build_demo()


def overlapping(cards: list[Card]) -> list[tuple[str, str]]:
    """Pairs of cards whose rectangles intersect (sweep over x)."""
    found = []
    ordered = sorted(cards, key=lambda c: c.x)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.x >= a.x + a.width:
                break
            if b.y < a.y + a.height and a.y < b.y + b.height:
                found.append((a.title, b.title))
    return found


def assert_well_placed(ws: Workshop) -> None:
    for canvas in ws.canvases.values():
        cards = ws.cards.on(canvas.id)
        assert overlapping(cards) == [], canvas.name
        layout = ws.canvases.layout(canvas.id)
        for card in cards:
            meant = zone_for_card(layout, card)
            under = zone_at(layout, card)
            if under is not None:  # a card inside a zone has that zone's meaning
                assert meant is under, (canvas.name, card.title, under.key)
            elif any(card.kind in z.kinds for z in layout.zones):
                # beside the board (copies and actions): outside every zone
                assert not any(z.contains(card.x + card.width / 2, card.y + card.height / 2)
                               for z in layout.zones if card.kind in z.kinds)


def test_the_demo_is_a_whole_workshop(demo: Workshop) -> None:
    info = demo.info
    assert info.title == "Softwarerobotter i hjemmeplejen" and info.language == "da"
    assert all([info.date, info.location, info.facilitator, info.organiser, info.purpose])
    assert info.technology == "rpa" and info.retention_date > info.date
    people = list(demo.participants.values())
    assert 10 <= len(people) <= 14
    assert {True, False} <= {p.consent for p in people}
    unnamed = sum(not p.consent for p in people)  # the facilitator's note counts them
    assert ["Ingen", "En", "To", "Tre", "Fire", "Fem"][unnamed] in info.notes
    assert len({p.sector for p in people}) >= 5 and all(p.role for p in people)
    agenda = demo.agenda.ordered()
    assert 5 <= len(agenda) <= 7 and all(a.planned_minutes > 0 for a in agenda)
    assert any(a.started_at and a.ended_at for a in agenda)
    assert any(not a.started_at for a in agenda)
    templates = {c.template for c in demo.canvases.values()}
    assert {"power_interest", "barrier_board", "impact_effort"} <= templates


def test_every_kind_has_its_fields(demo: Workshop) -> None:
    kinds = Counter(c.kind for c in demo.cards.values())
    assert all(kinds[k] > 0 for k in ("actor", "barrier", "opportunity", "action", "note"))
    for card in demo.cards.values():
        assert card.title.strip() and "{" not in card.title + card.description
        if card.kind == "actor":
            assert card.sector and card.power and card.interest
        elif card.kind == "barrier":
            assert card.category and card.severity and card.phase
        elif card.kind == "opportunity":
            assert card.impact and card.effort and card.phase and card.technology
        elif card.kind == "action":
            assert card.owner and card.due_date and card.status


def test_cards_sit_in_their_zones_without_overlapping(demo: Workshop) -> None:
    assert_well_placed(demo)
    by_template = {c.template: c.id for c in demo.canvases.values()}
    for template, kind in (("power_interest", "actor"), ("barrier_board", "barrier"),
                           ("impact_effort", "opportunity")):
        layout = demo.canvases.layout(by_template[template])
        placed = [c for c in demo.cards.on(by_template[template]) if c.kind == kind]
        in_zone = [c for c in placed if zone_at(layout, c) is not None]
        assert len(in_zone) >= 8
        assert len({zone_at(layout, c).key for c in in_zone}) >= 4  # spread over the zones


def test_links_have_the_usual_relations(demo: Workshop) -> None:
    relations = Counter(link.relation for link in demo.links.values())
    for relation in ("collaborates", "experiences", "addresses", "drives", "leads_to", "blocks"):
        assert relations[relation] >= 2, relation
    for link in demo.links.values():
        kinds = (demo.cards.require(link.source_id).kind, demo.cards.require(link.target_id).kind)
        assert link.relation in ALLOWED_RELATIONS[kinds], (kinds, link.relation)


def test_a_group_holds_the_actions(demo: Workshop) -> None:
    (group,) = demo.groups.values()
    inside = demo.groups.cards_in(group.id)
    assert inside and all(c.kind == "action" for c in inside)


def test_the_voting_rounds_are_finished(demo: Workshop) -> None:
    rounds = demo.voting.ordered()
    assert rounds and all(r.closed for r in rounds)
    named = next(r for r in rounds if not r.anonymous)
    totals = demo.voting.totals(named.id)
    assert sum(totals.values()) >= len(demo.participants) * 3
    for pid in demo.participants:
        assert demo.voting.dots_used(named.id, pid) <= named.dots_per_participant
    top = max(totals, key=lambda cid: totals[cid])
    with pytest.raises(VotingError):
        demo.voting.cast(named.id, top, next(iter(demo.participants)))


def test_english_demo(demo: Workshop) -> None:
    en = build_demo(language="en")
    assert en.info.title == "Software robots in home care" and en.info.language == "en"
    da_titles = {c.title for c in demo.cards.values()}
    en_titles = {c.title for c in en.cards.values()}
    assert len(en_titles) > 30 and len(en_titles & da_titles) < 10  # only names coincide
    assert Counter(c.kind for c in en.cards.values()) == Counter(
        c.kind for c in demo.cards.values())


@pytest.mark.parametrize("n", [0, 1, 7, 64, 500, 1234])
def test_cards_n_gives_exactly_n_cards(n: int) -> None:
    ws = build_demo(cards=n, seed=n)
    assert len(ws.cards) == n
    assert_well_placed(ws)


def test_ten_thousand_cards_spread_over_canvases() -> None:
    ws = build_demo(cards=10_000, seed=1, language="en")
    assert len(ws.cards) == 10_000
    per_canvas = Counter(c.canvas_id for c in ws.cards.values())
    assert len(per_canvas) >= 12 and max(per_canvas.values()) < 1000
    assert len(ws.links) > 3000
    assert_well_placed(ws)
    assert len({c.title for c in ws.cards.values()}) > 2000  # varied text


def _text_and_places(ws: Workshop) -> list[tuple[str, str, str, float, float]]:
    names = {c.id: c.name for c in ws.canvases.values()}
    return [(names[c.canvas_id], c.title, c.description, c.x, c.y) for c in ws.cards.values()]


def test_same_seed_same_workshop_other_seed_other_text() -> None:
    a, b = build_demo(cards=300, seed=5), build_demo(cards=300, seed=5)
    assert _text_and_places(a) == _text_and_places(b)
    assert {c.id for c in a.cards.values()}.isdisjoint(c.id for c in b.cards.values())
    assert _text_and_places(build_demo(cards=300, seed=6)) != _text_and_places(a)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(OutOfRangeError):
        build_demo(cards=10_001)
    with pytest.raises(OutOfRangeError):
        build_demo(cards=-1)
    with pytest.raises(UnknownKindError):
        build_demo(language="sv")


def test_the_demo_survives_the_file(tmp_path: Path, demo: Workshop) -> None:
    from coi_desktop.storage import check_file, create_workshop_file, read_workshop

    create_workshop_file(tmp_path / "demo.coi", demo)
    check_file(tmp_path / "demo.coi")
    assert read_workshop(tmp_path / "demo.coi").snapshot() == demo.snapshot()
