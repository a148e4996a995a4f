"""Fonts and user text for reportlab: card text is data, never markup.

`esc()` turns any user string into `Paragraph` source that prints literally (no tag, no link,
no file read); `clip()` bounds text for a table cell so no row outgrows a page;
`text_paragraphs()` cuts long text into paragraphs that split across pages cheaply.
DejaVu Sans (shipped in resources/fonts with its licence) is embedded so æøå and other
scripts print and the PDF's text can be extracted.
"""

from __future__ import annotations

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


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once; returns the two font names to use."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
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
