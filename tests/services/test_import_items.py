"""Kumu import of items on several canvases, and of links the relation rules refuse.

An element whose Canvases cell names several canvases comes back as placements of ONE item,
one per canvas; a connection comes back on each canvas it lists. Export → import → export
gives the same canvases, items and links (a property test over random multi-canvas
workshops). A connection whose Type the kinds of its ends do not allow is refused for that
row with the registry's sentence, in both languages; without a Type it gets the default.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.models import Canvas, Card, Link, Workshop, is_directed
from coi_desktop.models.entities import new_id
from coi_desktop.models.registry import CARD_KINDS, REGISTRY
from coi_desktop.services.exports import (
    connection_rows,
    element_rows,
    export_csv,
    export_xlsx,
)
from coi_desktop.services.imports import ImportProblemsError, apply_import, read_network

from .test_export_items import three_canvases


def shape(w: Workshop) -> tuple[set[str], set[tuple], set[tuple]]:
    """What an export writes, ids aside: canvas names, Elements rows (with the canvases each
    item is on, as a set), Connections rows between item labels (the same)."""
    elements, connections = element_rows(w)[1:], connection_rows(w)[1:]
    label = {row[0]: row[1] for row in elements}

    def canvases(cell: str) -> frozenset[str]:
        return frozenset(cell.split(" | "))

    return ({n for row in elements for n in canvases(row[5])},
            {(*row[1:5], canvases(row[5]), *row[6:]) for row in elements},
            {(label[row[1]], label[row[2]], *row[3:6], canvases(row[6]))
             for row in connections})


def round_trip(w: Workshop, folder: Path, fmt: str = "csv") -> Workshop:
    if fmt == "csv":
        network_ = read_network(*export_csv(w, folder))
    else:
        export_xlsx(w, folder.with_suffix(".xlsx"))
        network_ = read_network(folder.with_suffix(".xlsx"))
    fresh = Workshop.new("Fresh", language=w.info.language)
    before = list(fresh.canvases)
    apply_import(fresh, network_.plan(fresh))
    for cid in before:  # compare only what the import brought
        fresh.canvases.remove(cid)
    return fresh


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_item_on_two_canvases_comes_back_as_one_item(tmp_path: Path, fmt: str) -> None:
    original, _ids = three_canvases()
    fresh = round_trip(original, tmp_path / "out", fmt)
    municipality = [c for c in fresh.cards.values() if c.title == "Municipality"]
    assert len(municipality) == 2 and len({c.item for c in municipality}) == 1
    assert {fresh.canvases[c.canvas_id].name for c in municipality} == {"Board", "Onion"}
    # the collaboration was drawn on both canvases: it comes back on both
    together = [lk for lk in fresh.links.values() if lk.relation == "collaborates"]
    assert {fresh.canvases[lk.canvas_id].name for lk in together} == {"Board", "Onion"}
    assert shape(fresh) == shape(original)
    again = round_trip(fresh, tmp_path / "again", fmt)
    assert shape(again) == shape(original)


# -- property: random workshops with items on several canvases ------------------------------

@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    w = Workshop.new("Random", language=draw(st.sampled_from(["da", "en"])))
    first = w.canvases.ordered()[0]
    canvases = [first] + [Canvas(new_id(), f"Canvas {n}", "blank", n)
                          for n in range(1, draw(st.integers(1, 3)))]
    w.canvases.add(canvases[1:])
    n_items = draw(st.integers(1, 7))
    for n in range(n_items):
        kind = draw(st.sampled_from(list(CARD_KINDS)))
        where = draw(st.lists(st.sampled_from(canvases), min_size=1, max_size=len(canvases),
                              unique_by=lambda c: c.id))
        # ids fixed by the draw (not uuid4), so hypothesis can replay a case exactly
        card = Card(f"c{n}", where[0].id, kind, f"{kind} {n}", x=n * 200.0)
        w.cards.add([card])
        for k, canvas in enumerate(where[1:]):
            w.cards.place(card.id, canvas.id, n * 200.0, 300.0, placement_id=f"c{n}p{k}")
    for _ in range(draw(st.integers(0, 10))):
        canvas = draw(st.sampled_from(canvases))
        here = sorted(c.id for c in w.cards.on(canvas.id))
        if len(here) < 2:
            continue
        a, b = draw(st.lists(st.sampled_from(here), min_size=2, max_size=2, unique=True))
        relation = draw(st.sampled_from(w.links.allowed(a, b)))
        label = draw(st.sampled_from(["", "contract", "næste måned"]))
        duplicate = any({lk.source_id, lk.target_id} == {a, b} and lk.relation == relation
                        for lk in w.links.on(canvas.id))
        if not duplicate:
            w.links.add([Link(new_id(), canvas.id, a, b, relation, label,
                              is_directed(relation))])
    return w


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(w=workshops())
def test_export_import_export_is_the_same_network(tmp_path_factory: pytest.TempPathFactory,
                                                  w: Workshop) -> None:
    folder = tmp_path_factory.mktemp("kumu")
    fresh = round_trip(w, folder / "one")
    assert shape(fresh) == shape(w)
    for item in {c.item for c in fresh.cards.values()}:  # placements of one item agree
        titles = {c.title for c in fresh.cards.placements(item)}
        assert len(titles) == 1
    assert shape(round_trip(fresh, folder / "two")) == shape(w)


# -- relation rules on import -------------------------------------------------------------

def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_connection_the_kinds_do_not_allow_is_refused_for_that_row(
        tmp_path: Path, language: str) -> None:
    elements = _write(tmp_path / "e.csv", [["ID", "Label", "Type"], ["k", "Kommunen", "Aktør"],
                                           ["b", "Ingen budget", "Barriere"],
                                           ["m", "Markedsdialog", "Mulighed"]])
    connections = _write(tmp_path / "c.csv", [
        ["From", "To", "Type"],
        ["m", "b", "adresserer"],  # fine: an opportunity addresses a barrier
        ["b", "k", "addresses"],  # refused: a barrier cannot address an actor
        ["k", "b", ""]])  # no type: the default (experiences)
    w = Workshop.new("x", language=language)
    before = w.snapshot()
    with pytest.raises(ImportProblemsError) as err:
        read_network(elements, connections).plan(w)
    assert [(p.sheet, p.row) for p in err.value.problems] == [("Connections", 3)]
    problem = err.value.problems[0]
    assert problem.text("da") == REGISTRY.refusal("addresses", "barrier", "actor")[1]
    assert problem.en.startswith("A barrier cannot address an actor")
    assert "Forbindelser række 3" in err.value.text("da")
    assert w.snapshot() == before  # nothing imported


def test_without_a_type_a_connection_gets_the_default_of_its_kinds(tmp_path: Path) -> None:
    elements = _write(tmp_path / "e.csv", [["Label", "Type"], ["Kommunen", "Aktør"],
                                           ["Ingen budget", "Barriere"], ["Husk", "Note"]])
    connections = _write(tmp_path / "c.csv", [["From", "To"], ["Kommunen", "Ingen budget"],
                                              ["Ingen budget", "Kommunen"],
                                              ["Husk", "Kommunen"]])
    w = Workshop.new("x", language="da")
    plan = read_network(elements, connections).plan(w)
    assert [lk.relation for lk in plan.links] == ["experiences", "relates", "relates"]
    apply_import(w, plan)
    assert len(w.links) == 3


def test_blocks_is_read_even_by_a_workshop_made_before_it(tmp_path: Path) -> None:
    elements = _write(tmp_path / "e.csv", [["Label", "Type"], ["Kommunen", "Aktør"],
                                           ["Ingen data", "Barriere"]])
    connections = _write(tmp_path / "c.csv", [["From", "To", "Type"],
                                              ["Ingen data", "Kommunen", "Blokerer"]])
    made = Workshop.new("x", language="da")
    terms = [t for t in made.terms.values() if (t.taxonomy, t.key) != ("relation", "blocks")]
    old = Workshop.from_records(made.info, terms, made.records())
    apply_import(old, read_network(elements, connections).plan(old))
    (lk,) = old.links.values()
    assert lk.relation == "blocks" and old.terms.known("relation", "blocks")
