"""Migrations between schema versions of the `.coi` file.

`user_version` is the schema version. Version 1 (the first public format) had no facilitator
notes, hidden flag or onion ring on cards, and no actual start/end times on agenda items;
version 2 adds them. Version 3 makes a card a placement of an item: `cards.item_id` (empty:
the card is its own item, which is what every card of an older file is). Each step runs in
one transaction together with the new `user_version`, so a crash leaves the file at the old
or the new version, never between. The caller takes a backup copy first (see
`store.open_workshop`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .schema import ADDED_IN, SCHEMA_VERSION, SQL_TYPES, TABLES

#: Values the columns added by a version take in migrated rows.
_DEFAULTS: dict[str, object] = {"notes": "", "hidden": 0, "closeness": "",
                                "started_at": "", "ended_at": "", "item_id": ""}


def _add_columns(version: int) -> Callable[[sqlite3.Connection], None]:
    """The step that adds the columns of `version` with their defaults."""
    def step(conn: sqlite3.Connection) -> None:
        for table, added in ADDED_IN[version].items():
            columns = TABLES[table][0]
            for column in added:
                conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" '
                             f"{SQL_TYPES[columns[column]]}")
                conn.execute(f'UPDATE "{table}" SET "{column}" = ?', (_DEFAULTS[column],))
    return step


#: version → the step that takes a database from that version to the next.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_columns(2), 2: _add_columns(3)}


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Bring a database (autocommit connection) from `version` to the current one."""
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return version
