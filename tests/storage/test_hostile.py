"""Hostile and broken files are refused with their typed error, and never modified.

The corpus is made here from a valid file: empty, random bytes, truncated, flipped bytes in a
b-tree page, a newer user_version, a wrong application_id, an extra view, an extra trigger, a
view and an expression index calling an application function, an extra table, wrong value
types, a dangling reference, and a plain SQLite database that is not ours. Every entry is tried
through check_file, read_workshop and open_workshop (for writing and read-only); afterwards
the file's sha256 and its folder listing are exactly as before (no -wal, -shm, -journal, lock).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from coi_desktop.storage import (
    SCHEMA_VERSION,
    DamagedFileError,
    NewerVersionError,
    NotAWorkshopFileError,
    UnreadableFileError,
    WorkshopFileError,
    check_file,
    open_workshop,
    read_workshop,
    untrusted,
)

EVIL_CALLS: list[str] = []


def evil(value: object) -> str:
    EVIL_CALLS.append(str(value))
    return "pwned"


def _patch(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


def _sql(path: Path, *statements: str, functions: bool = False) -> None:
    conn = sqlite3.connect(path)
    if functions:
        conn.create_function("coi_evil", 1, evil, deterministic=True)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _root_page(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                           (table,)).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    return root, page_size


def make_empty(p: Path) -> None:
    p.write_bytes(b"")


def make_random(p: Path) -> None:
    p.write_bytes(random.Random(1).randbytes(8192))


def make_random_with_magic(p: Path) -> None:
    p.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8176))


def make_truncated_odd(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2 + 100])


def make_truncated_pages(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[:4096 * 3])


def make_flipped_page_header(p: Path) -> None:
    root, size = _root_page(p, "cards")
    offset = (root - 1) * size
    data = bytearray(p.read_bytes())
    for i in range(0, 8):
        data[offset + i] ^= 0xFF
    p.write_bytes(bytes(data))


def make_flipped_cell_pointers(p: Path) -> None:
    root, size = _root_page(p, "terms")
    offset = (root - 1) * size
    data = bytearray(p.read_bytes())
    for i in range(12, 40):
        data[offset + i] ^= 0x5A
    p.write_bytes(bytes(data))


def make_newer_version(p: Path) -> None:
    _patch(p, 60, struct.pack(">I", SCHEMA_VERSION + 1))


def make_wrong_application_id(p: Path) -> None:
    _patch(p, 68, struct.pack(">I", 0x12345678))


def make_version_zero(p: Path) -> None:
    _patch(p, 60, struct.pack(">I", 0))


def make_extra_view(p: Path) -> None:
    _sql(p, "CREATE VIEW everything AS SELECT * FROM cards")


def make_extra_trigger(p: Path) -> None:
    _sql(p, "CREATE TRIGGER wipe AFTER INSERT ON cards BEGIN DELETE FROM links; END")


def make_view_calling_function(p: Path) -> None:
    _sql(p, "CREATE VIEW evil_view AS SELECT coi_evil(title) AS x FROM cards")


def make_index_calling_function(p: Path) -> None:
    _sql(p, "CREATE INDEX evil_index ON cards (coi_evil(title))", functions=True)


def make_extra_table(p: Path) -> None:
    _sql(p, "CREATE TABLE secrets (x)")


def make_changed_column(p: Path) -> None:
    _sql(p, "ALTER TABLE cards ADD COLUMN extra TEXT DEFAULT 'x'")


def make_wrong_type(p: Path) -> None:
    _sql(p, "UPDATE cards SET x = 'left' WHERE id = 'b1'")


def make_bad_tags(p: Path) -> None:
    _sql(p, "UPDATE cards SET tags = '[1, 2]' WHERE id = 'b1'")


def make_null_title(p: Path) -> None:
    _sql(p, "UPDATE cards SET title = NULL WHERE id = 'b1'")


def make_unknown_kind(p: Path) -> None:
    _sql(p, "UPDATE cards SET kind = 'weapon' WHERE id = 'b1'")


def make_score_out_of_range(p: Path) -> None:
    _sql(p, "UPDATE cards SET severity = 99 WHERE id = 'b1'")


def make_unknown_template(p: Path) -> None:
    _sql(p, "UPDATE canvases SET template = 'secret' WHERE id = 'canvas-b'")


def make_round_for_unknown_kind(p: Path) -> None:
    _sql(p, "UPDATE voting_rounds SET kinds = '[\"barrier\", \"evil\"]'")


def make_card_of_no_size(p: Path) -> None:
    _sql(p, "UPDATE cards SET width = 0 WHERE id = 'b1'")


def make_dangling_link(p: Path) -> None:
    _sql(p, "UPDATE links SET target_id = 'nowhere' WHERE id = 'l2'")


def make_two_workshops(p: Path) -> None:
    _sql(p, "INSERT INTO workshop (id, title) SELECT 'x', title FROM workshop")


def make_plain_sqlite(p: Path) -> None:
    p.unlink()
    _sql(p, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
         "INSERT INTO notes (text) VALUES ('hello')")


CORPUS: dict[str, tuple[Callable[[Path], None], type[WorkshopFileError]]] = {
    "empty": (make_empty, NotAWorkshopFileError),
    "random bytes": (make_random, NotAWorkshopFileError),
    "random bytes after the magic": (make_random_with_magic, NotAWorkshopFileError),
    "truncated mid-page": (make_truncated_odd, DamagedFileError),
    "truncated at a page": (make_truncated_pages, DamagedFileError),
    "flipped page header": (make_flipped_page_header, DamagedFileError),
    "flipped cell pointers": (make_flipped_cell_pointers, DamagedFileError),
    "newer user_version": (make_newer_version, NewerVersionError),
    "wrong application_id": (make_wrong_application_id, NotAWorkshopFileError),
    "user_version 0": (make_version_zero, DamagedFileError),
    "extra view": (make_extra_view, DamagedFileError),
    "extra trigger": (make_extra_trigger, DamagedFileError),
    "view calling a function": (make_view_calling_function, DamagedFileError),
    "index calling a function": (make_index_calling_function, DamagedFileError),
    "extra table": (make_extra_table, DamagedFileError),
    "changed column": (make_changed_column, DamagedFileError),
    "text where a number belongs": (make_wrong_type, DamagedFileError),
    "tags that are not text": (make_bad_tags, DamagedFileError),
    "NULL title": (make_null_title, DamagedFileError),
    "dangling link": (make_dangling_link, DamagedFileError),
    "unknown card kind": (make_unknown_kind, DamagedFileError),
    "score out of range": (make_score_out_of_range, DamagedFileError),
    "unknown template": (make_unknown_template, DamagedFileError),
    "round for an unknown kind": (make_round_for_unknown_kind, DamagedFileError),
    "card of no size": (make_card_of_no_size, DamagedFileError),
    "two workshop rows": (make_two_workshops, DamagedFileError),
    "plain SQLite database": (make_plain_sqlite, NotAWorkshopFileError),
}


def _state(folder: Path, path: Path) -> tuple[list[str], str]:
    return sorted(os.listdir(folder)), hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _watch_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the planted function on every connection the storage code opens."""
    real = untrusted._connect

    def connect(uri: str) -> sqlite3.Connection:
        conn = real(uri)
        conn.create_function("coi_evil", 1, evil)
        return conn

    monkeypatch.setattr(untrusted, "_connect", connect)
    EVIL_CALLS.clear()


