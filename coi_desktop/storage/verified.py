"""Files whose exact bytes passed every check before: opened again, their rows are not re-checked.

Opening a workshop checks it as untrusted (`untrusted.check_connection`): SQLite's integrity
check, a scan for duplicate ids, every value's type and every rule, the foreign keys. On a
10,000-card file that is ≈ 85 ms, paid again at every open of the same file. The verdict
depends only on the file's bytes and on the checks themselves, so it is remembered by content:
the SHA-256 of the file, together with a fingerprint of the checks (schema version, program
version, the rule statements, which include the registered card kinds). A file whose digest is
remembered is the very file that passed, byte for byte; any change to it (one byte, by anyone)
gives another digest and the full checks again. What is never skipped: the regular-file test,
the header, the schema comparison, the application id and version, and reading every record
(text that is not UTF-8 is still refused).

A digest is remembered when the full checks pass on a file that did not change while it was
checked (inode, size, mtime and ctime the same before and after: ctime cannot be set back by
a program), and when COI Desktop closes a file it wrote and left self-contained (no -wal,
no -journal). Files with a -wal or journal beside them are never looked up (they are played
back on a private copy and checked in full). The list lives in the user's data folder
(`coi-desktop/verified`, 0600 in a 0700 folder), holds only digests (no names, no paths, no
content) and keeps the newest `KEEP` entries; a damaged or unreadable list is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from .. import __version__
from .private import data_folder, private_folder
from .recovery import side_file
from .rules import clean_queries

#: How many digests are kept (newest last).
KEEP = 256
_CHUNK = 1 << 20

Stamp = tuple[int, int, int, int]


def list_path() -> Path:
    return data_folder() / "verified"


def _fingerprint(version: int) -> bytes:
    text = "\n".join([str(version), __version__, *clean_queries(version)])
    return hashlib.sha256(text.encode("utf-8")).digest()


def _stamp(st: os.stat_result) -> Stamp:
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class Fingerprint:
    """The digest of one file's bytes under today's checks, and the file's stamp when read."""

    def __init__(self, key: str, stamp: Stamp) -> None:
        self.key = key
        self.stamp = stamp

    @classmethod
    def of(cls, path: Path, version: int) -> Fingerprint | None:
        """None when the file cannot be read or has a -wal or journal beside it."""
        if side_file(path, "-wal").exists() or side_file(path, "-journal").exists():
            return None
        digest = hashlib.sha256(_fingerprint(version))
        try:
            with open(path, "rb", buffering=0) as handle:
                stamp = _stamp(os.fstat(handle.fileno()))
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
        except OSError:
            return None
        return cls(digest.hexdigest(), stamp)

    @property
    def size(self) -> int:
        """The file's size in bytes when it was read."""
        return self.stamp[1]

    def unchanged(self, path: Path) -> bool:
        """Whether the file is still the one that was read (nothing wrote it since)."""
        try:
            return _stamp(os.stat(path)) == self.stamp and not (
                side_file(path, "-wal").exists() or side_file(path, "-journal").exists())
        except OSError:
            return False


def _read() -> list[str]:
    try:
        text = list_path().read_text(encoding="ascii")
    except (OSError, UnicodeError):
        return []
    return [line for line in text.split("\n") if len(line) == 64]


def known(fingerprint: Fingerprint) -> bool:
    return fingerprint.key in _read()


def remember(fingerprint: Fingerprint) -> None:
    """Add a digest to the list (best effort: a list that cannot be written is left alone)."""
    entries = [*[k for k in _read() if k != fingerprint.key][-(KEEP - 1):], fingerprint.key]
    target = list_path()
    with contextlib.suppress(OSError):
        private_folder(target.parent)
        fd, tmp = tempfile.mkstemp(prefix=".verified.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write("\n".join(entries) + "\n")
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def remember_file(path: Path, version: int) -> None:
    """After COI Desktop closed a file it wrote: remember its bytes as checked."""
    fingerprint = Fingerprint.of(path, version)
    if fingerprint is not None:
        remember(fingerprint)
