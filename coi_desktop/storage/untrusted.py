"""Opening a `.coi` file from someone else without trusting it (FIELD-NOTES, "Workshop files").

Order of checks: the 100-byte header is read with plain file I/O before SQLite touches the file
(SQLite magic, our application_id at offset 68, a known user_version at offset 60, a database
size that fits the file); then a read-only connection (`mode=ro`, or `immutable=1` for a file
whose header says WAL but has no `-wal` beside it, so SQLite creates no `-wal`/`-shm`) with
`trusted_schema=OFF`, `cell_size_check=ON`, `mmap_size=0`, `query_only=ON`; `quick_check`;
and a schema that holds exactly our tables and indexes (no views, no triggers, no CHECKs).
Nothing stored in the file's schema is executed. Every failure is a typed error.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .codec import check_values, read_all
from .errors import (
    DamagedFileError,
    NewerVersionError,
    NotAWorkshopFileError,
    UnreadableFileError,
    WorkshopFileError,
)
from .migrations import migrate
from .rules import all_clean, broken_rule
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


def read_header(path: Path) -> tuple[int, bool]:
    """Check the first 100 bytes; returns (user_version, header says WAL)."""
    try:
        if path.is_dir():
            raise unreadable(path, "it is a folder", "det er en mappe")
        with open(path, "rb") as f:
            header = f.read(100)
            size = os.fstat(f.fileno()).st_size
    except WorkshopFileError:
        raise
    except FileNotFoundError:
        raise unreadable(path, "it does not exist", "den findes ikke") from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or "") from None
    if len(header) < 100 or header[:16] != MAGIC:
        raise not_a_workshop(path)
    (app_id,) = struct.unpack(">I", header[68:72])
    (version,) = struct.unpack(">I", header[60:64])
    if app_id != APPLICATION_ID:
        raise not_a_workshop(path)
    if version > SCHEMA_VERSION:
        raise newer(path, version)
    if version < OLDEST_VERSION:
        raise damaged(path, "its format version is unknown", "dens formatversion er ukendt")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(path, "its header is invalid", "dens hoved er ugyldigt")
    (counter, pages, valid_for) = (struct.unpack(">I", header[24:28])[0],
                                   struct.unpack(">I", header[28:32])[0],
                                   struct.unpack(">I", header[92:96])[0])
    if size % page_size or (pages and counter == valid_for and pages * page_size > size):
        raise damaged(path, "it is cut short", "den er afkortet")
    return version, header[18] == 2 or header[19] == 2


def connect_readonly(path: Path, wal: bool) -> sqlite3.Connection:
    """A hardened read-only connection that creates no file beside `path`."""
    resolved = path.resolve()
    has_wal = Path(f"{resolved}-wal").exists()
    mode = "immutable=1" if wal and not has_wal else "mode=ro"
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


def check_connection(conn: sqlite3.Connection, path: Path, version: int,
                     thorough: bool = False) -> None:
    """quick_check (integrity_check when `thorough`: before writing, since quick_check
    misses damage that only shows when pages are written), then the schema must be ours."""
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        if [tuple(r) for r in conn.execute(f"PRAGMA {pragma}")] != [("ok",)]:
            raise damaged(path, "its contents fail SQLite's integrity check",
                          "dens indhold fejler SQLites integritetstjek")
        check_schema(conn, path, version)
        if not all_clean(conn, version):  # a fast pass; the checks below name the table
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
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise damaged(path, "records point at records that are missing",
                          "poster peger på poster, der mangler")
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        (file_version,) = conn.execute("PRAGMA user_version").fetchone()
        if app_id != APPLICATION_ID or file_version != version:
            raise not_a_workshop(path)
    except WorkshopFileError:
        raise
    except sqlite3.DatabaseError:
        raise damaged(path, "its contents fail SQLite's integrity check",
                      "dens indhold fejler SQLites integritetstjek") from None


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def hot_journal(path: Path) -> bool:
    """Whether a rollback journal beside `path` still has to be played back (a writer died
    in the middle of a rollback-journal transaction, e.g. while switching journal modes)."""
    try:
        with open(f"{path.resolve()}-journal", "rb") as f:
            return f.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def _recovered_copy(path: Path) -> tuple[sqlite3.Connection, int]:
    """The file as SQLite will see it once its hot journal is played back, built from copies
    in a private temp folder, in memory: the file itself and its journal stay untouched."""
    with tempfile.TemporaryDirectory(prefix="coi-recover-") as folder:
        copy = Path(folder) / "copy.coi"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(f"{path.resolve()}-journal", f"{copy}-journal")
        except OSError as exc:
            raise unreadable(path, exc.strerror or "") from None
        try:
            rw = sqlite3.connect(copy, isolation_level=None)
            try:
                harden(rw)
                rw.execute("PRAGMA schema_version").fetchone()  # plays the journal back
            finally:
                rw.close()
        except sqlite3.DatabaseError:
            raise damaged(path, "its contents fail SQLite's integrity check",
                          "dens indhold fejler SQLites integritetstjek") from None
        version, _ = read_header(copy)
        source = connect_readonly(copy, False)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            source.backup(memory)
        finally:
            source.close()
    harden(memory)
    memory.execute("PRAGMA query_only = ON")
    return memory, version


def open_checked(path: Path, thorough: bool = False) -> tuple[sqlite3.Connection, int]:
    """Run every open-time check; returns a read-only connection and the file's version.

    With a hot journal beside the file the checks run on a recovered in-memory copy (the
    connection returned is that copy); `store` plays the journal back on the real file only
    after the copy passed and it holds the writer lock.
    """
    version, wal = read_header(path)
    if hot_journal(path):
        conn, version = _recovered_copy(path)
    else:
        conn = connect_readonly(path, wal)
    try:
        check_connection(conn, path, version, thorough)
    except BaseException:
        conn.close()
        raise
    return conn, version


@contextmanager
def checked_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to an untrusted file after every check of `open_checked`: read-only and
    query-only, no lock, closed on leaving; an older file is migrated in a memory copy only,
    so the tables are always those of the current schema."""
    conn, version = open_checked(path)
    try:
        if version < SCHEMA_VERSION:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            try:
                conn.backup(memory)
                harden(memory)
                migrate(memory, version)
                memory.execute("PRAGMA query_only = ON")
            except BaseException:
                memory.close()
                raise
            conn.close()
            conn = memory
        yield conn
    finally:
        conn.close()


def read_records(path: Path) -> tuple[Any, list[Any], list[Any]]:
    """(info, terms, records) of an untrusted file, after every check of `open_checked`,
    read-only with no lock (an older file is migrated in a memory copy only): what
    `store.read_workshop` reads, for bulk readers that need no `Workshop` around them."""
    with checked_connection(path) as conn:
        return read_all(conn, check=False)