@pytest.mark.usefixtures("per_case_timeout")  # a hang fails the case, not the suite
@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_is_refused_and_untouched(name: str, tmp_path: Path,
                                               coi_file: Path) -> None:
    make, error = CORPUS[name]
    hostile = tmp_path / "hostile.coi"
    shutil.copyfile(coi_file, hostile)
    coi_file.unlink()
    make(hostile)
    EVIL_CALLS.clear()  # building the expression index called it once per row
    before = _state(tmp_path, hostile)
    attempts: list[Callable[[], object]] = [
        lambda: check_file(hostile), lambda: read_workshop(hostile),
        lambda: open_workshop(hostile), lambda: open_workshop(hostile, readonly=True)]
    for attempt in attempts:
        with pytest.raises(error) as info:
            attempt()
        assert type(info.value) is error
        assert info.value.text("en") and info.value.text("da") != info.value.text("en")
        assert "\n" not in info.value.text("en")
        assert _state(tmp_path, hostile) == before
    assert EVIL_CALLS == []


def test_planted_function_view_would_run_if_trusted(tmp_path: Path, coi_file: Path) -> None:
    """The corpus entry is real: an ordinary connection that reads the view runs the function."""
    make_view_calling_function(coi_file)
    conn = sqlite3.connect(coi_file)
    conn.create_function("coi_evil", 1, evil)
    conn.execute("SELECT * FROM evil_view").fetchall()
    conn.close()
    assert EVIL_CALLS


