"""A full disk never makes a good file look damaged, and no committed edit is lost (issue 13).

This runs on a REALLY full file system: a 640 KiB tmpfs mounted for the test (`mount -t tmpfs`,
which needs root: CI runs as root on this kind of machine). A workshop is opened for writing
there, a filler file takes every free byte, and edits are made until the disk refuses one;
closing then cannot checkpoint, so the file is left with a -wal beside it. While the disk is
still full, `check` and a read-only open must call it fine (the -wal is played back on a
private copy, and they say so) and hold every committed edit; after the filler is removed,
opening for writing brings the -wal home, and the file is one self-contained file again.
Without root the test is skipped with that reason (never in CI, which runs as root).
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from coi_desktop.models import Card, Workshop
from coi_desktop.storage import (
    WorkshopFileError,
    WriteError,
    check_file,
    create_workshop_file,
    open_workshop,
    read_workshop,
)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=640k,mode=0755", "tmpfs",
                           str(mount)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, f"could not mount a tmpfs as root: {done.stderr}"
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=30)


def _fill(folder: Path, leave: int = 0) -> Path:
    """Take every free byte of the file system but `leave` with one filler file."""
    filler = folder / "filler.bin"
    st = os.statvfs(folder)
    size = max(st.f_bavail * st.f_frsize - leave, 0)
    with open(filler, "wb", buffering=0) as f:
        with contextlib.suppress(OSError):
            f.write(b"\0" * size)
        if not leave:
            with contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * 4096)
    return filler


def test_full_disk_loses_no_committed_edit_and_never_says_damaged(small_disk: Path,
                                                                  tmp_path: Path) -> None:
    path = small_disk / "full.coi"
    create_workshop_file(path, Workshop.new("Fuld disk", language="da"))
    committed: list[str] = []
    wf = open_workshop(path, snapshot_dir=tmp_path / "snaps")
    canvas = next(iter(wf.workshop.canvases))
    filler = _fill(small_disk, leave=96 * 1024)  # room for a few edits, then full
    refused = 0
    for i in range(400):
        card = Card(f"c{i}", canvas, "note", f"kort {i}", description="æøå " * 500)
        try:
            wf.workshop.cards.add([card])
        except WriteError as exc:  # the disk is full: the model kept nothing of it
            assert "full" in exc.text("en")
            assert f"c{i}" not in wf.workshop.cards
            refused += 1
            if refused >= 3:
                break
            continue
        committed.append(f"c{i}")
    wf.close()
    assert refused, "the disk never filled up"
    assert committed, "no edit was committed before the disk filled up"
    left = sorted(os.listdir(small_disk))
    assert "full.coi-wal" in left, left  # what the issue saw: the file plus a -wal
    before = {n: (small_disk / n).read_bytes() for n in left if n != "filler.bin"}

    # Still full: the file is fine, every committed edit is there, nothing is touched.
    notice = check_file(path)
    assert notice is not None and "full.coi-wal" in notice[0] and "nothing is lost" in notice[0]
    assert "intet er tabt" in notice[1]
    again = read_workshop(path)
    assert [c for c in committed if c not in again.cards] == []
    with open_workshop(path, readonly=True) as ro:
        assert ro.notice == notice
        assert len(ro.workshop.cards) == len(committed)
    assert {n: (small_disk / n).read_bytes() for n in left if n != "filler.bin"} == before
    try:  # for writing while still full: it opens, or it says why (never "damaged")
        with open_workshop(path, snapshot_dir=tmp_path / "snaps") as wf1:
            assert len(wf1.workshop.cards) == len(committed)
    except WorkshopFileError as exc:
        assert "damaged" not in exc.text("en")
    notice = check_file(path)
    assert sorted(read_workshop(path).cards) == sorted(committed)

    # The same file in a read-only folder (the tmpfs remounted read-only): read via a
    # private copy with the same notice; writing is refused with a sentence, not "damaged".
    left = sorted(os.listdir(small_disk))
    before = {n: (small_disk / n).read_bytes() for n in left if n != "filler.bin"}
    done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    try:
        assert check_file(path) == notice
        assert sorted(read_workshop(path).cards) == sorted(committed)
        with pytest.raises(WorkshopFileError) as refused:
            open_workshop(path, snapshot_dir=tmp_path / "snaps")
        assert "damaged" not in refused.value.text("en")
        assert "read-only" in refused.value.text("en")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], capture_output=True,
                       timeout=30)
    assert {n: (small_disk / n).read_bytes() for n in left if n != "filler.bin"} == before

    # The disk frees up: opening for writing brings the -wal home; one file is left.
    filler.unlink()
    with open_workshop(path) as wf2:
        assert len(wf2.workshop.cards) == len(committed)
        wf2.workshop.update_info(notes="efter fuld disk")
    assert sorted(os.listdir(small_disk)) == ["full.coi"]
    assert check_file(path) is None
    final = read_workshop(path)
    assert sorted(final.cards) == sorted(committed)
    assert final.info.notes == "efter fuld disk"


def test_full_disk_errno_is_what_the_file_system_says(small_disk: Path) -> None:
    """The mount really is small and really fills up (the test above relies on it)."""
    _fill(small_disk)
    with pytest.raises(OSError) as info, open(small_disk / "more", "wb") as f:
        f.write(b"x" * 8192)
        f.flush()
        os.fsync(f.fileno())
    assert info.value.errno == errno.ENOSPC


def test_command_line_check_says_what_it_did_with_a_wal(tmp_path: Path, coi_file: Path) -> None:
    """`check` on a file with a -wal left by a killed writer: ok, and one sentence on stderr."""
    import sys

    from .hostile_corpus import leave_wal

    leave_wal(coi_file, "UPDATE cards SET title = 'from the wal' WHERE id = 'b1'")
    wal = Path(f"{coi_file}-wal").read_bytes()
    main = coi_file.read_bytes()
    env = {**os.environ, "COI_LANG": "en", "LANGUAGE": "en", "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-c", "from coi_desktop.app import main; "
                           "raise SystemExit(main())", "check", str(coi_file)],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert "workshop.coi-wal" in done.stderr and "nothing is lost" in done.stderr
    assert read_workshop(coi_file).cards.require("b1").title == "from the wal"
    assert coi_file.read_bytes() == main and Path(f"{coi_file}-wal").read_bytes() == wal
