"""Consolidation reads a source's bulk (cards, links, votes) as rows shaped in SQL, not as a
model; a file the app refuses is still skipped with the app's sentence, and the rows merged
are those of the records `read_workshop` gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coi_desktop.services.consolidation import consolidate, sources
from coi_desktop.services.consolidation.sources import read_source, sha256_file
from coi_desktop.storage import WorkshopFileError, create_workshop_file, read_workshop
from tests.storage.conftest import full_workshop

CELLS = [("cards", "notes"), ("cards", "title"), ("cards", "color"), ("cards", "tags"),
         ("agenda_items", "title"), ("groups", "title"), ("voting_rounds", "title"),
         ("links", "label"), ("terms", "da"), ("canvases", "name"), ("participants", "name")]


@pytest.mark.parametrize(("table", "column"), CELLS)
def test_text_that_is_not_utf8_is_skipped_like_the_app_refuses_it(
        tmp_path: Path, table: str, column: str) -> None:
    path = tmp_path / "bad.coi"
    create_workshop_file(path, full_workshop())
    conn = sqlite3.connect(path)
    conn.execute(f'UPDATE "{table}" SET "{column}" = CAST(x\'ff00fe\' AS TEXT) '
                 f'WHERE rowid = (SELECT min(rowid) FROM "{table}")')
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError) as refused:
        read_workshop(path)
    result = consolidate([path], tmp_path / "out.db")
    assert not result.merged
    assert [(s.en, s.da) for s in result.skipped] == [(refused.value.en, refused.value.da)]
    assert path.read_bytes() == before


def test_rows_are_those_of_the_records(tmp_path: Path) -> None:
    path = tmp_path / "w.coi"
    workshop = full_workshop()
    create_workshop_file(path, workshop)
    out = tmp_path / "out.db"
    consolidate([path], out)
    conn = sqlite3.connect(out)
    cards = {r[0]: r[1:] for r in conn.execute(
        "SELECT card_id, canvas_id, canvas_name, hidden, votes FROM cards")}
    votes = {c: 0 for c in workshop.cards}
    for v in workshop.voting.votes.values():
        votes[v.card_id] += v.count
    assert cards == {c.id: (c.canvas_id, workshop.canvases[c.canvas_id].name, int(c.hidden),
                            votes[c.id]) for c in workshop.cards.values()}
    rounds = {r[0]: r[1:] for r in conn.execute(
        "SELECT vote_id, round_title, canvas_id, canvas_name, count FROM votes")}
    assert rounds == {v.id: (workshop.voting[v.round_id].title,
                             workshop.voting[v.round_id].canvas_id,
                             workshop.canvases[workshop.voting[v.round_id].canvas_id].name,
                             v.count) for v in workshop.voting.votes.values()}
    assert rounds and any(cards[c][3] for c in cards)


def _utf16_copy(source: Path, target: Path) -> None:
    """The same workshop in a database SQLite stores as UTF-16 (it cannot be attached beside
    a UTF-8 one, so the merge takes its rows the other way)."""
    src = sqlite3.connect(source)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA encoding = 'UTF-16le'")
    schema = src.execute("SELECT type, name, sql FROM sqlite_master WHERE sql NOT NULL "
                         "ORDER BY type = 'index'").fetchall()
    conn.execute("BEGIN")
    for _, _, sql in schema:
        conn.execute(sql)
    for kind, name, _ in schema:
        if kind == "table":
            rows = src.execute(f'SELECT * FROM "{name}"').fetchall()
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    conn.execute("COMMIT")
    for pragma in ("application_id", "user_version"):
        (value,) = src.execute(f"PRAGMA {pragma}").fetchone()
        conn.execute(f"PRAGMA {pragma} = {int(value)}")
    conn.close()
    src.close()


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    out = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
           for t in ("cards", "links", "votes", "canvases")}
    conn.close()
    return out


def test_a_utf16_file_merges_the_same_rows(tmp_path: Path) -> None:
    plain, wide = tmp_path / "a" / "w.coi", tmp_path / "b" / "w.coi"
    plain.parent.mkdir()
    wide.parent.mkdir()
    create_workshop_file(plain, full_workshop())
    _utf16_copy(plain, wide)
    conn = sqlite3.connect(wide)
    assert conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-16le"
    conn.close()
    assert read_workshop(wide).records() == read_workshop(plain).records()
    first = consolidate([plain], tmp_path / "a.db")
    second = consolidate([wide], tmp_path / "b.db")
    assert [m.cards for m in first.merged] == [m.cards for m in second.merged] != [0]
    assert not second.skipped
    a, b = _dump(tmp_path / "a.db"), _dump(tmp_path / "b.db")
    assert a.keys() == b.keys() and all(len(a[t]) == len(b[t]) for t in a)
    assert read_source(plain, sha256_file(plain)).image is not None
    assert read_source(wide, sha256_file(wide)).image is None  # taken as rows instead
    for table in a:  # the same rows but for the source's SHA-256
        strip = [tuple(v for v in row if not (isinstance(v, str) and len(v) == 64))
                 for row in a[table]]
        assert strip == [tuple(v for v in row if not (isinstance(v, str) and len(v) == 64))
                         for row in b[table]]


def test_an_image_that_is_not_what_was_checked_is_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good, odd = tmp_path / "good.coi", tmp_path / "odd.coi"
    create_workshop_file(good, full_workshop())
    create_workshop_file(odd, full_workshop())
    real = sources.Source.__init__

    def init(self: sources.Source, conn: sqlite3.Connection, path: Path, sha: str) -> None:
        real(self, conn, path, sha)
        if path.name == "odd.coi":  # as if the bytes had changed after the checks
            self.master = [*self.master, ("view", "v", "v", "CREATE VIEW v AS SELECT 1")]

    monkeypatch.setattr(sources.Source, "__init__", init)
    result = consolidate([good, odd], tmp_path / "out.db")
    assert [m.path.name for m in result.merged] == ["good.coi"]
    assert [(s.path.name, s.en) for s in result.skipped] == [(
        "odd.coi", "The file odd.coi could not be read (it changed while it was being read; "
        "try again).")]
    conn = sqlite3.connect(tmp_path / "out.db")
    assert conn.execute("SELECT DISTINCT source_file FROM cards").fetchall() == [("good.coi",)]
    assert conn.execute("SELECT count(*) FROM workshops").fetchone()[0] == 1
    conn.close()


def _schema(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "ORDER BY name").fetchall()
    conn.close()
    return rows


def test_a_large_merge_leaves_the_same_schema_and_indexes(tmp_path: Path) -> None:
    from coi_desktop.services.consolidation import database

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):  # enough files for the merge to build the cards index at the end
        create_workshop_file(folder / f"w{i}.coi", full_workshop())
    fresh = tmp_path / "fresh.db"
    database.connect(fresh).close()
    out = tmp_path / "out.db"
    result = consolidate([folder], out)
    assert len(result.merged) == 12
    assert _schema(out) == _schema(fresh)
    conn = sqlite3.connect(out)
    plan = " ".join(str(r) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM cards WHERE kind = 'barrier' AND variant = 'x'"))
    assert "idx_cards_kind_variant" in plan
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
