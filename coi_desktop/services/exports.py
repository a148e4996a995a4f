"""Exports to the tools people already use: Excel/Kumu (XLSX, CSV), Gephi/yEd (GraphML), JSON.

The XLSX and CSV files follow Kumu's import layout: an Elements sheet (ID, Label, Type,
Description, Tags and the card fields) and a Connections sheet (ID, From, To, Type, Label,
Direction); From and To hold element IDs. Labels of taxonomy values are written in the
workshop's language; `imports.py` reads the same layout back (keys or labels in either
language). Card text is data: a cell that starts like a spreadsheet formula is written as
text (XLSX) or with a leading apostrophe (CSV), which the import strips again. Every file
is written to a temporary file and renamed into place.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..models.registry import REGISTRY
from ..models.workshop import Workshop
from .report.escaping import plain
from .report.writing import ExportError, write_atomically

#: Columns of the Elements sheet every card has: (header, card field or special key).
COMMON_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ID", "id"), ("Label", "title"), ("Type", "kind"), ("Description", "description"),
    ("Tags", "tags"), ("Canvas", "canvas"),
)


def element_columns() -> tuple[tuple[str, str], ...]:
    """Columns of the Elements sheet: the common ones, each registered kind's, the votes."""
    return (*COMMON_COLUMNS, *REGISTRY.element_columns(), ("Votes", "votes"))


CONNECTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ID", "id"), ("From", "source_id"), ("To", "target_id"), ("Type", "relation"),
    ("Label", "label"), ("Direction", "directed"), ("Canvas", "canvas"),
)
#: Card fields whose values are taxonomy keys (written as labels).
LABELLED = {"kind": "card_kind", "sector": "sector", "role": "role", "category": "category",
            "phase": "phase", "technology": "technology", "status": "status",
            "closeness": "closeness", "relation": "relation"}
TAG_SEPARATOR = " | "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _selected(workshop: Workshop, canvas_id: str | None) -> tuple[list[Any], list[Any]]:
    if canvas_id is None:
        cards, links = list(workshop.cards.values()), list(workshop.links.values())
    else:
        cards, links = workshop.cards.on(canvas_id), workshop.links.on(canvas_id)
    order = {c.id: n for n, c in enumerate(workshop.canvases.ordered())}
    cards.sort(key=lambda c: (order.get(c.canvas_id, 0), c.kind, c.title, c.id))
    links.sort(key=lambda link: (order.get(link.canvas_id, 0), link.id))
    return cards, links


def element_rows(workshop: Workshop, canvas_id: str | None = None) -> list[list[Any]]:
    """The Elements sheet: a header row, then one row per card."""
    from .analysis import vote_totals

    votes = vote_totals(workshop)
    cards, _ = _selected(workshop, canvas_id)
    columns = element_columns()
    rows: list[list[Any]] = [[h for h, _ in columns]]
    for card in cards:
        row: list[Any] = []
        for _, key in columns:
            if key == "tags":
                row.append(TAG_SEPARATOR.join(card.tags))
            elif key == "canvas":
                row.append(workshop.canvases.require(card.canvas_id).name)
            elif key == "votes":
                row.append(votes.get(card.id) or None)
            elif key in LABELLED:
                value = getattr(card, key)
                row.append(workshop.terms.label(LABELLED[key], value) if value else "")
            else:
                row.append(getattr(card, key))
        rows.append(row)
    return rows


def connection_rows(workshop: Workshop, canvas_id: str | None = None) -> list[list[Any]]:
    """The Connections sheet: a header row, then one row per link."""
    _, links = _selected(workshop, canvas_id)
    rows: list[list[Any]] = [[h for h, _ in CONNECTION_COLUMNS]]
    for link in links:
        rows.append([link.id, link.source_id, link.target_id,
                     workshop.terms.label("relation", link.relation), link.label,
                     "directed" if link.directed else "undirected",
                     workshop.canvases.require(link.canvas_id).name])
    return rows


