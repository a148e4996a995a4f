"""Exports: Kumu's XLSX/CSV layout, GraphML that reopens with its attributes, JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
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
    g = nx.read_graphml(out, force_multigraph=True)
    assert set(g.nodes) == set(w.cards)
    assert g.number_of_edges() == len(w.links)
    some = next(c for c in w.cards.values() if c.severity)
    assert g.nodes[some.id]["title"] == some.title
    assert g.nodes[some.id]["label"] == some.title
    assert g.nodes[some.id]["severity"] == some.severity
    assert g.nodes[some.id]["kind"] == "barrier"
    lk = next(iter(w.links.values()))
    data = next(iter(g.get_edge_data(lk.source_id, lk.target_id).values()))
    assert data["relation"] == lk.relation and data["directed"] == lk.directed


def test_json_is_complete_and_deterministic(tmp_path: Path) -> None:
    w = rich()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    export_json(w, a)
    export_json(w, b)
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text(encoding="utf-8"))
    assert len(data["cards"]) == len(w.cards) and len(data["votes"]) == len(w.voting.votes)
    assert data["info"]["title"] == w.info.title
    assert workshop_json(w)["participants"][0]["name"]


def test_unwritable_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        export_json(rich(), tmp_path / "missing" / "x.json")
    assert "x.json" in err.value.text("en") and "x.json" in err.value.text("da")
