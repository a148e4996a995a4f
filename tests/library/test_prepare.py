"""Seeding a workshop from the library and the report's "also raised in N other workshops"."""

from __future__ import annotations

from pathlib import Path

from coi_desktop.models import Card, Workshop, new_id
from coi_desktop.services.library import (
    Library,
    recurrence_sentence,
    recurrence_sentences,
    seed_barriers,
)
from coi_desktop.storage import read_workshop


def test_report_sentence_in_both_languages(library_path: Path, sources: list[Path]) -> None:
    lib = Library.open(library_path)
    ws = Workshop.new("Ny", technology="rpa")
    canvas = next(iter(ws.canvases))
    card = Card(new_id(), canvas, "barrier", "Udbudsreglerne er for stive")
    unknown = Card(new_id(), canvas, "barrier", "Noget helt andet")
    ws.cards.add([card, unknown])
    da = recurrence_sentence(lib, card, ws.info.id, "da")
    assert da == ("Også rejst i 3 andre workshops; det hjalp dér: Skriv funktionskrav; "
                  "Markedsdialog før udbuddet; Innovationspartnerskab.")
    en = recurrence_sentence(lib, card, ws.info.id, "en")
    assert en.startswith("Also raised in 3 other workshops; what helped there: ")
    assert recurrence_sentences(lib, ws) == {card.id: da}
    # in a workshop the library was built from, that workshop is not counted as "other"
    source = read_workshop(sources[0])
    own = next(c for c in source.cards.values() if c.title == "Stive udbudsregler")
    assert recurrence_sentence(lib, own, source.info.id, "en").startswith(
        "Also raised in 2 other workshops")
    gdpr = next(c for c in read_workshop(sources[1]).cards.values()
                if c.title == "Barrierer i GDPR")
    assert recurrence_sentence(lib, gdpr, read_workshop(sources[1]).info.id, "en") == ""


def test_seed_barriers_marks_cards_from_earlier_workshops(library_path: Path) -> None:
    lib = Library.open(library_path)
    ws = Workshop.new("Forberedt", language="en", template="blank")
    cards = seed_barriers(ws, lib, technology="ai", phase="market_dialogue")
    assert {c.title for c in cards} == {"Stive udbudsregler", "Barrieren mellem afdelinger"}
    assert all("from earlier workshops" in c.tags for c in cards)
    assert all(c.description.startswith("From earlier workshops: raised in") for c in cards)
    assert all(c.phase == "market_dialogue" for c in cards)
    boards = [c for c in ws.canvases.values() if c.template == "barrier_board"]
    assert len(boards) == 1 and all(c.canvas_id == boards[0].id for c in cards)
    assert seed_barriers(ws, lib, technology="welfare", phase="need") == []


def test_report_says_what_earlier_workshops_raised(tmp_path: Path, library_path: Path) -> None:
    import subprocess

    from coi_desktop.cli import run
    from coi_desktop.storage import create_workshop_file

    ws = Workshop.new("Rapport", language="da", technology="rpa")
    canvas = next(iter(ws.canvases))
    lib = Library.open(library_path)
    seeded = seed_barriers(ws, lib, technology="rpa", phase="need", limit=1)
    ws.cards.add([Card(new_id(), canvas, "barrier", "Barrierer i GDPR")])
    path = tmp_path / "rapport.coi"
    create_workshop_file(path, ws)
    pdf = tmp_path / "rapport.pdf"
    assert run(["export", str(path), "--pdf", str(pdf), "--library", str(library_path)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Erfaringer fra tidligere workshops" in text
    assert "Også rejst i 3 andre workshops; det hjalp dér: Skriv funktionskrav" in text
    assert "Også rejst i 1 anden workshop." in text  # GDPR: nothing helped there
    assert seeded[0].title in text and "Fra tidligere workshops: rejst i 3 workshops" in text
    plain = tmp_path / "plain.pdf"
    assert run(["export", str(path), "--pdf", str(plain)]) == 0
    assert "Erfaringer fra tidligere" not in subprocess.run(
        ["pdftotext", str(plain), "-"], capture_output=True, text=True, check=True).stdout


def test_confirming_a_seeded_card_keeps_its_library_id(library_path: Path) -> None:
    from dataclasses import replace

    from coi_desktop.services.library import confirmed, is_seeded

    ws = Workshop.new("Bekræft", language="da")
    card = seed_barriers(ws, Library.open(library_path), technology="rpa", limit=1)[0]
    assert is_seeded(card)
    noted = replace(card, description=card.description + " Vores egen note.")
    changes = confirmed(noted)
    assert changes["description"] == "Vores egen note."
    assert changes["tags"] == tuple(t for t in card.tags if t.startswith("coilib:"))
    assert confirmed(replace(card, **changes)) == {}  # type: ignore[arg-type]
