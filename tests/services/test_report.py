"""The PDF report: card text prints literally, fonts are embedded, long text never breaks it,
and a failed or cancelled export leaves no file and never overwrites a good one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from coi_desktop.models import Card, Workshop, new_id
from coi_desktop.services.report import base
from coi_desktop.services.report.base import Cancelled, ExportError
from coi_desktop.services.report.workshop import export_report

from .test_report_data import MARKUP, card, rich


def require_poppler() -> None:
    """The checks read the PDF back with poppler (pdftotext, pdfinfo, pdffonts): required,
    never skipped (CI installs poppler-utils; a missing tool must fail, not hide checks)."""
    for tool in ("pdftotext", "pdfinfo", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: install poppler-utils (apt-get install "
                        "poppler-utils)")


def pdftext(path: Path) -> str:
    require_poppler()
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_markup_prints_literally_and_makes_no_link(tmp_path: Path) -> None:
    w = rich("da")
    for text in MARKUP:
        card(w, "barrier", text, description=f"desc {text}", tags=(text,))
    w.update_info(title="<b>Workshop</b> & co", facilitator="<i>Mette")
    from coi_desktop.models import AgendaItem, Participant, Term

    canvas = w.canvases.ordered()[0]
    w.canvases.update(canvas.id, name='<a href="javascript:x">Board</a>')
    w.terms.put([Term("category", "law", "<b>Jura", "<b>Law", 0)])
    w.participants.add([Participant(new_id(), "<img src='/etc/passwd'/>", "Org</para>",
                                    consent=True)])
    w.agenda.add([AgendaItem(new_id(), "<font size=90>Big</font>", 5, position=9)])
    a, b = [c.id for c in w.cards.on(canvas.id)][:2]
    w.links.add([w.links.new(a, b, "relates", label="<b>label")])
    out = tmp_path / "r.pdf"
    export_report(w, out)
    text = pdftext(out)
    for s in MARKUP:
        assert s in text
    assert "<b>Workshop</b> & co" in text
    for literal in ('<a href="javascript:x">Board</a>', "<b>Jura", "<img src='/etc/passwd'/>",
                    "Org</para>", "<font size=90>Big</font>"):
        assert literal in text, literal
    data = out.read_bytes()
    # "javascript:" may appear as bookmark text; it must never be an action or a link. The
    # PDF's objects are searched, not its (ASCII85-encoded) streams, where "/JS" turns up by
    # chance in about one file in seven.
    objects = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.DOTALL)
    assert len(objects) < len(data) // 2  # the streams went, the objects stayed
    for action in (b"/JavaScript", b"/JS", b"/URI", b"/Launch", b"/A <<", b"/A<<"):
        assert action not in objects, action
    # The only links are the contents' jumps inside the document.
    links = [obj for obj in data.split(b"endobj") if b"/Subtype /Link" in obj]
    assert links and all(b"/Dest [" in obj for obj in links)
    assert b"/Subtype /Image" not in data  # no embedded image (forms hold page numbers)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded


def test_danish_text_metadata_and_sections(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_report(rich("da"), out)
    text = pdftext(out)
    for heading in ("Sammenfatning", "Dagsorden", "Deltagere", "Lærrederne", "Fund",
                    "Handlinger", "Bilag: alle kort", "Hvem er brobyggerne?", "Side 2"):
        assert heading in text
    assert "Anna Jensen" in text
    assert "Bo Secret" not in text and "Carl Hidden" not in text  # no consent, no name
    assert "Firma A/S" in text
    assert "Ring til KL" in text and "2026-12-01" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Velfærdsteknologi i Aarhus" in info and "Mette Holm" in info
    data = out.read_bytes()
    assert b"/Lang (da)" in data and b"/Outlines" in data


def test_english_report_uses_english_words(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_report(rich("en"), out)
    text = pdftext(out)
    assert "Summary" in text and "Who are the bridge-builders?" in text
    assert "Sammenfatning" not in text


def test_ten_thousand_character_card_exports(tmp_path: Path) -> None:
    w = Workshop.new("Long", language="en")
    long_text = ("word " * 2000)[:10000]
    card(w, "barrier", long_text, description="x" * 10000, category="law")
    card(w, "action", "\n".join(["line"] * 3000), owner="o" * 10000)
    out = tmp_path / "long.pdf"
    export_report(w, out)
    assert out.stat().st_size > 1000
    assert pdftext(out).count("x" * 50) >= 100  # the full description in the appendix


def test_failed_export_keeps_good_file_and_leaves_no_temp(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    out = tmp_path / "r.pdf"
    export_report(rich(), out)
    good = out.read_bytes()

    from coi_desktop.services.report import card_sections

    def boom(ctx: object) -> list:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(card_sections, "ranked", boom)
    with pytest.raises(RuntimeError):
        export_report(rich(), out)
    assert out.read_bytes() == good
    assert os.listdir(tmp_path) == ["r.pdf"]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export_report(rich(), out, progress=lambda d, t: seen.append((d, t)),
                      cancelled=lambda: len(seen) > 5)
    assert os.listdir(tmp_path) == []
    assert Cancelled().text("da").startswith("Eksporten blev annulleret")


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_report(rich(), tmp_path / "r.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)


def test_unwritable_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        export_report(rich(), tmp_path / "no" / "such" / "r.pdf")
    assert "r.pdf" in err.value.text("da")


def test_esc_handles_control_characters_and_newlines() -> None:
    assert base.esc("a\x00b\x07c\r\nd") == "abc<br/>d"
    assert base.esc("<&>") == "&lt;&amp;&gt;"
    assert base.clip("abcdef", 3) == "abc…"
    assert base.clip("a\nb\nc", max_lines=2) == "a\nb…"


@pytest.mark.slow
def test_three_thousand_cards_export(tmp_path: Path) -> None:
    w = Workshop.new("Big", language="da")
    canvas = w.canvases.ordered()[0].id
    kinds = ("actor", "barrier", "opportunity", "action", "note")
    w.cards.add([Card(new_id(), canvas, kinds[i % 5], f"Kort {i} " + "tekst " * (i % 7),
                      description="Beskrivelse " * (i % 20), x=(i % 60) * 200.0,
                      y=(i // 60) * 120.0) for i in range(3000)])
    ids = list(w.cards)
    w.links.add([w.links.new(ids[i], ids[i + 1]) for i in range(0, 2998, 3)])
    out = tmp_path / "big.pdf"
    export_report(w, out)
    data = out.read_bytes()
    pages = len(re.findall(rb"/Type /Page\b", data))
    assert pages > 50


def test_empty_workshop_exports(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    export_report(Workshop.new("Tom", language="da"), out)
    text = pdftext(out)
    assert "Tom" in text and "Lærredet er tomt." in text


def test_contents_page_numbers_are_right(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_report(rich("en"), out)
    pages = pdftext(out).split("\f")
    listed = re.search(r"Actions[ .]+(\d+)", pages[1])
    assert listed is not None
    on_page = next(i for i, page in enumerate(pages, 1)
                   if re.search(r"^\s*Actions\s*$", page, re.M) and i > 2)
    assert int(listed.group(1)) == on_page


def test_huge_titles_and_details_export(tmp_path: Path) -> None:
    """A heading never splits (it would crash reportlab's split); long details are clipped."""
    w = rich("en")
    w.update_info(title="T" * 3000, purpose="P " * 3000, location="L" * 2000,
                  facilitator="F " * 500, organiser="O" * 900)
    canvas = w.canvases.ordered()[0]
    w.canvases.update(canvas.id, name="N " * 3000)
    card(w, "action", "A", canvas.id, owner="o " * 3000)
    out = tmp_path / "long.pdf"
    export_report(w, out)
    assert out.stat().st_size > 1000


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                                 blacklist_characters="\x00\ufffe\uffff"),
                   max_size=300)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY_TEXT.filter(lambda t: t.strip()), description=ANY_TEXT, tag=ANY_TEXT)
def test_any_card_text_exports(tmp_path: Path, title: str, description: str, tag: str) -> None:
    w = Workshop.new("Fuzz", language="en")
    a = card(w, "barrier", title, description=description, tags=(tag,), category="law")
    b = card(w, "opportunity", description or "x", description=title)
    w.links.add([w.links.new(b, a, label=tag[:50])])
    out = tmp_path / "fuzz.pdf"
    export_report(w, out)
    assert out.read_bytes().startswith(b"%PDF")