# -- XLSX ---------------------------------------------------------------------------------

def export_xlsx(workshop: Workshop, path: str | os.PathLike[str],
                canvas_id: str | None = None) -> None:
    """Kumu's layout as an Excel workbook with the sheets Elements and Connections."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheets = [("Elements", element_rows(workshop, canvas_id)),
              ("Connections", connection_rows(workshop, canvas_id))]
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, str):
                    cell.value = _xlsx_text(value)
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                else:
                    cell.value = value
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column, width in zip("ABCDEFGH", (14, 36, 14, 50, 20, 20, 16, 16), strict=False):
            sheet.column_dimensions[column].width = width
    write_atomically(path, book.save)


def _xlsx_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", value))[:32767]


# -- CSV ----------------------------------------------------------------------------------

def csv_text(rows: Iterable[list[Any]]) -> str:
    """Rows as CSV text; a cell that looks like a formula gets a leading apostrophe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    return out.getvalue()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = plain(value) if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def export_csv(workshop: Workshop, folder: str | os.PathLike[str],
               canvas_id: str | None = None) -> tuple[Path, Path]:
    """elements.csv and connections.csv (UTF-8 with BOM so Excel reads æøå) in `folder`."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Could not create the folder {target}: {exc.strerror or exc}.",
                          f"Kunne ikke oprette mappen {target}: {exc.strerror or exc}.") from exc
    files = ((target / "elements.csv", element_rows(workshop, canvas_id)),
             (target / "connections.csv", connection_rows(workshop, canvas_id)))
    for path, rows in files:
        data = csv_text(rows).encode("utf-8-sig")
        write_atomically(path, _writer(data))
    return files[0][0], files[1][0]


def _writer(data: bytes) -> Callable[[str], None]:
    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)
    return write


# -- GraphML ------------------------------------------------------------------------------

def export_graphml(workshop: Workshop, path: str | os.PathLike[str],
                   canvas_id: str | None = None) -> None:
    """The network for Gephi or yEd: node and edge attributes kept, `label` = title."""
    import networkx as nx

    from .analysis import build_graph

    graph = build_graph(workshop, canvas_id)
    for _node, data in graph.nodes(data=True):
        data["label"] = plain(data.get("title", ""))
        for key, value in list(data.items()):
            if isinstance(value, str):
                data[key] = _xml_text(value)
        data["canvas"] = _xml_text(workshop.canvases.require(data["canvas_id"]).name)
    for _, _, data in graph.edges(data=True):
        data["relation_label"] = workshop.terms.label("relation", data["relation"])
        if "label" in data:
            data["label"] = _xml_text(data["label"])
    graph.graph["title"] = _xml_text(workshop.info.title)
    write_atomically(path, lambda tmp: nx.write_graphml(graph, tmp, encoding="utf-8"))


def _xml_text(value: str) -> str:
    # XML 1.0 forbids most control characters; tabs and newlines are fine.
    return "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 32) \
        .replace("\ufffe", "").replace("\uffff", "")


# -- JSON ---------------------------------------------------------------------------------

def workshop_json(workshop: Workshop) -> dict[str, Any]:
    """Every record of the workshop as plain data, sorted (the same workshop → same text)."""
    snap = workshop.snapshot()
    data: dict[str, Any] = {"format": "coi-desktop-workshop", "version": 1,
                            "info": asdict(snap["info"]),
                            "terms": [asdict(t) for t in snap["terms"]]}
    for record_type in REGISTRY.records:
        data[record_type.id] = [asdict(r) for r in snap[record_type.id]]
    return data


def export_json(workshop: Workshop, path: str | os.PathLike[str]) -> None:
    text = json.dumps(workshop_json(workshop), ensure_ascii=False, indent=2, sort_keys=True)
    write_atomically(path, _writer((text + "\n").encode("utf-8")))
