"""A card kind declared once in the registry reaches the model, every export and the report.

The `extra_kind` fixture (tests/conftest.py) registers a sixth kind ("risk") with nothing
else changed, and puts the registry back afterwards so no other test sees it. The window
half: the kind chooser of the toolbar and of quick capture, the legend and the outline offer
it in the canvas's own colour, a card of it is drawn on the canvas, and the inspector shows
and edits its own fields.
"""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from openpyxl import load_workbook

from coi_desktop.models import REGISTRY, Card, CardKind, Workshop
from coi_desktop.models.errors import UnknownKindError
from coi_desktop.models.registry import BARRIER, CARD_KINDS, CAUSES, KIND_FIELDS
from coi_desktop.services.exports import export_csv, export_graphml, export_json, export_xlsx
from coi_desktop.services.report import export_report
from coi_desktop.storage import create_workshop_file, open_workshop, read_workshop
from tests.views import conftest as views

# The window fixtures of tests/views, for the palette and inspector half of the proof.
shell_env = views.shell_env
open_window = views.open_window


@pytest.fixture
def risk_kind(extra_kind: CardKind) -> Iterator[CardKind]:
    """The shared `extra_kind` fixture (tests/conftest.py): "risk", registry restored after."""
    assert "risk" in CARD_KINDS
    yield extra_kind


@pytest.fixture
def risky(risk_kind: CardKind) -> Workshop:
    ws = Workshop.new("Risikoværksted", language="en")
    canvas = ws.canvases.ordered()[0].id
    ws.cards.add([Card("r1", canvas, risk_kind.id, "Supplier goes bankrupt", severity=4,
                       owner="Procurement office"),
                  Card("b1", canvas, BARRIER, "No budget for maintenance", x=400)])
    ws.links.add([ws.links.new("r1", "b1", CAUSES)])
    return ws


def test_an_unregistered_kind_is_refused_and_a_registered_one_taken() -> None:
    ws = Workshop.new("Plain", language="en")
    canvas = ws.canvases.ordered()[0].id
    with pytest.raises(UnknownKindError):
        ws.cards.add([Card("r1", canvas, "risk", "Too early")])
    with REGISTRY.restoring():
        REGISTRY.register_kind(CardKind("risk", "Risiko", "Risk", "kind.risk",
                                        ("severity", "owner")))
        ws.cards.add([Card("r1", canvas, "risk", "Now it is known")])
        assert list(CARD_KINDS)[-1] == "risk" and KIND_FIELDS["risk"] == ("severity", "owner")
        assert ws.terms.label("card_kind", "risk", "da") == "Risiko"
    assert "risk" not in CARD_KINDS and "risk" not in KIND_FIELDS


def test_a_file_keeps_cards_of_the_new_kind(risky: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "risks.coi"
    create_workshop_file(path, risky)
    with open_workshop(path) as handle:  # the write-through store takes an edit of it
        handle.workshop.cards.update("r1", severity=5)
    again = read_workshop(path)  # the untrusted open accepts the registered kind
    assert (again.cards["r1"].kind, again.cards["r1"].severity) == ("risk", 5)


def test_csv_lists_the_new_kind_with_its_columns(risky: Workshop, tmp_path: Path) -> None:
    elements, connections = export_csv(risky, tmp_path)
    with elements.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["ID"]: r for r in csv.DictReader(handle)}
    assert rows["r1"]["Type"] == "Risk" and rows["r1"]["Label"] == "Supplier goes bankrupt"
    assert rows["r1"]["Severity"] == "4" and rows["r1"]["Owner"] == "Procurement office"
    with connections.open(encoding="utf-8-sig", newline="") as handle:
        (link,) = list(csv.DictReader(handle))
    assert (link["From"], link["To"], link["Type"]) == ("r1", "b1", "causes")


