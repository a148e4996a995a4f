"""What the app keeps for the user, kept private: folders 0700, files 0600, no personal data
in the crash log, and no temporary files left behind by an earlier run.

Snapshots hold participants' names and e-mails, so their folder is 0700 and every snapshot
0600 (`copies.take_snapshot` uses `private_folder`). The crash log keeps only what a developer
needs: the exception's type and the frames (module, line, function), never its message or
local values, which may quote a card, a name or a path with the user's name. `clean_leftovers`
removes what a killed run left: a copy's temporary file beside a workshop, a consolidation's
`.part` file, a recovery folder in the temp folder; only when older than `STALE_S`, so a run
that is still going keeps its files.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

#: A leftover younger than this may belong to a run that is still going.
STALE_S = 15 * 60

#: Names of our temporary files: `copies._atomic` (".x.coi.ab12cd.tmp" and its -journal),
#: consolidation's ".out.sqlite.0123abcd.part".
_LEFTOVER = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.(tmp|tmp-journal|part)$")


def data_folder() -> Path:
    """The storage's own folder in the user's data folder: `$XDG_DATA_HOME/coi-desktop`, else
    `~/.local/share/coi-desktop` (snapshots without the app, the list of checked files)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "coi-desktop"


def private_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) and make it 0700: only the user can look inside."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def make_private(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def append_private(path: Path, text: str) -> None:
    """Append `text` to a file that is created 0600 (and made 0600 if it was not)."""
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8", "replace"))
    finally:
        os.close(fd)


def crash_report(exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None) -> str:
    """A traceback without personal data: the exception's type and, per frame, the file
    (inside the package, else its name only), line and function; no message, no source
    line, no local values, for every exception of the chain."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    kind: type[BaseException] = exc_type
    frames = traceback.extract_tb(tb)
    while True:
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in frames:
            lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
        if current is None:
            break
        seen.add(id(current))
        nxt = current.__cause__ or current.__context__
        if nxt is None or id(nxt) in seen:
            break
        current, kind = nxt, type(nxt)
        frames = traceback.extract_tb(nxt.__traceback__)
        lines.append("caused by / under:")
    return "\n".join(lines) + "\n"


def _where(filename: str) -> str:
    """`coi_desktop/…` for our modules, the bare file name for others (no home folder)."""
    parts = Path(filename).parts
    if "coi_desktop" in parts:
        return "/".join(parts[parts.index("coi_desktop"):])
    return Path(filename).name


def clean_leftovers(folders: Iterable[Path], now: float | None = None,
                    prefix: str = "") -> list[Path]:
    """Remove our stale temporary files in `folders` (only those whose names start with
    `prefix`, when given) and stale recovery folders in the temp folder; returns them."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(prefix) or not _LEFTOVER.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                st = entry.stat(follow_symlinks=False)
                if entry.is_file(follow_symlinks=False) and now - st.st_mtime > STALE_S:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    temp = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for entry in os.scandir(temp):
            if entry.name.startswith("coi-recover-") and entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if now - entry.stat(follow_symlinks=False).st_mtime > STALE_S:
                        shutil.rmtree(entry.path, ignore_errors=True)
                        removed.append(Path(entry.path))
    return removed
