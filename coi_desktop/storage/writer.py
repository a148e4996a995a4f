"""Writing one `Change` as one transaction, touching only the columns that changed.

The writer remembers the row it last committed for each record (it is the only writer: the
lock guarantees that), so moving 50 cards becomes one `UPDATE cards SET x = ?, y = ?` run 50
times instead of 50 full upserts, and a record that did not change is not written at all.
A record it has not written yet gets a full upsert. The memory is updated only after COMMIT,
so a failed transaction leaves it matching the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..models.events import Change
from .codec import _Codec, codec_for

Key = tuple[str, tuple[Any, ...]]


class ChangeWriter:
    """Applies changes to one connection (autocommit mode, foreign keys on)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._rows: dict[Key, tuple[Any, ...]] = {}
        self._update_sql: dict[tuple[str, tuple[int, ...]], str] = {}

    def write(self, change: Change) -> None:
        """Commit `change` in one transaction; foreign keys are checked per statement and,
        if the records come in an order they do not allow mid-way, at COMMIT instead."""
        try:
            pending = self._transaction(change, defer=False)
        except sqlite3.IntegrityError:
            # PRAGMA defer_foreign_keys costs ~0.15 ms per transaction: only when needed.
            pending = self._transaction(change, defer=True)
        for key, row in pending.items():
            if row is None:
                self._rows.pop(key, None)
            else:
                self._rows[key] = row

    def forget(self) -> None:
        self._rows.clear()

    def _transaction(self, change: Change, *, defer: bool) -> dict[Key, tuple[Any, ...] | None]:
        conn = self.conn
        pending: dict[Key, tuple[Any, ...] | None] = {}
        conn.execute("BEGIN IMMEDIATE")
        try:
            if defer:
                conn.execute("PRAGMA defer_foreign_keys = ON")
            for codec, batch in _runs(change.upserted):
                self._upsert(codec, batch, pending)
            for codec, batch in _runs(change.removed):
                keys = [codec.key(r) for r in batch]
                conn.executemany(codec.delete_sql, keys)
                for key in keys:
                    pending[(codec.table, key)] = None
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        return pending

    def _upsert(self, codec: _Codec, batch: Sequence[Any],
                pending: dict[Key, tuple[Any, ...] | None]) -> None:
        full: list[tuple[Any, ...]] = []
        partial: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
        for record in batch:
            row = codec.row(record)
            key = codec.key(record)
            old = pending.get((codec.table, key)) or self._rows.get((codec.table, key))
            pending[(codec.table, key)] = row
            if old is None:
                codec.check_row(row, range(len(row)))
                full.append(row)
                continue
            # `is` first: a record made by dataclasses.replace shares its unchanged values
            # with the old one, so most columns are settled without comparing them
            changed = tuple([i for i, a, b in zip(codec.indexes, old, row, strict=True)
                             if a is not b and (a != b or type(a) is not type(b))])
            if changed:
                codec.check_row(row, changed)
                partial.setdefault(changed, []).append(
                    tuple(row[i] for i in changed) + key)
        for changed, rows in partial.items():
            cursor = self.conn.executemany(self._update(codec, changed), rows)
            if cursor.rowcount != len(rows):  # a row we remembered is gone: write them whole
                n = len(codec.pk)
                keys = {row[-n:] for row in rows}
                full.extend(r for r in (pending[(codec.table, k)] for k in keys) if r)
        if full:
            self.conn.executemany(codec.upsert_sql, full)

    def _update(self, codec: _Codec, changed: tuple[int, ...]) -> str:
        sql = self._update_sql.get((codec.table, changed))
        if sql is None:
            sets = ", ".join(f'"{codec.names[i]}" = ?' for i in changed)
            where = " AND ".join(f'"{k}" = ?' for k in codec.pk)
            sql = f'UPDATE "{codec.table}" SET {sets} WHERE {where}'
            self._update_sql[(codec.table, changed)] = sql
        return sql


def _runs(records: Sequence[Any]) -> list[tuple[_Codec, Sequence[Any]]]:
    """Consecutive records of one type, each run written with one executemany."""
    runs: list[tuple[_Codec, Sequence[Any]]] = []
    i = 0
    while i < len(records):
        codec = codec_for(records[i])
        j = i
        while j < len(records) and type(records[j]) is codec.cls:
            j += 1
        runs.append((codec, records[i:j]))
        i = j
    return runs
