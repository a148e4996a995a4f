"""The `.coilib` barrier library file: schema, writing a new one, opening one untrusted.

A library is one SQLite file (docs/library-format.md) with its own `application_id`
("COIL") and schema version (`user_version`). It is opened exactly like a workshop file from
someone else (storage/untrusted.py): the 100-byte header is read with plain file I/O first,
then a read-only connection (`mode=ro`, hardened: `trusted_schema=OFF`, `cell_size_check`,
`mmap_size=0`, `query_only`), `quick_check` (which also checks the STRICT column types and
NOT NULLs), an exact schema (no views, no triggers, nothing extra), foreign keys and the few
value rules SQL cannot express. Opening never writes to the file. The full-text index is
*not* stored in the file: it is derived data, and an FTS5 index is a binary structure a
hostile file could craft; the library service builds it in memory after these checks.
"""

from __future__ import annotations

import os
import sqlite3
from functools import lru_cache
from pathlib import Path

from ..models.registry import ACTION, BARRIER, OPPORTUNITY
from . import untrusted
from .errors import (
    DamagedFileError,
    NewerVersionError,
    NotAWorkshopFileError,
    WorkshopFileError,
    WriteError,
)
from .recovery import hot_journal, pending_wal
from .untrusted import MASTER, FileKind, connect_readonly, harden

#: `PRAGMA application_id` of a library: ASCII "COIL".
APPLICATION_ID = 0x434F494C
SCHEMA_VERSION = 1

#: Kinds a library holds (actors are people and organisations: never in a library).
KINDS = (BARRIER, OPPORTUNITY, ACTION)
_KINDS_SQL = ", ".join(f"'{k}'" for k in KINDS)
#: Facets an entry is filtered by.
FACETS = ("category", "phase", "sector", "technology")

#: The schema, statement by statement, exactly as written into a new library.
SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
    "CREATE TABLE entries (entry_id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, "
    "normal TEXT NOT NULL, workshops INTEGER NOT NULL, cards INTEGER NOT NULL, "
    "votes INTEGER NOT NULL, words TEXT NOT NULL, stems TEXT NOT NULL) STRICT",
    "CREATE TABLE entry_variants (entry_id TEXT NOT NULL REFERENCES entries (entry_id), "
    "variant TEXT NOT NULL, PRIMARY KEY (entry_id, variant)) STRICT, WITHOUT ROWID",
    "CREATE TABLE entry_workshops (entry_id TEXT NOT NULL REFERENCES entries (entry_id), "
    "workshop TEXT NOT NULL, cards INTEGER NOT NULL, votes INTEGER NOT NULL, "
    "PRIMARY KEY (entry_id, workshop)) STRICT, WITHOUT ROWID",
    "CREATE TABLE entry_facets (entry_id TEXT NOT NULL REFERENCES entries (entry_id), "
    "facet TEXT NOT NULL, value TEXT NOT NULL, workshop TEXT NOT NULL, "
    "PRIMARY KEY (entry_id, facet, value, workshop)) STRICT, WITHOUT ROWID",
    "CREATE TABLE helped (barrier_id TEXT NOT NULL REFERENCES entries (entry_id), "
    "helper_id TEXT NOT NULL REFERENCES entries (entry_id), workshop TEXT NOT NULL, "
    "PRIMARY KEY (barrier_id, helper_id, workshop)) STRICT, WITHOUT ROWID",
    "CREATE TABLE labels (taxonomy TEXT NOT NULL, key TEXT NOT NULL, da TEXT NOT NULL, "
    "en TEXT NOT NULL, PRIMARY KEY (taxonomy, key)) STRICT, WITHOUT ROWID",
    "CREATE INDEX entries_kind ON entries (kind, workshops)",
    "CREATE INDEX facets_value ON entry_facets (facet, value)",
    "CREATE INDEX helped_helper ON helped (helper_id)",
)

#: Value rules beyond the column types: each query counts rows that break one.
_RULES = (
    ("entries", f"SELECT count(*) FROM entries WHERE kind NOT IN ({_KINDS_SQL}) "
                "OR workshops < 0 OR cards < 0 OR votes < 0 OR length(entry_id) = 0"
                " OR length(entry_id) > 64"),
    ("entry_facets", "SELECT count(*) FROM entry_facets WHERE facet NOT IN ('category', "
                     "'phase', 'sector', 'technology')"),
)


