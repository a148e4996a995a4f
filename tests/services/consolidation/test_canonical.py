"""Canonical items across workshops, and the analyst's decisions surviving re-runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coi_desktop.services.consolidation import consolidate, decide
from coi_desktop.storage import create_workshop_file

from .helpers import barrier_workshop

W1 = ["Udbudsreglerne er for stive", "Intet budget efter piloten"]
W2 = ["stive udbudsregler", "Mellemledere mangler fokus på innovation"]
W3 = ["Regler for udbud er alt for stive", "Ingen budget når piloten slutter"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for i, (barriers, actor) in enumerate(((W1, "Indkøbsafdelingen"), (W2, "Indkøbsafdelingen"),
                                           (W3, "Jurister"))):
        ws = barrier_workshop(f"W{i}", barriers, date=f"2026-0{i + 1}-15", actor=actor,
                              opportunity="Funktionsudbud")
        create_workshop_file(src / f"w{i}.coi", ws)
    return src


def _proposal(db: Path, word: str) -> sqlite3.Row:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = [r for r in conn.execute("SELECT * FROM proposals") if word in r["variants"]]
    finally:
        conn.close()
    assert len(rows) == 1, word
    return rows[0]


def _recurring(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {r[0]: r[1] for r in conn.execute("SELECT barrier, workshops FROM "
                                                 "recurring_barriers")}
    finally:
        conn.close()


def test_variants_across_workshops_become_one_item(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([folder], out)
    p = _proposal(out, "udbudsregler")
    assert p["kind"] == "barrier" and p["status"] == "proposed"
    assert p["n_workshops"] == 3 and p["n_variants"] == 3 and p["score"] >= 80
    recurring = _recurring(out)
    assert recurring[p["name"]] == 3
    assert any(v == 2 for k, v in recurring.items() if "budget" in k.lower())
    conn = sqlite3.connect(out)
    actors = conn.execute("SELECT actor, workshops FROM recurring_actors").fetchall()
    opp = conn.execute("SELECT opportunity, workshops FROM opportunities_per_barrier WHERE "
                       "barrier = ?", (p["name"],)).fetchall()
    conn.close()
    assert actors == [("Indkøbsafdelingen", 2)]
    assert opp == [("Funktionsudbud", 3)]


def test_rejection_survives_a_rerun(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([folder], out)
    key = _proposal(out, "udbudsregler")["item_key"]
    conn = sqlite3.connect(out, isolation_level=None)
    decide(conn, key, "rejected")
    conn.close()
    assert _proposal(out, "udbudsregler")["status"] == "rejected"
    assert not any("stiv" in k.lower() for k in _recurring(out))  # split apart
    # a new workshop makes the next run recompute everything; the decision still holds
    create_workshop_file(folder / "w9.coi", barrier_workshop("W9", ["Ingen budget"]))
    result = consolidate([folder], out)
    assert result.changed
    assert _proposal(out, "udbudsregler")["status"] == "rejected"
    assert not any("stiv" in k.lower() for k in _recurring(out))
    # and a plain re-run neither
    consolidate([folder], out)
    assert _proposal(out, "udbudsregler")["status"] == "rejected"


def test_accept_and_rename(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([folder], out)
    key = _proposal(out, "budget")["item_key"]
    conn = sqlite3.connect(out, isolation_level=None)
    decide(conn, key, "accepted", name="Ingen drift efter piloten")
    conn.close()
    assert "Ingen drift efter piloten" in _recurring(out)
    create_workshop_file(folder / "w9.coi", barrier_workshop("W9", ["Noget helt andet"]))
    consolidate([folder], out)
    p = _proposal(out, "budget")
    assert (p["status"], p["name"]) == ("accepted", "Ingen drift efter piloten")
    conn = sqlite3.connect(out, isolation_level=None)
    decide(conn, key, name="")  # back to the default name
    conn.close()
    assert _proposal(out, "budget")["name"] != "Ingen drift efter piloten"


def test_grown_group_inherits_a_rename_but_asks_again(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.db"
    consolidate([folder], out)
    key = _proposal(out, "udbudsregler")["item_key"]
    conn = sqlite3.connect(out, isolation_level=None)
    decide(conn, key, "accepted", name="Stive udbudsregler")
    conn.close()
    create_workshop_file(folder / "w9.coi",
                         barrier_workshop("W9", ["Udbudsreglerne er stive og ufleksible"]))
    consolidate([folder], out)
    p = _proposal(out, "udbudsregler")
    assert p["item_key"] != key and p["n_variants"] == 4
    assert (p["status"], p["name"]) == ("proposed", "Stive udbudsregler")


def test_every_view_answers(folder: Path, tmp_path: Path) -> None:
    from coi_desktop.services.consolidation.views import VIEWS

    out = tmp_path / "c.db"
    consolidate([folder], out)
    conn = sqlite3.connect(out)
    for name in VIEWS:
        conn.execute(f"SELECT * FROM {name}").fetchall()
    dims = {r[0] for r in conn.execute("SELECT DISTINCT dimension FROM barrier_breakdown")}
    quarters = {r[0] for r in conn.execute(
        "SELECT value FROM barrier_breakdown WHERE dimension = 'quarter'")}
    sectors = {r[0] for r in conn.execute(
        "SELECT value FROM barrier_breakdown WHERE dimension = 'sector'")}
    conn.close()
    assert dims == {"phase", "sector", "technology", "quarter"}
    assert quarters == {"2026-Q1"}
    assert sectors == {"municipality"}
