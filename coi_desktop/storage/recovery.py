"""Files beside a workshop file that SQLite still has to play back, read on a private copy.

A writer that died (or whose disk filled up) leaves either a hot rollback journal
(`<file>-journal`, whose transaction must be rolled back) or a `<file>-wal` holding committed
transactions not yet copied into the file. In the second case the file alone may look cut
short (its header counts pages that were never written), although every change is there once
SQLite reads the WAL. Neither side file is ever played back on the file before it passed every
check: the file and its side file are copied into a private temporary folder, SQLite recovers
the copy, and the checks run on that copy (held in memory). The file, its side files and its
folder stay byte for byte as they were, so this works in a read-only or full folder too.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from .lock import holder_of
from .untrusted import connect_readonly, failed_integrity, harden, read_header, unreadable

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

#: What happened, when a side file was read: (English, Danish) sentences for the user.
WAL_NOTICE = (
    "{name} had changes that were not yet written into it (in {name}-wal, left by a full disk "
    "or a crash); they were read from there and nothing is lost.",
    "{name} havde ændringer, der endnu ikke var skrevet ind i den (i {name}-wal, efterladt af en "
    "fuld disk eller et nedbrud); de blev læst derfra, og intet er tabt.")
JOURNAL_NOTICE = (
    "{name} was left in the middle of a change (in {name}-journal); the unfinished change was "
    "rolled back.",
    "{name} blev efterladt midt i en ændring (i {name}-journal); den ufærdige ændring blev "
    "rullet tilbage.")


def side_file(path: Path, suffix: str) -> Path:
    """`<file>-wal` or `<file>-journal` beside the real file (through symlinks, as SQLite)."""
    return Path(f"{path.resolve()}{suffix}")


def hot_journal(path: Path) -> bool:
    """Whether a rollback journal beside `path` still has to be played back (a writer died
    in the middle of a rollback-journal transaction, e.g. while switching journal modes)."""
    journal = side_file(path, "-journal")
    try:
        if not stat.S_ISREG(os.stat(journal).st_mode):
            return False
        fd = os.open(journal, os.O_RDONLY | os.O_NONBLOCK)
        try:
            return os.read(fd, 8) == JOURNAL_MAGIC
        finally:
            os.close(fd)
    except OSError:
        return False


def pending_wal(path: Path) -> bool:
    """Whether a non-empty `-wal` lies beside `path` with no live writer: committed changes
    that only SQLite's recovery brings into the file (a live writer keeps its WAL current)."""
    try:
        st = os.stat(side_file(path, "-wal"))
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size > 0 and holder_of(path) is None


def live_writer(path: Path) -> bool:
    return holder_of(path) is not None


def recovered_copy(path: Path, suffix: str) -> tuple[sqlite3.Connection, int]:
    """The file as SQLite sees it once its `suffix` side file is played back, built from copies
    in a private temp folder and returned as a read-only in-memory database with its version."""
    with tempfile.TemporaryDirectory(prefix="coi-recover-") as folder:
        copy = Path(folder) / "copy.coi"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(side_file(path, suffix), f"{copy}{suffix}")
        except OSError as exc:
            raise unreadable(path, exc.strerror or "") from None
        try:
            rw = sqlite3.connect(copy, isolation_level=None)
            try:
                harden(rw)
                rw.execute("PRAGMA schema_version").fetchone()  # plays the side file back
                if suffix == "-wal":
                    rw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    rw.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                rw.close()
        except sqlite3.DatabaseError:
            raise failed_integrity(path) from None
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


def play_back(path: Path) -> None:
    """Let SQLite play back the side file on the real file (the caller holds the writer lock
    and the recovered copy passed every check)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        harden(conn)
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()
