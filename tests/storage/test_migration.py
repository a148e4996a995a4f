"""A version-1 file (committed fixture) opens in version 2: data kept, backup taken first."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from coi_desktop.storage import (
    SCHEMA_VERSION,
    WriteError,
    check_file,
    migrations,
    open_workshop,
    read_workshop,
)

FIXTURE = Path(__file__).parent / "fixtures" / "v1.coi"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    path = tmp_path / "old.coi"
    shutil.copyfile(FIXTURE, path)
    return path


def test_fixture_is_version_1() -> None:
    assert SCHEMA_VERSION == 2
    assert _user_version(FIXTURE) == 1
    check_file(FIXTURE)


def test_migration_keeps_data_and_takes_a_backup(v1: Path) -> None:
    original = _sha(v1)
    with open_workshop(v1) as wf:
        assert wf.schema_version == 2
        w = wf.workshop
        assert w.info.title == "Softwarerobotter i hjemmeplejen"
        assert w.info.technology == "rpa"
        assert len(w.cards) == 3 and len(w.canvases) == 2
        c1 = w.cards.require("c1")
        assert (c1.x, c1.y, c1.tags, c1.power, c1.participant_id) == (10.5, -20.25, ("drift",),
                                                                    4, "p1")
        assert (c1.notes, c1.hidden, c1.closeness) == ("", False, "")
        assert w.cards.require("c2").power is None and w.cards.require("c2").color == "#aabbcc"
        assert w.cards["c3"].tags == ("jura", "data") and w.cards["c3"].severity == 5
        assert w.links["l1"].directed is False
        assert w.voting["r1"].closed is True
        assert w.voting["r1"].kinds == ("barrier", "opportunity")
        assert w.voting.totals("r1")["c3"] == 2
        assert w.agenda["a1"].canvas_id is None and w.agenda["a2"].canvas_id == "cv2"
        assert (w.agenda["a2"].started_at, w.agenda["a2"].ended_at) == ("", "")
        assert w.terms.label("sector", "municipality", "da") == "Kommune"
        w.cards.update("c1", notes="ny note", hidden=True, closeness="core")
        expected = w.snapshot()
    backup = v1.with_name("old.v1-backup.coi")
    assert sorted(os.listdir(v1.parent)) == ["old.coi", "old.v1-backup.coi"]
    assert _sha(backup) == original
    assert _user_version(backup) == 1 and _user_version(v1) == 2
    check_file(v1)
    check_file(backup)
    assert read_workshop(v1).snapshot() == expected
    with open_workshop(v1) as again:  # already version 2: no second backup
        assert again.schema_version == 2
    assert sorted(os.listdir(v1.parent)) == ["old.coi", "old.v1-backup.coi"]


def test_reading_a_v1_file_never_writes_it(v1: Path) -> None:
    original = _sha(v1)
    w = read_workshop(v1)
    assert w.cards.require("c1").notes == "" and w.cards.require("c3").category == "law"
    with open_workshop(v1, readonly=True) as wf:
        assert wf.readonly and wf.schema_version == 1
        assert wf.workshop.snapshot() == w.snapshot()
    assert _sha(v1) == original
    assert os.listdir(v1.parent) == ["old.coi"]


def test_second_backup_does_not_overwrite_the_first(v1: Path) -> None:
    first = v1.with_name("old.v1-backup.coi")
    first.write_bytes(b"an older backup")
    with open_workshop(v1):
        pass
    names = sorted(os.listdir(v1.parent))
    assert first.read_bytes() == b"an older backup"
    assert len(names) == 3 and any(n.startswith("old.v1-backup-") for n in names)


def test_failed_migration_leaves_version_1(v1: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = _sha(v1)

    real_step = migrations.STEPS[1]

    def broken(conn: sqlite3.Connection) -> None:
        """Fails on the file itself (the validator's in-memory migration still works)."""
        if conn.execute("PRAGMA database_list").fetchone()[2] == "":
            real_step(conn)
            return
        conn.execute('ALTER TABLE cards ADD COLUMN "notes" TEXT')
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(WriteError):
        open_workshop(v1)
    assert _user_version(v1) == 1
    check_file(v1)  # still a valid version-1 file
    assert not v1.with_name("old.coi.lock").exists()
    monkeypatch.undo()
    with open_workshop(v1) as wf:
        assert wf.schema_version == 2
    backup = v1.with_name("old.v1-backup.coi")
    assert _user_version(backup) == 1
    assert read_workshop(backup).snapshot() == read_workshop(FIXTURE).snapshot()
    assert original != _sha(v1)
