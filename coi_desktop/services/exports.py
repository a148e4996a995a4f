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

from .. import phrasebook
from ..models.registry import REGISTRY
from ..models.workshop import Workshop
from .items import network
from .privacy import Privacy
from .report.escaping import plain
from .report.writing import ExportError, write_atomically

#: Columns of the Elements sheet every item has: (header, card field or special key).
COMMON_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ID", "id"), ("Label", "title"), ("Type", "kind"), ("Description", "description"),
    ("Tags", "tags"), ("Canvases", "canvases"),
)


def element_columns() -> tuple[tuple[str, str], ...]:
    """Columns of the Elements sheet: the common ones, each registered kind's, the votes."""
    return (*COMMON_COLUMNS, *REGISTRY.element_columns(), ("Votes", "votes"))


CONNECTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ID", "id"), ("From", "source_id"), ("To", "target_id"), ("Type", "relation"),
    ("Label", "label"), ("Direction", "directed"), ("Canvases", "canvases"),
)
#: Card fields whose values are taxonomy keys (written as labels).
LABELLED = {"kind": "card_kind", "sector": "sector", "role": "role", "category": "category",
            "phase": "phase", "technology": "technology", "status": "status",
            "closeness": "closeness", "relation": "relation"}
TAG_SEPARATOR = " | "
#: Between the canvas names of an item or a connection that lives on several canvases.
CANVAS_SEPARATOR = " | "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def element_rows(workshop: Workshop, canvas_id: str | None = None) -> list[list[Any]]:
    """The Elements sheet: a header row, then one row per item (ID is the item's id)."""
    privacy = Privacy(workshop)
    items, _ = network(workshop, canvas_id)
    columns = element_columns()
    rows: list[list[Any]] = [[h for h, _ in columns]]
    for item in items:
        card = item.card
        row: list[Any] = []
        for _, key in columns:
            if key == "id":
                row.append(item.id)
            elif key == "tags":
                row.append(privacy.text(TAG_SEPARATOR.join(card.tags)))
            elif key == "canvases":
                row.append(CANVAS_SEPARATOR.join(item.canvases))
            elif key == "votes":
                row.append(item.votes or None)
            elif key in LABELLED:
                value = getattr(card, key)
                row.append(workshop.terms.label(LABELLED[key], value) if value else "")
            else:
                row.append(privacy.value(getattr(card, key)))
        rows.append(row)
    return rows


def connection_rows(workshop: Workshop, canvas_id: str | None = None) -> list[list[Any]]:
    """The Connections sheet: a header row, then one row per connection between items."""
    _, edges = network(workshop, canvas_id)
    privacy = Privacy(workshop)
    rows: list[list[Any]] = [[h for h, _ in CONNECTION_COLUMNS]]
    for edge in edges:
        link = edge.link
        rows.append([link.id, edge.source, edge.target,
                     workshop.terms.label("relation", link.relation), privacy.text(link.label),
                     "directed" if link.directed else "undirected",
                     CANVAS_SEPARATOR.join(edge.canvases)])
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
    # A leading apostrophe of the text itself is escaped too, so the import's unescaping
    # (one apostrophe off before a formula start or an apostrophe) gives back exactly it.
    return "'" + text if text.startswith((*FORMULA_START, "'")) else text


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

#: GraphML node attributes: (attribute name, card field); values of taxonomy fields are
#: written as labels in the workshop's language, the kind as its name ("Barriere").
GRAPHML_NODE = (("label", "title"), ("kind", "kind"), ("description", "description"),
                ("tags", "tags"), ("canvases", "canvases"), ("sector", "sector"),
                ("role", "role"), ("organisation", "organisation"), ("power", "power"),
                ("interest", "interest"), ("closeness", "closeness"),
                ("category", "category"), ("severity", "severity"), ("phase", "phase"),
                ("impact", "impact"), ("effort", "effort"), ("technology", "technology"),
                ("owner", "owner"), ("due date", "due_date"), ("status", "status"),
                ("votes", "votes"), ("kind key", "kind"))
GRAPHML_EDGE = (("relation", "relation"), ("label", "label"), ("canvases", "canvases"),
                ("relation key", "relation"), ("directed", "directed"))
