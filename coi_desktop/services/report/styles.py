"""The look shared by COI Desktop's PDFs: colours, paragraph styles and tables.

One typeface (DejaVu Sans) in a small set of sizes; tables that split by row, repeat their
header and set DejaVu on every cell (reportlab's Table would otherwise select Helvetica,
which then shows up as a non-embedded font).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from ..palette import INK
from .hyphenation import hyphenator
from .text import register_fonts

ACCENT = colors.HexColor("#0072B2")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
SHADE = colors.HexColor("#F1F4F7")
INK_COLOUR = colors.HexColor(INK)


class Styles:
    """The report's paragraph styles (one typeface, a small set of sizes)."""

    def __init__(self, language: str = "da") -> None:
        regular, bold = register_fonts()
        self.language = language

        # Words break at syllables with a hyphen (Pyphen's dictionary for the language);
        # splitLongWords stays only for runs no dictionary can break (codes, numbers).
        hyphenate = hyphenator(language)

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base = {"fontName": regular, "bulletFontName": regular, "fontSize": 9.5,
                    "leading": 13.0, "hyphenationLang": hyphenate,
                    "textColor": INK_COLOUR, "splitLongWords": 1, "wordWrap": None}
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("Body", spaceAfter=4)
        self.small = style("Small", fontSize=8, leading=10.5, textColor=MUTED)
        self.cell = style("Cell", fontSize=8, leading=10.2)
        self.cell_muted = style("CellMuted", fontSize=7, leading=9, textColor=MUTED)
        self.card_title = style("CardTitle", fontName=bold, fontSize=10.5, leading=13.5)
        self.cell_bold = style("CellBold", fontName=bold, fontSize=8, leading=10.2)
        self.cell_head = style("CellHead", fontName=bold, fontSize=8, leading=10.2,
                               textColor=colors.white)
        self.cover_title = style("CoverTitle", fontName=bold, fontSize=30, leading=36,
                                 textColor=colors.white, spaceAfter=10)
        self.cover_sub = style("CoverSub", fontSize=13, leading=18, textColor=colors.white)
        self.cover_meta = style("CoverMeta", fontSize=11, leading=16)
        self.cover_label = style("CoverLabel", fontName=bold, fontSize=9, leading=16,
                                 textColor=MUTED)
        self.tile_number = style("TileNumber", fontName=bold, fontSize=20, leading=24,
                                 textColor=ACCENT, alignment=TA_CENTER)
        self.tile_label = style("TileLabel", fontSize=8, leading=10, textColor=MUTED,
                                alignment=TA_CENTER)
        self.h1 = style("H1", fontName=bold, fontSize=18, leading=23, textColor=ACCENT,
                        spaceBefore=4, spaceAfter=8)
        self.h2 = style("H2", fontName=bold, fontSize=13, leading=17, spaceBefore=10,
                        spaceAfter=5)
        self.h3 = style("H3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=7,
                        spaceAfter=3)
        self.caption = style("Caption", fontSize=8, leading=10.5, textColor=MUTED,
                             alignment=TA_CENTER, spaceBefore=2, spaceAfter=8)
        self.finding = style("Finding", leftIndent=10, spaceAfter=3)
        self.toc = [
            style("TOC0", fontName=bold, fontSize=10.5, leading=16, leftIndent=0),
            style("TOC1", fontSize=9.5, leading=13, leftIndent=14),
            style("TOC2", fontSize=8.5, leading=11.5, leftIndent=28, textColor=MUTED),
        ]
        self.left = TA_LEFT


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells use DejaVu (reportlab's Table sets Helvetica otherwise,
    which then shows up as a non-embedded font in the PDF)."""
    regular, _ = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


def data_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float],
               header_rows: int = 1, zebra: bool = True,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table that splits across pages by row, repeats its header and has quiet rules."""
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10.2), ("TEXTCOLOR", (0, 0), (-1, -1), INK_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header_rows:
        cmds += [("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
                 ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT)]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]))
    cmds.extend(extra)
    return Table([list(r) for r in rows], colWidths=list(col_widths), repeatRows=header_rows,
                 splitByRow=1, style=table_style(*cmds), hAlign="LEFT")
