"""The report's embedded font encodes text exactly as reportlab's own TTFont does.

`SubsetFont.splitString` takes a fast path (str.translate) once a string's letters have
codes; a wrong code would print the wrong glyph or make the PDF's text unextractable, so the
fast path is checked against reportlab's loop on the same sequence of strings.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont

from coi_desktop.services.report.text import FONT_DIR, SubsetFont

LETTERS = "abcæøåABCÆØÅ 0123456789 …→·–—€\u00a0" + "".join(chr(c) for c in range(0x100, 0x480))


class _Doc:
    """Stands for a PDF document: fonts keep their subsets per document object."""


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS, max_size=40), max_size=80))
def test_fast_encoding_matches_reportlab(texts: list[str]) -> None:
    path = str(FONT_DIR / "DejaVuSans.ttf")
    ours, theirs = SubsetFont("T1", path), TTFont("T2", path)
    doc_a, doc_b = _Doc(), _Doc()
    # Both see the same strings in the same order, so they assign the same codes; several
    # rounds so that later strings take the fast path with codes assigned earlier.
    for text in texts * 2:
        assert ours.splitString(text, doc_a) == theirs.splitString(text, doc_b)


def test_a_second_document_gets_its_own_codes() -> None:
    path = str(FONT_DIR / "DejaVuSans.ttf")
    ours, theirs = SubsetFont("T3", path), TTFont("T4", path)
    first, second = _Doc(), _Doc()
    for doc in (first, second, first):
        for text in ("Barriere: velfærd", "Ωμέγα → ж", "Barriere: velfærd"):
            assert ours.splitString(text, doc) == theirs.splitString(text, doc)
