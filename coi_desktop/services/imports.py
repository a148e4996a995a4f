"""Import elements and connections (Kumu's layout, CSV or XLSX) into new canvases.

`read_network` reads the two tables (an XLSX may hold both sheets; it touches no workshop,
so the GUI runs it in a worker thread, with progress and a Cancel that raises
`tabular.Cancelled`); `Network.plan` checks
every row against the workshop and returns an `ImportPlan` (canvases, their cards laid out
automatically without overlaps, their links) or raises `ImportProblemsError` naming each bad
row in both languages, so nothing is ever half-imported. `apply_import` adds the plan to the
workshop (the GUI does the same through one undo command). Types and taxonomy values may be
keys or labels in Danish or English; From/To may name an element's ID or its unique label.

An element is an item: its Canvases cell ("Onion | Board") places it on each of those
canvases as placements of one item, and a connection is drawn on each canvas its Canvases
cell names (or, without one, on the first canvas both ends share), the same round trip as
the export writes (`exports.network`). A connection whose Type the kinds of its ends do not
allow ("a barrier addresses an actor") is refused for that row with the registry's sentence;
one without a Type gets the default relation of the two kinds, which is always allowed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..models.entities import SCORE_FIELDS, Canvas, Card, Link, new_id
from ..models.errors import CoiError, ValidationError
from ..models.registry import NOTE, REGISTRY
from ..models.taxonomy import default_relation, is_directed
from ..models.validation import check_card
from ..models.workshop import Workshop
from .exports import CONNECTION_COLUMNS, FORMULA_START, LABELLED, element_columns
from .import_layout import grid_positions
from .tabular import Cancelled, IsCancelled, TabularError, read_csv, read_xlsx

MAX_ROWS = 20000
#: Other spellings of column headers, per sheet (Danish, Kumu's and our own names).
HEADER_ALIASES: dict[str, dict[str, str]] = {
    "Elements": {"title": "title", "titel": "title", "name": "title", "navn": "title",
                 "etiket": "title", "kind": "kind", "type": "kind", "beskrivelse": "description",
                 "canvas": "canvases", "lærred": "canvases", "lærreder": "canvases",
                 "tags": "tags", "mærker": "tags"},
    "Connections": {"from": "source_id", "fra": "source_id", "source": "source_id",
                    "to": "target_id", "til": "target_id", "target": "target_id",
                    "type": "relation", "relation": "relation", "label": "label",
                    "etiket": "label", "direction": "directed", "retning": "directed",
                    "canvas": "canvases", "lærred": "canvases", "lærreder": "canvases"},
}


@dataclass(frozen=True)
class Problem:
    """One bad row: where it is and what is wrong, in both languages."""

    sheet: str
    row: int
    en: str
    da: str

    def text(self, language: str) -> str:
        return self.da if language == "da" else self.en


class ImportProblemsError(CoiError):
    """Rows that cannot be imported; nothing was imported."""

    def __init__(self, problems: list[Problem]) -> None:
        shown = problems[:5]
        more = len(problems) - len(shown)
        en = " ".join(f"{p.sheet} row {p.row}: {p.en}" for p in shown)
        da = " ".join(f"{_sheet_da(p.sheet)} række {p.row}: {p.da}" for p in shown)
        if more:
            en += f" (and {more} more)"
            da += f" (og {more} mere)"
        super().__init__(f"Nothing was imported. {en}", f"Intet blev importeret. {da}")
        self.problems = problems


def _sheet_da(sheet: str) -> str:
    return {"Elements": "Elementer", "Connections": "Forbindelser"}.get(sheet, sheet)


@dataclass
class ImportPlan:
    """What an import adds: new canvases (one per Canvas value, else one) with cards, links."""

    canvases: list[Canvas]
    cards: list[Card]
    links: list[Link]

    @property
    def canvas(self) -> Canvas:
        """The first new canvas (the one to show after importing)."""
        return self.canvases[0]


# -- reading ------------------------------------------------------------------------------

def _norm(header: Any, sheet: str) -> str:
    """The column key of a header on `sheet`: a connection's Type is its relation and its
    Label the link's label, while an element's Type is its kind and Label its title."""
    h = str(header or "").strip().casefold()
    aliases = HEADER_ALIASES.get(sheet, {})
    if h in aliases:
        return aliases[h]
    columns = CONNECTION_COLUMNS if sheet == "Connections" else element_columns()
    for title, key in columns:
        if h == title.casefold() or h == key:
            return key
    return h


def _cell(value: Any, csv: bool = False) -> str:
    """A cell as text; in a CSV, the apostrophe our export puts before a formula-like text
    (or before a text's own leading apostrophe) comes off again."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    if csv and text.startswith("'") and text[1:].startswith((*FORMULA_START, "'")):
        text = text[1:]
    return text


#: `progress(done, total, what)`: how far the reading of the file named `what` is.
NetworkProgress = Callable[[int, int, str], None]


def _read_table(path: Path, sheet: str, required: bool = True,
                progress: NetworkProgress | None = None, cancelled: IsCancelled | None = None
                ) -> list[tuple[int, dict[str, str]]]:
    """(row number, {column key: text}) for each non-empty row; the header is row 1."""
    def told(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, path.name)

    try:  # tabular: encodings found and named, zip-bomb limits, streaming
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            table = read_xlsx(path, sheet, required=required, max_rows=MAX_ROWS,
                              progress=told, cancelled=cancelled)
            rows: list[list[Any]] = table.rows if table is not None else []
        else:
            rows = read_csv(path, max_rows=MAX_ROWS, progress=told, cancelled=cancelled).rows
    except (TabularError, Cancelled):
        raise
    except Exception as exc:  # any unreadable or malformed file: one sentence, no traceback
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise CoiError(f"Could not read {path.name}: {reason}.",
                       f"Kunne ikke læse {path.name}: {reason}.") from exc
    if not rows:
        return []
    if len(rows) > MAX_ROWS + 1:
        raise CoiError(f"{path.name} has more than {MAX_ROWS} rows; split it into smaller files.",
                       f"{path.name} har mere end {MAX_ROWS} rækker; del den i mindre filer.")
    header = [_norm(h, sheet) for h in rows[0]]
    csv = path.suffix.lower() not in (".xlsx", ".xlsm")
    out = []
    for n, row in enumerate(rows[1:MAX_ROWS + 1], start=2):
        values = {header[i]: _cell(v, csv) for i, v in enumerate(row) if i < len(header)}
        if any(values.values()):
            out.append((n, values))
    return out


@dataclass
class Network:
    """The rows of an elements table and a connections table, not yet checked."""

    elements: list[tuple[int, dict[str, str]]]
    connections: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    name: str = ""

    def plan(self, workshop: Workshop, canvas_name: str | None = None) -> ImportPlan:
        return plan_import(workshop, self, canvas_name)


def read_network(elements: str | os.PathLike[str],
                 connections: str | os.PathLike[str] | None = None, *,
                 progress: NetworkProgress | None = None,
                 cancelled: IsCancelled | None = None) -> Network:
    """Read elements (and connections) from CSV or XLSX files in Kumu's layout.

    `progress(done, total, file name)` tells how far each file is; `cancelled()` is asked
    between rows, and when it says yes `tabular.Cancelled` is raised."""
    epath = Path(elements)
    rows = _read_table(epath, "Elements", progress=progress, cancelled=cancelled)
    if connections is not None:
        links = _read_table(Path(connections), "Connections", progress=progress,
                            cancelled=cancelled)
    elif epath.suffix.lower() in (".xlsx", ".xlsm"):
        links = _read_table(epath, "Connections", required=False, progress=progress,
                            cancelled=cancelled)
    else:
        links = []
    return Network(rows, links, epath.stem)


# -- checking -----------------------------------------------------------------------------

def _lookup(workshop: Workshop, taxonomy: str, value: str) -> str | None:
    """The key of `value` (a key or a Danish/English label) in a workshop taxonomy (for
    relations also the declared types a workshop made before them does not list yet)."""
    wanted = value.strip().casefold()
    for term in workshop.terms.values():
        if term.taxonomy == taxonomy and wanted in (term.key.casefold(), term.da.casefold(),
                                                    term.en.casefold()):
            return term.key
    if taxonomy == "relation":
        for rel in REGISTRY.relations:
            if wanted in (rel.id.casefold(), rel.da.casefold(), rel.en.casefold()):
                return rel.id
    return None


def _names(cell: str) -> list[str]:
    """The canvas names of a Canvases cell ("Onion | Board"), each once, in order."""
    return list(dict.fromkeys(n.strip() for n in cell.split("|") if n.strip()))


def plan_import(workshop: Workshop, network: Network,
                canvas_name: str | None = None) -> ImportPlan:
    """Check every row; return the plan, or raise `ImportProblemsError` naming bad rows."""
    problems: list[Problem] = []
    if not network.elements:
        problems.append(Problem("Elements", 1, "There are no elements to import.",
                                "Der er ingen elementer at importere."))
    canvases = _canvases(workshop, network, canvas_name)
    first = next(iter(canvases.values()))
    items: list[dict[str, Card]] = []  # per element: canvas id → its placement there
    by_ref: dict[str, dict[str, Card]] = {}
    labels: dict[str, list[dict[str, Card]]] = {}
    for row, values in network.elements:
        where = [canvases.get(n, first) for n in _names(values.get("canvases", ""))]
        card = _card(workshop, (where or [first])[0].id, row, values, problems)
        if card is None:
            continue
        ref = values.get("id", "")
        if ref and ref in by_ref:
            problems.append(Problem("Elements", row, f"the ID \u201c{ref}\u201d is used twice.",
                                    f"id\u2019et \u201c{ref}\u201d bruges to gange."))
            continue
        # one item, placed on each canvas it names (the first placement is the item)
        item = {card.canvas_id: card}
        for canvas in where[1:]:
            item.setdefault(canvas.id, replace(card, id=new_id(), canvas_id=canvas.id,
                                               item_id=card.id))
        if ref:
            by_ref[ref] = item
        labels.setdefault(card.title.casefold(), []).append(item)
        items.append(item)
    links: list[Link] = []
    for row, values in network.connections:
        links += _links(workshop, row, values, canvases, by_ref, labels, problems)
    if problems:
        raise ImportProblemsError(problems)
    cards = [c for item in items for c in item.values()]
    placed: list[Card] = []
    for canvas in canvases.values():
        mine = [c for c in cards if c.canvas_id == canvas.id]
        ids = {c.id for c in mine}
        positions = grid_positions([c.id for c in mine],
                                   [(lk.source_id, lk.target_id) for lk in links
                                    if lk.source_id in ids])
        placed += [replace(c, x=positions[c.id][0], y=positions[c.id][1]) for c in mine]
    order = {c.id: n for n, c in enumerate(cards)}
    placed.sort(key=lambda c: order[c.id])
    used = {c.canvas_id for c in placed}
    kept = [c for c in canvases.values() if c.id in used] or list(canvases.values())[:1]
    return ImportPlan(kept, placed, links)


def _canvases(workshop: Workshop, network: Network, canvas_name: str | None
              ) -> dict[str, Canvas]:
    """New canvases by the canvas names of the elements (one per name, in order of first
    appearance); a single one named `canvas_name` (or after the file) when it is given or
    the elements name no canvas. Keyed by the name in the file ("" for the single one)."""
    named = list(dict.fromkeys(n for _, v in network.elements
                               for n in _names(v.get("canvases", ""))))
    first = len(workshop.canvases)
    if canvas_name or not named:
        name = (canvas_name or network.name or "Import").strip() or "Import"
        return {"": Canvas(new_id(), name, "blank", first)}
    return {name: Canvas(new_id(), name, "blank", first + n) for n, name in enumerate(named)}


def _card(workshop: Workshop, canvas_id: str, row: int, values: dict[str, str],
          problems: list[Problem]) -> Card | None:
    def bad(en: str, da: str) -> None:
        problems.append(Problem("Elements", row, en, da))

    title = values.get("title", "")
    if not title:
        bad("an element needs a label.", "et element skal have en etiket.")
        return None
    kind_text = values.get("kind", "")
    kind = _lookup(workshop, "card_kind", kind_text) if kind_text else NOTE
    if kind is None:
        bad(f"unknown type \u201c{kind_text}\u201d (use Actor, Barrier, Opportunity, Action "
            "or Note).", f"ukendt type \u201c{kind_text}\u201d (brug Aktør, Barriere, Mulighed, "
            "Handling eller Note).")
        return None
    fields: dict[str, Any] = {}
    for key in ("sector", "role", "category", "phase", "technology", "status", "closeness"):
        text = values.get(key, "")
        if not text:
            continue
        found = _lookup(workshop, LABELLED[key], text)
        if found is None:
            bad(f"unknown {key} \u201c{text}\u201d.", f"ukendt {key} \u201c{text}\u201d.")
            return None
        fields[key] = found
    for key in SCORE_FIELDS:
        text = values.get(key, "")
        if text:
            try:
                fields[key] = int(text)
            except ValueError:
                bad(f"{key} must be a whole number from 1 to 5, not \u201c{text}\u201d.",
                    f"{key} skal være et helt tal fra 1 til 5, ikke \u201c{text}\u201d.")
                return None
    for key in ("description", "organisation", "owner", "due_date"):
        if values.get(key):
            fields[key] = values[key]
    tags = tuple(t.strip() for t in values.get("tags", "").replace(",", "|").split("|")
                 if t.strip())
    card = Card(new_id(), canvas_id, kind, title, tags=tags, **fields)
    try:
        check_card(card, workshop.terms.known)
    except ValidationError as exc:
        bad(exc.en, exc.da)
        return None
    return card


def _links(workshop: Workshop, row: int, values: dict[str, str],
           canvases: dict[str, Canvas], by_ref: dict[str, dict[str, Card]],
           labels: dict[str, list[dict[str, Card]]], problems: list[Problem]) -> list[Link]:
    """The links of one connection row: one on each canvas it names (none: the first canvas
    both ends share), between the placements of its two items there."""
    def bad(en: str, da: str) -> list[Link]:
        problems.append(Problem("Connections", row, en, da))
        return []

    ends: list[dict[str, Card]] = []
    refs = []
    for key, en_word, da_word in (("source_id", "From", "Fra"), ("target_id", "To", "Til")):
        ref = values.get(key, "")
        refs.append(ref)
        item = by_ref.get(ref)
        if item is None:
            matches = labels.get(ref.casefold(), [])
            if len(matches) > 1:
                return bad(f"{en_word} \u201c{ref}\u201d matches several elements; use their IDs.",
                           f"{da_word} \u201c{ref}\u201d passer på flere elementer; brug deres "
                           "id.")
            item = matches[0] if matches else None
        if item is None:
            return bad(f"{en_word} \u201c{ref}\u201d is not an element (a dangling connection).",
                       f"{da_word} \u201c{ref}\u201d er ikke et element (en løs forbindelse).")
        ends.append(item)
    source_item, target_item = ends
    if source_item is target_item:
        return bad("a connection cannot join an element to itself.",
                   "en forbindelse kan ikke forbinde et element med sig selv.")
    names = _names(values.get("canvases", ""))
    if names:
        fallback = canvases.get("")
        where = [c.id for c in dict.fromkeys(canvases.get(n) or fallback for n in names) if c]
    else:
        where = [cid for cid in source_item if cid in target_item][:1]
    missing = [cid for cid in where if cid not in source_item or cid not in target_item]
    if not where or missing:
        return bad("a connection must join elements on the same canvas.",
                   "en forbindelse skal forbinde elementer på samme lærred.")
    source, target = source_item[where[0]], target_item[where[0]]
    rel_text = values.get("relation", "")
    relation = (_lookup(workshop, "relation", rel_text) if rel_text
                else default_relation(source.kind, target.kind))
    if relation is None:
        return bad(f"unknown connection type \u201c{rel_text}\u201d.",
                   f"ukendt forbindelsestype \u201c{rel_text}\u201d.")
    direction = values.get("directed", "").casefold()
    if direction in ("directed", "rettet", "yes", "true", "1"):
        directed = True
    elif direction in ("undirected", "mutual", "urettet", "no", "false", "0"):
        directed = False
    elif direction:
        return bad(f"unknown direction \u201c{direction}\u201d (use directed or undirected).",
                   f"ukendt retning \u201c{direction}\u201d (brug directed eller undirected).")
    else:
        directed = is_directed(relation)
    if not REGISTRY.allows(relation, source.kind, target.kind, directed):
        return bad(*REGISTRY.refusal(relation, source.kind, target.kind))
    label = values.get("label", "")
    return [Link(new_id(), cid, source_item[cid].id, target_item[cid].id, relation, label,
                 directed) for cid in where]


def apply_import(workshop: Workshop, plan: ImportPlan) -> None:
    """Add the plan's canvases, cards and links; on a refusal, take the canvases away again
    (nothing is half-imported)."""
    workshop.canvases.add(plan.canvases)
    try:
        workshop.cards.add(plan.cards)
        workshop.links.add(plan.links)
    except CoiError:  # refused or not written (disk full): all or nothing, no empty canvas
        for canvas in plan.canvases:
            with contextlib.suppress(CoiError):
                workshop.canvases.remove(canvas.id)
        raise
