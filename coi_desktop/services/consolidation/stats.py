"""Statistics across workshops, read from a consolidated database, labelled in da or en.

Each function returns a `Table` (title, column headings, rows of plain values) so the PDF
report, the XLSX export and the window show the same figures. Taxonomy keys are turned into
labels from the database's `labels` table. The actor–barrier network is built with networkx
(imported inside the function: it is slow to import); its bridge-builders are the actors
with the highest betweenness centrality, i.e. those on the most shortest paths between
barriers and other actors across workshops.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import phrasebook
from ...models.registry import ACTOR, BARRIER, REGISTRY
from .database import APPLICATION_ID
from .errors import not_consolidated

DIMENSIONS = ("phase", "sector", "technology", "quarter")
_TAXONOMY = {"phase": "phase", "sector": "sector", "technology": "technology",
             "category": "category", "role": "role"}

_T: dict[str, tuple[str, str]] = {
    "col_barrier": ("Barriere", "Barrier"),
    "barriers": ("Barrierer", "Barriers"),
    "workshops": ("Workshops", "Workshops"),
    "cards": ("Kort", "Cards"),
    "votes": ("Stemmer", "Votes"),
    "category": ("Kategori", "Category"),
    "categories": ("Kategorier", "Categories"),
    "phases": ("Faser", "Phases"),
    "items": ("Barrierer (samlede)", "Barriers (canonical)"),
    "col_opportunity": ("Mulighed", "Opportunity"),
    "col_actor": ("Aktør", "Actor"),
    "roles": ("Roller", "Roles"),
    "sectors": ("Sektorer", "Sectors"),
    "organisations": ("Organisationer", "Organisations"),
    "betweenness": ("Mellemhed", "Betweenness"),
    "barriers_reached": ("Barrierer forbundet", "Barriers linked"),
    "status": ("Status", "Status"),
    "score": ("Lighed", "Similarity"),
    "kind": ("Type", "Kind"),
    "variants": ("Varianter", "Variants"),
    "name": ("Navn", "Name"),
    "title": ("Titel", "Title"),
    "date": ("Dato", "Date"),
    "file": ("Fil", "File"),
    "sha": ("SHA-256", "SHA-256"),
    "phase": ("Fase", "Phase"),
    "sector": ("Sektor", "Sector"),
    "technology": ("Teknologifokus", "Technology focus"),
    "quarter": ("Kvartal", "Quarter"),
    "none": ("(ingen)", "(none)"),
    "t_barriers": ("Tilbagevendende barrierer", "Recurring barriers"),
    "t_categories": ("Barrierekategorier", "Barrier categories"),
    "t_by": ("Barrierekategorier fordelt på {dim}", "Barrier categories by {dim}"),
    "t_top_by": ("Største barrierer fordelt på {dim}", "Top barriers by {dim}"),
    "t_opps": ("Muligheder rejst mod tilbagevendende barrierer",
               "Opportunities raised against recurring barriers"),
    "t_actors": ("Tilbagevendende aktører og deres roller", "Recurring actors and their roles"),
    "t_bridges": ("Brobyggere i netværket af aktører og barrierer",
                  "Bridge-builders in the actor–barrier network"),
    "t_proposals": ("Tilbagevendende emner (forslag)", "Recurring items (proposals)"),
    "t_sources": ("Samlede workshops", "Workshops merged"),
    "proposed": ("foreslået", "proposed"),
    "accepted": ("accepteret", "accepted"),
    "rejected": ("afvist", "rejected"),
    "single": ("enkelt", "single"),
}


_say = phrasebook.add("consolidation", _T)


def t(key: str, language: str, **kw: str) -> str:
    return _say(key, language, **kw)


@dataclass(frozen=True)
class Table:
    """A titled table of figures: `name` is short and stable (the XLSX sheet name)."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a consolidated database (refuses anything else)."""
    path = Path(path)
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        ok = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.Error:
        raise not_consolidated(path) from None
    if not ok:
        conn.close()
        raise not_consolidated(path)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def labeller(conn: sqlite3.Connection, language: str) -> Callable[[str, Any], str]:
    """label(taxonomy, key or comma-separated keys) → labels in `language`."""
    col = 2 if language == "da" else 3
    known = {(r[0], r[1]): (r[col] or r[5 - col] or r[1])
             for r in conn.execute("SELECT taxonomy, key, da, en FROM labels")}
    none = t("none", language)

    def label(taxonomy: str, keys: Any) -> str:
        if keys is None or keys == "":
            return none
        parts = [k for k in str(keys).split(",") if k]
        return ", ".join(known.get((taxonomy, k), k) for k in parts)

    return label


def _cols(language: str, *keys: str) -> tuple[str, ...]:
    return tuple(t(k, language) for k in keys)


