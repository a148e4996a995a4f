"""Kumu import reads what it is given: export → import → export gives the same network.

The connections' Type, Label and Direction columns are read as relation, link label and
direction (not as the elements' Type and Label); element types map to kinds by their Danish or
English name in any case; an unknown type is an error for that row; the canvases of the export
come back as separate canvases.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coi_desktop.models import Canvas, Workshop
from coi_desktop.models.entities import new_id
from coi_desktop.services.exports import export_csv, export_xlsx
from coi_desktop.services.imports import ImportProblemsError, apply_import, read_network

from .test_report_data import card, link


def three_canvases(language: str = "en") -> Workshop:
    w = Workshop.new("Three boards", language=language, template="barrier_board")
    board = w.canvases.ordered()[0].id
    onion = Canvas(new_id(), "Onion", "onion", 1)
    plan = Canvas(new_id(), "Action plan", "blank", 2)
    w.canvases.add([onion, plan])
    municipality = card(w, "actor", "Municipality", onion.id, sector="municipality")
    supplier = card(w, "actor", "Supplier", onion.id, sector="company")
    link(w, municipality, supplier, "collaborates")
    budget = card(w, "barrier", "No budget after the pilot", board, category="economy",
                  severity=4)
    law = card(w, "barrier", "Unclear legal basis", board, category="law", severity=5)
    link(w, budget, law, "causes")
    idea = card(w, "opportunity", "Shared business case", plan.id, impact=4, effort=2)
    todo = card(w, "action", "Ask KL for a template", plan.id, status="open")
    lk = w.links.new(idea, todo, "leads_to")
    w.links.add([lk])
    w.links.update(lk.id, label="next month")
    return w


def network_of(w: Workshop) -> tuple[list[str], set[tuple], set[tuple]]:
    """Canvas names, cards and links as comparable values (ids and positions aside)."""
    canvases = [c.name for c in w.canvases.ordered()]
    names = {c.id: c.name for c in w.canvases.values()}
    cards = {(names[c.canvas_id], c.kind, c.title, c.category, c.severity, c.sector,
              c.impact, c.effort, c.status) for c in w.cards.values()}
    title = {c.id: c.title for c in w.cards.values()}
    links = {(names[lk.canvas_id], title[lk.source_id], title[lk.target_id], lk.relation,
              lk.label, lk.directed) for lk in w.links.values()}
    return canvases, cards, links


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_import_export_gives_the_same_network(tmp_path: Path, fmt: str) -> None:
    original = three_canvases()
    if fmt == "csv":
        elements, connections = export_csv(original, tmp_path / "out")
        network = read_network(elements, connections)
    else:
        export_xlsx(original, tmp_path / "out.xlsx")
        network = read_network(tmp_path / "out.xlsx")
    fresh = Workshop.new("Fresh", language="en")
    before = set(fresh.canvases)
    plan = network.plan(fresh)
    apply_import(fresh, plan)
    for cid in before:  # compare only what the import brought
        fresh.canvases.remove(cid)
    assert network_of(fresh) == network_of(original)
    assert len(fresh.canvases) == 3 and len(fresh.links) == 3


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_connection_type_label_and_direction_are_read(tmp_path: Path) -> None:
    elements = _write(tmp_path / "e.csv", [["Label", "Type"], ["Kommunen", "aktør"],
                                           ["Leverandøren", "ACTOR"]])
    connections = _write(tmp_path / "c.csv", [
        ["From", "To", "Type", "Label", "Direction"],
        ["Kommunen", "Leverandøren", "depends on", "kontrakt", "undirected"]])
    w = Workshop.new("x", language="da")
    plan = read_network(elements, connections).plan(w, "Import")
    (lk,) = plan.links
    assert (lk.relation, lk.label, lk.directed) == ("depends_on", "kontrakt", False)
    assert {c.kind for c in plan.cards} == {"actor"}


def test_an_unknown_element_type_is_an_error_for_that_row(tmp_path: Path) -> None:
    elements = _write(tmp_path / "e.csv", [["Label", "Type"], ["Kommunen", "Actor"],
                                           ["Borgmesteren", "Politician"],
                                           ["Udbud", "Barriere"]])
    w = Workshop.new("x", language="en")
    before = w.snapshot()
    with pytest.raises(ImportProblemsError) as err:
        read_network(elements).plan(w)
    assert [(p.sheet, p.row) for p in err.value.problems] == [("Elements", 3)]
    assert "Politician" in err.value.text("en")
    assert w.snapshot() == before  # nothing imported
