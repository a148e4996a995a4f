"""Value rules a file must keep beyond column types: the invariants every view relies on.

The model never stores a card of an unknown kind, a score outside 1–5, a canvas with an
unknown template, a frame or card of no size, and so on; a file holding such values was not
written by COI Desktop and is refused as damaged instead of crashing a view later. Only rules
that hold for every file of a schema version are here (taxonomy keys, for instance, are not:
an unknown key is shown as itself).
"""

from __future__ import annotations

import sqlite3

from ..models.entities import SCORE_FIELDS
from ..models.taxonomy import ACTION_STATUSES, CARD_KINDS, CLOSENESS, LANGUAGES
from ..models.templates import TEMPLATES
from .schema import columns_for


def _among(values: tuple[str, ...] | list[str], empty: bool = False) -> str:
    items = ([""] if empty else []) + list(values)
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in items) + ")"


def _rules() -> list[tuple[str, str, tuple[str, ...]]]:
    """(table, condition true for a bad row, columns the condition needs)."""
    kinds = _among(CARD_KINDS)
    rules = [
        ("workshop", f"language NOT IN {_among(LANGUAGES)}", ("language",)),
        ("canvases", f"template NOT IN {_among(list(TEMPLATES))}", ("template",)),
        ("cards", f"kind NOT IN {kinds}", ("kind",)),
        ("cards", "width <= 0 OR height <= 0", ("width", "height")),
        ("cards", f"closeness NOT IN {_among(CLOSENESS, empty=True)}", ("closeness",)),
        ("cards", f"status NOT IN {_among(ACTION_STATUSES, empty=True)}", ("status",)),
        ("groups", "width <= 0 OR height <= 0", ("width", "height")),
        ("voting_rounds", "dots_per_participant < 1 OR max_per_card < 1 OR json_array_length("
         f"kinds) = 0 OR EXISTS (SELECT 1 FROM json_each(kinds) WHERE value NOT IN {kinds})",
         ("dots_per_participant", "max_per_card", "kinds")),
        ("votes", "count < 0", ("count",)),
        ("agenda_items", "planned_minutes < 0 OR planned_minutes > 1440", ("planned_minutes",)),
    ]
    rules += [("cards", f"{f} IS NOT NULL AND {f} NOT BETWEEN 1 AND 5", (f,))
              for f in SCORE_FIELDS]
    return rules


RULES = _rules()


def broken_rule(conn: sqlite3.Connection, version: int) -> str | None:
    """The table of the first rule a row breaks (values already type-checked), or None."""
    for table, condition, needs in RULES:
        if not set(needs) <= set(columns_for(table, version)):
            continue
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {condition} LIMIT 1').fetchone():
            return table
    return None
