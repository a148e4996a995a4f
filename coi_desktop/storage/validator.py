"""The one validator of an untrusted `.coi` file, used by `check`, every open and consolidation.

`validate(path)` runs every check once (see `untrusted.py`: regular file, header, hardened
read-only connection, integrity, schema, duplicate ids, value types, rules and bounds), reads
the records (text that is not UTF-8 is refused here) and hands the result on as a `Checked`:
the store builds the workshop from those records, `check` only asks whether it succeeded, and
consolidation reads the checked connection. Nothing is ever written to the file while it is
validated; a -wal or hot journal left beside it is played back on a private copy only
(`recovery.py`), and what happened is said in `Checked.notice`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .codec import read_all
from .errors import WorkshopFileError
from .migrations import migrate
from .recovery import (
    JOURNAL_NOTICE,
    WAL_NOTICE,
    hot_journal,
    live_writer,
    pending_wal,
    recovered_copy,
    side_file,
)
from .schema import SCHEMA_VERSION
from .untrusted import (
    check_connection,
    connect_readonly,
    damaged,
    harden,
    not_utf8,
    read_header,
    regular_file,
)
from .verified import Fingerprint, known, remember

Identity = tuple[int, ...]


def identity(path: Path) -> Identity | None:
    """(inode, size, mtime) of the file and of its -wal and -journal: what changes when it is
    written, so a file replaced or written between two looks is noticed."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    found: list[int] = [st.st_ino, st.st_size, st.st_mtime_ns]
    for suffix in ("-wal", "-journal"):
        try:
            side = os.stat(side_file(path, suffix))
            found += [side.st_ino, side.st_size, side.st_mtime_ns]
        except (OSError, RuntimeError):
            found += [-1, -1, -1]
    return tuple(found)


@dataclass
class Checked:
    """A file that passed every check: a read-only connection to it (or to its recovered or
    migrated copy in memory, always of the current schema), its version as found, and the
    records once read. Close it (or use it as a context manager) when done."""

    path: Path
    version: int
    conn: sqlite3.Connection
    identity: Identity | None
    #: (English, Danish): what was done to read it (a -wal or journal played back on a copy).
    notice: tuple[str, str] | None = None
    #: Whether `conn` is a private copy (recovered or migrated), not the file itself.
    copy: bool = False
    _records: tuple[Any, list[Any], list[Any]] | None = field(default=None, repr=False)

    def records(self) -> tuple[Any, list[Any], list[Any]]:
        """(info, terms, records), read once (typed errors for text that is not UTF-8)."""
        if self._records is None:
            try:
                self._records = read_all(self.conn, check=False)
            except UnicodeError:
                raise not_utf8(self.path) from None
        return self._records

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Checked:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_checked(path: Path, thorough: bool = True) -> tuple[sqlite3.Connection, int,
                                                                tuple[str, str] | None]:
    """Every check on the file as SQLite would see it: (read-only connection, version as
    found, notice). A side file to play back is played back on a private copy first."""
    regular_file(path)
    notice: tuple[str, str] | None = None
    seen: Fingerprint | None = None
    trusted = False
    if hot_journal(path):
        conn, version = recovered_copy(path, "-journal")
        notice = JOURNAL_NOTICE
    elif pending_wal(path):
        conn, version = recovered_copy(path, "-wal")
        notice = WAL_NOTICE
    else:
        live = side_file(path, "-wal").exists() and live_writer(path)
        version, wal = read_header(path, wal_beside=live)
        # These very bytes passed every check before? Then the rows are not checked again
        # (verified.py); a file changed since, by one byte, is checked in full.
        seen = Fingerprint.of(path, version) if thorough else None
        trusted = seen is not None and known(seen)
        conn = connect_readonly(path, wal, live=live)
    try:
        check_connection(conn, path, version, thorough, rows=not trusted)
        if seen is not None and seen.unchanged(path):
            if not trusted:
                remember(seen)
        elif trusted:  # written between the look-up and the open: check it in full
            check_connection(conn, path, version, thorough)
    except BaseException:
        conn.close()
        raise
    if notice is not None:
        notice = (notice[0].format(name=path.name), notice[1].format(name=path.name))
    return conn, version, notice


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An in-memory copy of an older file, migrated (the file itself is kept as it is)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(memory)
        harden(memory)
        migrate(memory, version)
        memory.execute("PRAGMA query_only = ON")
    except BaseException:
        memory.close()
        raise
    return memory


def validate(path: str | os.PathLike[str], *, read: bool = True) -> Checked:
    """Run every check once; with `read`, also read every record (so text that is not UTF-8
    is refused by `check` exactly as by opening). Raises a typed WorkshopFileError."""
    path = Path(path)
    before = identity(path)
    conn, version, notice = open_checked(path)
    copy = notice is not None
    try:
        if version < SCHEMA_VERSION:
            migrated = _migrated_copy(conn, version)
            conn.close()
            conn, copy = migrated, True
        checked = Checked(path, version, conn, before, notice, copy)
        if read:
            checked.records()
    except WorkshopFileError:
        conn.close()
        raise
    except (sqlite3.Error, UnicodeError) as exc:
        conn.close()
        if isinstance(exc, UnicodeError):
            raise not_utf8(path) from None
        raise damaged(path, "its contents fail SQLite's integrity check",
                      "dens indhold fejler SQLites integritetstjek") from None
    except BaseException:
        conn.close()
        raise
    return checked


@contextmanager
def checked_connection(path: str | os.PathLike[str]) -> Iterator[sqlite3.Connection]:
    """A read-only, query-only connection to an untrusted file after every check (no lock,
    closed on leaving; an older file migrated in a memory copy, so the tables are always
    those of the current schema). The records are not read: the caller reads what it needs
    and decodes every text value it takes (consolidation does)."""
    with validate(path, read=False) as checked:
        yield checked.conn


def read_records(path: str | os.PathLike[str]) -> tuple[Any, list[Any], list[Any]]:
    """(info, terms, records) of an untrusted file after every check: what `read_workshop`
    reads, for bulk readers that need no `Workshop` around them."""
    with validate(path) as checked:
        return checked.records()
