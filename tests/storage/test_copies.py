"""Save As, snapshots and closing: copies are whole single files, failures say so, nothing lost."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coi_desktop.storage import WriteError, check_file, copies, open_workshop, read_workshop


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_close_leaves_exactly_one_file(coi_file: Path) -> None:
    wf = open_workshop(coi_file, snapshot_dir=coi_file.parent / "snaps")
    wf.workshop.cards.update("b1", title="edited")
    assert {"workshop.coi-wal", "workshop.coi.lock"} <= set(os.listdir(coi_file.parent))
    wf.close()
    assert sorted(os.listdir(coi_file.parent)) == ["workshop.coi"]
    assert coi_file.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no WAL needed
    wf.close()  # closing twice is harmless
    assert read_workshop(coi_file).cards.require("b1").title == "edited"


def test_save_copy_writes_a_whole_single_file(coi_file: Path, tmp_path: Path) -> None:
    target_dir = tmp_path / "usb"
    target_dir.mkdir()
    target = target_dir / "copy.coi"
    with open_workshop(coi_file) as wf:
        wf.workshop.cards.update("b1", title="before copy")
        wf.save_copy(target)
        wf.workshop.cards.update("b1", title="after copy")
        assert sorted(os.listdir(target_dir)) == ["copy.coi"]
        assert target.read_bytes()[18:20] == b"\x01\x01"
        check_file(target)
        assert read_workshop(target).cards.require("b1").title == "before copy"
        target.write_bytes(b"old junk")
        wf.save_copy(target)  # replaces an existing file atomically
    assert read_workshop(target).cards.require("b1").title == "after copy"
    assert sorted(os.listdir(target_dir)) == ["copy.coi"]


def test_save_copy_from_a_readonly_open(coi_file: Path, tmp_path: Path) -> None:
    before = _sha(coi_file)
    with open_workshop(coi_file, readonly=True) as wf:
        wf.save_copy(tmp_path / "copy.coi")
    assert _sha(coi_file) == before
    assert read_workshop(tmp_path / "copy.coi").snapshot() == read_workshop(coi_file).snapshot()


def _unwritable(tmp_path: Path, kind: str) -> Path:
    if kind == "missing folder":
        return tmp_path / "nowhere" / "copy.coi"
    if kind == "file as folder":
        (tmp_path / "plain").write_text("x")
        return tmp_path / "plain" / "copy.coi"
    if os.geteuid() == 0:  # root writes anywhere it has a normal file system
        return Path("/sys/copy.coi")
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    return folder / "copy.coi"


@pytest.mark.parametrize("kind", ["missing folder", "file as folder", "read-only folder"])
def test_save_copy_to_unwritable_folder_is_a_write_error(coi_file: Path, tmp_path: Path,
                                                         kind: str) -> None:
    target = _unwritable(tmp_path, kind)
    with open_workshop(coi_file) as wf:
        wf.workshop.cards.update("b1", title="kept")
        with pytest.raises(WriteError) as info:
            wf.save_copy(target)
        assert "Could not write copy.coi" in info.value.text("en")
        assert "Kunne ikke skrive copy.coi" in info.value.text("da")
        wf.workshop.cards.update("b2" if "b2" in wf.workshop.cards else "o1", title="still ok")
    check_file(coi_file)
    assert read_workshop(coi_file).cards.require("b1").title == "kept"
    assert not target.exists()


def test_snapshots_rotate_and_are_named_by_workshop(coi_file: Path, tmp_path: Path) -> None:
    """The newest 20 are kept, and every one younger than a week; 0700 folder, 0600 files."""
    snaps = tmp_path / "snaps"
    with open_workshop(coi_file, snapshot_dir=snaps) as wf:
        wf.auto_snapshot_s = None
        made = []
        for i in range(23):
            wf.workshop.cards.update("b1", title=f"version {i}")
            made.append(wf.snapshot_now())
        assert copies.snapshots_of(snaps, wf.workshop.info.id) == made  # all under a week
        assert stat.S_IMODE(os.stat(snaps).st_mode) == 0o700
        assert {stat.S_IMODE(os.stat(p).st_mode) for p in made} == {0o600}
        later = datetime.now(UTC) + timedelta(days=8)
        assert copies.rotate(snaps, wf.workshop.info.id, now=later) == made[:3]
        kept = copies.snapshots_of(snaps, wf.workshop.info.id)
        assert kept == made[-20:] and len(os.listdir(snaps)) == 20
        assert all(p.name.startswith("robotter-i-hjemmeplejen-æøå--") for p in kept)
        assert read_workshop(kept[-1]).cards.require("b1").title == "version 22"
        assert read_workshop(kept[0]).cards.require("b1").title == "version 3"
        for p in kept:
            check_file(p)


def test_auto_snapshots_keep_the_file_as_opened_then_every_interval(coi_file: Path,
                                                                    tmp_path: Path) -> None:
    snaps = tmp_path / "snaps"
    with open_workshop(coi_file, snapshot_dir=snaps) as wf:
        wf.auto_snapshot_s = 300
        assert wf.maybe_snapshot(interval_s=0) is None  # nothing edited: nothing to keep
        assert not snaps.exists()  # opening alone takes no snapshot
        wf.workshop.cards.update("b1", title="first edit")
        (first,) = snaps.iterdir()
        assert read_workshop(first).cards.require("b1").title == "GDPR"  # before the edit
        wf.workshop.cards.update("b1", title="second edit")
        assert len(list(snaps.iterdir())) == 1  # not due yet
        assert wf.maybe_snapshot(interval_s=3600) is None
        time.sleep(0.01)
        newer = wf.maybe_snapshot(interval_s=0.001)
        assert newer is not None and read_workshop(newer).cards.require("b1").title == "second edit"
        assert wf.maybe_snapshot(interval_s=0) is None  # no edit since
        assert len(list(snaps.iterdir())) == 2


def test_default_snapshot_folder_is_in_the_users_data_folder(coi_file: Path) -> None:
    expected = Path(os.environ["XDG_DATA_HOME"]) / "coi-desktop" / "snapshots"
    with open_workshop(coi_file) as wf:
        assert wf.snapshot_dir == expected
        path = wf.snapshot_now()
    assert path.parent == expected


def test_no_automatic_snapshots_unless_asked(coi_file: Path, tmp_path: Path) -> None:
    snaps = tmp_path / "snaps"
    with open_workshop(coi_file, snapshot_dir=snaps) as wf:
        wf.workshop.cards.update("b1", title="edit")
        assert not snaps.exists()
        first = wf.maybe_snapshot(interval_s=300)  # what the GUI calls after an edit
        assert first is not None and read_workshop(first).cards.require("b1").title == "edit"
        wf.workshop.cards.update("b1", title="edit again")
        assert wf.maybe_snapshot(interval_s=300) is None  # not due for 5 minutes
