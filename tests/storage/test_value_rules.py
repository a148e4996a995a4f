"""A file whose values the model would refuse on the next edit is refused on open instead."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coi_desktop.models import Card, Link, Workshop, new_id
from coi_desktop.storage import create_workshop_file, open_workshop, read_workshop
from coi_desktop.storage.errors import DamagedFileError


def _file(tmp_path: Path) -> Path:
    w = Workshop.new("Regler", template="blank")
    canvas = w.canvases.ordered()[0].id
    a = Card(new_id(), canvas, "actor", "Kommune", sector="municipality")
    b = Card(new_id(), canvas, "barrier", "Udbud", category="law", due_date="")
    w.cards.add([a, b])
    w.links.add([Link(new_id(), canvas, a.id, b.id, "experiences", "", True)])
    path = tmp_path / "rules.coi"
    create_workshop_file(path, w)
    return path


@pytest.mark.parametrize("sql", [
    "UPDATE workshop SET date = '2026-13-45'",
    "UPDATE workshop SET date = '20261129'",
    "UPDATE workshop SET title = '   '",
    "UPDATE cards SET sector = 'no_such_sector' WHERE kind = 'actor'",
    "UPDATE cards SET color = 'red'",
    "UPDATE cards SET title = 'a' || char(0) || 'b' WHERE kind = 'actor'",
    "UPDATE links SET relation = 'no_such_relation'",
    "UPDATE links SET target_id = source_id",
])
def test_a_value_the_model_refuses_makes_the_file_damaged(tmp_path: Path, sql: str) -> None:
    path = _file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DamagedFileError) as caught:
        read_workshop(path)
    assert caught.value.text("da") and caught.value.text("en")
    with pytest.raises(DamagedFileError):
        open_workshop(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_good_file_still_opens_and_takes_an_edit(tmp_path: Path) -> None:
    path = _file(tmp_path)
    with open_workshop(path) as wf:
        wf.workshop.update_info(date="2026-11-29", notes="ok")
    assert read_workshop(path).info.date == "2026-11-29"


def test_text_with_a_noncharacter_is_refused_and_the_file_unchanged(coi_file: Path) -> None:
    """U+FFFE in a title (the model refuses it): check and open say damaged, bytes stay."""
    from coi_desktop.storage import check_file

    conn = sqlite3.connect(coi_file)
    conn.execute("UPDATE cards SET title = 'Budget' || char(65534) "
                 "WHERE id = (SELECT id FROM cards LIMIT 1)")
    conn.commit()
    conn.close()
    before = coi_file.read_bytes()
    for attempt in (check_file, open_workshop):
        with pytest.raises(DamagedFileError):
            attempt(coi_file)
    assert coi_file.read_bytes() == before
