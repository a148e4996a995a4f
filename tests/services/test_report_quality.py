"""The report reads well (issue 12): every column of a barrier board is drawn, words break
only at syllables with a hyphen, and the PDF says its title, author and language."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyphen
import pytest

from coi_desktop.models import Workshop
from coi_desktop.services.report.canvas_drawing import CanvasPainter, wrap
from coi_desktop.services.report.text import register_fonts
from coi_desktop.services.report.workshop import export_report

from .test_report import pdftext, require_poppler
from .test_report_data import card

COMPOUND = "Velfærdsteknologiimplementeringsstrategiarbejdsgruppemøderække"


def board(language: str = "da") -> Workshop:
    """A barrier board whose cards sit in its first two columns only."""
    w = Workshop.new("Tavle", language=language, template="barrier_board",
                     facilitator="Mette Holm", organiser="COI")
    canvas = w.canvases.ordered()[0].id
    zones = w.canvases.layout(canvas).zones
    for i, zone in enumerate(zones[:2]):
        card(w, "barrier", f"{COMPOUND} {i}", canvas, category=zone.key)
    return w


def test_barrier_board_drawing_shows_every_column() -> None:
    register_fonts()
    w = board()
    canvas = w.canvases.ordered()[0].id
    painter = CanvasPainter(w, canvas, {})
    zones = w.canvases.layout(canvas).zones
    assert len(zones) == 11
    x0, _y0, x1, _y1 = painter.bounds
    assert all(x0 <= z.x and z.x + z.width <= x1 for z in zones)


def test_report_page_names_every_column(tmp_path: Path) -> None:
    w = board()
    out = tmp_path / "r.pdf"
    export_report(w, out)
    canvas = w.canvases.ordered()[0].id
    labels = [w.terms.label("category", z.key, "da") for z in w.canvases.layout(canvas).zones]
    page = next(p for p in pdftext(out).split("\f")
                if "Lærrederne" in p and "Indhold" not in p)
    # A two-line label's lines come out between other columns' lines: compare words.
    words = set(page.replace("-\n", "").split())
    missing = [label for label in labels if not set(label.split()) <= words]
    assert not missing, missing


@pytest.mark.parametrize("width", [60.0, 90.0, 140.0])
def test_drawing_wrap_breaks_long_words_at_syllables(width: float) -> None:
    _regular, bold = register_fonts()
    lines = wrap(COMPOUND, bold, 9, width, 20, "da")
    assert "".join(line.removesuffix("-") for line in lines) == COMPOUND
    heads = {head for head, _ in pyphen.Pyphen(lang="da_DK").iterate(COMPOUND)}
    done = ""
    for line in lines[:-1]:
        assert line.endswith("-"), lines
        done += line[:-1]
        assert done in heads, (done, lines)


def test_no_word_split_without_hyphen_in_the_pdf(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_report(board(), out)
    broken = 0
    # pdftext keeps the layout (no joining of hyphenated lines): every printed piece that
    # is only the start of the compound must end with a hyphen, or … where text is cut.
    for token in pdftext(out).split():
        piece = token.strip("“”\"")
        start = piece.rstrip("-…")
        if len(start) > 3 and COMPOUND.startswith(start) and start != COMPOUND:
            broken += 1
            assert piece.endswith(("-", "…")), piece
            if piece.endswith("-"):
                heads = {h for h, _ in pyphen.Pyphen(lang="da_DK").iterate(COMPOUND)}
                assert start in heads, piece  # at a syllable boundary
    assert broken  # the compound had to break (drawings, tables, findings)


def test_pdf_metadata_title_author_language(tmp_path: Path) -> None:
    require_poppler()
    for language in ("da", "en"):
        out = tmp_path / f"{language}.pdf"
        export_report(board(language), out)
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                              check=True).stdout
        assert re.search(r"^Title:\s+Tavle$", info, re.M)
        assert re.search(r"^Author:\s+Mette Holm$", info, re.M)
        assert f"/Lang ({language})".encode() in out.read_bytes()


def test_piled_up_cards_are_drawn_apart() -> None:
    register_fonts()
    w = Workshop.new("Bunke", language="da", template="blank")
    canvas = w.canvases.ordered()[0].id
    from coi_desktop.models import Card, new_id

    w.cards.add([Card(new_id(), canvas, "note", f"Kort {i}", x=100.0 + i, y=100.0 + 2 * i)
                 for i in range(6)])
    painter = CanvasPainter(w, canvas, {})
    drawn = painter.cards
    for i, a in enumerate(drawn):
        for b in drawn[i + 1:]:
            apart = (a.x + a.width <= b.x or b.x + b.width <= a.x
                     or a.y + a.height <= b.y or b.y + b.height <= a.y)
            assert apart, (a.title, b.title)
    sketch = painter.drawing(painter.bounds, 0.5)
    printed = {op[3] for op in sketch.ops if op[0] == "text"}
    assert {f"Kort {i}" for i in range(6)} <= printed


def test_ranked_table_shows_ties_as_shared_places(tmp_path: Path) -> None:
    w = Workshop.new("Lige", language="en", template="blank")
    canvas = w.canvases.ordered()[0].id
    for title in ("Alpha barrier", "Beta barrier", "Gamma barrier"):
        card(w, "barrier", title, canvas, severity=3)
    card(w, "barrier", "Delta barrier", canvas, severity=5)
    out = tmp_path / "r.pdf"
    export_report(w, out)
    ranked = pdftext(out).split("The cards ranked")[-1].split("Findings")[0]
    ranks = {m.group(2): m.group(1) for m in
             re.finditer(r"^\s*(\d+)\s+(Alpha|Beta|Gamma|Delta) barrier", ranked, re.M)}
    assert ranks == {"Delta": "1", "Alpha": "2", "Beta": "2", "Gamma": "2"}


def test_stream_makes_flowables_only_when_the_layout_reaches_them() -> None:
    from reportlab.platypus import Spacer

    from coi_desktop.services.report.document import FlowableStream, Later

    made: list[int] = []

    def later() -> Iterator[Spacer]:
        for i in range(100):
            made.append(i)
            yield Spacer(1, 1)

    stream = FlowableStream([Spacer(1, 1), Later(later), Spacer(1, 2)])
    assert len(stream) == FlowableStream.LOOKAHEAD
    assert len(made) < FlowableStream.LOOKAHEAD  # a short buffer, not the whole part
    taken = 0
    while len(stream):
        del stream[0]
        taken += 1
    assert taken == 102 and len(made) == 100


def test_every_contents_entry_gives_the_page_of_its_heading(tmp_path: Path) -> None:
    w = Workshop.new("Sider", language="en", template="barrier_board")
    from coi_desktop.models import Canvas, new_id

    w.canvases.add([Canvas(new_id(), f"Board {n}", "blank", n + 1) for n in range(4)])
    for canvas in w.canvases.ordered():
        for i in range(40):
            card(w, "barrier", f"Barrier {canvas.name} {i}", canvas.id,
                 description="A description long enough to take a line or two. " * 3)
    out = tmp_path / "r.pdf"
    export_report(w, out)
    pages = pdftext(out).split("\f")
    contents = pages[1] + pages[2]
    entries = re.findall(r"^\s*(Board \d)[ .]+(\d+)\s*$", contents, re.M)
    assert len(entries) >= 4
    for name, number in entries[:4]:  # the canvases' pages (the appendix lists them again)
        page = pages[int(number) - 1]
        assert re.search(rf"^\s*{name}\s*$", page, re.M), (name, number)
