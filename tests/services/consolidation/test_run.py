"""A consolidation run: good files merged, bad ones listed and untouched, re-runs idempotent."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coi_desktop.services.consolidation import Cancelled, ConsolidationError, consolidate
from coi_desktop.storage import create_workshop_file, read_workshop

from .helpers import (
    add_people,
    barrier_workshop,
    info_counts,
    listing,
    make_hostile,
    sha,
    write_demo_set,
)

TABLES = ("workshops", "participants", "canvases", "cards", "links", "votes")


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three demo workshops and six hostile files, written once for the module."""
    root = tmp_path_factory.mktemp("corpus")
    good = write_demo_set(root / "good")
    make_hostile(root / "bad", good[0])
    return root


@pytest.fixture
def sources(corpus: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "sources"
    shutil.copytree(corpus, target)
    return target


def test_good_files_merged_bad_ones_listed_and_untouched(sources: Path, tmp_path: Path) -> None:
    before = {**listing(sources / "good"), **listing(sources / "bad")}
    out = tmp_path / "consolidated.db"
    result = consolidate([sources], out)
    assert len(result.merged) == 3
    assert sorted(s.path.name for s in result.skipped) == sorted(
        f"{n}.coi" for n in ("empty", "random", "newer", "trigger", "view", "plain"))
    for skipped in result.skipped:
        assert skipped.path.name in skipped.text("en")
        assert skipped.text("da") != skipped.text("en")
    newer = next(s for s in result.skipped if s.path.name == "newer.coi")
    assert "newer version" in newer.text("en")
    # not a byte changed, and no journal, -wal, -shm or lock file appeared beside them
    assert {**listing(sources / "good"), **listing(sources / "bad")} == before
    assert "Merged 3 workshops" in result.summary("en")
    assert "skipped 6 files" in result.summary("en")
    assert "Samlede 3 workshops" in result.summary("da")
    # the new/updated/unchanged counts are of workshops, so they stand next to "workshops"
    assert result.summary("en").startswith("Merged 3 workshops (3 new, 0 updated, 0 unchanged)")
    assert result.summary("da").startswith("Samlede 3 workshops (3 nye, 0 opdaterede")


def test_counts_equal_the_sum_over_the_sources(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([sources / "good"], out)
    expected: dict[str, int] = {}
    for path in sorted((sources / "good").glob("*.coi")):
        for key, n in info_counts(path).items():
            expected[key] = expected.get(key, 0) + n
    counts = _counts(out)
    conn = sqlite3.connect(out)
    counts["dots"] = conn.execute("SELECT SUM(count) FROM votes").fetchone()[0]
    assert conn.execute("SELECT SUM(votes) FROM cards").fetchone()[0] == counts["dots"]
    conn.close()
    assert counts["workshops"] == 3
    for key, n in expected.items():
        assert counts[key] == n, key
    assert expected["cards"] > 0 and expected["dots"] > 0


def test_second_run_changes_nothing(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    first = consolidate([sources], out)
    assert first.changed
    digest, counts = sha(out), _counts(out)
    second = consolidate([sources], out)
    assert not second.changed
    assert [m.status for m in second.merged] == ["unchanged"] * 3
    assert _counts(out) == counts
    assert sha(out) == digest  # the file itself is not even rewritten
    assert not list(tmp_path.glob(".*.part"))


def test_changed_file_replaces_its_old_rows(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([sources / "good"], out)
    counts = _counts(out)
    path = sources / "good" / "workshop-1.coi"
    ws = read_workshop(path)
    gone = sorted(ws.cards)[:3]
    ws.cards.remove(gone)
    canvas = next(iter(ws.canvases))
    from coi_desktop.models import Card, new_id

    ws.cards.add([Card(new_id(), canvas, "barrier", "Ny barriere",
                       "Ingen ved hvem der ejer snabelrobotten")])
    create_workshop_file(path, ws, overwrite=True)
    result = consolidate([sources / "good"], out)
    assert sorted(m.status for m in result.merged) == ["unchanged", "unchanged", "updated"]
    after = _counts(out)
    assert after["workshops"] == counts["workshops"]
    assert after["cards"] == counts["cards"] - 3 + 1
    conn = sqlite3.connect(out)
    marks = ",".join("?" * len(gone))
    assert conn.execute(f"SELECT count(*) FROM cards WHERE card_id IN ({marks})",
                        gone).fetchone()[0] == 0
    (digest,) = conn.execute("SELECT DISTINCT source_sha256 FROM cards WHERE workshop_id = ?",
                             (ws.info.id,)).fetchone()
    assert digest == sha(path)
    # the full-text index followed the replacement
    hits = conn.execute("SELECT c.title FROM cards_fts JOIN cards AS c ON c.rowid = "
                        "cards_fts.rowid WHERE cards_fts MATCH 'snabelrobotten'").fetchall()
    assert hits == [("Ny barriere",)]
    (stale,) = conn.execute("SELECT count(*) FROM cards_fts").fetchone()
    assert stale == after["cards"]
    conn.close()


def test_fts_finds_a_card_by_a_word_in_its_description(tmp_path: Path) -> None:
    ws = barrier_workshop("Udbud", ["Stive regler"], descriptions={
        "Stive regler": "Juristerne læser udbudsdirektivet meget forsigtigt"})
    create_workshop_file(tmp_path / "a.coi", ws)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    conn = sqlite3.connect(out)
    rows = conn.execute("SELECT c.title, c.source_file FROM cards_fts JOIN cards AS c "
                        "ON c.rowid = cards_fts.rowid WHERE cards_fts MATCH ?",
                        ("juristerne",)).fetchall()
    conn.close()
    assert rows == [("Stive regler", "a.coi")]


def test_missing_file_stays_until_removed(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([sources / "good"], out)
    (sources / "good" / "workshop-2.coi").unlink()
    kept = consolidate([sources / "good"], out)
    assert len(kept.missing) == 1 and not kept.removed
    assert _counts(out)["workshops"] == 3
    removed = consolidate([sources / "good"], out, remove_missing=True)
    assert len(removed.removed) == 1
    assert _counts(out)["workshops"] == 2
    conn = sqlite3.connect(out)
    for table in TABLES:
        (n,) = conn.execute(f"SELECT count(DISTINCT workshop_id) FROM {table}").fetchone()
        assert n <= 2, table
    conn.close()


def test_exact_copy_and_older_copy_are_listed(sources: Path, tmp_path: Path) -> None:
    import os
    import shutil

    good = sources / "good"
    shutil.copyfile(good / "workshop-0.coi", good / "copy.coi")
    ws = read_workshop(good / "workshop-1.coi")
    ws.update_info(title="Older version")
    create_workshop_file(good / "older.coi", ws)
    os.utime(good / "older.coi", (1_000_000, 1_000_000))
    result = consolidate([good], tmp_path / "c.db")
    assert len(result.merged) == 3
    reasons = {s.path.name: s.text("en") for s in result.skipped}
    assert set(reasons) == {"copy.coi", "older.coi"} or set(reasons) == {"workshop-0.coi",
                                                                          "older.coi"}
    assert "older version of the same workshop as workshop-1.coi" in reasons["older.coi"]


def test_participants_pseudonymised_unless_they_consented(tmp_path: Path) -> None:
    ws = barrier_workshop("Folk", ["Stive regler"])
    named, hidden = add_people(ws)
    create_workshop_file(tmp_path / "a.coi", ws)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    conn = sqlite3.connect(out)
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT participant_id, label, name, email, named FROM participants")}
    # named with consent, but an e-mail address is never copied
    assert rows[named.id] == ("Karen Named", "Karen Named", None, 1)
    label, name, email, flag = rows[hidden.id]
    assert label.startswith("P-") and name is None and email is None and flag == 0
    dump = "\n".join(conn.iterdump())
    assert "Hemmelig" not in dump and "jens.hemmelig" not in dump
    conn.close()
    consolidate([tmp_path / "a.coi"], out)  # the label is stable across runs
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT label FROM participants WHERE participant_id = ?",
                        (hidden.id,)).fetchone()[0] == label
    conn.close()


def test_cancel_leaves_the_database_as_it_was(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([sources / "good"], out)
    digest = sha(out)
    path = sources / "good" / "workshop-0.coi"
    ws = read_workshop(path)
    ws.update_info(title="Changed")
    create_workshop_file(path, ws, overwrite=True)
    calls = []

    def progress(done: int, total: int, name: str) -> None:
        calls.append(done)

    with pytest.raises(Cancelled):
        consolidate([sources / "good"], out, progress=progress,
                    cancelled=lambda: len(calls) >= 2)
    assert sha(out) == digest
    assert not list(tmp_path.glob(".*.part"))
    # cancelled during the similarity step (after every file was merged) as well
    late: list[bool] = []

    def at_similarity(done: int, total: int, name: str) -> None:
        if done == total - 1 and not name:
            late.append(True)

    with pytest.raises(Cancelled):
        consolidate([sources / "good"], out, progress=at_similarity, cancelled=lambda: bool(late))
    assert late and sha(out) == digest
    assert not list(tmp_path.glob(".*.part"))


def test_nothing_merged_creates_no_output(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    result = consolidate([sources / "bad"], out)
    assert not result.merged and len(result.skipped) == 6
    assert not out.exists()


def test_refuses_an_output_that_is_not_a_consolidated_database(sources: Path,
                                                               tmp_path: Path) -> None:
    target = sources / "good" / "workshop-0.coi"
    digest = sha(target)
    with pytest.raises(ConsolidationError) as info:
        consolidate([sources / "good" / "workshop-1.coi"], target)
    assert "workshop-0.coi" in info.value.text("en")
    assert sha(target) == digest


def test_card_columns_follow_the_model() -> None:
    from coi_desktop.services.consolidation.database import _CARD_FIELDS, TABLES

    columns = list(TABLES["cards"][0])
    start = columns.index("hidden") + 1
    assert tuple(columns[start:start + len(_CARD_FIELDS)]) == _CARD_FIELDS


def test_output_with_a_planted_trigger_is_refused(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([sources / "good" / "workshop-0.coi"], out)
    conn = sqlite3.connect(out)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON cards BEGIN DELETE FROM meta; END")
    conn.execute("DROP VIEW recurring_barriers")
    conn.execute("CREATE VIEW recurring_barriers AS SELECT 1")
    conn.commit()
    conn.close()
    digest = sha(out)
    with pytest.raises(ConsolidationError):
        consolidate([sources / "good"], out)
    assert sha(out) == digest
    conn = sqlite3.connect(out)
    conn.execute("DROP TRIGGER evil")
    conn.commit()
    conn.close()
    consolidate([sources / "good" / "workshop-0.coi"], out)  # unchanged, but views come back
    conn = sqlite3.connect(out)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'recurring_barriers'"
                          ).fetchone()
    assert "FROM canonical_barriers" in sql
    conn.close()


def test_a_copy_elsewhere_replaces_only_when_newer_and_says_so(sources: Path,
                                                                tmp_path: Path) -> None:
    import os

    out = tmp_path / "c.db"
    first = sources / "good" / "workshop-0.coi"
    consolidate([first], out)
    other = tmp_path / "elsewhere"
    other.mkdir()
    ws = read_workshop(first)
    ws.update_info(title="Saved again under another name")
    create_workshop_file(other / "copy.coi", ws)
    os.utime(other / "copy.coi", (first.stat().st_mtime - 3600,) * 2)  # an hour older
    result = consolidate([other], out)
    assert not result.merged
    assert "older version of the same workshop as workshop-0.coi" in result.skipped[0].text("en")
    assert "ældre version af samme workshop som workshop-0.coi" in result.skipped[0].text("da")
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT title FROM workshops").fetchone()[0] != ws.info.title
    conn.close()
    os.utime(other / "copy.coi", (first.stat().st_mtime + 3600,) * 2)  # now an hour newer
    result = consolidate([other], out)
    assert [m.status for m in result.merged] == ["replaced"]
    assert "replaced the earlier version of the same workshop from workshop-0.coi" in \
        result.replaced[0].text("en")
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*), min(title) FROM workshops").fetchone() == (
        1, ws.info.title)
    conn.close()
    # the same file, edited where it was, replaces its rows as an update
    ws.update_info(title="Edited where it was")
    create_workshop_file(other / "copy.coi", ws, overwrite=True)
    assert [m.status for m in consolidate([other / "copy.coi"], out).merged] == ["updated"]


def test_output_in_a_missing_folder_is_one_sentence(sources: Path, tmp_path: Path) -> None:
    with pytest.raises(ConsolidationError) as info:
        consolidate([sources / "good"], tmp_path / "nowhere" / "c.db")
    assert info.value.text("en").startswith("The database c.db could not be written")


def test_no_sources_found_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = consolidate([empty], tmp_path / "c.db")
    assert result.summary("en") == "No workshop files (.coi) were found."
    assert result.summary("da") == "Der blev ikke fundet workshopfiler (.coi)."
    assert not (tmp_path / "c.db").exists()


def test_a_copy_with_the_same_name_in_another_folder_names_both_folders(tmp_path: Path) -> None:
    for folder in ("forår", "efterår"):
        (tmp_path / folder).mkdir()
    ws = barrier_workshop("W", ["Intet budget"])
    create_workshop_file(tmp_path / "efterår" / "w.coi", ws)
    shutil.copyfile(tmp_path / "efterår" / "w.coi", tmp_path / "forår" / "w.coi")
    result = consolidate([tmp_path / "efterår", tmp_path / "forår"], tmp_path / "c.db")
    assert len(result.merged) == 1 and len(result.skipped) == 1
    text = result.skipped[0].text("da")
    assert "forår/w.coi" in text and "efterår/w.coi" in text  # not "w.coi … af w.coi"
