"""What the app keeps for the user (issue 13): snapshots on the first change and on close,
private permissions, a crash log without personal data, no leftovers, and another program's
change to the open file noticed and never overwritten."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import time
from pathlib import Path

import pytest

from coi_desktop.storage import WriteError, copies, open_workshop, read_workshop
from coi_desktop.storage.private import append_private, clean_leftovers, crash_report


def test_snapshot_before_the_first_change_and_on_close(coi_file: Path, tmp_path: Path) -> None:
    snaps = tmp_path / "snaps"
    with open_workshop(coi_file, snapshot_dir=snaps) as wf:
        wf.auto_snapshot_s = 3600  # the GUI's interval: only first change and close here
        wid = wf.workshop.info.id
        assert copies.snapshots_of(snaps, wid) == []  # opening alone takes none
        wf.workshop.cards.update("b1", title="first change")
        first = copies.snapshots_of(snaps, wid)
        assert len(first) == 1 and read_workshop(first[0]).cards.require("b1").title == "GDPR"
        wf.workshop.cards.update("b1", title="last change")
    after = copies.snapshots_of(snaps, wid)
    assert len(after) == 2 and read_workshop(after[-1]).cards.require("b1").title == "last change"
    with open_workshop(coi_file, snapshot_dir=snaps) as wf:
        wf.auto_snapshot_s = 3600  # opened and closed without a change: nothing new
    assert copies.snapshots_of(snaps, wid) == after


def test_a_change_by_another_program_is_noticed_and_never_overwritten(coi_file: Path,
                                                                      tmp_path: Path) -> None:
    with open_workshop(coi_file, snapshot_dir=tmp_path / "s") as wf:
        wf.workshop.cards.update("b1", title="mine")
        assert not wf.changed_elsewhere()
        other = sqlite3.connect(coi_file)  # sqlite3 in a terminal
        other.execute("UPDATE cards SET title = 'theirs' WHERE id = 'o1'")
        other.commit()
        other.close()
        assert wf.changed_elsewhere()
        with pytest.raises(WriteError) as info:
            wf.workshop.cards.update("o1", title="would overwrite theirs")
        assert "changed by another program" in info.value.text("en")
        assert "ændret af et andet program" in info.value.text("da")
        assert wf.workshop.cards.require("o1").title == "RPA"  # the model kept nothing of it
        wf.acknowledge_change()
        assert not wf.changed_elsewhere()
        wf.workshop.cards.update("b1", title="mine again")
    again = read_workshop(coi_file)
    assert again.cards.require("o1").title == "theirs"
    assert again.cards.require("b1").title == "mine again"


def test_crash_report_holds_no_personal_data_and_is_private(tmp_path: Path) -> None:
    def fail() -> None:
        secret = "mette@aarhus.dk"  # a local value: never in the log
        raise ValueError(f"card 'Mette Hansen <{secret}>' in /home/mette/x.coi")

    try:
        try:
            fail()
        except ValueError as inner:
            raise RuntimeError("while saving /home/mette/x.coi") from inner
    except RuntimeError:
        report = crash_report(*sys.exc_info())
    assert "ValueError" in report and "RuntimeError" in report and "in fail" in report
    for personal in ("mette", "Mette", "aarhus", "/home"):
        assert personal not in report
    log = tmp_path / "data" / "crash.log"
    append_private(log, report)
    append_private(log, report)
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(log.parent).st_mode) == 0o700
    assert log.read_text().count("RuntimeError") == 2


def test_leftover_temporary_files_are_cleaned_at_start(tmp_path: Path, coi_file: Path) -> None:
    old = time.time() - 3600
    stale = [tmp_path / ".workshop.coi.k2j3h4.tmp", tmp_path / ".all.sqlite.0a1b2c3d.part",
             tmp_path / ".workshop.coi.k2j3h4.tmp-journal"]
    fresh = tmp_path / ".workshop.coi.zz9y8x.tmp"
    theirs = [tmp_path / ".hidden.txt", tmp_path / "notes.tmp"]
    for p in [*stale, fresh, *theirs]:
        p.write_bytes(b"x")
    for p in [*stale, *theirs]:
        os.utime(p, (old, old))
    removed = clean_leftovers([tmp_path])
    assert sorted(removed) == sorted(stale)
    assert fresh.exists() and all(p.exists() for p in theirs)
    # opening a file for writing tidies its own leftovers beside it
    os.utime(fresh, (old, old))
    with open_workshop(coi_file, snapshot_dir=tmp_path / "s"):
        pass
    assert not fresh.exists()