def _top(conn: sqlite3.Connection, column: str, kind: str = BARRIER,
         most: int = 2) -> dict[str, tuple[list[str], bool]]:
    """Per item, its `most` commonest values of `column` (and whether there were more)."""
    counts: dict[str, list[tuple[int, str]]] = {}
    for key, value, n in conn.execute(
            f"SELECT item_key, {column}, COUNT(*) FROM card_items WHERE kind = ? AND "
            f"{column} != '' GROUP BY item_key, {column}", (kind,)):
        counts.setdefault(key, []).append((-n, value))
    return {k: ([v for _, v in sorted(vs)[:most]], len(vs) > most) for k, vs in counts.items()}


def recurring_barriers(conn: sqlite3.Connection, language: str, limit: int = 50) -> Table:
    """Barriers raised in two or more workshops; categories and phases: the two commonest."""
    label = labeller(conn, language)
    phases, cats = _top(conn, "phase"), _top(conn, "category")

    def shown(taxonomy: str, top: tuple[list[str], bool] | None) -> str:
        if not top:
            return label(taxonomy, "")
        return label(taxonomy, ",".join(top[0])) + (", …" if top[1] else "")

    rows = [(r[1], r[2], r[3], r[4] or 0, shown("category", cats.get(r[0])),
             shown("phase", phases.get(r[0])))
            for r in conn.execute("SELECT item_key, barrier, workshops, cards, votes "
                                  "FROM recurring_barriers LIMIT ?", (limit,))]
    return Table("barriers", t("t_barriers", language),
                 _cols(language, "col_barrier", "workshops", "cards", "votes", "categories",
                       "phases"), rows)


def categories(conn: sqlite3.Connection, language: str) -> Table:
    label = labeller(conn, language)
    rows = [(label("category", r[0]), r[1], r[2], r[3], r[4] or 0) for r in conn.execute(
        "SELECT category, workshops, items, cards, votes FROM barrier_categories")]
    return Table("categories", t("t_categories", language),
                 _cols(language, "category", "workshops", "items", "cards", "votes"), rows)


def category_breakdown(conn: sqlite3.Connection, dimension: str, language: str) -> Table:
    label = labeller(conn, language)
    dim = t(dimension, language)

    def value(v: Any) -> str:
        return label(_TAXONOMY[dimension], v) if dimension in _TAXONOMY else (
            v or t("none", language))

    rows = [(value(r[0]), label("category", r[1]), r[2], r[3], r[4] or 0) for r in
            conn.execute("SELECT value, category, workshops, cards, votes FROM "
                         "category_breakdown WHERE dimension = ? "
                         "ORDER BY value, workshops DESC, votes DESC", (dimension,))]
    return Table(f"by_{dimension}", t("t_by", language, dim=dim.lower()),
                 (dim, *_cols(language, "category", "workshops", "cards", "votes")), rows)


def top_barriers_by(conn: sqlite3.Connection, dimension: str, language: str,
                    top: int = 3) -> Table:
    label = labeller(conn, language)
    dim = t(dimension, language)
    rows: list[tuple[Any, ...]] = []
    per: dict[Any, int] = {}
    for r in conn.execute("SELECT value, barrier, workshops, votes FROM barrier_breakdown "
                          "WHERE dimension = ? "
                          "ORDER BY value, workshops DESC, votes DESC, barrier",
                          (dimension,)):
        if per.get(r[0], 0) >= top:
            continue
        per[r[0]] = per.get(r[0], 0) + 1
        shown = label(_TAXONOMY[dimension], r[0]) if dimension in _TAXONOMY else (
            r[0] or t("none", language))
        rows.append((shown, r[1], r[2], r[3] or 0))
    return Table(f"top_{dimension}", t("t_top_by", language, dim=dim.lower()),
                 (dim, *_cols(language, "col_barrier", "workshops", "votes")), rows)


def opportunities(conn: sqlite3.Connection, language: str) -> Table:
    rows = [tuple(r) for r in conn.execute(
        "SELECT o.barrier, o.opportunity, o.workshops FROM opportunities_per_barrier AS o "
        "JOIN recurring_barriers AS b ON b.item_key = o.barrier_key "
        "ORDER BY b.workshops DESC, o.barrier, o.workshops DESC, o.opportunity")]
    return Table("opportunities", t("t_opps", language),
                 _cols(language, "col_barrier", "col_opportunity", "workshops"), rows)


def actors(conn: sqlite3.Connection, language: str) -> Table:
    label = labeller(conn, language)
    rows = [(r[0], r[1], label("role", r[2]), label("sector", r[3]), r[4] or "")
            for r in conn.execute("SELECT actor, workshops, roles, sectors, organisations "
                                  "FROM recurring_actors")]
    return Table("actors", t("t_actors", language),
                 _cols(language, "col_actor", "workshops", "roles", "sectors", "organisations"),
                 rows)


