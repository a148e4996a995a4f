"""The findings in the app: Analysis dock, overlay, File → Export and the network import."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from coi_desktop.models import Card, Workshop, new_id

from ..conftest import Dialogs


def star_file(folder: Path) -> Path:
    from coi_desktop.storage import create_workshop_file

    w = Workshop.new("Star", language="en")
    canvas = w.canvases.ordered()[0].id
    cards = [Card(new_id(), canvas, "actor", "Centre", x=600, y=400)] + [
        Card(new_id(), canvas, "actor", f"Leaf {i}", x=200.0 * i, y=100.0) for i in range(4)]
    w.cards.add(cards)
    w.links.add([w.links.new(cards[0].id, c.id) for c in cards[1:]])
    path = folder / "star.coi"
    create_workshop_file(path, w)
    return path


def test_menus_and_dock_are_installed(open_window: Any) -> None:
    window = open_window()
    names = {a.objectName() for a in window.menu("file.export").actions()}
    assert {"export.pdf", "export.xlsx", "export.csv", "export.graphml", "export.json",
            "export.png", "export.svg"} <= names
    assert "file.import_network" in {a.objectName() for a in window.menu("file").actions()}
    assert window.analysis_dock.windowTitle() == "Analysis"


def test_dock_lists_findings_and_click_focuses_the_card(open_window: Any, qtbot: Any,
                                                        tmp_path: Path) -> None:
    window = open_window(star_file(tmp_path))
    dock = window.analysis_dock
    dock.show()
    dock.refresh()
    top = dock.tree.topLevelItem(0)
    assert top.text(0) == "Who are the bridge-builders?"
    assert "Centre" in dock.answer.text()
    card_item = next(top.child(i) for i in range(top.childCount())
                     if top.child(i).data(0, 0x0100))
    assert card_item.text(0).startswith("Centre")
    dock._on_item(card_item)
    centre = card_item.data(0, 0x0100)
    assert window.current_view().selected_card_ids() == [centre]


def test_cache_recomputes_only_after_a_change(open_window: Any, tmp_path: Path) -> None:
    window = open_window(star_file(tmp_path))
    dock = window.analysis_dock
    dock.show()
    dock.refresh()
    dock.refresh()
    n = dock.cache.computations
    assert n >= 1
    dock.refresh()
    assert dock.cache.computations == n
    card = next(iter(window.workshop.cards))
    window.workshop.cards.update(card, title="Renamed")
    dock.refresh()
    assert dock.cache.computations == n + 1


def test_show_on_canvas_emphasises_and_clears(open_window: Any, tmp_path: Path) -> None:
    window = open_window(star_file(tmp_path))
    dock = window.analysis_dock
    scene = window.current_view().scene()
    centre = next(c.id for c in window.workshop.cards.values() if c.title == "Centre")
    leaf = next(c.id for c in window.workshop.cards.values() if c.title == "Leaf 0")
    dock.show_on_canvas.setChecked(True)
    assert scene.cards[centre].emphasis is not None
    assert scene.cards[centre].scale() > scene.cards[leaf].scale() >= 1.0
    dock.show_on_canvas.setChecked(False)
    assert scene.cards[centre].emphasis is None and scene.cards[centre].scale() == 1.0


def test_exports_write_files(open_window: Any, tmp_path: Path, shell_env: Dialogs) -> None:
    """Each File → Export writes a file a reader opens and finds the workshop in: the five
    cards and four links of the star, not just some bytes."""
    import json
    import subprocess
    import xml.etree.ElementTree as ET

    from openpyxl import load_workbook
    from PySide6.QtGui import QImage

    window = open_window(star_file(tmp_path))
    titles = {"Centre", "Leaf 0", "Leaf 1", "Leaf 2", "Leaf 3"}
    out = tmp_path / "out"
    out.mkdir()
    for key in ("xlsx", "graphml", "json", "png", "svg", "pdf"):
        assert window.exporter.export(key, str(out / f"x.{key}")), shell_env.errors
    assert window.exporter.export("csv", str(out / "csv"))
    assert window.statusBar().currentMessage() == f"Exported to {out / 'csv'}"

    book = load_workbook(out / "x.xlsx", read_only=True)
    cells = {str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if c is not None}
    assert titles <= cells
    graph = ET.parse(out / "x.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graph.findall(".//g:node", ns)) == 5 and len(graph.findall(".//g:edge", ns)) == 4
    data = json.loads((out / "x.json").read_text(encoding="utf-8"))
    assert titles <= {c["title"] for c in data["cards"]}
    with (out / "csv" / "elements.csv").open(encoding="utf-8-sig", newline="") as f:
        assert titles <= {row["Label"] for row in csv.DictReader(f)}
    image = QImage(str(out / "x.png"))
    assert not image.isNull() and image.width() > 200
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 4)}
    assert len(colours) > 3  # cards drawn, not a blank picture
    svg = (out / "x.svg").read_text(encoding="utf-8")
    assert ET.fromstring(svg) is not None and all(t in svg for t in titles)
    text = subprocess.run(["pdftotext", str(out / "x.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Star" in text and "Centre" in text


def test_cancelled_report_leaves_no_file(open_window: Any, tmp_path: Path,
                                         monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QProgressDialog

    window = open_window(star_file(tmp_path))
    calls = []

    def cancelled(self: Any) -> bool:
        calls.append(1)
        return len(calls) > 3

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled)
    target = tmp_path / "r.pdf"
    assert not window.exporter.export_report(str(target))
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_import_is_one_undo_step(open_window: Any, tmp_path: Path) -> None:
    window = open_window()
    before = window.workshop.snapshot()
    e, c = tmp_path / "e.csv", tmp_path / "c.csv"
    with e.open("w", newline="") as h:
        csv.writer(h).writerows([["Label", "Type"], *[[f"N{i}", "Actor"] for i in range(6)]])
    with c.open("w", newline="") as h:
        csv.writer(h).writerows([["From", "To"], *[["N0", f"N{i}"] for i in range(1, 6)]])
    assert window.exporter.import_files(str(e), str(c), "Net")
    canvas = next(cv for cv in window.workshop.canvases.values() if cv.name == "Net")
    assert len(window.workshop.cards.on(canvas.id)) == 6
    assert window.current_canvas_id() == canvas.id
    window.undo_stack.undo()
    assert window.workshop.snapshot() == before
    window.undo_stack.redo()
    assert len(window.workshop.links.on(canvas.id)) == 5


def test_bad_import_shows_the_row_and_changes_nothing(open_window: Any, tmp_path: Path,
                                                      shell_env: Dialogs) -> None:
    window = open_window()
    before = window.workshop.snapshot()
    e = tmp_path / "e.csv"
    e.write_text("Label,Type\nA,Actor\nB,Dragon\n", encoding="utf-8")
    assert not window.exporter.import_files(str(e), None)
    assert window.workshop.snapshot() == before
    assert "row 3" in shell_env.errors[-1] and "Dragon" in shell_env.errors[-1]


def test_pictures_of_markup_titles_are_valid(qapp: Any, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from coi_desktop.views.findings.picture import export_png, export_svg
    from tests.services.test_report_data import MARKUP, card, rich

    w = rich()
    canvas = w.canvases.ordered()[0].id
    for text in MARKUP:
        card(w, "barrier", f"{text} & \x01", canvas)
    export_svg(w, canvas, tmp_path / "c.svg")
    ET.parse(tmp_path / "c.svg")  # well-formed XML whatever the card text
    export_png(w, canvas, tmp_path / "c.png", scale=0.25)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "c.svg"]


def test_this_canvas_scope_follows_the_current_canvas(open_window: Any, tmp_path: Path) -> None:
    from coi_desktop.models import Canvas

    window = open_window(star_file(tmp_path))
    other = Canvas(new_id(), "Empty", "blank", 1)
    window.workshop.canvases.add([other])
    dock = window.analysis_dock
    dock.show()
    dock.scope.setCurrentIndex(1)
    dock.refresh()
    assert dock.tree.topLevelItem(0).childCount() > 0  # the star's centre
    window.set_current_canvas(other.id)
    dock.refresh()
    assert dock.tree.topLevelItem(0).childCount() == 0
    assert dock.answer.text() == "No card connects others yet."
