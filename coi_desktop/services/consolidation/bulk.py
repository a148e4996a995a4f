"""How a source's cards, links and votes become rows of the consolidated database.

Shared by `sources` (which reads them from a checked source) and `database` (which copies
them in with INSERT … SELECT), so neither imports the other's module: the two used to import
each other.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from functools import lru_cache

from .similarity import variant

#: Card fields copied as they are, in the order of their columns (after `hidden`).
CARD_FIELDS = ("sector", "role", "organisation", "power", "interest", "closeness", "category",
                "severity", "phase", "impact", "effort", "technology", "owner", "due_date",
                "status")
_CARD_FIELDS = CARD_FIELDS  # its earlier name

#: Tables whose rows are copied in bulk.
BULK = ("cards", "links", "votes")


#: Free-text card fields a non-consenting participant's name may hide in (`Privacy.text`).
_PRIVATE_FIELDS = ("title", "description", "organisation")


def bulk_sql(table: str, schema: str, private: bool = False) -> str:
    """The rows of a bulk table of the source database `schema`, in the column order of the
    consolidated table; parameters: workshop id, source file name, its SHA-256. Rows keep
    the file's order. Uses the functions coi_tags, coi_variant and coi_owner, and with
    `private` (the roster has names to hide) coi_private on free text (`functions`).

    A card's item is its `item_id` (or the card itself); `item_card_id` starts as the card
    itself and `FIRST_PLACEMENT` sets it for items placed more than once (a window function
    here cost as much as the rest of the statement: it sorts every row twice)."""
    s = schema

    def text(column: str) -> str:
        # (empty text, most descriptions and organisations, needs no call into Python)
        return f"CASE WHEN {column} = '' THEN '' ELSE coi_private({column}) END" if private \
            else column

    canvas = text("COALESCE(v.name, '')")

    if table == "cards":
        fields = [text(f"c.{f}") if f in _PRIVATE_FIELDS else
                  "CASE WHEN c.owner = '' THEN '' ELSE coi_owner(c.owner) END" if f == "owner"
                  else f"c.{f}" for f in CARD_FIELDS]
        item = "COALESCE(NULLIF(c.item_id, ''), c.id)"
        # (most cards have no tags: "[]" stays "[]" without a call into Python)
        tags = "CASE WHEN c.tags = '[]' THEN '[]' ELSE coi_tags(c.tags) END"
        return (f"SELECT ?1, c.id, c.canvas_id, {canvas}, c.kind, {text('c.title')}, "
                f"{text('c.description')}, {tags}, c.participant_id, c.hidden, "
                + ", ".join(fields) + ", COALESCE((SELECT "
                f"sum(t.count) FROM {s}.votes AS t WHERE t.card_id = c.id), 0), "
                f"coi_variant({text('c.title')}), {item}, c.id, "
                f"?2, ?3 FROM {s}.cards AS c LEFT JOIN {s}.canvases "
                "AS v ON v.id = c.canvas_id ORDER BY c.rowid")
    if table == "links":
        return (f"SELECT ?1, k.id, k.canvas_id, {canvas}, k.source_id, "
                f"k.target_id, k.relation, {text('k.label')}, k.directed, ?2, ?3 "
                f"FROM {s}.links AS k "
                f"LEFT JOIN {s}.canvases AS v ON v.id = k.canvas_id ORDER BY k.rowid")
    round_title = text("COALESCE(r.title, '')")
    return (f"SELECT ?1, t.id, t.round_id, {round_title}, COALESCE(r.canvas_id, ''), "
            f"{canvas}, t.card_id, t.participant_id, t.count, ?2, ?3 "
            f"FROM {s}.votes AS t LEFT JOIN {s}.voting_rounds AS r ON r.id = t.round_id "
            f"LEFT JOIN {s}.canvases AS v ON v.id = r.canvas_id ORDER BY t.rowid")


#: For one workshop's rows in the consolidated database (parameter 1: its id): every
#: placement of an item placed more than once points at the placement on the first canvas
#: (position, name, then card id: as `services.analysis.representatives` picks it). Only the
#: rows of such items are touched (a later placement's `item_id` is not its own id).
FIRST_PLACEMENT = """
UPDATE cards SET item_card_id = (
    SELECT x.card_id FROM cards AS x
    LEFT JOIN canvases AS v ON v.workshop_id = x.workshop_id AND v.canvas_id = x.canvas_id
    WHERE x.workshop_id = cards.workshop_id AND x.item_id = cards.item_id
    ORDER BY COALESCE(v.position, 0), COALESCE(v.canvas_name, ''), x.card_id LIMIT 1)
WHERE workshop_id = ?1 AND item_id IN (
    SELECT item_id FROM cards WHERE workshop_id = ?1 AND item_id != card_id)"""


def functions(conn: sqlite3.Connection, private: Callable[[str], str] | None = None,
              owner: Callable[[str], str] | None = None) -> None:
    """Register the functions `bulk_sql` uses on a connection: `private` scrubs free text
    and `owner` turns an action owner into what may be shown (one source's `Privacy`)."""
    conn.create_function("coi_variant", 1, _variant, deterministic=True)
    conn.create_function("coi_owner", 1, owner or _same, deterministic=True)
    conn.create_function("coi_private", 1, private or _same, deterministic=True)
    if private is None:
        conn.create_function("coi_tags", 1, tags_json, deterministic=True)
    else:
        @lru_cache(maxsize=1024)
        def tags(text: str) -> str:
            if text == "[]":
                return text
            items = [private(t) if isinstance(t, str) else t for t in json.loads(text)]
            return json.dumps(items, ensure_ascii=False) if items else "[]"

        conn.create_function("coi_tags", 1, tags, deterministic=True)


def _same(text: str) -> str:
    return text


_variant = lru_cache(maxsize=16384)(variant)  # titles recur across a season's workshops


@lru_cache(maxsize=4096)
def tags_json(text: str) -> str:
    """A card's tags as the consolidated database writes them (JSON, a space after commas),
    from the JSON array of text in the file (checked before this runs)."""
    items = json.loads(text)
    return json.dumps(items, ensure_ascii=False) if items else "[]"