def not_a_library(path: Path) -> NotAWorkshopFileError:
    return NotAWorkshopFileError(f"{path.name} is not a COI Desktop library file.",
                                 f"{path.name} er ikke en biblioteksfil fra COI Desktop.")


def damaged(path: Path, what: str, what_da: str) -> DamagedFileError:
    return DamagedFileError(f"The library file {path.name} is damaged: {what}.",
                            f"Biblioteksfilen {path.name} er beskadiget: {what_da}.")


def newer(path: Path, version: int) -> NewerVersionError:
    return NewerVersionError(
        f"{path.name} is a library from a newer version of COI Desktop (library format "
        f"{version}); please update COI Desktop to open it.",
        f"{path.name} er et bibliotek fra en nyere version af COI Desktop (biblioteksformat "
        f"{version}); opdater COI Desktop for at åbne det.")


#: What a library's header must say (read by `untrusted.read_header`).
LIBRARY = FileKind(APPLICATION_ID, 1, SCHEMA_VERSION, not_a_library, newer, damaged)


def create_schema(conn: sqlite3.Connection) -> None:
    """Write the schema, application id and version into an empty database."""
    for sql in SCHEMA:
        conn.execute(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@lru_cache(maxsize=1)
def expected_master() -> tuple[tuple[object, ...], ...]:
    """sqlite_master of a fresh library, in the canonical order of `MASTER`."""
    conn = sqlite3.connect(":memory:")
    try:
        create_schema(conn)
        return tuple(tuple(r) for r in conn.execute(MASTER))
    finally:
        conn.close()


def read_header(path: Path) -> tuple[int, bool]:
    """Check the first 100 bytes before SQLite sees the file; (version, header says WAL)."""
    return untrusted.read_header(path, kind=LIBRARY)


def check(conn: sqlite3.Connection, path: Path) -> None:
    """Integrity, exact schema, foreign keys and value rules of an opened library."""
    integrity = ("its contents fail SQLite's integrity check",
                 "dens indhold fejler SQLites integritetstjek")
    try:
        if [tuple(r) for r in conn.execute("PRAGMA quick_check")] != [("ok",)]:
            raise damaged(path, *integrity)
        if tuple(tuple(r) for r in conn.execute(MASTER)) != expected_master():
            raise damaged(path, "it holds tables or objects COI Desktop did not write",
                          "den indeholder tabeller eller objekter, COI Desktop ikke har skrevet")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise damaged(path, "entries point at entries that are missing",
                          "poster peger på poster, der mangler")
        for table, sql in _RULES:
            if conn.execute(sql).fetchone()[0]:
                raise damaged(path, f"the table {table} holds values COI Desktop does not write",
                              f"tabellen {table} indeholder værdier, COI Desktop ikke skriver")
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise not_a_library(path)
    except WorkshopFileError:
        raise
    except sqlite3.DatabaseError:
        raise damaged(path, *integrity) from None


def open_library_file(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """An in-memory copy of a checked library (the file itself is only read, never locked
    or written); raises a `WorkshopFileError` subclass with one sentence otherwise."""
    path = Path(path)
    _, wal = read_header(path)
    if hot_journal(path) or pending_wal(path):  # a writer died: not a finished library
        raise damaged(path, "it was not completely written", "den blev ikke skrevet færdig")
    source = connect_readonly(path, wal)
    try:
        check(source, path)
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            source.backup(memory)
        except sqlite3.DatabaseError:
            memory.close()
            raise damaged(path, "its contents fail SQLite's integrity check",
                          "dens indhold fejler SQLites integritetstjek") from None
    finally:
        source.close()
    harden(memory)
    return memory


def write_library_file(memory: sqlite3.Connection, path: str | os.PathLike[str]) -> None:
    """Write the database `memory` (a library built or merged in memory) to `path` through a
    temporary file beside it and a rename, so a failure leaves `path` as it was."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        tmp.unlink(missing_ok=True)
        out = sqlite3.connect(tmp, isolation_level=None)
        try:
            memory.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
            out.execute("VACUUM")
        finally:
            out.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise WriteError(f"The library {path.name} could not be written ({reason}).",
                         f"Biblioteket {path.name} kunne ikke skrives ({reason}).") from None
