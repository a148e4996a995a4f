"""Copies of a workshop file: Save As, migration backups and rotating snapshots.

Every copy is made with SQLite's online backup API into a temporary file in the target folder,
switched to a single-file journal mode, fsynced and renamed into place, so the target is
either the old file or the whole new copy. Snapshots go to the user's data folder
(`$XDG_DATA_HOME/coi-desktop/snapshots`, else `~/.local/share/coi-desktop/snapshots`), named
`<title>--<workshop id>--<UTC time>.coi`. Rotation keeps the newest `KEEP_SNAPSHOTS` per
workshop and every snapshot younger than `KEEP_DAYS` days; the folder is 0700 and every
snapshot 0600 (they hold participants' names and e-mails).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from .errors import WriteError
from .private import data_folder, private_folder

KEEP_SNAPSHOTS = 20
KEEP_DAYS = 7


def _file_mode() -> int:
    """The mode a new file gets under the current umask (mkstemp would make it 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_error(target: Path, exc: BaseException) -> WriteError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return WriteError(f"Could not write {target.name} in {target.parent}: {reason}.",
                      f"Kunne ikke skrive {target.name} i {target.parent}: {reason}.")


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic(target: Path, write: Callable[[Path], object], overwrite: bool,
            mode: int | None = None) -> None:
    """`write(tmp)` a temp file beside `target`, fsync it, then rename (or link) it into place.

    With `overwrite=False` the last step is a hard link, which fails if `target` exists.
    """
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise write_error(target, exc) from None
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, _file_mode() if mode is None else mode)
        write(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)
        fsync_dir(folder)
    except FileExistsError:
        raise WriteError(f"{target.name} already exists.", f"{target.name} findes allerede.") \
            from None
    except (OSError, sqlite3.Error, ValueError, OverflowError) as exc:
        raise write_error(target, exc) from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def atomic_write(target: Path, fill: Callable[[sqlite3.Connection], None], *,
                 overwrite: bool = True, mode: int | None = None) -> None:
    """Create a database with `fill(conn)` in a temp file, then move it to `target` atomically."""
    def write(tmp: Path) -> None:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            fill(conn)
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()

    _atomic(target, write, overwrite, mode)


def backup_copy(source: sqlite3.Connection, target: Path, *, overwrite: bool = True,
                mode: int | None = None) -> None:
    """A consistent copy of the database behind `source` at `target` (atomic)."""
    atomic_write(target, lambda dst: source.backup(dst), overwrite=overwrite, mode=mode)


def exact_copy(source: sqlite3.Connection, path: Path, target: Path) -> None:
    """A byte-for-byte copy of `path` (for migration backups), never overwriting `target`.

    Falls back to the backup API when a `-wal` beside `path` may hold committed changes.
    The caller holds the writer lock, so nobody changes the file meanwhile.
    """
    if Path(f"{path}-wal").exists():
        backup_copy(source, target, overwrite=False)
    else:
        _atomic(target, lambda tmp: shutil.copyfile(path, tmp), overwrite=False)


def default_snapshot_dir() -> Path:
    return data_folder() / "snapshots"


def _slug(title: str) -> str:
    slug = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-").lower()
    return slug[:40] or "workshop"


def snapshot_name(title: str, workshop_id: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{_slug(title)}--{workshop_id}--{stamp}.coi"


def snapshots_of(folder: Path, workshop_id: str) -> list[Path]:
    """The snapshots of one workshop in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*--{workshop_id}--*.coi") if p.is_file()]
    return sorted(found, key=lambda p: p.name.rsplit("--", 1)[-1])


def take_snapshot(source: sqlite3.Connection, folder: Path, title: str,
                  workshop_id: str) -> Path:
    """Copy the database into `folder` (0700; the copy 0600), then rotate (`rotate`)."""
    try:
        private_folder(folder)
    except OSError as exc:
        raise write_error(folder / "snapshot", exc) from None
    target = folder / snapshot_name(title, workshop_id)
    backup_copy(source, target, mode=0o600)
    rotate(folder, workshop_id)
    return target


def rotate(folder: Path, workshop_id: str, now: datetime | None = None) -> list[Path]:
    """Delete the snapshots of one workshop that are neither among the newest KEEP_SNAPSHOTS
    nor younger than KEEP_DAYS days; returns those deleted."""
    now = now or datetime.now(UTC)
    deleted = []
    for old in snapshots_of(folder, workshop_id)[:-KEEP_SNAPSHOTS]:
        taken = _taken(old)
        if taken is not None and (now - taken).days < KEEP_DAYS:
            continue
        with contextlib.suppress(OSError):
            old.unlink()
            deleted.append(old)
    return deleted


def _taken(path: Path) -> datetime | None:
    """When a snapshot was taken, from its name (UTC)."""
    stamp = path.stem.rsplit("--", 1)[-1]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None
