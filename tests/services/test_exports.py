"""Exports: Kumu's XLSX/CSV layout, GraphML that reopens with its attributes, JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coi_desktop.services.exports import (
    export_csv,
    export_graphml,
    export_json,
    export_xlsx,
    workshop_json,
)
from coi_desktop.services.report.base import ExportError

from .test_report_data import card, rich


def test_xlsx_has_kumu_sheets_and_headers(tmp_path: Path) -> None:
    w = rich("da")
    card(w, "note", "=HYPERLINK(\"http://evil\")")
    out = tmp_path / "net.xlsx"
    export_xlsx(w, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Elements", "Connections"]
    header = [c.value for c in book["Elements"][1]]
    assert header[:5] == ["ID", "Label", "Type", "Description", "Tags"]
    assert {"Sector", "Category", "Severity", "Impact", "Owner", "Votes"} <= set(header)
    assert [c.value for c in book["Connections"][1]][:4] == ["ID", "From", "To", "Type"]
    assert book["Elements"].max_row == len(w.cards) + 1
    assert book["Connections"].max_row == len(w.links) + 1
    labels = {row[1].value: row for row in book["Elements"].iter_rows(min_row=2)}
    formula = labels['=HYPERLINK("http://evil")'][1]
    assert formula.data_type == "s"  # text, not a formula
    assert labels["Barriere 1"][2].value == "Barriere"  # kind label in the workshop language


def test_csv_two_files_and_formula_guard(tmp_path: Path) -> None:
    w = rich("en")
    card(w, "note", "=1+2")
    elements, connections = export_csv(w, tmp_path / "out")
    rows = list(csv.DictReader(elements.open(encoding="utf-8-sig")))
    assert len(rows) == len(w.cards)
    assert any(r["Label"] == "'=1+2" for r in rows)
    links = list(csv.DictReader(connections.open(encoding="utf-8-sig")))
    assert {r["From"] for r in links} <= {r["ID"] for r in rows}


def test_graphml_reopens_with_nodes_edges_and_attributes(tmp_path: Path) -> None:
    w = rich()
    out = tmp_path / "net.graphml"
    export_graphml(w, out)
    nodes, edges = _read_graphml(out)
    assert set(nodes) == set(w.cards)
    assert len(edges) == len(w.links)
    some = next(c for c in w.cards.values() if c.severity and c.category)
    node = nodes[some.id]
    assert node["label"] == some.title
    assert node["severity"] == str(some.severity)
    assert node["kind"] == "Barriere" and node["kind key"] == "barrier"
    assert node["category"] == w.terms.label("category", some.category)
    assert not {"canvas_id", "participant_id", "title"} & set(node)  # no internal keys
    lk = next(iter(w.links.values()))
    data = edges[lk.id]
    assert (data["source"], data["target"]) == (lk.source_id, lk.target_id)
    assert data["relation"] == w.terms.label("relation", lk.relation)
    assert data["relation key"] == lk.relation


def _read_graphml(path: Path) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Nodes and edges by id with their attributes by name (a mixed graph, which Gephi reads
    and networkx refuses, so read it as the XML it is)."""
    import xml.etree.ElementTree as ET

    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}

    def attrs(element: ET.Element) -> dict[str, str]:
        out = {str(names[d.get("key")]): d.text or "" for d in element.findall("g:data", ns)}
        out.update({k: v for k, v in element.attrib.items() if k in ("source", "target")})
        return out

    graph = root.find("g:graph", ns)
    assert graph is not None
    return ({str(n.get("id")): attrs(n) for n in graph.findall("g:node", ns)},
            {str(e.get("id")): attrs(e) for e in graph.findall("g:edge", ns)})


def test_graphml_edges_carry_their_own_direction(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    w = rich("en")
    a, b, c = (card(w, "actor", name) for name in ("Region", "Municipality", "Supplier"))
    together = w.links.new(a, b, "collaborates")
    depends = w.links.new(b, c, "depends_on")
    w.links.add([together, depends])
    out = tmp_path / "net.graphml"
    export_graphml(w, out)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()
    graph = root.find("g:graph", ns)
    assert graph is not None and graph.get("edgedefault") == "directed"
    edges = {e.get("id"): e for e in graph.findall("g:edge", ns)}
    assert edges[together.id].get("directed") == "false"
    assert edges[depends.id].get("directed") is None  # the default: directed
    assert (edges[depends.id].get("source"), edges[depends.id].get("target")) == (b, c)
    names = {k.get("attr.name") for k in root.findall("g:key", ns)}
    assert {"label", "kind", "category", "relation"} <= names


def test_json_is_complete_and_deterministic(tmp_path: Path) -> None:
    w = rich()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    export_json(w, a)
    export_json(w, b)
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text(encoding="utf-8"))
    assert len(data["cards"]) == len(w.cards) and len(data["votes"]) == len(w.voting.votes)
    assert data["info"]["title"] == w.info.title
    assert all(p["label"] for p in data["participants"])  # everyone is shown somehow
    full = workshop_json(w, include_personal_data=True)["participants"]
    assert all(p["name"] for p in full)


def test_unwritable_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        export_json(rich(), tmp_path / "missing" / "x.json")
    assert "x.json" in err.value.text("en") and "x.json" in err.value.text("da")
