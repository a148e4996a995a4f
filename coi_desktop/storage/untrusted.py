"""Opening a `.coi` file from someone else without trusting it (FIELD-NOTES, "Workshop files").

Order of checks: the path must be a regular file (a FIFO, socket, device or folder is refused
before anything opens it); the 100-byte header is read with plain file I/O before SQLite
touches the file (SQLite magic, our application_id at offset 68, a known user_version at
offset 60, a database size that fits the file); then a read-only connection (`mode=ro`, or
`immutable=1` for a file whose header says WAL and that no live writer holds, so SQLite
creates no `-wal`/`-shm`) with
`trusted_schema=OFF`, `cell_size_check=ON`, `mmap_size=0`, `query_only=ON`; `integrity_check`;
a schema that holds exactly our tables and indexes (no views, no triggers, no CHECKs); no two
records with one id; value types and rules (`rules.py`, bounds included). Nothing stored in
the file's schema is executed. Every failure is a typed error. `validate.py` runs them once
per open, together with reading the records (text that is not UTF-8 is refused there).
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .codec import check_values
from .errors import (
    DamagedFileError,
    NewerVersionError,
    NotAWorkshopFileError,
    UnreadableFileError,
    WorkshopFileError,
)
from .rules import broken_rule, clean_queries, duplicate_ids
from .schema import (
    APPLICATION_ID,
    OLDEST_VERSION,
    SCHEMA_VERSION,
    expected_structure,
    read_structure,
)

MAGIC = b"SQLite format 3\x00"


def unreadable(path: Path, reason: str = "", reason_da: str = "") -> UnreadableFileError:
    why = f" ({reason})" if reason else ""
    why_da = f" ({reason_da or reason})" if reason else ""
    return UnreadableFileError(f"The file {path.name} could not be read{why}.",
                               f"Filen {path.name} kunne ikke læses{why_da}.")


def not_a_workshop(path: Path) -> NotAWorkshopFileError:
    return NotAWorkshopFileError(f"{path.name} is not a COI Desktop workshop file.",
                                 f"{path.name} er ikke en workshopfil fra COI Desktop.")


def damaged(path: Path, what: str = "", what_da: str = "") -> DamagedFileError:
    en = f": {what}" if what else ""
    da = f": {what_da or what}" if what else ""
    return DamagedFileError(f"The workshop file {path.name} is damaged{en}.",
                            f"Workshopfilen {path.name} er beskadiget{da}.")


def newer(path: Path, version: int) -> NewerVersionError:
    return NewerVersionError(
        f"{path.name} was made by a newer version of COI Desktop (file format {version}); "
        "please update COI Desktop to open it.",
        f"{path.name} er lavet af en nyere version af COI Desktop (filformat {version}); "
        "opdater COI Desktop for at åbne den.")


#: What a path that is not a regular file is, by `stat` file type: (English, Danish).
_NOT_A_FILE = {
    stat.S_IFDIR: ("it is a folder", "det er en mappe"),
    stat.S_IFIFO: ("it is a pipe (FIFO), not a file", "det er et rør (FIFO), ikke en fil"),
    stat.S_IFSOCK: ("it is a socket, not a file", "det er en sokkel, ikke en fil"),
    stat.S_IFCHR: ("it is a device, not a file", "det er en enhed, ikke en fil"),
    stat.S_IFBLK: ("it is a device, not a file", "det er en enhed, ikke en fil"),
}


def _not_regular(path: Path, mode: int) -> UnreadableFileError:
    en, da = _NOT_A_FILE.get(stat.S_IFMT(mode), ("it is not a regular file",
                                                  "det er ikke en almindelig fil"))
    return unreadable(path, en, da)


def regular_file(path: Path) -> os.stat_result:
    """`path`'s status if it is a regular file (symlinks followed); else UnreadableFileError
    at once, before anything opens it: a FIFO would block a reader forever, a device or a
    folder named x.coi is not a workshop, a symlink loop has no end."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise unreadable(path, "it does not exist", "den findes ikke") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise unreadable(path, "it is a symbolic link that leads round in a circle",
                             "det er et symbolsk link, der fører i ring") from None
        raise unreadable(path, exc.strerror or "") from None
    except ValueError:  # a NUL character in the name
        raise unreadable(path, "its name is not valid", "dens navn er ugyldigt") from None
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(path, st.st_mode)
    return st


