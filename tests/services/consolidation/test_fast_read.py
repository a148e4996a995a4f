"""Consolidation reads a source's bulk (cards, links, votes) as rows shaped in SQL, not as a
model; a file the app refuses is still skipped with the app's sentence, and the rows merged
are those of the records `read_workshop` gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coi_desktop.services.consolidation import consolidate
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
    for v in workshop.votes.values():
        votes[v.card_id] += v.count
    assert cards == {c.id: (c.canvas_id, workshop.canvases[c.canvas_id].name, int(c.hidden),
                            votes[c.id]) for c in workshop.cards.values()}
    rounds = {r[0]: r[1:] for r in conn.execute(
        "SELECT vote_id, round_title, canvas_id, canvas_name, count FROM votes")}
    assert rounds == {v.id: (workshop.rounds[v.round_id].title,
                             workshop.rounds[v.round_id].canvas_id,
                             workshop.canvases[workshop.rounds[v.round_id].canvas_id].name,
                             v.count) for v in workshop.votes.values()}
    assert rounds and any(cards[c][3] for c in cards)
