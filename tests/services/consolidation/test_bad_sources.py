"""Consolidation survives bad sources (issue 13): each is read in isolation, reported with its
reason and skipped; the rest is consolidated; a stale -wal beside the output never meets it.

The bad sources are built here: a vote count whose sum overflows 64 bits, duplicate ids, a
symlink loop, a FIFO (which would block a reader forever) and text that is not UTF-8. The run
has a timeout (SIGALRM) so a hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coi_desktop.models import VotingRound
from coi_desktop.services.consolidation import consolidate
from coi_desktop.storage import create_workshop_file
from tests.deadline import deadline

from .helpers import barrier_workshop, listing


@pytest.fixture(autouse=True)
def _time_limit() -> Iterator[None]:
    with deadline(120):
        yield


def _good(folder: Path, n: int, start: int = 0) -> list[Path]:
    paths = []
    for i in range(start, start + n):
        path = folder / f"good-{i:02}.coi"
        ws = barrier_workshop(f"Workshop {i}", [f"Barriere {i}", "Fælles barriere"],
                              actor=f"Aktør {i}")
        create_workshop_file(path, ws)
        paths.append(path)
    return paths


def _vote_overflow(path: Path) -> None:
    """Two vote rows of 2**62 on one card: the card's dot sum overflows 64 bits."""
    ws = barrier_workshop("Overflow", ["Stemmer"])
    canvas = next(iter(ws.canvases))
    card = next(iter(ws.cards))
    ws.voting.add(VotingRound("r1", canvas, "Runde", ("barrier",), 5, 3))
    ws.voting.set_count("r1", card, 7)
    create_workshop_file(path, ws)
    conn = sqlite3.connect(path)
    (vote_id,) = conn.execute("SELECT id FROM votes").fetchone()
    conn.execute("INSERT INTO votes SELECT id || 'x', round_id, card_id, participant_id, count "
                 "FROM votes")
    conn.execute("UPDATE votes SET count = 4611686018427387904 * 2 - 1 + 0")
    conn.commit()
    conn.close()
    assert vote_id


def _duplicate_ids(path: Path) -> None:
    ws = barrier_workshop("Dubletter", ["aa", "bb"])
    create_workshop_file(path, ws)
    ids = sorted(ws.cards)
    data = path.read_bytes()
    canvas = next(iter(ws.canvases)).encode()
    old, new = ids[1].encode() + canvas, ids[0].encode() + canvas
    assert data.count(old) == 1
    path.write_bytes(data.replace(old, new))


def _not_utf8(path: Path) -> None:
    create_workshop_file(path, barrier_workshop("UTF", ["tekst"]))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE cards SET title = CAST(x'ff41' AS TEXT)")
    conn.commit()
    conn.close()


def _bad(folder: Path) -> dict[str, Path]:
    bad = {name: folder / f"bad-{name}.coi" for name in
           ("overflow", "duplicates", "loop", "fifo", "utf8")}
    _vote_overflow(bad["overflow"])
    _duplicate_ids(bad["duplicates"])
    (folder / "bad-loop2.coi").symlink_to(bad["loop"])
    bad["loop"].symlink_to(folder / "bad-loop2.coi")
    os.mkfifo(bad["fifo"])
    _not_utf8(bad["utf8"])
    return bad


def test_twenty_good_and_five_bad_sources_give_the_twenty_and_name_the_five(
        tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    good = _good(folder, 20)
    bad = _bad(folder)
    before = listing(folder)
    output = tmp_path / "all.sqlite"
    result = consolidate([folder], output)
    assert sorted(m.path.name for m in result.merged) == sorted(p.name for p in good)
    skipped = {s.path.name: s for s in result.skipped}
    # the loop's second link is found as a source too: it is the same loop
    assert set(skipped) - {"bad-loop2.coi"} == {p.name for p in bad.values()}
    reasons = {name: skipped[p.name].text("en") for name, p in bad.items()}
    assert "votes" in reasons["overflow"] or "wrong kind" in reasons["overflow"] \
        or "COI Desktop does not write" in reasons["overflow"]
    assert "same id" in reasons["duplicates"] or "integrity" in reasons["duplicates"]
    assert "circle" in reasons["loop"]
    assert "pipe (FIFO)" in reasons["fifo"]
    assert "UTF-8" in reasons["utf8"]
    for s in result.skipped:
        assert s.text("da") and s.text("da") != s.text("en") and "\n" not in s.text("en")
    assert listing(folder) == before  # sources untouched
    conn = sqlite3.connect(output)
    assert conn.execute("SELECT count(*) FROM workshops").fetchone()[0] == 20
    conn.close()
    assert "skipped" in result.summary("en") and "bad-fifo.coi" in result.summary("en")


def test_a_stale_wal_beside_the_output_never_meets_it(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    _good(folder, 2)
    output = tmp_path / "all.sqlite"
    consolidate([folder], output)
    # A -wal from some other database lands beside the output (copied along, say).
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE junk (x)")
    conn.execute("INSERT INTO junk VALUES (1)")
    conn.commit()
    os.link(f"{other}-wal", f"{output}-wal")
    _good(folder, 1, start=2)  # a new source, so the run writes
    result = consolidate([folder], output)
    conn.close()
    assert result.changed
    assert not Path(f"{output}-wal").exists()
    check = sqlite3.connect(output)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT count(*) FROM workshops").fetchone()[0] == 3
    assert check.execute("SELECT count(*) FROM sqlite_master WHERE name = 'junk'"
                         ).fetchone()[0] == 0
    check.close()
