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
from ..models.registry import CARD_KINDS
from ..models.taxonomy import ACTION_STATUSES, CLOSENESS, LANGUAGES
from ..models.templates import TEMPLATES
from ..models.validation import COORDINATE_LIMIT, COUNT_LIMIT, SIZE_LIMIT
from .codec import CODEC_OF_TABLE
from .schema import columns_for


def _among(values: tuple[str, ...] | list[str], empty: bool = False) -> str:
    items = ([""] if empty else []) + list(values)
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in items) + ")"


def _rules() -> list[tuple[str, str, tuple[str, ...]]]:
    """(table, condition true for a bad row, columns the condition needs)."""
    kinds = _among(list(CARD_KINDS))
    rules = [
        ("workshop", f"language NOT IN {_among(LANGUAGES)}", ("language",)),
        ("canvases", f"template NOT IN {_among(list(TEMPLATES))}", ("template",)),
        ("cards", f"kind NOT IN {kinds}", ("kind",)),
        ("cards", "width <= 0 OR height <= 0", ("width", "height")),
        # The bounds the model keeps (models.validation): an infinite or huge number would
        # crash drawing and the PDF; NaN cannot be stored (SQLite makes it NULL: a type error).
        *[(table, _beyond(column, limit), (column,))
          for table in ("cards", "groups")
          for column, limit in (("x", COORDINATE_LIMIT), ("y", COORDINATE_LIMIT),
                                ("width", SIZE_LIMIT), ("height", SIZE_LIMIT))],
        ("votes", f"count > {COUNT_LIMIT}", ("count",)),
        ("voting_rounds", f"dots_per_participant > {COUNT_LIMIT} OR max_per_card > "
         f"{COUNT_LIMIT}", ("dots_per_participant", "max_per_card")),
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
    # What the model checks on every edit must hold on load too, or the first edit of a
    # record from such a file would be refused: dates, colours, known taxonomy keys, links
    # within one canvas, titles and names present (NUL characters: see codec's type checks).
    rules += [(table, _bad_date(f'"{table}".{column}'), (column,)) for table, column in (
        ("workshop", "date"), ("workshop", "retention_date"), ("cards", "due_date"))]
    rules += [(table, _bad_colour(f'"{table}".color'), ("color",)) for table in ("cards", "groups")]
    rules += [(table, _unknown_key(table, column), (column,)) for table, column in (
        ("cards", "sector"), ("cards", "role"), ("cards", "category"), ("cards", "phase"),
        ("cards", "technology"), ("participants", "sector"), ("participants", "role"))]
    rules += [
        ("links", "NOT EXISTS (SELECT 1 FROM terms AS t WHERE t.taxonomy = 'relation' AND "
         't.key = "links".relation)', ("relation",)),
        ("links", 'source_id = target_id OR EXISTS (SELECT 1 FROM cards AS c WHERE c.id IN '
         '("links".source_id, "links".target_id) AND c.canvas_id != "links".canvas_id)',
         ("source_id", "target_id", "canvas_id")),
        ("workshop", "trim(title) = ''", ("title",)),
        ("participants", "trim(name) = ''", ("name",)),
    ]
    return rules


def _beyond(column: str, limit: float) -> str:
    """True for a number outside ±limit (infinity included)."""
    return f'NOT ("{column}" BETWEEN {-limit!r} AND {limit!r})'


def duplicate_ids(conn: sqlite3.Connection) -> str | None:
    """The first table holding two rows with one primary key, or None.

    A file's unique index can be damaged or dropped and rebuilt without its rows being
    unique; the table itself is scanned (NOT INDEXED) so the index is not trusted to say so.
    """
    for table, codec in CODEC_OF_TABLE.items():
        keys = ", ".join(f'"{k}"' for k in codec.pk)
        if conn.execute(f'SELECT 1 FROM "{table}" NOT INDEXED GROUP BY {keys} '
                        "HAVING count(*) > 1 LIMIT 1").fetchone():
            return table
    return None


def _bad_date(column: str) -> str:
    """True for a non-empty value that is not a real date written YYYY-MM-DD."""
    return (f"{column} != '' AND ({column} NOT GLOB "
            f"'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR date({column}, '+0 days') IS NULL "
            # '+0 days' normalises: without it SQLite returns 2027-02-31 unchanged, a date
            # the model refuses (so the card could not be edited after loading).
            f"OR date({column}, '+0 days') != {column})")


def _bad_colour(column: str) -> str:
    hexdigit = "[0-9A-Fa-f]"
    return f"{column} != '' AND {column} NOT GLOB '#{hexdigit * 6}'"


def _unknown_key(table: str, column: str) -> str:
    return (f'"{table}".{column} != \'\' AND NOT EXISTS (SELECT 1 FROM terms AS t WHERE '
            f't.taxonomy = \'{column}\' AND t.key = "{table}".{column})')


_RULES: dict[tuple[str, ...], list[tuple[str, str, tuple[str, ...]]]] = {}


def current_rules() -> list[tuple[str, str, tuple[str, ...]]]:
    """The rules for the card kinds registered now (a kind registered later is allowed too)."""
    kinds = tuple(CARD_KINDS)
    if kinds not in _RULES:
        _RULES[kinds] = _rules()
    return _RULES[kinds]


def _clean_queries(version: int) -> list[str]:
    """One query per table counting rows with a value of the wrong type or breaking a rule
    (a rule is evaluated only on a row whose types are right: CASE stops at the first match)."""
    queries = []
    for table, codec in CODEC_OF_TABLE.items():
        columns = columns_for(table, version)
        conditions = [f"({condition})" for name, condition, needs in current_rules()
                      if name == table and set(needs) <= set(columns)]
        broken = f"WHEN {' OR '.join(conditions)} THEN 1 " if conditions else ""
        queries.append(f'SELECT count(*) FROM "{table}" WHERE CASE WHEN '
                       f"{codec.bad_type(columns)} THEN 1 {broken}ELSE 0 END")
    return queries


_CLEAN: dict[tuple[int, tuple[str, ...]], list[str]] = {}


def clean_queries(version: int) -> list[str]:
    """The fast scans of a file of schema `version` (kinds registered now), one per table:
    each counts the rows with a value of the wrong type or breaking a rule."""
    key = (version, tuple(CARD_KINDS))
    if key not in _CLEAN:
        _CLEAN[key] = _clean_queries(version)
    return _CLEAN[key]


def broken_rule(conn: sqlite3.Connection, version: int) -> str | None:
    """The table of the first rule a row breaks (values already type-checked), or None."""
    for table, condition, needs in current_rules():
        if not set(needs) <= set(columns_for(table, version)):
            continue
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {condition} LIMIT 1').fetchone():
            return table
    return None
