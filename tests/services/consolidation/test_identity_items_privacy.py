"""Issue 12 in the consolidated database: one workshop whatever its files are called, one item
whatever canvases it is on, and no non-consenting participant's name or e-mail anywhere."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from coi_desktop.models import Canvas, Card, Participant, Workshop, new_id
from coi_desktop.services.consolidation import consolidate
from coi_desktop.services.consolidation.stats import overview
from coi_desktop.services.consolidation.xlsx import export_xlsx
from coi_desktop.storage import create_workshop_file, read_workshop

from .helpers import barrier_workshop


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _age(path: Path, seconds: float) -> None:
    """Set a file's modification time `seconds` from now (negative: in the past)."""
    import time

    when = time.time() + seconds
    os.utime(path, (when, when))


# --- one workshop, whatever its files are called ---------------------------------------------


def test_a_fresh_run_counts_a_regenerated_and_a_copied_workshop_once(tmp_path: Path) -> None:
    ws = barrier_workshop("Indkøb", ["Stive regler", "Intet budget"], actor="Kommunen")
    folder = tmp_path / "in"
    folder.mkdir()
    create_workshop_file(folder / "indkøb.coi", ws)
    _age(folder / "indkøb.coi", -7200)
    shutil.copyfile(folder / "indkøb.coi", folder / "indkøb (kopi).coi")  # same bytes
    ws.update_info(title="Indkøb, gemt igen")
    create_workshop_file(folder / "indkøb-v2.coi", ws)  # regenerated: same id, newer
    result = consolidate([folder], tmp_path / "c.db")
    assert [(m.path.name, m.status) for m in result.merged] == [("indkøb-v2.coi", "new")]
    reasons = {s.path.name: s.text("da") for s in result.skipped}
    assert set(reasons) == {"indkøb.coi", "indkøb (kopi).coi"}
    older = [r for r in reasons.values() if "ældre version af samme workshop" in r]
    copy = [r for r in reasons.values() if "nøjagtig kopi" in r]
    assert len(older) == 1 and "indkøb-v2.coi" in older[0]
    assert len(copy) == 1
    assert _rows(tmp_path / "c.db", "SELECT count(*), min(title) FROM workshops") == [
        (1, "Indkøb, gemt igen")]
    assert _rows(tmp_path / "c.db", "SELECT count(*) FROM cards") == [(3,)]  # not 6 or 9
    # the database keeps a log of what the run did with each file, and why
    log = _rows(tmp_path / "c.db", "SELECT outcome, source_file, detail_en FROM run_log "
                                   "ORDER BY seq")
    assert {(a, f) for a, f, _ in log} == {("new", "indkøb-v2.coi"), ("skipped", "indkøb.coi"),
                                           ("skipped", "indkøb (kopi).coi")}
    assert all(d for _, _, d in log)


def test_adding_files_to_a_database_replaces_older_skips_copies(tmp_path: Path) -> None:
    ws = barrier_workshop("Velfærd", ["Manglende data"])
    spring, autumn = tmp_path / "forår", tmp_path / "efterår"
    spring.mkdir()
    autumn.mkdir()
    create_workshop_file(spring / "velfærd.coi", ws)
    _age(spring / "velfærd.coi", -86400)
    out = tmp_path / "c.db"
    consolidate([spring], out)
    # an exact copy elsewhere: skipped, nothing changes
    shutil.copyfile(spring / "velfærd.coi", autumn / "velfærd.coi")
    result = consolidate([autumn], out)
    assert not result.merged and not result.changed
    assert result.skipped[0].text("en") == (
        "efterår/velfærd.coi is an exact copy of forår/velfærd.coi, which is already in the "
        "database; the copy was skipped.")
    # the workshop saved again under another name, later: it replaces the earlier version
    w2 = read_workshop(spring / "velfærd.coi")
    canvas = next(iter(w2.canvases))
    w2.cards.add([Card(new_id(), canvas, "barrier", "Ingen fælles sprog")])
    create_workshop_file(autumn / "velfærd-2.coi", w2)
    os.unlink(autumn / "velfærd.coi")
    result = consolidate([spring, autumn], out)
    assert [(m.path.name, m.status) for m in result.merged] == [("velfærd-2.coi", "replaced")]
    assert "1 erstattede" in result.summary("da")
    assert "; newer version from velfærd-2.coi;" in result.summary("en")
    replaced = result.replaced[0]
    assert replaced.earlier.name == "velfærd.coi"
    assert "erstattede den tidligere version af samme workshop fra velfærd.coi" in \
        replaced.text("da")
    assert [s.path.name for s in result.skipped] == ["velfærd.coi"]  # the older one
    assert _rows(out, "SELECT count(*) FROM workshops") == [(1,)]
    assert sorted(r[0] for r in _rows(out, "SELECT title FROM cards")) == [
        "Ingen fælles sprog", "Manglende data"]
    actions = [r[0] for r in _rows(out, "SELECT outcome FROM run_log ORDER BY seq")]
    assert actions[:1] == ["new"] and "replaced" in actions


