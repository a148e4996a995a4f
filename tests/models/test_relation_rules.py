"""Relation rules (issue 12): each relation type joins only the kinds it declares.

A link the type does not allow is refused with one sentence in each language; a file that
already holds such a link still loads, its label can still be edited, and undo of a removal
brings it back. The registry's default relation for two kinds is always one they allow.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from coi_desktop.models import Canvas, Card, Link, ValidationError, Workshop
from coi_desktop.models.links import RelationNotAllowedError
from coi_desktop.models.registry import (
    ACTION,
    ACTOR,
    ADDRESSES,
    BARRIER,
    BLOCKS,
    CARD_KINDS,
    COLLABORATES,
    HURTS,
    NOTE,
    OPPORTUNITY,
    REGISTRY,
    RELATES,
)

from .conftest import small_workshop


def test_a_barrier_cannot_address_an_actor_said_in_both_languages(board: Workshop) -> None:
    board.cards.add([Card("b9", "pi", BARRIER, "Moved here")])
    before = board.snapshot()
    with pytest.raises(RelationNotAllowedError) as err:
        board.links.add([Link("x", "pi", "b9", "a1", ADDRESSES, "", True)])
    assert err.value.text("da") == (
        "En barriere kan ikke adressere en aktør: \u201cadresserer\u201d går fra en mulighed "
        "eller handling til en barriere.")
    assert err.value.text("en") == (
        "A barrier cannot address an actor: \u201caddresses\u201d goes from an opportunity "
        "or action to a barrier.")
    assert isinstance(err.value, ValidationError)
    assert board.snapshot() == before  # nothing added


def test_the_declared_rules_of_issue_12() -> None:
    assert REGISTRY.allows(ADDRESSES, OPPORTUNITY, BARRIER)
    assert REGISTRY.allows(ADDRESSES, ACTION, BARRIER)
    assert not REGISTRY.allows(ADDRESSES, BARRIER, OPPORTUNITY)
    blocks = REGISTRY.relation(BLOCKS)
    assert (blocks.da, blocks.en, blocks.reading, blocks.directed) == (
        "blokerer", "blocks", HURTS, True)
    assert REGISTRY.allows(BLOCKS, BARRIER, ACTOR) and REGISTRY.allows(BLOCKS, BARRIER,
                                                                       OPPORTUNITY)
    assert not REGISTRY.allows(BLOCKS, ACTOR, BARRIER)
    together = REGISTRY.relation(COLLABORATES)
    assert not together.directed and together.sources == together.targets == (ACTOR,)
    assert not REGISTRY.allows(COLLABORATES, ACTOR, BARRIER)
    assert all(REGISTRY.allows(RELATES, a, b) for a in CARD_KINDS for b in CARD_KINDS)


@pytest.mark.parametrize("source", list(CARD_KINDS))
@pytest.mark.parametrize("target", list(CARD_KINDS))
def test_the_default_relation_is_always_allowed(source: str, target: str) -> None:
    relation = REGISTRY.default_relation(source, target)
    assert REGISTRY.allows(relation, source, target)
    assert relation in REGISTRY.allowed_relations(source, target)


def test_a_note_only_relates() -> None:
    for kind in CARD_KINDS:
        assert REGISTRY.allowed_relations(NOTE, kind) == (RELATES,)


def test_an_undirected_link_may_be_read_either_way(board: Workshop) -> None:
    board.cards.add([Card("o9", "bb", OPPORTUNITY, "Dialogue")])
    # drawn from the barrier, but without a direction: the opportunity addresses it
    board.links.add([Link("u", "bb", "b1", "o9", ADDRESSES, "", False)])
    with pytest.raises(RelationNotAllowedError):
        board.links.add([Link("d", "bb", "b2", "o9", ADDRESSES, "", True)])


def test_changing_the_type_is_checked_but_a_label_edit_is_not(board: Workshop) -> None:
    board.links.add([Link("l1", "pi", "a1", "a2", COLLABORATES)])
    with pytest.raises(RelationNotAllowedError) as err:
        board.links.update("l1", relation=ADDRESSES, directed=True)
    assert "adressere" in err.value.text("da") and "address" in err.value.text("en")
    board.links.update("l1", label="contract")
    assert board.links["l1"].label == "contract"


def legacy_workshop() -> Workshop:
    """A workshop as loaded from a file made before the rules: an actor "addresses" a
    barrier (the store loads records without the model's checks)."""
    ws = small_workshop()
    bad = Link("old", "bb", "a9", "b1", ADDRESSES, "from 2025", True)
    actor = Card("a9", "bb", ACTOR, "Region")
    return Workshop.from_records(ws.info, ws.terms.values(), [*ws.records(), actor, bad])


def test_a_file_with_a_refused_link_still_opens_and_works() -> None:
    ws = legacy_workshop()
    assert ws.links["old"].relation == ADDRESSES  # kept as it was, never refused on load
    assert [lk.id for lk in ws.links.refused()] == ["old"]  # what `check` can warn about
    ws.links.update("old", label="renamed")  # its label can still be edited
    removed = ws.cards.remove(["a9"]).removed  # the card goes with its link ...
    assert "old" not in ws.links
    ws.restore(removed)  # ... and undo brings both back
    assert ws.links["old"].label == "renamed"
    with pytest.raises(RelationNotAllowedError):  # but no new one of that sort
        ws.links.add([replace(ws.links["old"], id="new")])


def test_a_type_declared_after_the_file_was_made_joins_its_list() -> None:
    ws = small_workshop()
    terms = [t for t in ws.terms.values() if (t.taxonomy, t.key) != ("relation", BLOCKS)]
    old = Workshop.from_records(ws.info, terms, ws.records())
    assert not old.terms.known("relation", BLOCKS)
    old.canvases.add([Canvas("c2", "More", "blank", 3)])
    old.cards.add([Card("x1", "c2", BARRIER, "No data"), Card("x2", "c2", ACTOR, "Region")])
    heard = []
    old.subscribe(heard.append)
    old.links.add([Link("bl", "c2", "x1", "x2", BLOCKS, "", True)])
    (change,) = heard  # one change carries the new term and the link
    assert [type(r).__name__ for r in change.upserted] == ["Term", "Link"]
    assert old.terms.label("relation", BLOCKS, "da") == "blokerer"
    assert BLOCKS in old.links.allowed("x1", "x2")


def test_allowed_lists_only_what_the_two_kinds_take(board: Workshop) -> None:
    assert board.links.allowed("a1", "a2") == ("collaborates", "depends_on", "relates")
    assert board.links.allowed("o1", "n1") == ("relates",)
