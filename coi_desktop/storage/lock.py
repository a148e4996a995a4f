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
import getpass
import json
import os
import socket
import stat
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from .errors import FileInUseError, WriteError


def lock_path(path: Path) -> Path:
    """`<file>.lock` beside the real file (through symlinks, as SQLite places its -wal)."""
    real = path.resolve()
    return real.with_name(real.name + ".lock")


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "?"
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "time": datetime.now().astimezone().isoformat(timespec="seconds")}


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


def _readable_time(value: object) -> tuple[str, str]:
    """The lock's ISO timestamp as people write it, in local time: (English, Danish)."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(str(value)).astimezone()
    except (TypeError, ValueError):
        return str(value or "?"), str(value or "?")
    months = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december")
    return (when.strftime("%d %B %Y at %H:%M").lstrip("0"),
            f"{when.day}. {months[when.month - 1]} {when.year} kl. {when:%H.%M}")


def in_use(path: Path, holder: dict[str, object]) -> FileInUseError:
    user, host = holder.get("user") or "?", holder.get("host") or "?"
    since_en, since_da = _readable_time(holder.get("time"))
    return FileInUseError(
        f"{path.name} is open in COI Desktop by {user} on {host} since {since_en}; "
        "you can open it read-only.",
        f"{path.name} er åben i COI Desktop hos {user} på {host} siden {since_da}; "
        "du kan åbne den skrivebeskyttet.",
        holder=describe(holder))


def _cannot_lock(path: Path, exc: OSError) -> WriteError:
    return WriteError(
        f"{path.name} cannot be opened for writing: its folder is not writable "
        f"({exc.strerror or exc}); you can open it read-only.",
        f"{path.name} kan ikke åbnes til skrivning: mappen er skrivebeskyttet "
        f"({exc.strerror or exc}); du kan åbne den skrivebeskyttet.")


if sys.platform == "win32":
    import msvcrt

    _FAR = 1 << 30  # lock one byte far past the JSON, so readers can still read it

    def _flock(fd: int) -> bool | None:
        """True if we got the lock, False if someone holds it, None if unsupported."""
        pos = os.lseek(fd, 0, os.SEEK_CUR)
        try:
            os.lseek(fd, _FAR, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
        finally:
            os.lseek(fd, pos, os.SEEK_SET)

    def _held_by_other(fd: int) -> bool | None:
        """Whether another process holds the lock (without keeping it ourselves)."""
        if not _flock(fd):
            return True
        os.lseek(fd, _FAR, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return False

    def _pid_alive(pid: int) -> bool:
        return True  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows; assume alive
else:
    import fcntl

    def _flock(fd: int) -> bool | None:
        """True if we got the lock, False if someone holds it, None if unsupported."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            return None

    def _held_by_other(fd: int) -> bool | None:
        """Whether another process holds the lock (without keeping it ourselves)."""
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return None
        return False

    def _pid_alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


#: errno values of file systems without hard links (FAT/exFAT USB sticks, some network shares).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}


def _hard_link(source: str, target: Path) -> None:
    os.link(source, target)


class WriterLock:
    """Held while a workshop file is open for writing; `release()` removes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = lock_path(path)
        self.fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise FileInUseError (held) or WriteError (cannot write here)."""
        try:
            self._sweep()
            for _ in range(20):
                if self._try_create() or self._try_take_over():
                    return
        except OSError as exc:  # disk full while writing the lock file, …
            self.release()
            raise _cannot_lock(self.path, exc) from None
        raise in_use(self.path, {})

    def _sweep(self) -> None:
        """Delete temporary lock files a killed process left (nobody holds their lock)."""
        for leftover in self.lock.parent.glob(f".{self.lock.name}.*"):
            try:
                fd = os.open(leftover, os.O_RDWR | getattr(os, "O_NONBLOCK", 0))
            except OSError:
                continue
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # not ours: never read or delete it
                os.close(fd)
                continue
            try:
                free = _flock(fd) is True
            finally:
                os.close(fd)
            if free:
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _try_create(self) -> bool:
        """Write and lock a temp file, then hard-link it into place (fails if one exists)."""
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.lock.name}.", dir=self.lock.parent)
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from None
        try:
            _flock(fd)
            os.write(fd, json.dumps(_me()).encode("utf-8"))
            os.fsync(fd)
            try:
                _hard_link(tmp, self.lock)
            except (FileExistsError, FileNotFoundError):  # taken, or our temp file swept
                os.close(fd)
                return False
            except OSError as exc:
                os.close(fd)
                if exc.errno in _NO_LINKS:
                    return self._try_create_directly()
                raise _cannot_lock(self.path, exc) from None
            self.fd = fd
            return True
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _try_create_directly(self) -> bool:
        """Without hard links: O_EXCL create, then lock; whoever gets the lock holds it."""
        try:
            fd = os.open(self.lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from None
        if _flock(fd) is False:  # someone took the fresh file over before we locked it
            holder = _read_holder(fd)
            os.close(fd)
            raise in_use(self.path, holder)
        os.write(fd, json.dumps(_me()).encode("utf-8"))
        os.fsync(fd)
        self.fd = fd
        return True

    def _try_take_over(self) -> bool:
        try:
            fd = os.open(self.lock, os.O_RDWR | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            return False  # released meanwhile: try creating again
        except OSError as exc:
            raise _cannot_lock(self.path, exc) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO planted as the lock: reading
            os.close(fd)                            # it would block forever
            raise WriteError(
                f"{self.path.name} cannot be opened for writing: {self.lock.name} beside it is "
                "not a lock file COI Desktop wrote; remove it, or open the workshop read-only.",
                f"{self.path.name} kan ikke åbnes til skrivning: {self.lock.name} ved siden af "
                "er ikke en låsefil fra COI Desktop; fjern den, eller åbn workshoppen "
                "skrivebeskyttet.")
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
        # O_NONBLOCK: a FIFO planted as the lock file must not block whoever asks
        fd = os.open(lock_path(path), (os.O_RDONLY if sys.platform != "win32" else os.O_RDWR)
                     | getattr(os, "O_NONBLOCK", 0))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    try:
        held = _held_by_other(fd)
        holder = _read_holder(fd)
        if held is None:  # no locking here: a live pid on this host holds it
            pid = holder.get("pid")
            held = (holder.get("host") == socket.gethostname() and isinstance(pid, int)
                    and _pid_alive(pid))
        return describe(holder) if held else None
    finally:
        os.close(fd)