def network(conn: sqlite3.Connection) -> Any:
    """The actor–barrier graph across workshops (nodes are canonical items)."""
    import networkx as nx

    graph = nx.Graph()
    for a_key, actor, b_key, barrier, workshops in conn.execute(
            "SELECT actor_key, actor, barrier_key, barrier, workshops "
            "FROM actor_barrier_links"):
        graph.add_node(a_key, kind=ACTOR, name=actor)
        graph.add_node(b_key, kind=BARRIER, name=barrier)
        graph.add_edge(a_key, b_key, weight=workshops)
    return graph


def bridge_builders(conn: sqlite3.Connection, language: str, top: int = 10) -> Table:
    import networkx as nx

    graph = network(conn)
    centrality = nx.betweenness_centrality(graph, normalized=True) if graph else {}
    workshops = {r[0]: r[1] for r in conn.execute(
        "SELECT item_key, COUNT(DISTINCT workshop_id) FROM card_items WHERE kind = ? "
        "GROUP BY item_key", (ACTOR,))}
    ranked = sorted((n for n, d in graph.nodes(data=True) if d["kind"] == ACTOR),
                    key=lambda n: (-centrality.get(n, 0.0), graph.nodes[n]["name"]))
    rows = [(graph.nodes[n]["name"], round(centrality.get(n, 0.0), 3), graph.degree(n),
             workshops.get(n, 0)) for n in ranked[:top] if centrality.get(n, 0.0) > 0]
    return Table("bridges", t("t_bridges", language),
                 _cols(language, "col_actor", "betweenness", "barriers_reached", "workshops"),
                 rows)


def proposals(conn: sqlite3.Connection, language: str) -> Table:
    import json

    rows = [(REGISTRY.kind_label(r[0], language).lower(), r[1], t(r[2], language), r[3], r[4], r[5],
             " | ".join(json.loads(r[6]))) for r in conn.execute(
        "SELECT kind, name, status, score, n_workshops, n_cards, variants FROM proposals")]
    return Table("proposals", t("t_proposals", language),
                 _cols(language, "kind", "name", "status", "score", "workshops", "cards",
                       "variants"), rows)


def sources(conn: sqlite3.Connection, language: str) -> Table:
    rows = [tuple(r) for r in conn.execute(
        "SELECT title, date, cards, source_file, source_sha256 FROM sources")]
    return Table("workshops", t("t_sources", language),
                 _cols(language, "title", "date", "cards", "file", "sha"), rows)


def all_tables(conn: sqlite3.Connection, language: str,
               dimensions: Sequence[str] = DIMENSIONS) -> list[Table]:
    """Every table of the report and the XLSX, in reading order."""
    out = [recurring_barriers(conn, language, limit=10_000), categories(conn, language)]
    for dim in dimensions:
        out.append(category_breakdown(conn, dim, language))
        out.append(top_barriers_by(conn, dim, language))
    out += [opportunities(conn, language), actors(conn, language),
            bridge_builders(conn, language, top=25), proposals(conn, language),
            sources(conn, language)]
    return out


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """Headline figures: workshops, cards per kind, dates, proposals by status."""
    one = conn.execute("SELECT COUNT(*), MIN(NULLIF(date, '')), MAX(NULLIF(date, '')) "
                       "FROM workshops").fetchone()
    kinds = dict(conn.execute("SELECT kind, COUNT(*) FROM cards WHERE card_id = item_card_id "
                              "GROUP BY kind").fetchall())  # items, not placements
    status = dict(conn.execute("SELECT status, COUNT(*) FROM proposals GROUP BY status")
                  .fetchall())
    recurring = conn.execute("SELECT COUNT(*) FROM recurring_barriers").fetchone()[0]
    return {"workshops": one[0], "first": one[1] or "", "last": one[2] or "",
            "cards": sum(kinds.values()), "kinds": kinds, "proposals": status,
            "recurring_barriers": recurring}


def fts_query(text: str) -> str:
    """The user's words as a safe FTS5 query: each word a quoted term, the last a prefix
    (so typing never produces FTS syntax, whatever the quotes or operators typed)."""
    import re

    words = re.findall(r"\w+", text)
    if not words:
        return ""
    return " ".join(f'"{w}"' for w in words) + "*"


def search_cards(conn: sqlite3.Connection, text: str, limit: int = 500) -> list[tuple[Any, ...]]:
    """Cards whose title or description holds every word (the last as a prefix), best first:
    (title, kind, workshop title, source file, description); an item placed on several
    canvases is one hit (its placements share title and description)."""
    query = fts_query(text)
    if not query:
        return []
    return [tuple(r) for r in conn.execute(
        "SELECT c.title, c.kind, w.title, c.source_file, c.description FROM cards_fts "
        "JOIN cards AS c ON c.rowid = cards_fts.rowid "
        "JOIN workshops AS w ON w.workshop_id = c.workshop_id "
        "WHERE cards_fts MATCH ? AND c.card_id = c.item_card_id ORDER BY rank LIMIT ?",
        (query, limit))]
