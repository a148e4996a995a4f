"""The accessible HTML report: headings, table headers, described drawings, language, privacy."""

from __future__ import annotations

import itertools
from html.parser import HTMLParser
from pathlib import Path

from coi_desktop.services.html_report import build_html, export_html

from .test_privacy import SECRET_MAIL, SECRET_NAME, _workshop
from .test_report_data import card


class _Outline(HTMLParser):
    """Tags in order, with attributes, and the text inside each svg <title>/<desc>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] in ("title", "desc"):
            self.text.append(f"{self._in[-1]}:{data}")


def _parse(text: str) -> _Outline:
    outline = _Outline()
    outline.feed(text)
    return outline


def test_structure_a_screen_reader_can_follow(tmp_path: Path) -> None:
    w = _workshop("da")
    export_html(w, tmp_path / "r.html")
    text = (tmp_path / "r.html").read_text(encoding="utf-8")
    outline = _parse(text)
    tags = [t for t, _ in outline.tags]
    assert outline.tags[0] == ("html", {"lang": "da"})
    assert tags.count("h1") == 1 and tags.count("h2") >= 6
    levels = [int(t[1]) for t in tags if t in ("h1", "h2", "h3", "h4")]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))  # no skipped level
    assert all(a.get("scope") in ("col", "row") for t, a in outline.tags if t == "th")
    assert tags.count("caption") == tags.count("table")
    svgs = [a for t, a in outline.tags if t == "svg"]
    assert svgs and all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)
    descs = [x for x in outline.text if x.startswith("desc:")]
    assert len(descs) == len(svgs) and all("Barriere" in d or "Aktør" in d for d in descs)
    assert "<script" not in text and "http://" not in text.replace(
        "http://www.w3.org/2000/svg", "")


def test_card_text_is_text_and_no_hidden_name(tmp_path: Path) -> None:
    w = _workshop("en")
    card(w, "barrier", '<script>alert("x")</script> & <b>bold</b>')
    text = build_html(w)
    assert "<script>alert" not in text and "<b>bold</b>" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert SECRET_NAME not in text and SECRET_MAIL not in text


def test_english_workshop_reads_english() -> None:
    text = build_html(_workshop("en"))
    assert '<html lang="en">' in text and "Appendix" in text and "Bilag" not in text


def test_html_and_pdf_summaries_give_the_same_numbers(tmp_path: Path) -> None:
    """An item on two canvases is one card in both reports, and both say so in the same
    words: a reader comparing the PDF with the HTML page never sees 51 in one and 65 in the
    other (each number is read from the rendered summary, not from the model)."""
    import re
    import shutil
    import subprocess

    from coi_desktop.services.report import export_report

    from .test_item_identity import three_canvases

    w, _ids = three_canvases()
    assert len(w.cards) == 6 and len(w.cards.by_item()) == 4
    html = build_html(w)
    summary = html[html.index('id="summary"'):html.index("</table>", html.index('id="summary"'))]
    cells = dict(re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', summary))
    assert cells["Cards"] == "4" and cells["Links"] == "3" and cells["Canvases"] == "3"
    assert '<th scope="col"></th>' not in html  # every column has a name
    assert "Actor: 1 · Barrier: 2 · Opportunity: 1" in html
    export_report(w, tmp_path / "r.pdf")
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the report"
    pdf = subprocess.run([tool, "-layout", "-f", "1", "-l", "4", str(tmp_path / "r.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "Actor: 1 · Barrier: 2 · Opportunity: 1" in pdf
    numbers = re.search(r"^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$", pdf, re.M)
    assert numbers is not None
    assert numbers.groups()[:4] == ("4", cells["Participants"], "3", "3")
