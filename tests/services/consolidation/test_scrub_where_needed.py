"""The bulk copy scrubs free text only when scrubbing would change some of it
(sources.Source._hides_in_text): a hidden name standing in any single free-text place of a
source (a tag, a link label, a canvas name, a round title, an organisation) must still be
replaced, and a source without one must come through word for word."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coi_desktop.models import Card, Participant, new_id
from coi_desktop.models.entities import VotingRound
from coi_desktop.services.consolidation import consolidate
from coi_desktop.storage import create_workshop_file

from .helpers import barrier_workshop

NAME = "Birthe Quistgaard"


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _workshop(where: str):  # type: ignore[no-untyped-def]
    ws = barrier_workshop("Ét sted", ["Stive regler"], actor="Kommunen")
    ws.participants.add([Participant(new_id(), NAME, "", "company", consent=False)])
    canvas = next(iter(ws.canvases))
    if where == "tag":
        ws.cards.add([Card(new_id(), canvas, "note", "Husk", y=900, tags=("x", NAME))])
    elif where == "organisation":
        ws.cards.add([Card(new_id(), canvas, "actor", "Leverandør", y=900, organisation=NAME)])
    elif where == "link label":
        link = next(iter(ws.links.values()))
        ws.links.update(link.id, label=f"sagt af {NAME}")
    elif where == "canvas name":
        ws.canvases.update(canvas, name=f"{NAME}s tavle")
    elif where == "round title":
        ws.voting.add(VotingRound(new_id(), canvas, f"Runde ved {NAME}"))
    return ws


@pytest.mark.parametrize("where", ["tag", "organisation", "link label", "canvas name",
                                   "round title"])
def test_a_hidden_name_in_one_place_only_is_still_replaced(tmp_path: Path, where: str) -> None:
    create_workshop_file(tmp_path / "a.coi", _workshop(where))
    assert NAME.encode() in (tmp_path / "a.coi").read_bytes()
    out = tmp_path / "c.db"
    result = consolidate([tmp_path / "a.coi"], out)
    assert len(result.merged) == 1, result.summary()
    assert NAME.encode() not in out.read_bytes()
    assert b"quistgaard" not in out.read_bytes().lower()
    if where == "tag":
        (tags,) = _rows(out, "SELECT tags FROM cards WHERE title = 'Husk'")
        assert json.loads(str(tags[0])) == ["x", "Deltager 1"]


def test_a_source_without_hidden_names_in_its_text_is_copied_word_for_word(
        tmp_path: Path) -> None:
    ws = barrier_workshop("Ingen navne", ["Stive regler", "Persondata uden samtykke"],
                          actor="Kommunen")
    ws.participants.add([Participant(new_id(), "Per", "", "company", consent=False)])
    canvas = next(iter(ws.canvases))
    ws.cards.add([Card(new_id(), canvas, "note", "Pers idé: Persondata", y=900,
                       tags=("Persondata",))])
    ws.links.update(next(iter(ws.links)), label="Personlig")
    create_workshop_file(tmp_path / "a.coi", ws)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    titles = {r[0] for r in _rows(out, "SELECT title FROM cards")}
    # "Per" is hidden as a word ("Pers idé" is his), never inside "Persondata"
    assert "Persondata uden samtykke" in titles
    assert "Deltager 1s idé: Persondata" in titles
    assert _rows(out, "SELECT label FROM links WHERE label != ''") == [("Personlig",)]
