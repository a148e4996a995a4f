"""Writing an export safely, reporting progress and honouring cancel.

`write_atomically(path, build)` builds into a temporary file beside the target, fsyncs it and
renames it into place, so a failed or cancelled export never leaves a half-written file and
never damages a good one. Long builds report through a `Progress` whose `step()` raises
`Cancelled` when the user asked to stop.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ...models.errors import CoiError

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportError(CoiError):
    """An export could not be written (folder not writable, disk full, bad data)."""


class Cancelled(CoiError):
    """The user cancelled a long export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.",
                         "Eksporten blev annulleret; der blev ikke skrevet nogen fil.")


class Progress:
    """Counts work done towards a total, reports it and honours a cancel request."""

    def __init__(self, total: int, callback: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._callback = callback
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def step(self, n: int = 1) -> None:
        """Record `n` more units of work, report them and check for cancel."""
        self.done = min(self.total, self.done + n)
        if self._callback is not None:
            self._callback(self.done, self.total)
        self.check()

    def finish(self) -> None:
        self.done = self.total
        if self._callback is not None:
            self._callback(self.total, self.total)


def write_atomically(path: str | os.PathLike[str], build: Callable[[str], None]) -> None:
    """Run `build(temp_path)`, then fsync and rename the temp file onto `path`.

    On any failure (or `Cancelled`) the temp file is removed and an existing file at `path`
    is untouched. A folder that cannot be written raises `ExportError`.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    os.close(fd)
    try:
        build(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _write_error(target, exc) from exc
        raise
    _fsync_folder(folder)


#: The name H7 and the report use; PDFs are the common case.
write_pdf_atomically = write_atomically


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(target: Path, exc: OSError) -> ExportError:
    reason = exc.strerror or str(exc)
    return ExportError(f"Could not write {target.name} in {target.parent}: {reason}.",
                       f"Kunne ikke skrive {target.name} i {target.parent}: {reason}.")