@dataclass(frozen=True)
class FileKind:
    """What the header of one kind of COI Desktop file must say, and how its refusals read
    (workshop files here; the library file declares its own)."""

    application_id: int
    oldest: int
    newest: int
    not_ours: Callable[[Path], WorkshopFileError]
    newer: Callable[[Path, int], WorkshopFileError]
    damaged: Callable[[Path, str, str], WorkshopFileError]


WORKSHOP = FileKind(APPLICATION_ID, OLDEST_VERSION, SCHEMA_VERSION, not_a_workshop, newer,
                    damaged)


def read_header(path: Path, wal_beside: bool = False,
                kind: FileKind = WORKSHOP) -> tuple[int, bool]:
    """Check the first 100 bytes of a file of `kind`; returns (user_version, header says WAL).

    With `wal_beside` (a live writer's -wal) the file may be shorter than its header says:
    the pages are in the WAL, so "cut short" is not concluded from the size.
    """
    regular_file(path)
    try:
        # O_NONBLOCK: if a FIFO was swapped in after the check above, opening it must not wait
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise _not_regular(path, st.st_mode)
            header = os.pread(fd, 100, 0)
            size = st.st_size
        finally:
            os.close(fd)
    except WorkshopFileError:
        raise
    except FileNotFoundError:
        raise unreadable(path, "it does not exist", "den findes ikke") from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or "") from None
    if len(header) < 100 or header[:16] != MAGIC:
        raise kind.not_ours(path)
    (app_id,) = struct.unpack(">I", header[68:72])
    (version,) = struct.unpack(">I", header[60:64])
    if app_id != kind.application_id:
        raise kind.not_ours(path)
    if version > kind.newest:
        raise kind.newer(path, version)
    if version < kind.oldest:
        raise kind.damaged(path, "its format version is unknown", "dens formatversion er ukendt")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise kind.damaged(path, "its header is invalid", "dens hoved er ugyldigt")
    (counter, pages, valid_for) = (struct.unpack(">I", header[24:28])[0],
                                   struct.unpack(">I", header[28:32])[0],
                                   struct.unpack(">I", header[92:96])[0])
    if size % page_size or (pages and counter == valid_for and pages * page_size > size
                            and not wal_beside):
        raise kind.damaged(path, "it is cut short", "den er afkortet")
    return version, header[18] == 2 or header[19] == 2


def connect_readonly(path: Path, wal: bool, live: bool = False) -> sqlite3.Connection:
    """A hardened read-only connection that creates no file beside `path`.

    A file whose header says WAL is read as immutable (SQLite then touches no -wal or -shm)
    unless a `live` writer has it open: then its WAL is current and read through SQLite's
    shared memory. (A -wal left without a writer is read on a private copy: `recovery`.)
    """
    resolved = path.resolve()
    mode = "immutable=1" if wal and not live else "mode=ro"
    try:
        conn = _connect(f"{resolved.as_uri()}?{mode}")  # as_uri: %-escapes ?, #, spaces
    except sqlite3.Error as exc:
        raise unreadable(path, str(exc)) from None
    harden(conn)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _connect(uri: str) -> sqlite3.Connection:
    """The one place read-only connections are made (tests wrap it to watch them)."""
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def harden(conn: sqlite3.Connection) -> None:
    """Settings that keep a hostile schema from doing anything (SQLite's security page)."""
    setconfig = getattr(conn, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:  # Python 3.12+
        setconfig(defensive, True)
    for pragma in ("trusted_schema = OFF", "cell_size_check = ON", "mmap_size = 0"):
        conn.execute(f"PRAGMA {pragma}")


_CHECK = re.compile(r"\b(CHECK|GENERATED|AS)\s*\(", re.IGNORECASE)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\[[^\]]*\]")


