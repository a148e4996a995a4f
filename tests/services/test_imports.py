"""Import of elements and connections: a new canvas, laid out without overlaps, all or nothing."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coi_desktop.models import Workshop
from coi_desktop.services.exports import export_csv, export_xlsx
from coi_desktop.services.imports import ImportProblemsError, apply_import, read_network

from .test_report_data import rich


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def network(tmp_path: Path, n: int = 30) -> tuple[Path, Path]:
    kinds = ["Actor", "Barrier", "Opportunity"]
    elements = [["Label", "Type", "Description"]] + [
        [f"Node {i}", kinds[i % 3], f"about {i}"] for i in range(n)]
    connections = [["From", "To", "Type"]] + [
        [f"Node {i}", f"Node {(i * 7 + 3) % n}", ""] for i in range(n) if i != (i * 7 + 3) % n]
    return (write_csv(tmp_path / "e.csv", elements), write_csv(tmp_path / "c.csv", connections))


def overlaps(cards: list) -> bool:
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            if (a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height
                    and b.y < a.y + a.height):
                return True
    return False


def test_thirty_nodes_land_as_thirty_cards_without_overlaps(tmp_path: Path) -> None:
    w = Workshop.new("x", language="en")
    e, c = network(tmp_path)
    plan = read_network(e, c).plan(w, "Imported")
    apply_import(w, plan)
    canvas = next(cv for cv in w.canvases.values() if cv.name == "Imported")
    cards = w.cards.on(canvas.id)
    assert len(cards) == 30
    assert not overlaps(cards)
    assert len(w.links.on(canvas.id)) == len(plan.links) == 30
    assert {c.kind for c in cards} == {"actor", "barrier", "opportunity"}


def test_bad_rows_are_named_and_nothing_is_imported(tmp_path: Path) -> None:
    w = Workshop.new("x", language="en")
    before = w.snapshot()
    e = write_csv(tmp_path / "e.csv", [["Label", "Type"], ["A", "Actor"], ["B", "Spaceship"],
                                       ["C", "Barrier"]])
    c = write_csv(tmp_path / "c.csv", [["From", "To"], ["A", "C"], ["A", "Nowhere"]])
    with pytest.raises(ImportProblemsError) as err:
        read_network(e, c).plan(w)
    rows = {(p.sheet, p.row) for p in err.value.problems}
    assert rows == {("Elements", 3), ("Connections", 3)}
    assert "Spaceship" in err.value.text("en") and "række 3" in err.value.text("da")
    assert "Nowhere" in err.value.text("en")
    assert w.snapshot() == before


def test_round_trip_through_kumu_csv_and_xlsx(tmp_path: Path) -> None:
    source = rich("da")
    export_csv(source, tmp_path / "csv")
    export_xlsx(source, tmp_path / "net.xlsx")
    for e, c in ((tmp_path / "csv" / "elements.csv", tmp_path / "csv" / "connections.csv"),
                 (tmp_path / "net.xlsx", None)):
        w = Workshop.new("y", language="en")
        plan = read_network(e, c).plan(w)
        assert len(plan.cards) == len(source.cards) and len(plan.links) == len(source.links)
        apply_import(w, plan)
        by_title = {card.title: card for card in w.cards.values()}
        orig = {card.title: card for card in source.cards.values()}
        for title, card in orig.items():
            got = by_title[title]
            assert (got.kind, got.category, got.severity, got.sector) == \
                (card.kind, card.category, card.severity, card.sector)


def test_semicolon_csv_and_labels_in_danish(tmp_path: Path) -> None:
    e = tmp_path / "e.csv"
    e.write_text("Label;Type;Category\nJura;Barriere;Jura og regler\nKommunen;Aktør;\n",
                 encoding="utf-8")
    c = write_csv(tmp_path / "c.csv", [["From", "To"], ["Kommunen", "Jura"]])
    w = Workshop.new("x")
    plan = read_network(e, c).plan(w)
    assert {card.kind for card in plan.cards} == {"barrier", "actor"}
    assert plan.links[0].relation == "experiences" and plan.links[0].directed


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                                 blacklist_characters="\x00\ufffe\uffff"),
               min_size=1, max_size=40).map(str.strip).filter(bool)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(titles=st.lists(TEXT, min_size=1, max_size=8, unique=True),
       extra=st.sampled_from(["=1+2", "+x", "-y", "@z", "<b>unclosed", "a;b,c\"d", "æøå ☃"]))
@example(titles=["'=", "'plain", "''="], extra="=1+2")  # a text's own apostrophe survives
def test_csv_and_xlsx_round_trip_keep_titles_and_links(tmp_path: Path, titles: list[str],
                                                        extra: str) -> None:
    from coi_desktop.models import Card, new_id

    source = Workshop.new("src", language="en")
    canvas = source.canvases.ordered()[0].id
    names = [*titles, extra] if extra not in titles else titles
    cards = [Card(new_id(), canvas, "actor", t, description=t) for t in names]
    source.cards.add(cards)
    source.links.add([source.links.new(a.id, b.id) for a, b in itertools.pairwise(cards)])
    for kind in ("csv", "xlsx"):
        folder = tmp_path / f"{kind}-{abs(hash(tuple(names)))}"
        if kind == "csv":
            e, c = export_csv(source, folder)
            network = read_network(e, c)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            export_xlsx(source, folder / "n.xlsx")
            network = read_network(folder / "n.xlsx")
        target = Workshop.new("dst", language="en")
        plan = network.plan(target)
        assert sorted(card.title for card in plan.cards) == sorted(names)
        assert sorted(card.description for card in plan.cards) == sorted(names)
        by_id = {card.id: card.title for card in plan.cards}
        got = sorted((by_id[link.source_id], by_id[link.target_id]) for link in plan.links)
        want = sorted((a.title, b.title) for a, b in itertools.pairwise(cards))
        assert got == want


@pytest.mark.parametrize("content", [b"PK\x03\x04garbage", b"", b"\x00\x01\x02nul,bytes\n"])
def test_unreadable_files_are_one_sentence(tmp_path: Path, content: bytes) -> None:
    from coi_desktop.models import CoiError

    for name in ("e.xlsx", "e.csv"):
        path = tmp_path / name
        path.write_bytes(content)
        w = Workshop.new("x", language="en")
        with pytest.raises(CoiError) as err:
            read_network(path).plan(w)
        assert name in err.value.text("en") or "no elements" in err.value.text("en")
