"""The tables of a `.coi` file, one per record type, built with sqlite-utils.

The column lists are written out here (not derived from the dataclasses) because they are
the file format: a test checks they still match `models.entities`. Version 3 is current;
versions 1 and 2 (see `migrations.py`) lacked a few columns (`ADDED_IN`).
`expected_structure(version)` describes what a file of that version may contain, read from a
reference database built from plain SQL (`reference_ddl`), so the untrusted-open check
compares structure (columns, keys, indexes), not SQL text, and does not depend on how a
sqlite-utils version formats its statements.
"""

from __future__ import annotations

import sqlite3
from typing import Any

#: `PRAGMA application_id` of every COI Desktop file: ASCII "COI1" read as a big-endian int.
APPLICATION_ID = 0x434F4931  # 1129269553
#: `PRAGMA user_version`: the schema version this code writes.
SCHEMA_VERSION = 3
#: The oldest schema version this code can migrate from.
OLDEST_VERSION = 1

Columns = dict[str, type]

#: table name → (columns in order, primary key, foreign keys (column, table, column)).
TABLES: dict[str, tuple[Columns, str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "workshop": ({
        "id": str, "title": str, "purpose": str, "date": str, "location": str,
        "facilitator": str, "organiser": str, "language": str, "technology": str, "phase": str,
        "notes": str, "retention_date": str, "created": str,
    }, "id", []),
    "terms": ({
        "taxonomy": str, "key": str, "da": str, "en": str, "position": int, "hidden": int,
    }, ("taxonomy", "key"), []),
    "participants": ({
        "id": str, "name": str, "organisation": str, "sector": str, "role": str, "email": str,
        "consent": int, "present": int,
    }, "id", []),
    "canvases": ({"id": str, "name": str, "template": str, "position": int}, "id", []),
    "cards": ({
        "id": str, "canvas_id": str, "kind": str, "title": str, "description": str,
        "x": float, "y": float, "width": float, "height": float, "color": str, "tags": str,
        "participant_id": str, "notes": str, "hidden": int, "sector": str, "role": str,
        "organisation": str, "power": int, "interest": int, "closeness": str,
        "category": str, "severity": int, "phase": str, "impact": int, "effort": int,
        "technology": str, "owner": str, "due_date": str, "status": str, "item_id": str,
    }, "id", [("canvas_id", "canvases", "id"), ("participant_id", "participants", "id")]),
    "links": ({
        "id": str, "canvas_id": str, "source_id": str, "target_id": str, "relation": str,
        "label": str, "directed": int,
    }, "id", [("canvas_id", "canvases", "id"), ("source_id", "cards", "id"),
              ("target_id", "cards", "id")]),
    "groups": ({
        "id": str, "canvas_id": str, "title": str, "x": float, "y": float, "width": float,
        "height": float, "color": str,
    }, "id", [("canvas_id", "canvases", "id")]),
    "voting_rounds": ({
        "id": str, "canvas_id": str, "title": str, "kinds": str, "dots_per_participant": int,
        "max_per_card": int, "anonymous": int, "closed": int, "position": int,
    }, "id", [("canvas_id", "canvases", "id")]),
    "votes": ({
        "id": str, "round_id": str, "card_id": str, "participant_id": str, "count": int,
    }, "id", [("round_id", "voting_rounds", "id"), ("card_id", "cards", "id"),
              ("participant_id", "participants", "id")]),
    "agenda_items": ({
        "id": str, "title": str, "planned_minutes": int, "canvas_id": str, "position": int,
        "started_at": str, "ended_at": str,
    }, "id", [("canvas_id", "canvases", "id")]),
}

#: Columns each version added (by the migration from the version before), per table.
ADDED_IN: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"cards": ("notes", "hidden", "closeness"), "agenda_items": ("started_at", "ended_at")},
    # 3: a card is a placement of an item; cards sharing `item_id` are one item on several
    # canvases ("" = the card is its own item).
    3: {"cards": ("item_id",)},
}
ADDED_IN_V2 = ADDED_IN[2]

#: Indexes: name → (table, columns). Every foreign key column is indexed.
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "idx_cards_canvas_id": ("cards", ("canvas_id",)),
    "idx_cards_participant_id": ("cards", ("participant_id",)),
    "idx_links_canvas_id": ("links", ("canvas_id",)),
    "idx_links_source_id": ("links", ("source_id",)),
    "idx_links_target_id": ("links", ("target_id",)),
    "idx_groups_canvas_id": ("groups", ("canvas_id",)),
    "idx_voting_rounds_canvas_id": ("voting_rounds", ("canvas_id",)),
    "idx_votes_round_id": ("votes", ("round_id",)),
    "idx_votes_card_id": ("votes", ("card_id",)),
    "idx_votes_participant_id": ("votes", ("participant_id",)),
    "idx_agenda_items_canvas_id": ("agenda_items", ("canvas_id",)),
}


