"""Fonts and user text for reportlab: card text is data, never markup.

`esc()` turns any user string into `Paragraph` source that prints literally (no tag, no link,
no file read); `clip()` bounds text for a table cell so no row outgrows a page;
`text_paragraphs()` cuts long text into paragraphs that split across pages cheaply.
DejaVu Sans (shipped in resources/fonts with its licence) is embedded so æøå and other
scripts print and the PDF's text can be extracted.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from .escaping import clip, esc, plain

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"


class _Unassigned(Exception):
    """A character without a code in the font's first subset yet (see `SubsetFont`)."""


class _Codes(dict[int, int]):
    """character → its code in subset 0, for `str.translate`; a character without one stops
    the translation (an exception that is not a LookupError, which would leave it as is)."""

    def __missing__(self, key: int) -> int:
        raise _Unassigned


class SubsetFont(TTFont):
    """reportlab's TTFont with a fast path for encoding text it has seen the letters of.

    reportlab encodes every string drawn in an embedded font (`splitString`) with a Python
    loop over its characters that assigns subset codes as new ones appear: a tenth of a
    3,000-card report's time. Once a string's characters all have codes in the first subset
    (Danish and English text after a page or two), `str.translate` with those codes gives
    the same bytes in C. Anything else (a new character, the second subset, bytes) takes
    reportlab's own path, which also assigns the codes: the PDF is byte for byte the same.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        # (the document, its subset state, how many codes the table was made from, table):
        # the document by weak reference, so a finished PDF is not kept alive by the font.
        self._codes: tuple[Any, Any, int, _Codes] | None = None

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[Any]:
        if not isinstance(text, str) or not text:
            return list(super().splitString(text, doc, encoding))
        cached = self._codes
        if cached is None or cached[0]() is not doc:
            state = self.state.get(doc)
            if state is None:
                return list(super().splitString(text, doc, encoding))
            cached = (weakref.ref(doc), state, -1, _Codes())
        ref, state, made_from, codes = cached
        assignments = state.assignments
        if made_from != len(assignments):
            codes = _Codes({c: n for c, n in assignments.items() if n < 256})
            if 32 in codes:
                codes[0xA0] = codes[32]  # reportlab prints a no-break space as a space
            cached = (ref, state, len(assignments), codes)
        self._codes = cached
        try:
            return [(0, text.translate(codes).encode("latin-1"))]
        except _Unassigned:
            return list(super().splitString(text, doc, encoding))


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once; returns the two font names to use."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(SubsetFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(SubsetFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def safe_paragraph(text: Any, style: ParagraphStyle, max_chars: int | None = None,
                   max_lines: int | None = None) -> Paragraph:
    """A Paragraph showing user text literally, optionally clipped (for table cells)."""
    if max_chars is not None or max_lines is not None:
        text = clip(text, max_chars, max_lines)
    return Paragraph(esc(text), style)


def text_paragraphs(text: Any, style: ParagraphStyle, chunk_chars: int = 1500,
                    chunk_lines: int = 30) -> list[Paragraph]:
    """Text of any length as several Paragraphs (cut at line ends, else at spaces), so a
    huge card splits across pages cheaply (one giant Paragraph re-wraps on every split)."""
    out: list[Paragraph] = []
    buf: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal buf, size
        if buf:
            out.append(Paragraph(esc("\n".join(buf)), style))
        buf, size = [], 0

    for line in plain(text).split("\n"):
        while len(line) > chunk_chars:
            cut = line.rfind(" ", chunk_chars // 2, chunk_chars)
            cut = cut if cut > 0 else chunk_chars
            flush()
            buf, size = [line[:cut]], cut
            flush()
            line = line[cut:].lstrip(" ")
        if size + len(line) > chunk_chars or len(buf) >= chunk_lines:
            flush()
        buf.append(line)
        size += len(line) + 1
    flush()
    return out


def markup_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from our own markup (labels we wrote) with user parts already `esc()`ed."""
    return Paragraph(markup, style)


__all__ = ["FONT", "FONT_BOLD", "FONT_DIR", "clip", "esc", "markup_paragraph", "plain",
           "register_fonts", "safe_paragraph", "text_paragraphs"]
