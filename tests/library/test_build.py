"""Building, searching and merging libraries; no personal data; exact matching by id."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coi_desktop.models import Card, Workshop, new_id
from coi_desktop.services.consolidation import consolidate
from coi_desktop.services.library import Library
from coi_desktop.services.library.build import build, merge
from coi_desktop.services.library.text import match_query, scrub, words
from coi_desktop.storage import create_workshop_file, read_workshop
from tests.library.conftest import season


def test_build_counts_workshops_facets_and_what_helped(library_path: Path) -> None:
    lib = Library.open(library_path)
    top = lib.search(kind="barrier")[0]
    assert top.name == "Stive udbudsregler" and top.workshops == 3
    full = lib.entry(top.entry_id)
    assert full is not None
    assert "udbudsreglerne er for stive" in full.variants
    assert set(full.facets["technology"]) == {"rpa", "ai"}
    assert set(full.facets["phase"]) == {"need", "market_dialogue"}
    assert full.facets["category"] == ("procurement",)
    assert "municipality" in full.facets["sector"]  # the actor linked to it
    helped = {h.name: h.workshops for h in full.helped}
    assert helped["Markedsdialog før udbuddet"] == 2
    assert helped["Innovationspartnerskab"] == 1
    assert helped["Skriv funktionskrav"] == 3  # an action, through the opportunity
    assert lib.workshops() == 4
    assert lib.label("phase", "need", "da") == "Behovsafklaring"


def test_danish_stemming_finds_inflected_forms(library_path: Path) -> None:
    lib = Library.open(library_path)
    expected = {"Barrierer i GDPR", "Barrieren mellem afdelinger"}
    for form in ("barrierer", "barrieren", "barriere", "Barrierens"):
        assert {e.name for e in lib.search(form, prefix=False)} == expected, form
    assert [e.name for e in lib.search("udbudsreglerne", prefix=False)] == ["Stive udbudsregler"]


def test_filters_by_technology_phase_sector(library_path: Path) -> None:
    lib = Library.open(library_path)
    assert {e.name for e in lib.search(kind="barrier", technology="welfare")} == {
        "Ingen plan for spredning"}
    assert {e.name for e in lib.search("barriere", phase="market_dialogue")} == {
        "Barrieren mellem afdelinger"}
    assert "Stive udbudsregler" in {e.name for e in lib.search(sector="municipality")}
    assert lib.search("udbud", technology="welfare") == []


def test_suggestions_for_a_typed_prefix(library_path: Path) -> None:
    lib = Library.open(library_path)
    assert lib.suggest("ud") == []  # too short to narrow anything
    assert lib.suggest("stive udb", kind="barrier")[0].name == "Stive udbudsregler"
    assert lib.suggest("udbudsreglern", kind="barrier")[0].name == "Stive udbudsregler"
    assert lib.suggest("markedsdi", kind="opportunity")[0].name == "Markedsdialog før udbuddet"
    # a long sentence with words no entry holds still finds the barrier (any-word fallback)
    assert lib.suggest("stive udbudsregler i vores kommune ", kind="barrier")[0].name == \
        "Stive udbudsregler"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_any_typed_text_is_a_safe_query(text: str) -> None:
    query = match_query(text)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(words, stems)")
    conn.execute("INSERT INTO f VALUES ('a b', 'a b')")
    if query:
        conn.execute("SELECT * FROM f WHERE f MATCH ?", (query,)).fetchall()


def test_no_personal_data_in_the_library(tmp_path: Path, sources: list[Path],
                                         library_path: Path) -> None:
    data = library_path.read_bytes()
    secrets: set[str] = set()
    for path in sources:
        ws = read_workshop(path)
        secrets.add(ws.info.facilitator)
        secrets.add(ws.info.title)
        for p in ws.participants.values():
            secrets.update({p.name, p.email, *p.name.split()})
        secrets.update(c.owner for c in ws.cards.values() if c.owner)
        secrets.update(c.title for c in ws.cards.values() if c.kind == "actor")
    for secret in filter(None, secrets):
        for encoded in (secret.encode(), secret.casefold().encode()):
            assert encoded not in data, secret
    merged = tmp_path / "merged.coilib"
    merge(library_path, library_path, merged)
    assert all(s.encode() not in merged.read_bytes() for s in filter(None, secrets))


def test_names_and_emails_cut_out_of_titles() -> None:
    assert scrub("Karen Named mangler svar (karen@example.dk)", ["Karen Named"]) == \
        "… mangler svar (…)"
    assert scrub("Markedsdialog", ["Mark Hansen"]) == "Markedsdialog"
    assert words("Barrierer, IT-systemer") == ["barrierer", "it", "systemer"]


def test_merge_counts_each_workshop_once(tmp_path: Path, consolidated: Path,
                                         library_path: Path) -> None:
    same = tmp_path / "same.coilib"
    counts = merge(library_path, library_path, same)
    lib = Library.open(same)
    assert lib.search(kind="barrier")[0].workshops == 3
    assert counts["workshops"] == 4
    # another region's season: two more workshops with the same barrier
    other_src = season(tmp_path / "region")
    other_db = tmp_path / "region.db"
    consolidate(other_src[:2], other_db)
    other = tmp_path / "region.coilib"
    build(other_db, other)
    both = tmp_path / "both.coilib"
    merge(library_path, other, both)
    lib = Library.open(both)
    top = lib.search("udbudsregler", kind="barrier")[0]
    assert top.workshops == 5
    assert lib.workshops() == 6
    full = lib.entry(top.entry_id)
    assert full is not None and any(h.name == "Innovationspartnerskab" and h.workshops == 2
                                     for h in full.helped)


def test_card_taken_from_library_matched_exactly_next_time(
        tmp_path: Path, sources: list[Path], library_path: Path) -> None:
    lib = Library.open(library_path)
    entry = lib.search("udbudsregler", kind="barrier")[0]
    ws = Workshop.new("Next season", technology="rpa", phase="need")
    canvas = next(iter(ws.canvases))
    # taken from the library, then reworded by the room beyond any fuzzy match
    ws.cards.add([Card(new_id(), canvas, "barrier", "Regelsættet binder os på hænder og fødder",
                       tags=(entry.tag,))])
    path = tmp_path / "src" / "next.coi"
    create_workshop_file(path, ws)
    db = tmp_path / "next.db"
    consolidate([*sources, path], db)
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT m.item_key, c.title FROM cards AS c JOIN canonical_variants AS m "
        "ON m.kind = c.kind AND m.variant = c.variant WHERE c.kind = 'barrier' AND "
        "c.title IN ('Regelsættet binder os på hænder og fødder', 'Stive udbudsregler')"
    ).fetchall()
    conn.close()
    assert len({key for key, _ in rows}) == 1, rows
    again = tmp_path / "again.coilib"
    build(db, again)
    found = Library.open(again).entry(entry.entry_id)
    assert found is not None and found.workshops == 4  # same id, one more workshop


def test_building_from_a_non_consolidated_file_is_refused(tmp_path: Path,
                                                           sources: list[Path]) -> None:
    import pytest

    from coi_desktop.models.errors import CoiError

    before = sources[0].read_bytes()
    with pytest.raises(CoiError) as caught:
        build(sources[0], tmp_path / "x.coilib")
    assert "not a consolidated database" in caught.value.text("en")
    assert sources[0].read_bytes() == before
    assert not (tmp_path / "x.coilib").exists()
    assert json.dumps(caught.value.text("da"))


def test_odd_consolidated_databases_refused_with_a_sentence(tmp_path: Path,
                                                            consolidated: Path) -> None:
    import pytest

    from coi_desktop.models.errors import CoiError

    cases = {
        "bad_json": "UPDATE canonical_items SET variants = '{not json'",
        "no_cards": "DROP VIEW card_items; DROP VIEW barrier_sectors; DROP VIEW barrier_breakdown;"
                    " DROP VIEW category_breakdown; DROP TABLE cards",
    }
    for name, sql in cases.items():
        path = tmp_path / f"{name}.db"
        path.write_bytes(consolidated.read_bytes())
        conn = sqlite3.connect(path)
        try:
            conn.executescript(sql)
        finally:
            conn.close()
        before = path.read_bytes()
        with pytest.raises(CoiError) as caught:
            build(path, tmp_path / f"{name}.coilib")
        assert caught.value.text("en") == f"{name}.db is not a consolidated database from " \
                                          "COI Desktop."
        assert path.read_bytes() == before and not (tmp_path / f"{name}.coilib").exists()
