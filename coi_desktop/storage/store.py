"""The write-through store: a `.coi` file kept in step with a `Workshop`, change by change.

`open_workshop` checks the file as untrusted, takes the single-writer lock, migrates an older
file (after a backup copy), loads the workshop and subscribes to it: every `Change` becomes one
transaction (upserts in order, then deletes in order; see `writer.py`). The file runs in WAL
mode with `synchronous=NORMAL` while open; `close()` checkpoints and returns it to a single
self-contained file. There is no unsaved state. A change that cannot be written raises
`WriteError` out of the mutation (the model keeps it; the file keeps its last good state).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from ..models.events import Change
from ..models.workshop import Workshop
from . import copies
from .codec import insert_all
from .errors import WorkshopFileError, WriteError
from .lock import WriterLock, holder_of
from .migrations import migrate
from .private import clean_leftovers
from .recovery import hot_journal, play_back
from .schema import SCHEMA_VERSION, TABLES, create_schema
from .untrusted import harden, unreadable
from .validator import Checked, identity, open_checked, validate
from .verified import remember_file
from .writer import ChangeWriter


def _changed_elsewhere(path: Path) -> WriteError:
    return WriteError(
        f"{path.name} was changed by another program while it was open here; the change was "
        "not saved, so nothing of theirs is overwritten. Close and reopen the workshop.",
        f"{path.name} blev ændret af et andet program, mens den var åben her; ændringen blev "
        "ikke gemt, så intet af deres overskrives. Luk og genåbn workshoppen.")


def _write_failed(path: Path, exc: BaseException) -> WriteError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return WriteError(f"The change could not be saved in {path.name} ({reason}).",
                      f"Ændringen kunne ikke gemmes i {path.name} ({reason}).")


def _load(checked: Checked) -> Workshop:
    """Build the workshop from the records `validate` read and checked (read once)."""
    info, terms, records = checked.records()
    return Workshop.from_records(info, terms, records)


class WorkshopFile:
    """An open workshop file; use as a context manager or call `close()`."""

    def __init__(self, path: Path, workshop: Workshop, readonly: bool, schema_version: int,
                 conn: sqlite3.Connection | None, lock: WriterLock | None,
                 snapshot_dir: Path | None,
                 notice: tuple[str, str] | None = None) -> None:
        self.path = path
        #: (English, Danish) sentence on what was done to open it (a -wal left by a full disk
        #: read on a private copy, say), or None: the window shows it once.
        self.notice = notice
        self.workshop = workshop
        self.readonly = readonly
        self.schema_version = schema_version
        self.snapshot_dir = snapshot_dir or copies.default_snapshot_dir()
        self._conn = conn
        self._lock = lock
        self._writer = ChangeWriter(conn) if conn is not None else None
        self._last_snapshot = 0.0  # time.monotonic() of this session's last snapshot
        self._edits = 0  # changes committed since then
        #: Seconds between automatic snapshots taken by the store itself while edits happen,
        #: the first one just before the first edit of the session (so the file as opened is
        #: kept). None (the default): the caller decides, e.g. the GUI calls `maybe_snapshot`
        #: after edits with the user's interval, and the CLI takes none.
        self.auto_snapshot_s: float | None = None
        #: `PRAGMA data_version` as last seen: another program's commit changes it. One
        #: cursor kept for it: a fresh cursor per edit doubled the check's cost.
        self._version_cursor = conn.cursor() if conn is not None else None
        self._data_version = self._current_version()
        if conn is not None:
            workshop.subscribe(self._on_change)

    # -- another program changing the file ------------------------------------------------

    def changed_elsewhere(self) -> bool:
        """Whether another program (sqlite3 in a terminal, say) committed a change to the file
        since it was opened or since `acknowledge_change`: SQLite's data_version, one cheap
        PRAGMA, so a window can poll it on a timer (every second or two). Edits are refused
        while it is True, so the other program's change is never overwritten silently."""
        if self._conn is None:
            return False
        try:
            return self._current_version() != self._data_version
        except sqlite3.Error:
            return False

    def _current_version(self) -> int:
        cursor = self._version_cursor
        if cursor is None:
            return 0
        cursor.execute("PRAGMA data_version")
        return int(cursor.fetchone()[0])

    def acknowledge_change(self) -> None:
        """The window warned the user and chose to keep editing on top of the change."""
        if self._conn is not None:
            self._data_version = self._current_version()
            if self._writer is not None:
                self._writer.forget()  # rows it remembers may be stale now

    def keep_this_version(self) -> None:
        """Write the workshop as this app holds it over what another program committed (the
        user chose "Keep my version" after `changed_elsewhere`): one transaction empties the
        tables and writes every record, so the file is the model again and edits are taken.
        Raises WriteError (the file then keeps the other program's version)."""
        conn = self._conn
        if conn is None or self._writer is None:
            return
        ws = self.workshop
        try:
            conn.execute("BEGIN IMMEDIATE")  # nobody else commits until COMMIT
            try:
                conn.execute("PRAGMA defer_foreign_keys = ON")
                for table in reversed(list(TABLES)):
                    conn.execute(f'DELETE FROM "{table}"')
                insert_all(conn, ws.info, ws.terms.values(), ws.records())
                version = self._current_version()
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        except (sqlite3.Error, ValueError, OverflowError, TypeError) as exc:
            raise _write_failed(self.path, exc) from exc
        self._data_version = version
        self._writer.forget()
        self._edits += 1

    def scrub(self) -> None:
        """Rewrite the file without free pages (secure_delete, VACUUM) and empty the -wal,
        so text replaced a moment ago (names removed for privacy) leaves no trace in it."""
        conn = self._conn
        if conn is None:
            return
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise _write_failed(self.path, exc) from exc

    # -- write-through --------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._conn is None or self._writer is None:
            return
        if self.auto_snapshot_s is not None:
            # Before the edit lands, so the first edit of a session keeps the file as opened;
            # a failed snapshot (data folder full, …) must not stop the edit.
            with contextlib.suppress(WorkshopFileError):
                if not self._last_snapshot:
                    self.snapshot_now()
                else:
                    self.maybe_snapshot(self.auto_snapshot_s)
        try:  # changed_elsewhere(), inline: every edit passes here
            elsewhere = self._current_version() != self._data_version
        except sqlite3.Error:
            elsewhere = False
        if elsewhere:
            raise _changed_elsewhere(self.path)
        try:
            self._writer.write(change)
        except (sqlite3.Error, ValueError, OverflowError, TypeError) as exc:
            raise _write_failed(self.path, exc) from exc
        self._edits += 1

    # -- copies ---------------------------------------------------------------------------

    def _source(self) -> tuple[sqlite3.Connection, bool]:
        if self._conn is not None:
            return self._conn, False
        conn, _, _ = open_checked(self.path)
        return conn, True

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent copy of the workshop to `target` (atomic; WriteError on failure)."""
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            return
        holder = holder_of(target)
        if holder is not None:
            raise WriteError(f"{target.name} is open in COI Desktop by {holder}.",
                             f"{target.name} er åben i COI Desktop hos {holder}.")
        source, own = self._source()
        try:
            copies.backup_copy(source, target)
        finally:
            if own:
                source.close()

    def snapshot_now(self) -> Path:
        """Copy the file into the snapshot folder now (rotated: `copies.rotate`)."""
        source, own = self._source()
        try:
            path = copies.take_snapshot(source, self.snapshot_dir, self.workshop.info.title,
                                        self.workshop.info.id)
        finally:
            if own:
                source.close()
        self._last_snapshot = time.monotonic()
        self._edits = 0
        return path

    def maybe_snapshot(self, interval_s: float = 300) -> Path | None:
        """Snapshot if edits were committed since the last snapshot and it is `interval_s`
        seconds old (or none was taken this session); else None. Safe to call on a timer:
        opening a file and not changing it never pushes older snapshots out."""
        if not self._edits:
            return None
        if self._last_snapshot and time.monotonic() - self._last_snapshot < interval_s:
            return None
        return self.snapshot_now()

    # -- closing --------------------------------------------------------------------------

    def close(self) -> None:
        """Stop writing (a snapshot first when edits were made since the last one and
        snapshots are on), checkpoint, leave one self-contained file and release the lock."""
        if self._conn is not None and self._edits and self.auto_snapshot_s is not None:
            with contextlib.suppress(WorkshopFileError):
                self.snapshot_now()
        conn, self._conn = self._conn, None
        self.workshop.unsubscribe(self._on_change)
        try:
            if conn is not None:
                whole = False
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    whole = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
                conn.close()
                if whole:  # one self-contained file, as this program wrote it
                    remember_file(self.path, self.schema_version)
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def closed(self) -> bool:
        return self._conn is None and self._lock is None

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if self._lock is not None or self._conn is not None:
                self.close()


def check_file(path: str | Path) -> tuple[str, str] | None:
    """Run every open-time check on `path` (the very checks opening runs, records read);
    raises a typed WorkshopFileError, never writes. Returns what was done to read it
    ((English, Danish), e.g. a -wal played back on a private copy) or None."""
    with validate(Path(path)) as checked:
        return checked.notice


def read_workshop(path: str | Path) -> Workshop:
    """Load a workshop from an untrusted file, read-only: no lock, nothing written."""
    with validate(Path(path)) as checked:
        return _load(checked)


def _backup_name(path: Path, version: int) -> Path:
    target = path.with_name(f"{path.stem}.v{version}-backup{path.suffix or '.coi'}")
    if target.exists():
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix or '.coi'}")
    return target


def _backup_before_migrating(path: Path, conn: sqlite3.Connection, version: int,
                             snapshot_dir: Path | None) -> None:
    """A copy of the file as it is (`conn`: the file itself, opened by the lock holder)."""
    backup = _backup_name(path, version)
    try:
        copies.exact_copy(conn, path, backup)
    except WriteError:  # folder not writable: keep it with the snapshots
        folder = snapshot_dir or copies.default_snapshot_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        copies.exact_copy(conn, path, folder / backup.name)


def _locked(path: Path, checked: Checked) -> tuple[WriterLock, Checked]:
    """Take the writer lock for a validated file; validate again only if the file (or a side
    file) changed between the check and the lock."""
    if not os.access(path, os.W_OK):
        raise _not_writable(path, "the file is read-only", "filen er skrivebeskyttet")
    lock = WriterLock(path)
    lock.acquire()
    if identity(path) != checked.identity:
        checked.close()
        try:
            checked = validate(path)
        except BaseException:
            lock.release()
            raise
    return lock, checked


def _open_for_writing(path: Path, snapshot_dir: Path | None) -> WorkshopFile:
    checked = validate(path)  # read-only: a refused file is never touched, no lock taken
    try:
        lock, checked = _locked(path, checked)
    except BaseException:
        checked.close()
        raise
    # a copy of this file a killed run left half-written beside it (Save As, migration)
    clean_leftovers([path.parent], prefix=f".{path.name}.")
    try:
        with checked:
            workshop = _load(checked)
            if hot_journal(path):  # its recovered copy passed: now play it back on the file
                play_back(path)
            try:
                conn = sqlite3.connect(path, isolation_level=None)
            except sqlite3.Error as exc:
                raise unreadable(path, str(exc)) from None
            try:
                harden(conn)
                conn.execute("PRAGMA busy_timeout = 5000")
                conn.execute("PRAGMA foreign_keys = ON")
                if checked.version < SCHEMA_VERSION:
                    _backup_before_migrating(path, conn, checked.version, snapshot_dir)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                version = migrate(conn, checked.version)
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA journal_mode = DELETE")
                conn.close()
                raise
    except sqlite3.Error as exc:
        lock.release()
        raise _not_writable(path, str(exc).splitlines()[0] if str(exc) else "") from None
    except BaseException:
        lock.release()
        raise
    return WorkshopFile(path, workshop, False, version, conn, lock, snapshot_dir, checked.notice)


def _not_writable(path: Path, reason: str, reason_da: str = "") -> WriteError:
    why = f" ({reason})" if reason else ""
    why_da = f" ({reason_da or reason})" if reason else ""
    return WriteError(
        f"{path.name} cannot be opened for writing{why}; you can open it read-only.",
        f"{path.name} kan ikke åbnes til skrivning{why_da}; du kan åbne den skrivebeskyttet.")


def open_workshop(path: str | Path, *, readonly: bool = False,
                  snapshot_dir: str | Path | None = None) -> WorkshopFile:
    """Open a workshop file (checked as untrusted); for writing unless `readonly`.

    Raises NotAWorkshopFileError, NewerVersionError, DamagedFileError, UnreadableFileError,
    FileInUseError (someone else has it open for writing) or WriteError.
    """
    path = Path(path)
    folder = Path(snapshot_dir) if snapshot_dir is not None else None
    if readonly:
        with validate(path) as checked:
            workshop = _load(checked)
        return WorkshopFile(path, workshop, True, checked.version, None, None, folder,
                            checked.notice)
    return _open_for_writing(path, folder)


def create_workshop_file(path: str | Path, workshop: Workshop, *,
                         overwrite: bool = False) -> None:
    """Write `workshop` to a new file at `path` atomically (WriteError if it exists)."""
    path = Path(path)
    if overwrite:
        holder = holder_of(path)
        if holder is not None:
            raise WriteError(f"{path.name} is open in COI Desktop by {holder}.",
                             f"{path.name} er åben i COI Desktop hos {holder}.")
    elif path.exists():
        raise WriteError(f"{path.name} already exists.", f"{path.name} findes allerede.")

    def fill(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        create_schema(conn)
        conn.execute("BEGIN")
        insert_all(conn, workshop.info, workshop.terms.values(), workshop.records())
        conn.execute("COMMIT")

    copies.atomic_write(path, fill, overwrite=overwrite)