#: sqlite_master in a canonical order (whatever the rows hold: ORDER BY every column).
MASTER = ("SELECT type, name, tbl_name, sql FROM sqlite_master "
          "ORDER BY type, name, tbl_name, sql")

#: sqlite_master contents (type, name, table, SQL text) already found to be exactly our
#: schema, per version. The schema SQLite uses is parsed from that text alone, so a file whose
#: sqlite_master rows are identical has the identical structure: the PRAGMA walk of
#: `read_structure` need not run again for it (it costs more than the rest of the checks).
_VERIFIED: set[tuple[int, tuple[tuple[object, ...], ...]]] = set()


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """The schema must be exactly ours for `version`: no CHECKs, views, triggers, extras."""
    rows = conn.execute(MASTER).fetchall()
    master = (version, tuple(rows))  # values as stored, none coerced, in SQLite's order
    if master in _VERIFIED:
        return
    actual = read_structure(conn)
    sqls = [s for (_, _, _, s) in rows if s is not None]
    if any(_CHECK.search(_QUOTED.sub("", s)) for s in sqls):
        raise damaged(path, "it holds rules COI Desktop did not write",
                      "den indeholder regler, COI Desktop ikke har skrevet")
    if actual != expected_structure(version):
        raise damaged(path, "it holds tables or objects COI Desktop did not write",
                      "den indeholder tabeller eller objekter, COI Desktop ikke har skrevet")
    if len(_VERIFIED) >= 32:
        _VERIFIED.clear()
    _VERIFIED.add(master)


#: One check of an open connection; raises when the file fails it.
Part = Callable[[sqlite3.Connection], None]


class _NotClean(Exception):
    """A table holds a value of the wrong type or breaks a rule (`_unclean` names it)."""


def check_connection(conn: sqlite3.Connection, path: Path, version: int,
                     thorough: bool = True, rows: bool = True) -> None:
    """integrity_check (quick_check only when not `thorough`: it misses damage that shows when
    pages are written, and duplicates in an index), then the schema must be ours, and so on.
    Every caller (check, open, consolidation) uses the same checks, so they agree. Without
    `rows` (these very bytes passed before: `verified.py`) only the schema, application id
    and version are compared; the checks of pages and rows are what it skips."""
    checks = Checks(check_parts(path, version, thorough, rows))
    checks.work(conn, path)
    checks.finish(conn, path, version)


def check_parts(path: Path, version: int, thorough: bool = True,
                rows: bool = True) -> list[Part]:
    """`check_connection`'s checks as separate parts, in the order their failures are
    reported; each may run on its own connection to the same bytes (`Checks`)."""
    parts: list[Part] = []
    if rows:
        pragma = "integrity_check" if thorough else "quick_check"

        def pages(conn: sqlite3.Connection) -> None:
            if [tuple(r) for r in conn.execute(f"PRAGMA {pragma}")] != [("ok",)]:
                raise failed_integrity(path)

        parts.append(pages)
    parts.append(lambda conn: check_schema(conn, path, version))
    if rows:
        parts += _row_parts(path, version)

    def ours(conn: sqlite3.Connection) -> None:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        (file_version,) = conn.execute("PRAGMA user_version").fetchone()
        if app_id != APPLICATION_ID or file_version != version:
            raise not_a_workshop(path)

    parts.append(ours)
    return parts