def test_a_version_1_database_is_migrated_and_its_files_read_again(tmp_path: Path) -> None:
    ws = _three_canvases()
    create_workshop_file(tmp_path / "a.coi", ws)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    conn = sqlite3.connect(out, isolation_level=None)  # back to what version 1 wrote
    for (view,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'"
                                ).fetchall():  # (the run puts back its own views)
        conn.execute(f'DROP VIEW "{view}"')
    conn.execute("DROP INDEX idx_cards_workshop_id_item_card_id")
    for table, column in (("cards", "item_id"), ("cards", "item_card_id"),
                          ("workshops", "saved_at")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DROP TABLE run_log")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    result = consolidate([tmp_path / "a.coi"], out)
    assert [m.status for m in result.merged] == ["updated"]
    assert _rows(out, "PRAGMA user_version") == [(2,)]
    assert _rows(out, "SELECT cards FROM canonical_barriers WHERE barrier = "
                      "'Manglende budget efter piloten'") == [(1,)]


# --- one item, whatever canvases it is on ----------------------------------------------------


def _three_canvases(title: str = "Tre lærreder") -> Workshop:
    """A barrier board, an actor map and an action plan: the budget barrier is on the board
    and in the plan (where an opportunity addresses it), the municipality on the actor map
    and on the board, linked to the budget barrier on both."""
    w = Workshop.new(title, template="barrier_board", date="2026-04-01")
    board = w.canvases.ordered()[0].id
    actors, plan = Canvas(new_id(), "Aktører", "blank", 1), Canvas(new_id(), "Plan", "blank", 2)
    w.canvases.add([actors, plan])
    budget = Card(new_id(), board, "barrier", "Manglende budget efter piloten",
                  category="economy")
    law = Card(new_id(), board, "barrier", "Uklar lovhjemmel", x=300, category="law")
    town = Card(new_id(), actors.id, "actor", "Kommunen", sector="municipality")
    w.cards.add([budget, law, town])
    budget_in_plan = w.cards.place(budget.id, plan.id, 40, 40).upserted[0].id
    town_on_board = w.cards.place(town.id, board, 40, 900).upserted[0].id
    case = Card(new_id(), plan.id, "opportunity", "Fælles business case", x=400)
    w.cards.add([case])
    w.links.add([w.links.new(case.id, budget_in_plan, "addresses"),
                 w.links.new(town_on_board, budget.id, "experiences"),
                 w.links.new(town_on_board, law.id, "experiences")])
    # the same link drawn again on the actor map: still one link between the two items
    w.cards.place(budget.id, actors.id, 600, 40)
    again = next(c for c in w.cards.placements(w.cards.require(budget.id).item)
                 if c.canvas_id == actors.id)
    w.links.add([w.links.new(town.id, again.id, "experiences")])
    return w


def test_an_item_on_three_canvases_counts_once_and_its_links_merge(tmp_path: Path) -> None:
    one, two = _three_canvases("Første"), _three_canvases("Anden")
    create_workshop_file(tmp_path / "a.coi", one)
    create_workshop_file(tmp_path / "b.coi", two)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi", tmp_path / "b.coi"], out)
    # six card rows per workshop carry the budget barrier's three placements…
    assert _rows(out, "SELECT count(*) FROM cards WHERE title = "
                      "'Manglende budget efter piloten'") == [(6,)]
    # …all pointing at the placement on the first canvas (the board), one per workshop
    assert _rows(out, "SELECT count(DISTINCT cards.item_card_id), min(c.canvas_name) FROM cards "
                      "JOIN cards AS c USING (workshop_id) WHERE c.card_id = cards.item_card_id "
                      "AND cards.title = 'Manglende budget efter piloten'") == [
        (2, one.canvases.ordered()[0].name)]
    # …but it recurs in two workshops with one card each, not three
    assert _rows(out, "SELECT barrier, workshops, cards FROM recurring_barriers "
                      "ORDER BY barrier") == [("Manglende budget efter piloten", 2, 2),
                                              ("Uklar lovhjemmel", 2, 2)]
    # the municipality–budget link is drawn on two canvases per workshop: one link each
    links = dict(((r[0], r[1]), r[2]) for r in _rows(
        out, "SELECT actor, barrier, links FROM actor_barrier_links"))
    assert links == {("Kommunen", "Manglende budget efter piloten"): 2,
                     ("Kommunen", "Uklar lovhjemmel"): 2}
    # the opportunity addresses the barrier in the plan: reported against the one barrier
    assert _rows(out, "SELECT barrier, opportunity, workshops FROM opportunities_per_barrier"
                 ) == [("Manglende budget efter piloten", "Fælles business case", 2)]
    conn = sqlite3.connect(out)
    try:
        figures = overview(conn)
    finally:
        conn.close()
    assert figures["kinds"] == {"barrier": 4, "actor": 2, "opportunity": 2}
    from coi_desktop.services.consolidation.stats import search_cards

    conn = sqlite3.connect(out)
    try:  # the search finds the item once per workshop, not once per canvas
        assert len(search_cards(conn, "budget")) == 2
    finally:
        conn.close()
    items = _rows(out, "SELECT name, n_cards, n_workshops FROM canonical_items "
                       "WHERE kind = 'barrier' ORDER BY name")
    assert items == [("Manglende budget efter piloten", 2, 2), ("Uklar lovhjemmel", 2, 2)]


# --- personal data ---------------------------------------------------------------------------

NAME, EMAIL = "Xenia Quistgaard-Blomstervang", "xenia.qb@hemmelig-mail.dk"


def _workshop_with_a_secret() -> tuple[Workshop, Participant, Participant]:
    ws = barrier_workshop("Samtykke", ["Stive regler"], actor="Kommunen",
                          descriptions={"Stive regler": f"Rejst af {NAME} ({EMAIL})"})
    secret = Participant(new_id(), NAME, "", "company", email=EMAIL, consent=False)
    named = Participant(new_id(), "Karen Named", "Vesterå Kommune", "municipality",
                        email="karen.named@example.dk", consent=True)
    ws.participants.add([secret, named])
    canvas = next(iter(ws.canvases))
    ws.cards.add([
        Card(new_id(), canvas, "action", "Skriv til ministeriet", y=900,
             owner=f"participant:{secret.id}", participant_id=secret.id),
        Card(new_id(), canvas, "action", "Ring til leverandøren", y=1000, owner=NAME),
        Card(new_id(), canvas, "action", "Hold møde", y=1100,
             owner=f"participant:{named.id}"),
        Card(new_id(), canvas, "note", f"Spørg {NAME.split()[0]} {NAME.split()[1]} igen",
             y=1200, tags=(NAME,)),
    ])
    return ws, secret, named


def test_no_email_and_no_non_consenting_name_reach_the_database_or_xlsx(tmp_path: Path
                                                                        ) -> None:
    ws, _secret, _named = _workshop_with_a_secret()
    create_workshop_file(tmp_path / "a.coi", ws)
    assert NAME.encode() in (tmp_path / "a.coi").read_bytes()  # the source does hold them
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    export_xlsx(out, tmp_path / "c.xlsx", "da")
    blobs = [out.read_bytes()]
    blobs += [p.read_bytes() for p in tmp_path.glob("c.db-*")]  # a -wal, if there ever is one
    with zipfile.ZipFile(tmp_path / "c.xlsx") as book:  # the XML inside, not the zip bytes
        blobs += [book.read(n) for n in book.namelist()]
    for blob in blobs:
        for secret_text in (NAME, EMAIL, "karen.named@example.dk", "Quistgaard"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret_text.encode(encoding) not in blob, secret_text
    # what the analyst sees instead: the public label, in the workshop's language
    owners = dict(_rows(out, "SELECT title, owner FROM cards WHERE kind = 'action'"))
    assert owners["Skriv til ministeriet"] == owners["Ring til leverandøren"]
    assert owners["Skriv til ministeriet"].startswith("Deltager ")
    assert owners["Hold møde"] == "Karen Named"  # consented: named
    (description,) = _rows(out, "SELECT description FROM cards WHERE title = 'Stive regler'")
    assert description[0].startswith("Rejst af Deltager ")
    (tags,) = _rows(out, "SELECT tags FROM cards WHERE kind = 'note'")
    assert json.loads(str(tags[0]))[0].startswith("Deltager ")


def test_a_withdrawn_consent_leaves_no_trace_of_the_name(tmp_path: Path) -> None:
    ws, secret, _ = _workshop_with_a_secret()
    ws.participants.update(secret.id, consent=True)
    create_workshop_file(tmp_path / "a.coi", ws)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    assert NAME.encode() in out.read_bytes()  # consented: named
    ws.participants.update(secret.id, consent=False)  # withdrawn; the file is saved again
    create_workshop_file(tmp_path / "a.coi", ws, overwrite=True)
    assert [m.status for m in consolidate([tmp_path / "a.coi"], out).merged] == ["updated"]
    data = out.read_bytes()
    assert NAME.encode() not in data and b"quistgaard" not in data.lower()


def test_of_two_equal_files_the_older_is_the_original(tmp_path: Path) -> None:
    ws = barrier_workshop("Original", ["Stive regler"])
    create_workshop_file(tmp_path / "original.coi", ws)
    _age(tmp_path / "original.coi", -600)
    shutil.copyfile(tmp_path / "original.coi", tmp_path / "kopi.coi")  # younger: copied now
    result = consolidate([tmp_path], tmp_path / "c.db")
    assert [m.path.name for m in result.merged] == ["original.coi"]
    assert [s.text("en") for s in result.skipped] == [
        "kopi.coi is an exact copy of original.coi, which was merged; the copy was skipped."]


def test_a_version_saved_later_wins_even_when_its_file_looks_older(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the file's own save time (a later file format) disagrees with the modification
    times, the save time decides, within one run too; the full-text index stays whole."""
    from coi_desktop.services.consolidation import run

    ws = barrier_workshop("Gemt", ["Stive regler"])
    create_workshop_file(tmp_path / "gammel-fil.coi", ws)
    ws.update_info(title="Gemt senest")
    create_workshop_file(tmp_path / "ny-fil.coi", ws)
    _age(tmp_path / "ny-fil.coi", -3600)  # copied without its time: looks an hour older
    saved = {"gammel-fil.coi": "2026-01-01T10:00:00.000000+00:00",
             "ny-fil.coi": "2026-02-01T10:00:00.000000+00:00"}
    real = run.read_source

    def read(path: Path, sha: str) -> object:
        source = real(path, sha)
        source.saved_at = saved[path.name]
        return source

    monkeypatch.setattr(run, "read_source", read)
    out = tmp_path / "c.db"
    result = consolidate([tmp_path], out)
    assert [m.path.name for m in result.merged] == ["ny-fil.coi"]
    assert [s.path.name for s in result.skipped] == ["gammel-fil.coi"]
    assert "ældre version" in result.skipped[0].text("da")
    assert _rows(out, "SELECT title, saved_at FROM workshops") == [
        ("Gemt senest", saved["ny-fil.coi"])]
    conn = sqlite3.connect(out)
    conn.execute("INSERT INTO cards_fts (cards_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM cards_fts WHERE cards_fts MATCH 'stive'"
                        ).fetchone()[0] == 1
    conn.close()


def test_a_short_name_is_replaced_as_a_word_not_inside_other_words(tmp_path: Path) -> None:
    ws = barrier_workshop("Navne", ["Persondata mangler", "Per foreslog et fælles udbud"])
    per = Participant(new_id(), "Per", "", "company", consent=False)
    ws.participants.add([per])
    canvas = next(iter(ws.canvases))
    ws.cards.add([Card(new_id(), canvas, "action", "Ring til Pers kontakt", y=900,
                       owner="Personalegruppen")])
    create_workshop_file(tmp_path / "a.coi", ws)
    out = tmp_path / "c.db"
    consolidate([tmp_path / "a.coi"], out)
    titles = sorted(str(r[0]) for r in _rows(out, "SELECT title FROM cards"))
    assert titles == ["Deltager 1 foreslog et fælles udbud", "Persondata mangler",
                      "Ring til Deltager 1s kontakt"]
    assert _rows(out, "SELECT owner FROM cards WHERE kind = 'action'") == [
        ("Personalegruppen",)]
