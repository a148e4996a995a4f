"""How a source's cards, links and votes become rows of the consolidated database.

Shared by `sources` (which reads them from a checked source) and `database` (which copies
them in with INSERT … SELECT), so neither imports the other's module: the two used to import
each other.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache

from .similarity import variant

#: Card fields copied as they are, in the order of their columns (after `hidden`).
CARD_FIELDS = ("sector", "role", "organisation", "power", "interest", "closeness", "category",
                "severity", "phase", "impact", "effort", "technology", "owner", "due_date",
                "status")
_CARD_FIELDS = CARD_FIELDS  # its earlier name

#: Tables whose rows are copied in bulk.
BULK = ("cards", "links", "votes")


def bulk_sql(table: str, schema: str) -> str:
    """The rows of a bulk table of the source database `schema`, in the column order of the
    consolidated table; parameters: workshop id, source file name, its SHA-256. Rows keep
    the file's order. Uses the functions coi_tags and coi_variant (`functions`)."""
    s = schema
    if table == "cards":
        return ("SELECT ?1, c.id, c.canvas_id, COALESCE(v.name, ''), c.kind, c.title, "
                "c.description, coi_tags(c.tags), c.participant_id, c.hidden, "
                + ", ".join(f"c.{f}" for f in CARD_FIELDS) + ", COALESCE((SELECT "
                f"sum(t.count) FROM {s}.votes AS t WHERE t.card_id = c.id), 0), "
                f"coi_variant(c.title), ?2, ?3 FROM {s}.cards AS c LEFT JOIN {s}.canvases "
                "AS v ON v.id = c.canvas_id ORDER BY c.rowid")
    if table == "links":
        return ("SELECT ?1, k.id, k.canvas_id, COALESCE(v.name, ''), k.source_id, "
                f"k.target_id, k.relation, k.label, k.directed, ?2, ?3 FROM {s}.links AS k "
                f"LEFT JOIN {s}.canvases AS v ON v.id = k.canvas_id ORDER BY k.rowid")
    return ("SELECT ?1, t.id, t.round_id, COALESCE(r.title, ''), COALESCE(r.canvas_id, ''), "
            "COALESCE(v.name, ''), t.card_id, t.participant_id, t.count, ?2, ?3 "
            f"FROM {s}.votes AS t LEFT JOIN {s}.voting_rounds AS r ON r.id = t.round_id "
            f"LEFT JOIN {s}.canvases AS v ON v.id = r.canvas_id ORDER BY t.rowid")


def functions(conn: sqlite3.Connection) -> None:
    """Register the functions `bulk_sql` uses on a connection."""
    conn.create_function("coi_tags", 1, tags_json, deterministic=True)
    conn.create_function("coi_variant", 1, _variant, deterministic=True)


_variant = lru_cache(maxsize=16384)(variant)  # titles recur across a season's workshops


@lru_cache(maxsize=4096)
def tags_json(text: str) -> str:
    """A card's tags as the consolidated database writes them (JSON, a space after commas),
    from the JSON array of text in the file (checked before this runs)."""
    items = json.loads(text)
    return json.dumps(items, ensure_ascii=False) if items else "[]"