def _row_parts(path: Path, version: int) -> list[Part]:
    """Unique ids, every value's type and every rule (a scan per table), every reference."""

    def unique(conn: sqlite3.Connection) -> None:
        table = duplicate_ids(conn)
        if table is not None:
            raise damaged(path, f"the table {table} holds two records with the same id",
                          f"tabellen {table} indeholder to poster med samme id")

    def clean(query: str) -> Part:
        def scan(conn: sqlite3.Connection) -> None:
            try:
                if conn.execute(query).fetchone()[0]:
                    raise _NotClean
            except sqlite3.Error:
                raise _NotClean from None
        return scan

    def references(conn: sqlite3.Connection) -> None:
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise damaged(path, "records point at records that are missing",
                          "poster peger på poster, der mangler")

    return [unique, *(clean(q) for q in clean_queries(version)),
            clean('SELECT count(*) != 1 FROM "workshop"'), references]


def failed_integrity(path: Path) -> DamagedFileError:
    """The sentence for a file SQLite itself finds damaged (its checks, or an error reading)."""
    return damaged(path, "its contents fail SQLite's integrity check",
                   "dens indhold fejler SQLites integritetstjek")


class Checks:
    """The parts of a file's checks, shared by the threads that run them: each `work(conn)`
    takes the next part not yet taken until none is left, so a thread that finished its
    other work (reading the records) helps with the rest. `finish` raises what the
    step-by-step order would have raised: the failure of the earliest part that failed."""

    def __init__(self, parts: list[Part]) -> None:
        self.parts = parts
        self._next = 0
        #: Parts after this one need not run: it failed with a sentence of its own.
        self._last = len(parts) - 1
        self._lock = threading.Lock()
        self.failed: dict[int, BaseException] = {}

    def work(self, conn: sqlite3.Connection, path: Path) -> None:
        while True:
            with self._lock:
                index = self._next
                if index > self._last:
                    return
                self._next += 1
            error = _run(self.parts[index], conn, path)
            if error is not None:
                with self._lock:
                    self.failed[index] = error
                    if not isinstance(error, _NotClean):
                        self._last = min(self._last, index)

    def fail(self, error: BaseException) -> None:
        """A thread could not take part (its connection did not open): reported first."""
        with self._lock:
            self.failed[-1] = error

    def finish(self, conn: sqlite3.Connection, path: Path, version: int) -> None:
        for index in sorted(self.failed):
            error = self.failed[index]
            if isinstance(error, _NotClean):
                named = _run(lambda c: _unclean(c, path, version), conn, path)
                if named is None:  # nothing to name: the later parts decide
                    continue
                error = named
            raise error


def _run(part: Part, conn: sqlite3.Connection, path: Path) -> BaseException | None:
    """What running `part` raised, as the user's error (None when it passed)."""
    try:
        part(conn)
    except (WorkshopFileError, _NotClean) as exc:
        return exc
    except UnicodeError:  # an error message quoting text that is not UTF-8
        return not_utf8(path)
    except sqlite3.DatabaseError:
        return failed_integrity(path)
    return None


def _unclean(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Name the table of a value of the wrong type or a broken rule (the fast scans only
    said there is one); returns when neither is found."""
    table = check_values(conn, version)
    if table == "workshop":
        raise damaged(path, "it must hold exactly one workshop",
                      "den skal indeholde præcis én workshop")
    if table is not None:
        raise damaged(path, f"the table {table} holds values of the wrong kind",
                      f"tabellen {table} indeholder værdier af forkert type")
    table = broken_rule(conn, version)
    if table is not None:
        raise damaged(path, f"the table {table} holds values COI Desktop does not write",
                      f"tabellen {table} indeholder værdier, COI Desktop ikke skriver")


def not_utf8(path: Path, table: str = "") -> DamagedFileError:
    where, where_da = (f"the table {table}", f"tabellen {table}") if table else ("it", "den")
    return damaged(path, f"{where} holds text that is not valid UTF-8",
                   f"{where_da} indeholder tekst, der ikke er gyldig UTF-8")