def test_newer_version_says_so(tmp_path: Path, coi_file: Path) -> None:
    make_newer_version(coi_file)
    with pytest.raises(NewerVersionError) as info:
        check_file(coi_file)
    assert "newer version of COI Desktop" in info.value.text("en")
    assert "nyere version af COI Desktop" in info.value.text("da")


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_missing_or_folder_is_unreadable(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.coi"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(UnreadableFileError):
        check_file(path)
    with pytest.raises(UnreadableFileError):
        open_workshop(path)
    assert sorted(os.listdir(tmp_path)) == (["x.coi"] if kind == "folder" else [])


_AS_NOBODY = """
import sys
from coi_desktop.storage import UnreadableFileError, check_file, open_workshop
for attempt in (check_file, lambda p: open_workshop(p, readonly=True), open_workshop):
    try:
        attempt(sys.argv[1])
    except UnreadableFileError as exc:
        assert "Permission denied" in exc.text("en") or "permission" in exc.text("en").lower()
        continue
    raise SystemExit("read a file it has no permission for")
print("refused")
"""


def test_no_permission_is_unreadable(coi_file: Path) -> None:
    """Run as an unprivileged user: root reads any file, so as root (CI) the check re-runs
    in a subprocess as uid/gid 65534 (nobody) via setpriv; no user needs to be created."""
    if os.geteuid() != 0:
        coi_file.chmod(0)
        try:
            with pytest.raises(UnreadableFileError):
                check_file(coi_file)
        finally:
            coi_file.chmod(0o644)
        return
    import subprocess
    import sys
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="coi-perm-"))  # /tmp: reachable by nobody
    try:
        folder.chmod(0o755)
        locked = folder / "locked.coi"
        shutil.copyfile(coi_file, locked)
        locked.chmod(0)
        before = _state(folder, locked)
        done = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
             sys.executable, "-c", _AS_NOBODY, str(locked)],
            capture_output=True, text=True, timeout=120, cwd=folder,
            env={**os.environ, "HOME": str(folder), "PYTHONDONTWRITEBYTECODE": "1"})
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "refused"
        assert _state(folder, locked) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_file_copied_while_open_in_wal_mode_opens_without_side_files(tmp_path: Path,
                                                                     coi_file: Path) -> None:
    """A header that says WAL but no -wal beside it: read without creating -wal or -shm."""
    conn = sqlite3.connect(coi_file)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert coi_file.read_bytes()[18:20] == b"\x02\x02"
    before = _state(tmp_path, coi_file)
    check_file(coi_file)
    assert read_workshop(coi_file).cards.require("b1").title == "GDPR"
    assert _state(tmp_path, coi_file) == before
    with open_workshop(coi_file) as wf:
        wf.workshop.cards.update("b1", title="Persondata")
    assert sorted(os.listdir(tmp_path)) == ["workshop.coi"]
    assert read_workshop(coi_file).cards.require("b1").title == "Persondata"
