"""Exports count each item once (issue 12): one actor on two canvases is one row, one node.

The workshop has three canvases; the municipality and the supplier are on the actor onion and
on the barrier board, the budget barrier on the board and in the action plan. The two actors
collaborate on both canvases (drawn the other way round on the board): one connection that
lists both canvases. Every format (CSV, XLSX, GraphML, JSON) has each item once, keeps where
it is placed, and never names the participant who did not consent.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from coi_desktop.models import Canvas, Participant, Workshop
from coi_desktop.models.entities import new_id
from coi_desktop.services.exports import (
    export_csv,
    export_graphml,
    export_json,
    export_xlsx,
    network,
)

from .test_report_data import card, link

SECRET_NAME, SECRET_MAIL = "Hanne Hemmelig", "hanne@hemmelig.dk"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def three_canvases() -> tuple[Workshop, dict[str, str]]:
    w = Workshop.new("Tre lærreder", language="en", template="barrier_board",
                     canvas_name="Board")
    board = w.canvases.ordered()[0].id
    onion, plan = Canvas(new_id(), "Onion", "onion", 1), Canvas(new_id(), "Plan", "blank", 2)
    w.canvases.add([onion, plan])
    w.participants.add([Participant("p1", SECRET_NAME, email=SECRET_MAIL, consent=False),
                        Participant("p2", "Åse Åben", consent=True)])
    ids = {"municipality": card(w, "actor", "Municipality", onion.id, participant_id="p1",
                                description=f"Raised by {SECRET_NAME} ({SECRET_MAIL})"),
           "supplier": card(w, "actor", "Supplier", onion.id),
           "budget": card(w, "barrier", "No budget after the pilot", board,
                          category="economy"),
           "law": card(w, "barrier", "Unclear legal basis", board, category="law"),
           "case": card(w, "opportunity", "Shared business case", plan.id),
           "todo": card(w, "action", "Ask KL for a template", plan.id, owner=SECRET_NAME)}
    for name, canvas in (("municipality", board), ("supplier", board), ("budget", plan.id)):
        ids[f"{name}@2"] = w.cards.place(ids[name], canvas, 40, 900).upserted[0].id
    link(w, ids["municipality"], ids["supplier"], "collaborates")
    link(w, ids["supplier@2"], ids["municipality@2"], "collaborates")  # the same, reversed
    link(w, ids["municipality@2"], ids["budget"], "experiences")
    link(w, ids["municipality@2"], ids["law"], "experiences")
    link(w, ids["municipality@2"], ids["budget"], "relates")  # another type: its own edge
    link(w, ids["case"], ids["budget@2"], "addresses")
    link(w, ids["case"], ids["todo"], "leads_to")
    return w, ids


ITEMS = {"Municipality", "Supplier", "No budget after the pilot", "Unclear legal basis",
         "Shared business case", "Ask KL for a template"}


def test_the_network_counts_items_and_merges_links() -> None:
    w, ids = three_canvases()
    assert len(w.cards) == 9 and len(w.links) == 7
    items, edges = network(w)
    assert sorted(i.card.title for i in items) == sorted(ITEMS)
    where = {i.card.title: i.canvases for i in items}
    assert where["Municipality"] == ("Board", "Onion")  # canvas order
    assert where["No budget after the pilot"] == ("Board", "Plan")
    assert len(edges) == 6
    together = next(e for e in edges if e.link.relation == "collaborates")
    assert set(together.canvases) == {"Onion", "Board"}
    assert {together.source, together.target} == {ids["municipality"], ids["supplier"]}
    # an edge joins item ids (the first placement's id), never another placement's
    ends = {x for e in edges for x in (e.source, e.target)}
    assert ends <= {i.id for i in items}
    assert ids["municipality@2"] not in ends and ids["budget@2"] not in ends


def test_one_canvas_exports_only_its_placements() -> None:
    w, _ids = three_canvases()
    board = w.canvases.ordered()[0].id
    items, edges = network(w, board)
    assert {i.card.title for i in items} == {"Municipality", "Supplier",
                                             "No budget after the pilot", "Unclear legal basis"}
    assert all(i.canvases == ("Board",) for i in items)
    assert {e.link.relation for e in edges} == {"collaborates", "experiences", "relates"}


def _no_secret(text: str) -> None:
    assert SECRET_NAME.casefold() not in text.casefold()
    assert SECRET_MAIL.casefold() not in text.casefold()


def test_csv_has_each_item_once_with_its_canvases(tmp_path: Path) -> None:
    w, ids = three_canvases()
    elements, connections = export_csv(w, tmp_path / "out")
    rows = list(csv.DictReader(elements.open(encoding="utf-8-sig")))
    assert sorted(r["Label"] for r in rows) == sorted(ITEMS)
    by_label = {r["Label"]: r for r in rows}
    assert by_label["Municipality"]["Canvases"] == "Board | Onion"
    assert by_label["Municipality"]["ID"] == ids["municipality"]
    links = list(csv.DictReader(connections.open(encoding="utf-8-sig")))
    assert len(links) == 6
    assert {r["From"] for r in links} | {r["To"] for r in links} <= {r["ID"] for r in rows}
    together = next(r for r in links if r["Type"] == "collaborates with")
    assert set(together["Canvases"].split(" | ")) == {"Onion", "Board"}
    for path in (elements, connections):
        _no_secret(path.read_text(encoding="utf-8-sig"))


def test_xlsx_has_each_item_once(tmp_path: Path) -> None:
    w, _ids = three_canvases()
    out = tmp_path / "net.xlsx"
    export_xlsx(w, out)
    book = load_workbook(out)
    elements = [[c.value for c in row] for row in book["Elements"].iter_rows()]
    header = elements[0]
    labels = [row[header.index("Label")] for row in elements[1:]]
    assert sorted(labels) == sorted(ITEMS)
    assert book["Connections"].max_row == 6 + 1
    text = " ".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                    for v in row if v is not None)
    _no_secret(text)
    assert "Participant 1" in text  # the action's owner, shown as the pseudonym


def test_graphml_has_each_item_once_and_reads_back_with_networkx(tmp_path: Path) -> None:
    w, _ids = three_canvases()
    out = tmp_path / "net.graphml"
    export_graphml(w, out)
    _no_secret(out.read_text(encoding="utf-8"))
    root = ET.parse(out).getroot()
    graph = root.find("g:graph", NS)
    assert graph is not None
    nodes = graph.findall("g:node", NS)
    assert len(nodes) == 6 and len({n.get("id") for n in nodes}) == 6
    edges = graph.findall("g:edge", NS)
    assert len(edges) == 6
    # every edge's direction is its relation type's: only "collaborates" is undirected here
    names = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    for edge in edges:
        data = {names[d.get("key")]: d.text for d in edge.findall("g:data", NS)}
        undirected = data["relation key"] in ("collaborates", "relates")
        assert (edge.get("directed") == "false") == undirected, data
        assert data["directed"] == ("false" if undirected else "true")
    # networkx reads a graph of one sort of edge: the directed part on its own
    w2, ids2 = three_canvases()
    w2.links.remove([lk.id for lk in w2.links.values()
                     if lk.relation in ("collaborates", "relates")])
    export_graphml(w2, tmp_path / "directed.graphml")
    g = nx.read_graphml(tmp_path / "directed.graphml")
    assert g.is_directed() and g.number_of_nodes() == 6 and g.number_of_edges() == 4
    node = g.nodes[ids2["municipality"]]
    assert node["label"] == "Municipality" and node["kind"] == "Actor"
    assert node["canvases"] == "Board | Onion"
    assert g.nodes[ids2["budget"]]["category"] == "Economy and benefits"
    assert g.has_edge(ids2["case"], ids2["budget"])  # addresses: opportunity → barrier
    assert not g.has_edge(ids2["budget"], ids2["case"])
    assert g.edges[ids2["case"], ids2["budget"]]["relation"] == "addresses"
    assert not {"canvas_id", "participant_id", "title", "source_id"} & set(node)


def test_json_stays_per_placement_and_carries_item_ids(tmp_path: Path) -> None:
    w, ids = three_canvases()
    out = tmp_path / "w.json"
    export_json(w, out)
    text = out.read_text(encoding="utf-8")
    _no_secret(text)
    data = json.loads(text)
    assert data["version"] == 2
    assert len(data["cards"]) == 9  # the file's own structure: every placement
    items = {c["item"] for c in data["cards"]}
    assert len(items) == 6  # ... and a reader counts items by `item`
    municipality = [c for c in data["cards"] if c["item"] == ids["municipality"]]
    assert {c["id"] for c in municipality} == {ids["municipality"], ids["municipality@2"]}


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_export_names_the_participant_without_consent(tmp_path: Path,
                                                         language: str) -> None:
    w, _ids = three_canvases()
    w.update_info(language=language)
    export_csv(w, tmp_path / "csv")
    export_graphml(w, tmp_path / "g.graphml")
    export_json(w, tmp_path / "w.json")
    for path in [*(tmp_path / "csv").iterdir(), tmp_path / "g.graphml", tmp_path / "w.json"]:
        _no_secret(path.read_text(encoding="utf-8-sig"))


def test_the_reports_tables_count_each_item_once(tmp_path: Path) -> None:
    """The ranked tables' headings count items ("Actor (2)", not the four placements), the
    summary's tiles count items and merged links, and no one without consent is named."""
    import subprocess

    from coi_desktop.services.report import export_report

    w, _ids = three_canvases()
    out = tmp_path / "report.pdf"
    export_report(w, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Actor (2)" in text and "Barrier (2)" in text
    assert "Actor (4)" not in text and "Barrier (3)" not in text
    _no_secret(text)
