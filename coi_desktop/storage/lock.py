"""The single-writer lock: a `<file>.lock` beside the workshop file.

The lock file holds who has the workshop open (pid, host, user, time as JSON) so a second
window or process can say who. The real guard is `fcntl.flock` on the lock file: the kernel
releases it when the holder exits, even on SIGKILL, so a lock file left by a crashed process
is simply taken over. A new lock file is written and flocked under a temporary name first and
then hard-linked into place, so nobody ever sees an empty or unlocked lock file. Where flock
is not available (some network drives), a lock from this host whose pid is dead is stale.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import getpass
import json
import os
import socket
import tempfile
from datetime import datetime
from pathlib import Path

from .errors import FileInUseError, WriteError


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "time": datetime.now().astimezone().isoformat(timespec="seconds")}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_holder(fd: int) -> dict[str, object]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def describe(holder: dict[str, object]) -> str:
    return (f"{holder.get('user') or '?'} on {holder.get('host') or '?'} "
            f"since {holder.get('time') or '?'}")


def in_use(path: Path, holder: dict[str, object]) -> FileInUseError:
    user, host = holder.get("user") or "?", holder.get("host") or "?"
    since = holder.get("time") or "?"
    return FileInUseError(
        f"{path.name} is open in COI Desktop by {user} on {host} since {since}; "
        "you can open it read-only.",
        f"{path.name} er åben i COI Desktop hos {user} på {host} siden {since}; "
        "du kan åbne den skrivebeskyttet.",
        holder=describe(holder))


def _cannot_lock(path: Path, exc: OSError) -> WriteError:
    return WriteError(
        f"{path.name} cannot be opened for writing: its folder is not writable "
        f"({exc.strerror or exc}).",
        f"{path.name} kan ikke åbnes til skrivning: mappen er skrivebeskyttet "
        f"({exc.strerror or exc}).")


def _flock(fd: int) -> bool | None:
    """True if we got the lock, False if someone holds it, None if flock is unsupported."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        return None


class WriterLock:
    """Held while a workshop file is open for writing; `release()` removes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = lock_path(path)
        self.fd: int | None = None

    def acquire(self) -> None:
        for _ in range(20):
            if self._try_create() or self._try_take_over():
                return
        raise in_use(self.path, {})

    def _try_create(self) -> bool:
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.lock.name}.", dir=self.lock.parent)
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from None
        try:
            _flock(fd)
            os.write(fd, json.dumps(_me()).encode("utf-8"))
            os.fsync(fd)
            try:
                os.link(tmp, self.lock)
            except FileExistsError:
                os.close(fd)
                return False
            except OSError as exc:
                os.close(fd)
                raise _cannot_lock(self.path, exc) from None
            self.fd = fd
            return True
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _try_take_over(self) -> bool:
        try:
            fd = os.open(self.lock, os.O_RDWR)
        except FileNotFoundError:
            return False  # released meanwhile: try creating again
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from None
        got = _flock(fd)
        holder = _read_holder(fd)
        if got is None:  # no flock here: fall back to the pid on this host
            same_host = holder.get("host") == socket.gethostname()
            pid = holder.get("pid")
            got = same_host and isinstance(pid, int) and not _pid_alive(pid)
        if not got:
            os.close(fd)
            raise in_use(self.path, holder)
        try:
            same_file = os.fstat(fd).st_ino == os.stat(self.lock).st_ino
        except FileNotFoundError:
            same_file = False
        if not same_file:  # the holder released it between our open and flock
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(_me()).encode("utf-8"))
        os.fsync(fd)
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.lock)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = None


def holder_of(path: Path) -> str | None:
    """Who holds `path` open for writing ("user on host since time"), or None."""
    try:
        fd = os.open(lock_path(path), os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return describe(_read_holder(fd))
        except OSError:
            holder = _read_holder(fd)
            pid = holder.get("pid")
            if (holder.get("host") == socket.gethostname() and isinstance(pid, int)
                    and _pid_alive(pid)):
                return describe(holder)
        return None
    finally:
        os.close(fd)
