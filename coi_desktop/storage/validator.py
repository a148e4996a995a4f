"""The one validator of an untrusted `.coi` file, used by `check`, every open and consolidation.

`validate(path)` runs every check once (see `untrusted.py`: regular file, header, hardened
read-only connection, integrity, schema, duplicate ids, value types, rules and bounds), reads
the records (text that is not UTF-8 is refused here) and hands the result on as a `Checked`:
the store builds the workshop from those records, `check` only asks whether it succeeded, and
consolidation reads the checked connection. Nothing is ever written to the file while it is
validated; a -wal or hot journal left beside it is played back on a private copy only
(`recovery.py`), and what happened is said in `Checked.notice`.

A plain file of today's schema never seen before (of `TWO_THREADS_FROM` bytes or more) is
read while its pages and rows are checked on a second thread and connection
(`_read_while_checking`; SQLite releases the GIL while it works): the open costs about the
longer of the two instead of their sum. Nothing read is handed on before every check has
passed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

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
    Checks,
    check_connection,
    check_parts,
    check_schema,
    connect_readonly,
    failed_integrity,
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


Records = tuple[Any, list[Any], list[Any]]

#: File size (bytes) from which a first open reads beside a second thread's checks
#: (`_read_while_checking`). Below it the thread and its connection cost more than they save
#: (first open, median of 25: 200 cards, 290 KB, 6.0 ms one thread, 7.5 ms two; 500 cards,
#: 460 KB, 10.7 and 9.8 ms; 1,000 cards, 760 KB, 18.8 and 14.1 ms).
TWO_THREADS_FROM = 384 * 1024


def open_checked(path: Path, thorough: bool = True) -> tuple[sqlite3.Connection, int,
                                                                tuple[str, str] | None]:
    """Every check on the file as SQLite would see it: (read-only connection, version as
    found, notice). A side file to play back is played back on a private copy first."""
    conn, version, notice, _ = _open(path, thorough, read=False)
    return conn, version, notice


def _open(path: Path, thorough: bool, read: bool) -> tuple[sqlite3.Connection, int,
                                                          tuple[str, str] | None,
                                                          Records | None]:
    """`open_checked`, and with `read` the records too when they were read while the rows
    were checked (a plain file of today's schema never seen before: `_read_while_checking`)."""
    regular_file(path)
    notice: tuple[str, str] | None = None
    seen: Fingerprint | None = None
    trusted = False
    records: Records | None = None
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
        if (read and seen is not None and not trusted and version == SCHEMA_VERSION
                and seen.size >= TWO_THREADS_FROM):
            try:
                records = _read_while_checking(conn, path, version, wal)
            except BaseException as exc:
                conn.close()
                _raise_as_file_error(path, exc)
            if seen.unchanged(path):
                remember(seen)
                return conn, version, None, records
            records = None  # written meanwhile: checked in full again below, then read again
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
    return conn, version, notice, records


class _Helper(threading.Thread):
    """Takes parts of a file's checks (`Checks`) on a connection of its own while the
    caller reads the records: SQLite releases the GIL while it works, so on two cores the
    checks cost the open little more than the read."""

    def __init__(self, checks: Checks, path: Path, wal: bool) -> None:
        super().__init__(name="coi-file-checks", daemon=True)
        self.checks, self.path, self.wal = checks, path, wal

    def run(self) -> None:
        try:
            conn = connect_readonly(self.path, self.wal)
            try:
                self.checks.work(conn, self.path)
            finally:
                conn.close()
        except BaseException as exc:  # reported by the reading thread's `finish`
            self.checks.fail(exc)


def _read_while_checking(conn: sqlite3.Connection, path: Path, version: int,
                         wal: bool) -> Records:
    """Read every record on `conn` while another thread runs the checks on its own
    connection (`_Helper`); once the records are read, this thread takes the checks still
    left. Nothing read is handed on unless every check passed; a check that fails is what
    is raised, as in the step-by-step order.

    Before anything is read the schema must be exactly ours (`check_schema`), so the reading
    only ever selects from our own tables. In a rollback-journal file `conn` holds its read
    lock from before the checks start until they end, so both see the same bytes (a writer
    cannot commit meanwhile); a WAL-mode file is read as immutable, and the caller checks
    in full again if its stamp changed meanwhile."""
    check_schema(conn, path, version)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the read lock
    checks = Checks(check_parts(path, version))
    helper = _Helper(checks, path, wal)
    helper.start()
    failed: BaseException | None = None
    records: Records | None = None
    try:
        try:
            records = read_all(conn, check=False)
        except Exception as exc:  # raised below, only if every check passed
            failed = exc
        checks.work(conn, path)
    finally:
        helper.join()
    checks.finish(conn, path, version)
    conn.execute("COMMIT")
    if failed is not None:
        raise failed
    assert records is not None
    return records


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
    conn, version, notice, records = _open(path, True, read)
    copy = notice is not None
    try:
        if version < SCHEMA_VERSION:
            migrated = _migrated_copy(conn, version)
            conn.close()
            conn, copy = migrated, True
        checked = Checked(path, version, conn, before, notice, copy, records)
        if read:
            checked.records()
    except BaseException as exc:
        conn.close()
        _raise_as_file_error(path, exc)
    return checked


def _raise_as_file_error(path: Path, exc: BaseException) -> NoReturn:
    """Re-raise what reading a checked file raised, SQLite's and decoding errors as ours."""
    if isinstance(exc, UnicodeError):
        raise not_utf8(path) from None
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, WorkshopFileError):
        raise failed_integrity(path) from None
    raise exc


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