def test_xlsx_lists_the_new_kind(risky: Workshop, tmp_path: Path) -> None:
    export_xlsx(risky, tmp_path / "w.xlsx")
    sheet = load_workbook(tmp_path / "w.xlsx")["Elements"]
    header, *rows = [[c.value for c in row] for row in sheet.iter_rows()]
    risk = next(dict(zip(header, r, strict=True)) for r in rows if r[0] == "r1")
    assert risk["Type"] == "Risk" and risk["Severity"] == 4
    assert risk["Owner"] == "Procurement office"


def test_graphml_carries_the_new_kind(risky: Workshop, tmp_path: Path) -> None:
    export_graphml(risky, tmp_path / "w.graphml")
    graph = nx.read_graphml(tmp_path / "w.graphml")
    node = graph.nodes["r1"]
    assert (node["kind key"], node["kind"]) == ("risk", "Risk")
    assert node["label"] == "Supplier goes bankrupt" and node["owner"] == "Procurement office"
    (edge,) = graph.edges(data=True)
    assert edge[:2] == ("r1", "b1") and edge[2]["relation key"] == CAUSES


def test_json_carries_the_new_kind(risky: Workshop, tmp_path: Path) -> None:
    export_json(risky, tmp_path / "w.json")
    data = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    assert {c["id"]: c["kind"] for c in data["cards"]} == {"r1": "risk", "b1": BARRIER}


@pytest.mark.parametrize(("language", "name"), [("en", "Risk"), ("da", "Risiko")])
def test_the_report_gives_the_new_kind_its_own_table(risky: Workshop, tmp_path: Path,
                                                     language: str, name: str) -> None:
    risky.update_info(language=language)
    export_report(risky, tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert f"{name} (1)" in text  # the ranked table's heading: its name and its count
    assert "Supplier goes bankrupt" in text and "Procurement office" in text


def _choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_window_offers_the_new_kind_and_the_inspector_edits_its_fields(
        risk_kind: CardKind, open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QGridLayout

    from coi_desktop.views.canvas import palette

    path = tmp_path / "palette.coi"
    create_workshop_file(path, Workshop.new("Risici", language="en"))
    window = open_window(path)
    combo = window.kind_combo  # the toolbar's palette of kinds
    assert combo.itemText(combo.findData("risk")) == "Risk"
    _choose(combo, "risk")
    assert window.session.default_kind == "risk"
    assert window.quick_capture.current_kind() == "risk"
    assert window.window_actions.kind_actions["risk"].isChecked()  # View ▸ kind of new cards

    colour = palette.kind_color("risk").name().upper()
    others = {palette.kind_color(k).name().upper() for k in CARD_KINDS if k != "risk"}
    assert colour not in others
    swatches = {}  # the legend's rows: label → its swatch's colour
    for grid in window.legend.body.findChildren(QGridLayout):
        for row in range(grid.rowCount()):
            chip, text = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
            if chip is not None and text is not None:
                swatches[text.widget().text()] = chip.widget().accessibleName().upper()
    assert swatches.get("Risk") == colour  # listed, in the colour the canvas paints
    from coi_desktop.views.docks.outline import kind_colour

    assert kind_colour("risk").upper() == colour  # the outline's swatch too

    view = window.current_view()
    card_id = view.add_card(window.session.default_kind, QPointF(300, 300),
                            "Supplier goes bankrupt")
    item = view.scene().card_item(card_id)
    assert item is not None and item.card.kind == "risk"
    shot = view.grab().toImage()
    assert shot.width() > 0

    view.select_cards([card_id])
    inspector = window.inspector
    assert inspector.header.text() == "Risk"
    for name in risk_kind.fields:
        assert inspector.form.isRowVisible(inspector.editors[name]), name
    assert not inspector.form.isRowVisible(inspector.editors["power"])  # an actor's field
    _choose(inspector.editors["severity"], 4)
    owner = inspector.editors["owner"]
    owner.setEditText("Procurement office")  # an organisation, typed
    owner.lineEdit().editingFinished.emit()
    card = read_workshop(path).cards[card_id]
    assert (card.kind, card.severity, card.owner) == ("risk", 4, "Procurement office")
