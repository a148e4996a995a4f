"""The file's schema: one table per record type, foreign keys, indexes, identification."""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import fields
from pathlib import Path

import pytest

from coi_desktop.models import Workshop
from coi_desktop.storage import APPLICATION_ID, SCHEMA_VERSION, open_workshop, read_workshop
from coi_desktop.storage.codec import TABLE_OF
from coi_desktop.storage.schema import INDEXES, TABLES


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_every_record_type_has_a_table_with_its_fields() -> None:
    for cls, table in TABLE_OF.items():
        assert tuple(TABLES[table][0]) == tuple(f.name for f in fields(cls)), table


def test_file_identifies_itself(coi_file: Path) -> None:
    header = coi_file.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00"
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID == 0x434F4931
    assert struct.unpack(">I", header[60:64])[0] == SCHEMA_VERSION == 2
    conn = _ro(coi_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 1129269553
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names == set(TABLES)
        indexes = {n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")}
        assert indexes == set(INDEXES)
        fks = {(t, r[3], r[2]) for t in TABLES
               for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (t,))}
        assert ("cards", "canvas_id", "canvases") in fks
        assert ("links", "source_id", "cards") in fks
        assert ("votes", "round_id", "voting_rounds") in fks
        assert ("votes", "card_id", "cards") in fks
        assert ("agenda_items", "canvas_id", "canvases") in fks
    finally:
        conn.close()


def test_foreign_keys_are_enforced(coi_file: Path) -> None:
    conn = sqlite3.connect(coi_file)
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO cards (id, canvas_id, kind, title) "
                     "VALUES ('x', 'no-such-canvas', 'note', '')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM cards WHERE id = 'b1'")  # links and votes point at it
    conn.close()


def test_removing_a_canvas_with_everything_on_it_needs_no_cascade(coi_file: Path) -> None:
    with open_workshop(coi_file) as wf:
        w: Workshop = wf.workshop
        change = w.canvases.remove("canvas-b")
        assert {type(r).__name__ for r in change.removed} >= {"Vote", "VotingRound", "Link",
                                                              "Group", "Card", "Canvas"}
        expected = w.snapshot()
        w.restore(change.removed)  # and back again, parents first
        restored = w.snapshot()
        w.canvases.remove("canvas-b")
    again = read_workshop(coi_file)
    assert again.snapshot() == expected
    assert restored["votes"] and restored["cards"] != expected["cards"]
    conn = _ro(coi_file)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM cards WHERE canvas_id = 'canvas-b'"
                            ).fetchone()[0] == 0
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2])
def test_sqlite_utils_builds_exactly_the_reference_schema(version: int) -> None:
    from coi_desktop.storage.schema import create_schema, expected_structure, read_structure

    conn = sqlite3.connect(":memory:")
    create_schema(conn, version)  # raises if sqlite-utils built anything else
    assert read_structure(conn) == expected_structure(version)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


def test_reading_a_file_does_not_need_sqlite_utils(coi_file: Path) -> None:
    """Checking and reading (CLI info/check, consolidation) skip the sqlite-utils import."""
    import subprocess
    import sys
    code = ("import sys; from coi_desktop.storage import check_file, read_workshop\n"
            f"check_file({str(coi_file)!r}); read_workshop({str(coi_file)!r})\n"
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], check=True).stdout
    assert out.strip() == "False"
