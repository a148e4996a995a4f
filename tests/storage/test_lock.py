"""One writer at a time: a second process or window is told who holds the file.

The lock is `<file>.lock` beside the file, guarded by flock; a lock left by a killed process
is taken over; a read-only open and read_workshop work while the file is locked.
"""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from coi_desktop.storage import (
    FileInUseError,
    WriteError,
    create_workshop_file,
    holder_of,
    open_workshop,
    read_workshop,
)

from .conftest import full_workshop

CHILD = Path(__file__).with_name("child_editor.py")


def _spawn(mode: str, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), mode, str(path)], text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def _run(mode: str, path: Path) -> list[str]:
    out = subprocess.run([sys.executable, str(CHILD), mode, str(path)], text=True,
                         capture_output=True, timeout=60, check=True).stdout
    return out.splitlines()


def test_second_process_is_told_who_holds_the_file(coi_file: Path) -> None:
    child = _spawn("hold", coi_file)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(FileInUseError) as info:
            open_workshop(coi_file)
        text = info.value.text("en")
        assert getpass.getuser() in text and socket.gethostname() in text
        assert "is open in COI Desktop by" in text and "read-only" in text
        assert "er åben i COI Desktop" in info.value.text("da")
        assert socket.gethostname() in info.value.holder
        assert holder_of(coi_file) == info.value.holder

        child.stdin.write("Changed by the other process\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ok"
        # Readers see the other process's committed change while it still holds the file.
        with open_workshop(coi_file, readonly=True) as ro:
            assert ro.readonly and ro.workshop.cards["b1"].title == "Changed by the other process"
        assert read_workshop(coi_file).cards.require("b1").title == "Changed by the other process"
        with pytest.raises(FileInUseError):
            open_workshop(coi_file)
        child.stdin.close()
        assert child.wait(timeout=30) == 0
    finally:
        child.kill()
        child.wait()
    assert holder_of(coi_file) is None
    assert sorted(os.listdir(coi_file.parent)) == ["workshop.coi"]
    with open_workshop(coi_file) as wf:
        assert wf.workshop.cards.require("b1").title == "Changed by the other process"


def test_other_process_cannot_open_while_we_hold_it(coi_file: Path) -> None:
    with open_workshop(coi_file):
        lines = _run("try", coi_file)
        assert lines[0] == "FileInUseError"
        assert f"is open in COI Desktop by {getpass.getuser()} on {socket.gethostname()}" \
            in lines[1]
    assert _run("try", coi_file) == ["opened"]


def test_second_window_in_the_same_process_is_refused(coi_file: Path) -> None:
    with open_workshop(coi_file) as first:
        with pytest.raises(FileInUseError):
            open_workshop(coi_file)
        first.workshop.cards.update("b1", title="still writable")
    assert read_workshop(coi_file).cards.require("b1").title == "still writable"


def test_lock_of_a_killed_process_is_taken_over(coi_file: Path) -> None:
    child = _spawn("hold", coi_file)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        child.stdin.write("last words\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ok"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        child.kill()
        child.wait()
    assert coi_file.with_name("workshop.coi.lock").exists()  # left behind by the crash
    assert holder_of(coi_file) is None
    with open_workshop(coi_file) as wf:
        assert wf.workshop.cards.require("b1").title == "last words"
        holder = json.loads(coi_file.with_name("workshop.coi.lock").read_text())
        assert holder["pid"] == os.getpid()
    assert sorted(os.listdir(coi_file.parent)) == ["workshop.coi"]


def test_stale_lock_file_with_dead_pid_is_taken_over(coi_file: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = coi_file.with_name("workshop.coi.lock")
    lock.write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname(),
                                "user": "ghost", "time": "2020-01-01T00:00:00"}))
    with open_workshop(coi_file) as wf:
        wf.workshop.cards.update("b1", title="mine now")
        assert json.loads(lock.read_text())["user"] == getpass.getuser()
    assert not lock.exists()
    assert read_workshop(coi_file).cards.require("b1").title == "mine now"


def test_create_refuses_to_overwrite_a_file_in_use(coi_file: Path) -> None:
    with open_workshop(coi_file), pytest.raises(WriteError):
        create_workshop_file(coi_file, full_workshop(), overwrite=True)
    create_workshop_file(coi_file, full_workshop(), overwrite=True)


def test_lock_works_where_hard_links_do_not(coi_file: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """FAT/exFAT USB sticks have no hard links: the lock is then created with O_EXCL."""
    import errno

    from coi_desktop.storage import lock as lock_module

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(lock_module, "_hard_link", no_links)
    with open_workshop(coi_file) as wf:
        holder = json.loads(coi_file.with_name("workshop.coi.lock").read_text())
        assert holder["pid"] == os.getpid()
        with pytest.raises(FileInUseError):
            open_workshop(coi_file)
        assert _run("try", coi_file)[0] == "FileInUseError"
        wf.workshop.cards.update("b1", title="on a stick")
    assert sorted(os.listdir(coi_file.parent)) == ["workshop.coi"]
    assert not list(coi_file.parent.glob(".workshop.coi.lock.*"))


def test_read_only_file_says_open_it_read_only(coi_file: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from coi_desktop.storage import store

    before = coi_file.read_bytes()
    if os.geteuid() == 0:  # root may write anything: pretend the file is read-only
        monkeypatch.setattr(store.os, "access", lambda path, mode: False)
    else:
        coi_file.chmod(0o444)
    with pytest.raises(WriteError) as info:
        open_workshop(coi_file)
    assert "cannot be opened for writing" in info.value.text("en")
    assert "you can open it read-only" in info.value.text("en")
    assert "skrivebeskyttet" in info.value.text("da")
    assert os.listdir(coi_file.parent) == ["workshop.coi"]
    assert coi_file.read_bytes() == before
    with open_workshop(coi_file, readonly=True) as wf:
        assert wf.workshop.cards.require("b1").title == "GDPR"


def test_unwritable_folder_says_open_it_read_only(coi_file: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from coi_desktop.storage import lock as lock_module

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock_module.tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError) as info:
        open_workshop(coi_file)
    assert "its folder is not writable" in info.value.text("en")
    assert os.listdir(coi_file.parent) == ["workshop.coi"]


def test_a_symlink_to_an_open_file_is_in_use_too(coi_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere.coi"
    link.symlink_to(coi_file)
    with open_workshop(coi_file):
        with pytest.raises(FileInUseError):
            open_workshop(link)
        assert holder_of(link) is not None
    with open_workshop(link) as wf:
        wf.workshop.cards.update("b1", title="through the link")
        with pytest.raises(FileInUseError):
            open_workshop(coi_file)
    assert read_workshop(coi_file).cards.require("b1").title == "through the link"
    assert sorted(os.listdir(tmp_path)) == ["elsewhere.coi", "workshop.coi"]