def columns_for(table: str, version: int = SCHEMA_VERSION) -> Columns:
    """The columns of `table` in schema `version`."""
    columns = TABLES[table][0]
    missing = {name for added_in, tables in ADDED_IN.items() if added_in > version
               for name in tables.get(table, ())}
    return {name: kind for name, kind in columns.items() if name not in missing}


SQL_TYPES: dict[type, str] = {str: "TEXT", int: "INTEGER", float: "REAL"}


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Create every table and index of schema `version` in an empty database (sqlite-utils).

    The result is compared with the plain-SQL reference of `reference_ddl`, so a change in how
    sqlite-utils builds tables can never make new files differ from what older files hold.
    """
    import sqlite_utils  # ~0.1 s to import: only when a file is created

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    for table, (_, pk, fks) in TABLES.items():
        db.create_table(table, columns_for(table, version), pk=pk,
                        foreign_keys=[tuple(fk) for fk in fks])  # type: ignore[misc]
    for name, (table, cols) in INDEXES.items():
        db[table].create_index(list(cols), index_name=name)  # type: ignore[union-attr]
    if read_structure(conn) != expected_structure(version):
        raise RuntimeError("sqlite-utils built a schema that differs from the file format")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {int(version)}")


def reference_ddl(version: int) -> list[str]:
    """Plain CREATE statements for schema `version`: the definition files are checked against."""
    statements = []
    for table, (_, pk, fks) in TABLES.items():
        refs = {column: (parent, key) for column, parent, key in fks}
        parts = []
        for column, kind in columns_for(table, version).items():
            part = f'"{column}" {SQL_TYPES[kind]}'
            if pk == column:
                part += " PRIMARY KEY"
            if column in refs:
                part += f' REFERENCES "{refs[column][0]}"("{refs[column][1]}")'
            parts.append(part)
        if not isinstance(pk, str):
            parts.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in pk) + ")")
        statements.append(f'CREATE TABLE "{table}" ({", ".join(parts)})')
    for name, (table, cols) in INDEXES.items():
        statements.append(f'CREATE INDEX "{name}" ON "{table}" ('
                          + ", ".join(f'"{c}"' for c in cols) + ")")
    return statements


def read_structure(conn: sqlite3.Connection) -> dict[str, Any]:
    """What a database holds, as comparable data: objects, columns, keys and indexes.

    Only PRAGMAs that read the schema are used; nothing stored in the file is executed.
    """
    objects = sorted(
        (str(t), str(n), str(tb)) for t, n, tb in
        conn.execute("SELECT type, name, tbl_name FROM sqlite_master"))
    tables: dict[str, Any] = {}
    for kind, name, _ in objects:
        if kind != "table":
            continue
        cols = {row[1]: (str(row[2]).upper(), row[3], row[4], row[5], row[6])
                for row in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))}
        fks = sorted((str(r[3]), str(r[2]), str(r[4]), str(r[5]), str(r[6]), str(r[7]))
                     for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,)))
        indexes = {}
        for row in conn.execute("SELECT * FROM pragma_index_list(?)", (name,)):
            index_cols = [(min(int(r[1]), 0), r[2], r[3], r[4], r[5]) for r in
                          conn.execute("SELECT * FROM pragma_index_xinfo(?)", (row[1],))]
            key = row[1] if not str(row[1]).startswith("sqlite_autoindex_") else "autoindex"
            indexes[key] = (row[2], row[3], row[4], index_cols)
        tables[name] = {"columns": cols, "foreign_keys": fks, "indexes": indexes}
    return {"objects": objects, "tables": tables}


_EXPECTED: dict[int, dict[str, Any]] = {}


def expected_structure(version: int) -> dict[str, Any]:
    """The structure a file of schema `version` must have (from `reference_ddl`)."""
    if version not in _EXPECTED:
        conn = sqlite3.connect(":memory:")
        try:
            for statement in reference_ddl(version):
                conn.execute(statement)
            _EXPECTED[version] = read_structure(conn)
        finally:
            conn.close()
    return _EXPECTED[version]
