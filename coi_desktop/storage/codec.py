"""Records ↔ rows: how each dataclass of `models.entities` is written to and read from its table.

Booleans are stored as 0/1, tuples (card tags, a round's card kinds) as JSON arrays of text,
`None` as NULL. Reading checks every value's type in SQL first (a file from someone else may
hold anything in any column) so a row that does not fit raises `DamagedFileError` instead of
building a record the rest of the program would trip over.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import lru_cache
from typing import Any

from ..models.collection import record_class
from ..models.entities import WorkshopInfo
from ..models.registry import RECORD_TYPES
from ..models.taxonomy import Term
from .errors import DamagedFileError
from .schema import TABLES, columns_for

#: record type → table name.
TABLE_OF: dict[type, str] = {
    WorkshopInfo: "workshop", Term: "terms",
    **{record_class(r): r.table for r in RECORD_TYPES},
}

#: Tables holding the records of `Workshop.records()`, parents before children.
RECORD_TABLES = tuple(r.table for r in RECORD_TYPES)

#: Text holding U+FFFE/U+FFFF (refused by the model's `check_text`) is refused as well.
_NONCHAR = " OR instr({c}, char(65534)) > 0 OR instr({c}, char(65535)) > 0"
_TYPE_CHECKS = {
    # Text with a NUL character is refused too: the model never writes one (validation), so
    # such a record could not be edited after loading.
    "str": "typeof({c}) != 'text' OR instr({c}, char(0)) > 0" + _NONCHAR,
    "str | None": "typeof({c}) NOT IN ('text', 'null') OR instr({c}, char(0)) > 0" + _NONCHAR,
    "float": "typeof({c}) NOT IN ('real', 'integer')",
    "int": "typeof({c}) != 'integer'",
    "int | None": "typeof({c}) NOT IN ('integer', 'null')",
    "bool": "typeof({c}) != 'integer' OR {c} NOT IN (0, 1)",
    "tuple[str, ...]": "CASE WHEN {c} = '[]' THEN 0 "  # the common empty list, quickly
                       "WHEN typeof({c}) = 'text' AND json_valid({c}) "
                       "AND json_type({c}) = 'array' THEN EXISTS (SELECT 1 FROM json_each({c}) "
                       "WHERE type != 'text') ELSE 1 END",
}


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and -(2 ** 63) <= v < 2 ** 63


#: Whether a value in a row (after encoding) can be stored and read back, by field type.
_FITS: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "str | None": lambda v: v is None or isinstance(v, str),
    "float": _is_number,
    "int": _is_int,
    "int | None": lambda v: v is None or _is_int(v),
    "bool": lambda v: v in (0, 1),
    "tuple[str, ...]": lambda v: isinstance(v, str),  # already encoded as JSON
}


@lru_cache(maxsize=4096)
def _json_list(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False) if items else "[]"


@lru_cache(maxsize=4096)
def _parse_list(text: str) -> tuple[str, ...]:
    if text == "[]":
        return ()
    items = json.loads(text)
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise ValueError("a list holds something other than text")
    return tuple(items)


class _Codec:
    """How one record type maps onto one table."""

    def __init__(self, cls: type, table: str) -> None:
        self.cls = cls
        self.table = table
        columns, pk, _ = TABLES[table]
        self.names = tuple(f.name for f in fields(cls))
        self.indexes = tuple(range(len(self.names)))
        if tuple(columns) != self.names:
            raise RuntimeError(f"schema of {table} does not match {cls.__name__}")
        types = {f.name: str(f.type) for f in fields(cls)}
        self.bools = tuple(i for i, n in enumerate(self.names) if types[n] == "bool")
        self.tuples = tuple(i for i, n in enumerate(self.names) if types[n].startswith("tuple"))
        self.pk = (pk,) if isinstance(pk, str) else tuple(pk)
        cols = ", ".join(f'"{n}"' for n in self.names)
        marks = ", ".join("?" for _ in self.names)
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in self.names if n not in self.pk)
        keys = ", ".join(f'"{k}"' for k in self.pk)
        self.upsert_sql = (f'INSERT INTO "{table}" ({cols}) VALUES ({marks}) '
                           f"ON CONFLICT ({keys}) DO UPDATE SET {updates}")
        self.insert_sql = f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'
        self.delete_sql = (f'DELETE FROM "{table}" WHERE '
                           + " AND ".join(f'"{k}" = ?' for k in self.pk))
        self.select_sql = f'SELECT {cols} FROM "{table}"'
        self.types = types
        self.check_sql = self.check_sql_for(self.names)
        self.fits = tuple(_FITS[types[n]] for n in self.names)
        # Building a frozen dataclass through __init__ costs one object.__setattr__ per field;
        # filling __dict__ directly gives the same record (same fields, same order) several
        # times faster. Only for plain dataclasses whose __init__ does nothing else.
        self.direct = (not hasattr(cls, "__post_init__") and "__slots__" not in vars(cls)
                       and all(f.init for f in fields(cls)))

    def check_row(self, row: tuple[Any, ...], columns: Iterable[int]) -> None:
        """Refuse to write a value the file could not give back (e.g. None in a text column):
        such a row would make the whole file fail its checks when it is next opened."""
        for i in columns:
            if not self.fits[i](row[i]):
                raise ValueError(f"{self.table}.{self.names[i]} cannot hold {row[i]!r}")

    def bad_type(self, names: Iterable[str]) -> str:
        """An SQL condition true for a row whose values in `names` have the wrong type."""
        return " OR ".join(f"({_TYPE_CHECKS[self.types[n]].format(c=chr(34) + n + chr(34))})"
                           for n in names)

    def check_sql_for(self, names: Iterable[str]) -> str:
        """A query counting rows whose values in `names` have the wrong type."""
        return f'SELECT count(*) FROM "{self.table}" WHERE {self.bad_type(names)}'

    def row(self, record: Any) -> tuple[Any, ...]:
        values = list(vars(record).values())  # a dataclass's __dict__ is in field order
        if len(values) != len(self.names):
            values = [getattr(record, n) for n in self.names]
        for i in self.bools:
            values[i] = 1 if values[i] else 0
        for i in self.tuples:
            values[i] = _json_list(values[i])
        return tuple(values)

    def key(self, record: Any) -> tuple[Any, ...]:
        return tuple(getattr(record, k) for k in self.pk)

    def record(self, row: tuple[Any, ...]) -> Any:
        if not self.bools and not self.tuples:
            return self.cls(*row)
        values = list(row)
        for i in self.bools:
            values[i] = bool(values[i])
        for i in self.tuples:
            values[i] = _parse_list(values[i])
        return self.cls(*values)

    def records(self, rows: Iterable[tuple[Any, ...]]) -> list[Any]:
        """`[self.record(row) for row in rows]`, without the per-field cost of __init__."""
        if not self.direct:
            return [self.record(row) for row in rows]
        cls, names, bools, tuples = self.cls, self.names, self.bools, self.tuples
        new = object.__new__
        out = []
        for row in rows:
            values = list(row)
            for i in bools:
                values[i] = bool(values[i])
            for i in tuples:
                values[i] = _parse_list(values[i])
            record: Any = new(cls)
            record.__dict__.update(zip(names, values, strict=True))
            out.append(record)
        return out


CODECS: dict[type, _Codec] = {cls: _Codec(cls, table) for cls, table in TABLE_OF.items()}
CODEC_OF_TABLE: dict[str, _Codec] = {c.table: c for c in CODECS.values()}


def codec_for(record: Any) -> _Codec:
    return CODECS[type(record)]


def _damaged(table: str, exc: BaseException | None = None) -> DamagedFileError:
    if isinstance(exc, UnicodeError) or "decode" in str(exc):
        return DamagedFileError(
            f"The workshop file is damaged: the table {table} holds text that is not valid "
            "UTF-8.", f"Workshopfilen er beskadiget: tabellen {table} indeholder tekst, der "
            "ikke er gyldig UTF-8.")
    return DamagedFileError(
        f"The workshop file is damaged: the table {table} holds values of the wrong kind.",
        f"Workshopfilen er beskadiget: tabellen {table} indeholder værdier af forkert type.")


def check_values(conn: sqlite3.Connection, version: int) -> str | None:
    """The first table (of schema `version`) holding a value of the wrong type, or None.

    "workshop" also when that table does not hold exactly one row.
    """
    for table, codec in CODEC_OF_TABLE.items():
        (bad,) = conn.execute(codec.check_sql_for(columns_for(table, version))).fetchone()
        if bad:
            return table
    (infos,) = conn.execute('SELECT count(*) FROM "workshop"').fetchone()
    return None if infos == 1 else "workshop"


def read_table(conn: sqlite3.Connection, table: str, check: bool = True) -> list[Any]:
    """Every record of one table; `check` first verifies in SQL that every value has the
    right type (skip it only when `check_values` already ran on this file)."""
    codec = CODEC_OF_TABLE[table]
    try:
        if check:
            (bad,) = conn.execute(codec.check_sql).fetchone()
            if bad:
                raise _damaged(table)
        return codec.records(conn.execute(codec.select_sql))
    except (ValueError, TypeError, sqlite3.Error) as exc:
        raise _damaged(table, exc) from exc


def read_all(conn: sqlite3.Connection,
             check: bool = True) -> tuple[WorkshopInfo, list[Term], list[Any]]:
    """(info, terms, records) of a version-2 database (see `read_table` for `check`)."""
    infos = read_table(conn, "workshop", check)
    if len(infos) != 1:
        raise DamagedFileError(
            "The workshop file is damaged: it must hold exactly one workshop.",
            "Workshopfilen er beskadiget: den skal indeholde præcis én workshop.")
    terms = read_table(conn, "terms", check)
    records: list[Any] = []
    for table in RECORD_TABLES:
        records.extend(read_table(conn, table, check))
    return infos[0], terms, records


def insert_all(conn: sqlite3.Connection, info: WorkshopInfo, terms: Iterable[Term],
               records: Iterable[Any]) -> None:
    """Insert a whole workshop into empty tables (the caller holds the transaction)."""
    info_row = CODECS[WorkshopInfo].row(info)
    CODECS[WorkshopInfo].check_row(info_row, range(len(info_row)))
    conn.execute(CODECS[WorkshopInfo].insert_sql, info_row)
    by_type: dict[type, list[Any]] = {}
    for term in terms:
        by_type.setdefault(Term, []).append(term)
    for record in records:
        by_type.setdefault(type(record), []).append(record)
    for table in ("terms", *RECORD_TABLES):
        codec = CODEC_OF_TABLE[table]
        rows = [codec.row(r) for r in by_type.get(codec.cls, ())]
        for row in rows:
            codec.check_row(row, range(len(row)))
        if rows:
            conn.executemany(codec.insert_sql, rows)
