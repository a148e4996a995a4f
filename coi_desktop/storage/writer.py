"""Writing one `Change` as one transaction, touching only the columns that changed.

The writer remembers the record it last committed for each row (it is the only writer: the
lock guarantees that), so moving 50 cards becomes one `UPDATE cards SET x = ?, y = ?` run 50
times instead of 50 full upserts, and a record that did not change is not written at all.
It compares the records' fields (a record made by `dataclasses.replace` shares its unchanged
values with the old one, so most are settled by identity) and encodes only the changed
columns: encoding the whole row (tags as JSON, …) was a third of a single edit's commit.
A record it has not written yet gets a full upsert. The memory is updated only after COMMIT,
so a failed transaction leaves it matching the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from itertools import compress
from operator import is_not
from typing import Any

from ..models.events import Change
from .codec import CODECS, _Codec, _json_list, codec_for

Key = tuple[str, tuple[Any, ...]]


class ChangeWriter:
    """Applies changes to one connection (autocommit mode, foreign keys on)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._rows: dict[Key, Any] = {}  # the record last committed for each row
        self._update_sql: dict[tuple[str, tuple[int, ...]], str] = {}

    def write(self, change: Change) -> None:
        """Commit `change` in one transaction; foreign keys are checked per statement and,
        if the records come in an order they do not allow mid-way, at COMMIT instead."""
        if len(change.upserted) == 1 and not change.removed \
                and self._write_one(change.upserted[0]):
            return
        try:
            pending = self._transaction(change, defer=False)
        except sqlite3.IntegrityError:
            # PRAGMA defer_foreign_keys costs ~0.15 ms per transaction: only when needed.
            pending = self._transaction(change, defer=True)
        for key, row in pending.items():
            if row is None:
                self._rows.pop(key, None)
            else:
                self._rows[key] = row  # the record (encoded only when written)

    def forget(self) -> None:
        self._rows.clear()

    def _write_one(self, record: Any) -> bool:
        """A change of one record the file already holds (a move, an edit: most changes):
        its changed columns in one UPDATE, without the general path's bookkeeping (a third
        of a single edit's Python time). False when the general path must do it (a new
        record, a row that is gone, a foreign key to check at COMMIT); nothing written then.
        """
        codec = CODECS.get(type(record))
        if codec is None:
            return False
        key = _key(codec, record)
        slot = (codec.table, key)
        old = self._rows.get(slot)
        if old is None or type(old) is not type(record):
            return False
        update = self._changed(codec, old, record, key)
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if update is not None:
                cursor = conn.execute(self._update(codec, update[0]), update[1])
                if cursor.rowcount != 1:
                    conn.execute("ROLLBACK")
                    return False
            conn.execute("COMMIT")
        except sqlite3.IntegrityError:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            return False
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        self._rows[slot] = record
        return True

    def _changed(self, codec: _Codec, old: Any, record: Any, key: tuple[Any, ...]
                 ) -> tuple[tuple[int, ...], tuple[Any, ...]] | None:
        """(changed columns, UPDATE parameters) from `old` to `record`; None if none did."""
        names = codec.names
        before, after = list(vars(old).values()), list(vars(record).values())
        if len(before) != len(names) or len(after) != len(names):
            before, after = _values(old, names), _values(record, names)
        # `is` first, in C (compress over is_not): a record made by dataclasses.replace
        # or a move shares its unchanged values with the old one, so only the few
        # columns that are not the same object are compared in Python.
        changed = tuple([i for i in compress(codec.indexes, map(is_not, before, after))
                         if before[i] != after[i] or type(before[i]) is not type(after[i])])
        if not changed:
            return None
        values = tuple([_encoded(codec, i, after[i]) for i in changed])
        for i, value in zip(changed, values, strict=True):
            if not codec.fits[i](value):
                raise ValueError(f"{codec.table}.{names[i]} cannot hold {value!r}")
        return changed, values + key

    def _transaction(self, change: Change, *, defer: bool) -> dict[Key, Any]:
        conn = self.conn
        pending: dict[Key, Any] = {}  # record, or None when deleted
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

    def _upsert(self, codec: _Codec, batch: Sequence[Any], pending: dict[Key, Any]) -> None:
        full: list[tuple[Any, ...]] = []
        partial: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
        table = codec.table
        remembered = self._rows
        for record in batch:
            key = _key(codec, record)
            slot = (table, key)
            old = pending.get(slot) or remembered.get(slot)
            pending[slot] = record
            if old is None or type(old) is not type(record):
                row = codec.row(record)
                codec.check_row(row, range(len(row)))
                full.append(row)
                continue
            update = self._changed(codec, old, record, key)
            if update is not None:
                partial.setdefault(update[0], []).append(update[1])
        for changed, rows in partial.items():
            # One row (a single edit, the common case): execute is cheaper than executemany.
            cursor = (self.conn.execute(self._update(codec, changed), rows[0]) if len(rows) == 1
                      else self.conn.executemany(self._update(codec, changed), rows))
            if cursor.rowcount != len(rows):  # a row we remembered is gone: write them whole
                n = len(codec.pk)
                keys = {row[-n:] for row in rows}
                full.extend(codec.row(r) for r in (pending[(table, k)] for k in keys) if r)
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
    if len(records) < 2:  # no record (nothing removed) or one (a single edit): no scan
        return [(codec_for(records[0]), records)] if records else []
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


def _key(codec: _Codec, record: Any) -> tuple[Any, ...]:
    """The record's primary key (as `codec.key`; a one-column key without a generator)."""
    pk = codec.pk
    if len(pk) == 1:
        return (getattr(record, pk[0]),)
    return tuple([getattr(record, k) for k in pk])


def _values(record: Any, names: tuple[str, ...]) -> list[Any]:
    """The record's field values in column order (a dataclass's __dict__ is in field order)."""
    values = list(vars(record).values())
    if len(values) != len(names):
        values = [getattr(record, n) for n in names]
    return values


def _encoded(codec: _Codec, i: int, value: Any) -> Any:
    """Column `i`'s value as the file stores it (as `codec.row` encodes it)."""
    if i in codec.bools:
        return 1 if value else 0
    if i in codec.tuples:
        return _json_list(value)
    return value
