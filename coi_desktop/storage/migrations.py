"""Migrations between schema versions of the `.coi` file.

`user_version` is the schema version. Version 1 (the first public format) had no facilitator
notes, hidden flag or onion ring on cards, and no actual start/end times on agenda items;
version 2 adds them. Each step runs in one transaction together with the new `user_version`,
so a crash leaves the file at the old or the new version, never between. The caller takes a
backup copy first (see `store.open_workshop`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .schema import ADDED_IN_V2, SCHEMA_VERSION, SQL_TYPES, TABLES

#: Values the columns added by version 2 take in migrated rows.
_V2_DEFAULTS: dict[str, object] = {"notes": "", "hidden": 0, "closeness": "",
                                   "started_at": "", "ended_at": ""}


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    for table, added in ADDED_IN_V2.items():
        columns = TABLES[table][0]
        for column in added:
            conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" '
                         f"{SQL_TYPES[columns[column]]}")
            conn.execute(f'UPDATE "{table}" SET "{column}" = ?', (_V2_DEFAULTS[column],))


#: version → the step that takes a database from that version to the next.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}


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