_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def export_graphml(workshop: Workshop, path: str | os.PathLike[str],
                   canvas_id: str | None = None) -> None:
    """The network for Gephi or yEd, written as GraphML by hand: one node per item (its id
    the item's), one edge per connection between items (`network`).

    Attribute names are words people read (label, kind, category, canvases, …) and values
    are labels in the workshop's language; the keys of kind and relation stay beside them
    for scripts. The graph's default is directed (undirected when every link is) and an
    edge that differs says so with GraphML's own per-edge attribute (`directed="false"`),
    which Gephi reads; the direction is the link's, which follows its relation type in the
    registry, and is also written as the boolean `directed` for tools that ignore the XML
    attribute. networkx reads a graph of one sort only: it refuses a file with both sorts.
    """
    from xml.etree import ElementTree as ET

    rows = element_rows(workshop, canvas_id)[1:]
    column = {key: n for n, (_, key) in enumerate(element_columns())}
    privacy = Privacy(workshop)
    items, edges = network(workshop, canvas_id)
    root = ET.Element("graphml", xmlns=_GRAPHML_NS)
    numeric = {"power", "interest", "severity", "impact", "effort", "votes"}
    ET.SubElement(root, "key", {"id": "title", "for": "graph", "attr.name": "title",
                                "attr.type": "string"})
    for n, (name, field) in enumerate(GRAPHML_NODE):
        ET.SubElement(root, "key", {"id": f"n{n}", "for": "node", "attr.name": name,
                                    "attr.type": "int" if field in numeric else "string"})
    for n, (name, field) in enumerate(GRAPHML_EDGE):
        ET.SubElement(root, "key", {"id": f"e{n}", "for": "edge", "attr.name": name,
                                    "attr.type": "boolean" if field == "directed"
                                    else "string"})
    directed = not edges or any(e.link.directed for e in edges)
    graph = ET.SubElement(root, "graph", id="G",
                          edgedefault="directed" if directed else "undirected")
    ET.SubElement(graph, "data", key="title").text = _xml_text(workshop.info.title)
    for item, row in zip(items, rows, strict=True):
        node = ET.SubElement(graph, "node", id=item.id)
        for n, (name, field) in enumerate(GRAPHML_NODE):
            value: Any = item.card.kind if name == "kind key" else row[column[field]]
            if value is None or value == "":
                continue
            ET.SubElement(node, "data", key=f"n{n}").text = _xml_text(str(value))
    for edge in edges:
        link = edge.link
        attrs = {"id": link.id, "source": edge.source, "target": edge.target}
        if link.directed != directed:
            attrs["directed"] = "true" if link.directed else "false"
        element = ET.SubElement(graph, "edge", attrs)
        values = (workshop.terms.label("relation", link.relation), privacy.text(link.label),
                  CANVAS_SEPARATOR.join(edge.canvases), link.relation,
                  "true" if link.directed else "false")
        for n, value in enumerate(values):
            if value:
                ET.SubElement(element, "data", key=f"e{n}").text = _xml_text(value)
    tree = ET.ElementTree(root)
    ET.indent(tree)

    def write(tmp: str) -> None:
        tree.write(tmp, encoding="utf-8", xml_declaration=True)

    write_atomically(path, write)


def _xml_text(value: str) -> str:
    # XML 1.0 forbids most control characters; tabs and newlines are fine.
    return "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 32) \
        .replace("\ufffe", "").replace("\uffff", "")


# -- JSON ---------------------------------------------------------------------------------

#: What the JSON says about personal data it leaves out, (da, en).
PERSONAL_DATA_LEFT_OUT = (
    "Navne og e-mailadresser er udeladt; deltagere vises som organisation eller "
    "pseudonym. Eksportér med --include-personal-data for at få dem med.",
    "Names and e-mail addresses are left out; participants appear as organisation or "
    "pseudonym. Export with --include-personal-data to include them.")

_say = phrasebook.add("exports", {"personal_data_left_out": PERSONAL_DATA_LEFT_OUT})

def workshop_json(workshop: Workshop, include_personal_data: bool = False) -> dict[str, Any]:
    """Every record of the workshop as plain data, sorted (the same workshop → same text).

    It is the file's own structure, so `cards` are placements (one per canvas a card is on,
    with its position); each carries `item`, the id of the item it places (never empty), so
    a reader counts items by it (docs/file-format.md, "Exports"). Version 2 added `item`.
    Without `include_personal_data` it holds no personal data at all: participants carry
    no name and no e-mail (consent to be named in the report is not consent to a data file),
    each is shown by organisation or pseudonym, and every participant's name or e-mail in
    free text is replaced by their pseudonym; the file says so in `personal_data`.
    """
    snap = workshop.snapshot()
    data: dict[str, Any] = {"format": "coi-desktop-workshop", "version": 2,
                            "info": asdict(snap["info"]),
                            "terms": [asdict(t) for t in snap["terms"]]}
    for record_type in REGISTRY.records:
        data[record_type.id] = [asdict(r) for r in snap[record_type.id]]
    data["cards"] = [{**row, "item": card.item} for row, card in zip(data["cards"],
                                                                     snap["cards"], strict=True)]
    if include_personal_data:
        data["personal_data"] = "included"
        return data
    privacy = Privacy(workshop, hide_everyone=True)
    data["participants"] = [privacy.anonymous(p) for p in snap["participants"]]
    for table in ("cards", "links", "canvases", "groups", "agenda"):
        data[table] = [{k: privacy.value(v) for k, v in row.items()} for row in data[table]]
    data["personal_data"] = _say("personal_data_left_out", workshop.info.language)
    return data


def export_json(workshop: Workshop, path: str | os.PathLike[str],
                include_personal_data: bool = False) -> None:
    """The workshop as JSON; non-finite numbers are refused (they are not JSON)."""
    try:
        text = json.dumps(workshop_json(workshop, include_personal_data), ensure_ascii=False,
                          indent=2, sort_keys=True, allow_nan=False)
    except ValueError as exc:
        raise ExportError("The workshop holds a number that is not finite; JSON cannot carry "
                          "it.", "Workshoppen indeholder et tal, der ikke er endeligt; JSON "
                          "kan ikke rumme det.") from exc
    write_atomically(path, _writer((text + "\n").encode("utf-8")))
