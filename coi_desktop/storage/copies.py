"""Copies of a workshop file: Save As, migration backups and rotating snapshots.

Every copy is made with SQLite's online backup API into a temporary file in the target folder,
switched to a single-file journal mode, fsynced and renamed into place, so the target is
either the old file or the whole new copy. Snapshots go to the user's data folder
(`$XDG_DATA_HOME/coi-desktop/snapshots`, else `~/.local/share/coi-desktop/snapshots`), named
`<title>--<workshop id>--<UTC time>.coi`; the newest `KEEP_SNAPSHOTS` per workshop are kept.
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

KEEP_SNAPSHOTS = 10


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


def _atomic(target: Path, write: Callable[[Path], object], overwrite: bool) -> None:
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
        os.chmod(tmp, _file_mode())
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
                 overwrite: bool = True) -> None:
    """Create a database with `fill(conn)` in a temp file, then move it to `target` atomically."""
    def write(tmp: Path) -> None:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            fill(conn)
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()

    _atomic(target, write, overwrite)


def backup_copy(source: sqlite3.Connection, target: Path, *, overwrite: bool = True) -> None:
    """A consistent copy of the database behind `source` at `target` (atomic)."""
    atomic_write(target, lambda dst: source.backup(dst), overwrite=overwrite)


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
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "coi-desktop" / "snapshots"


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
    """Copy the database into `folder` and delete all but the newest KEEP_SNAPSHOTS."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder / "snapshot", exc) from None
    target = folder / snapshot_name(title, workshop_id)
    backup_copy(source, target)
    for old in snapshots_of(folder, workshop_id)[:-KEEP_SNAPSHOTS]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target
