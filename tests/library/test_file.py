"""The .coilib file opened as untrusted: hostile or damaged files are refused with one
sentence and stay byte for byte as they were; a good one opens without being changed."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import struct
from pathlib import Path

import pytest

from coi_desktop.services.library import Library
from coi_desktop.storage import (
    DamagedFileError,
    NewerVersionError,
    NotAWorkshopFileError,
    UnreadableFileError,
    WorkshopFileError,
)
from coi_desktop.storage.library_file import APPLICATION_ID, SCHEMA_VERSION, expected_master


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _altered(good: Path, target: Path, sql: str) -> Path:
    target.write_bytes(good.read_bytes())
    conn = sqlite3.connect(target)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return target


def hostile(folder: Path, good: Path, workshop: Path) -> dict[str, tuple[Path, type]]:
    data = good.read_bytes()
    out: dict[str, tuple[Path, type]] = {}
    (folder / "empty.coilib").write_bytes(b"")
    out["empty"] = (folder / "empty.coilib", NotAWorkshopFileError)
    (folder / "random.coilib").write_bytes(random.Random(3).randbytes(8192))
    out["random"] = (folder / "random.coilib", NotAWorkshopFileError)
    (folder / "truncated.coilib").write_bytes(data[: len(data) // 2 + 100])
    out["truncated"] = (folder / "truncated.coilib", DamagedFileError)
    out["workshop"] = (workshop, NotAWorkshopFileError)
    newer = bytearray(data)
    newer[60:64] = struct.pack(">I", SCHEMA_VERSION + 1)
    (folder / "newer.coilib").write_bytes(bytes(newer))
    out["newer"] = (folder / "newer.coilib", NewerVersionError)
    out["view"] = (_altered(good, folder / "view.coilib",
                            "CREATE VIEW evil AS SELECT * FROM entries"), DamagedFileError)
    out["trigger"] = (_altered(good, folder / "trigger.coilib",
                               "CREATE TRIGGER evil AFTER INSERT ON meta BEGIN "
                               "DELETE FROM entries; END"), DamagedFileError)
    out["extra_table"] = (_altered(good, folder / "extra.coilib", "CREATE TABLE x (y)"),
                          DamagedFileError)
    out["bad_kind"] = (_altered(good, folder / "kind.coilib",
                                "UPDATE entries SET kind = 'actor'"), DamagedFileError)
    out["dangling"] = (_altered(good, folder / "dangling.coilib",
                                "INSERT INTO helped VALUES ('nobody', 'nothing', 'w')"),
                       DamagedFileError)
    plain = folder / "plain.coilib"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    out["plain_sqlite"] = (plain, NotAWorkshopFileError)
    (folder / "folder.coilib").mkdir()
    out["folder"] = (folder / "folder.coilib", UnreadableFileError)
    out["missing"] = (folder / "missing.coilib", UnreadableFileError)
    return out


def test_good_library_opens_without_a_change(library_path: Path) -> None:
    before = _sha(library_path)
    folder = sorted(p.name for p in library_path.parent.iterdir())
    lib = Library.open(library_path)
    assert lib.size > 0
    lib.close()
    assert _sha(library_path) == before
    assert sorted(p.name for p in library_path.parent.iterdir()) == folder  # no -wal, -journal
    conn = sqlite3.connect(f"{library_path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert all(row[0] in ("table", "index") for row in expected_master())


def test_hostile_libraries_refused_with_a_sentence_bytes_unchanged(
        tmp_path: Path, library_path: Path, sources: list[Path]) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    cases = hostile(folder, library_path, sources[0])
    for name, (path, error) in cases.items():
        before = _sha(path) if path.is_file() else None
        with pytest.raises(WorkshopFileError) as caught:
            Library.open(path)
        assert isinstance(caught.value, error), (name, caught.value)
        for lang in ("da", "en"):
            sentence = caught.value.text(lang)
            assert sentence.endswith(".") and "\n" not in sentence and path.name in sentence
        if before is not None:
            assert _sha(path) == before, name
    assert "newer version" in cases_text(cases["newer"][0])
    assert "nyere version" in cases_text(cases["newer"][0], "da")


def cases_text(path: Path, lang: str = "en") -> str:
    try:
        Library.open(path)
    except WorkshopFileError as exc:
        return exc.text(lang)
    return ""


def test_workshop_file_is_not_a_library(sources: list[Path]) -> None:
    assert "not a COI Desktop library file" in cases_text(sources[0])
    assert "ikke en biblioteksfil" in cases_text(sources[0], "da")
