"""Shared pieces of every PDF COI Desktop writes: fonts, escaping, styles, page template.

The workshop report and the consolidation report both build on this module. Card text is
data, never markup: `esc()` turns any user string into text reportlab's `Paragraph` prints
literally (no tag, no link, no file read), and `clip()` bounds text that goes into a table
cell so no row grows taller than a page. `write_pdf_atomically()` builds into a temporary
file beside the target and renames it into place, so a failed or cancelled export never
leaves a half-written file and never damages a good one. Build functions report progress
through a `Progress` object whose `step()` raises `Cancelled` when the user asked to stop.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame
from reportlab.platypus.tableofcontents import TableOfContents

from ...models.errors import CoiError
from ..palette import INK

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"

ACCENT = colors.HexColor("#0072B2")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C9D1D9")
SHADE = colors.HexColor("#F1F4F7")
INK_COLOUR = colors.HexColor(INK)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportError(CoiError):
    """An export could not be written (folder not writable, disk full, bad data)."""


class Cancelled(CoiError):
    """The user cancelled a long export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.",
                         "Eksporten blev annulleret; der blev ikke skrevet nogen fil.")


class Progress:
    """Counts work done towards a total, reports it and honours a cancel request."""

    def __init__(self, total: int, callback: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._callback = callback
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def step(self, n: int = 1) -> None:
        """Record `n` more units of work, report them and check for cancel."""
        self.done = min(self.total, self.done + n)
        if self._callback is not None:
            self._callback(self.done, self.total)
        self.check()

    def finish(self) -> None:
        self.done = self.total
        if self._callback is not None:
            self._callback(self.total, self.total)


# -- fonts --------------------------------------------------------------------------------

def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once; returns the two font names to use."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


# -- text that is data --------------------------------------------------------------------

# C0/C1 controls (except tab and newline, handled below), DEL, lone surrogates, non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def plain(text: Any) -> str:
    """User text made printable: newlines normalised, tabs as spaces, control chars removed."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = s.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", s)


def esc(text: Any) -> str:
    """User text as Paragraph source that prints literally (newlines become line breaks)."""
    return escape(plain(text), {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")


def clip(text: Any, max_chars: int | None = None, max_lines: int | None = None,
         more: str = "…") -> str:
    """Plain text cut to at most `max_chars` characters and `max_lines` lines."""
    s = plain(text)
    cut = False
    if max_lines is not None:
        lines = s.split("\n")
        if len(lines) > max_lines:
            s, cut = "\n".join(lines[:max_lines]), True
    if max_chars is not None and len(s) > max_chars:
        s, cut = s[:max_chars].rstrip(), True
    return s + more if cut else s


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


# -- styles -------------------------------------------------------------------------------

class Styles:
    """The report's paragraph styles (one typeface, a small set of sizes)."""

    def __init__(self) -> None:
        regular, bold = register_fonts()

        def style(name: str, **kw: Any) -> ParagraphStyle:
            base = {"fontName": regular, "bulletFontName": regular, "fontSize": 9.5,
                    "leading": 13.0,
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


# -- headings with table of contents and bookmarks ----------------------------------------

_keys = itertools.count(1)


class Heading(Paragraph):
    """A heading that becomes a table-of-contents entry and a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0,
                 toc: bool = True) -> None:
        super().__init__(esc(text), style)
        self.toc_text = clip(text, 120, 1)
        self.toc_level = level
        self.in_toc = toc
        self.key = f"h{next(_keys)}"


def heading(text: str, styles: Styles, level: int = 0, toc: bool = True) -> Heading:
    """A level-0/1/2 heading (user text allowed: it is escaped)."""
    style = (styles.h1, styles.h2, styles.h3)[min(level, 2)]
    return Heading(text, style, level, toc)


def table_of_contents(styles: Styles) -> TableOfContents:
    toc = TableOfContents()
    toc.levelStyles = styles.toc
    toc.dotsMinLevel = 0
    toc.tableStyle = table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0))
    return toc


def _no_draw(*args: Any, **kwargs: Any) -> None:
    """Stands in for `drawOn` during a measuring pass."""


def preseed_contents(toc: TableOfContents, story: Sequence[Any]) -> bool:
    """Give the contents its final entries (with placeholder page numbers) before the first
    pass, so it takes its final size at once and `multiBuild` needs two passes, not three.
    Returns whether there were entries (only then is the first pass sure not to be final)."""
    entries = []
    outline = -1
    for flowable in story:
        if isinstance(flowable, Heading):
            level = min(flowable.toc_level, outline + 1)
            outline = level
            if flowable.in_toc:
                entries.append((level, esc(flowable.toc_text), 999, flowable.key))
    toc._entries = entries
    return bool(entries)


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


# -- the document -------------------------------------------------------------------------

class ReportDoc(BaseDocTemplate):
    """A4 document with a footer (title, page number), headings in the outline and TOC."""

    def __init__(self, filename: str, *, title: str, author: str = "", subject: str = "",
                 language: str = "da", footer: str = "", page_word: str = "Side",
                 progress: Progress | None = None, cover: bool = True) -> None:
        super().__init__(
            filename, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
            topMargin=18 * mm, bottomMargin=20 * mm, title=plain(title),
            author=plain(author), subject=plain(subject), creator="COI Desktop",
            lang=language, displayDocTitle=1, initialFontName=register_fonts()[0],
        )
        self.footer = clip(footer, 90, 1)
        self.page_word = page_word
        self.progress = progress
        self.progress_per_flowable = False
        # Set by a caller that pre-seeded the contents (`preseed_contents`): the first pass
        # then only measures pages for the contents and is never the final one, so drawing
        # in it is skipped (a fifth of the time of a big report).
        self.skip_first_pass_drawing = False
        self.pass_number = 0
        self._outline_level = -1
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide_w, wide_h = landscape(A4)
        self.wide_width = wide_w - self.leftMargin - self.rightMargin
        self.wide_height = wide_h - self.topMargin - self.bottomMargin
        wide = Frame(self.leftMargin, self.bottomMargin, self.wide_width, self.wide_height,
                     id="wide", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("body", [frame], onPage=self._body_page),
                     PageTemplate("wide", [wide], onPage=self._body_page,
                                  pagesize=landscape(A4))]
        if cover:
            templates.insert(0, PageTemplate("cover", [frame], onPage=self._cover_page))
        self.addPageTemplates(templates)

    def _cover_page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        w, h = self.pagesize
        canv.rect(0, h - 120 * mm, w, 120 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#56B4E9"))
        canv.rect(0, h - 123 * mm, w, 3 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        w = canv._pagesize[0]
        y = self.bottomMargin - 10 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y + 4 * mm, w - self.rightMargin, y + 4 * mm)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(self.leftMargin, y, self.footer)
        canv.drawRightString(w - self.rightMargin, y, f"{self.page_word} {doc.page}")
        canv.restoreState()

    def handle_documentBegin(self) -> None:
        self._outline_level = -1
        self.pass_number += 1
        super().handle_documentBegin()

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0] if flowables else None
        if self.drawing_skipped() and hasattr(first, "__dict__"):
            # An instance attribute shadows the method (set through __dict__: Drawing
            # refuses unknown attributes through setattr).
            first.__dict__["drawOn"] = _no_draw
            try:
                super().handle_flowable(flowables)
            finally:
                first.__dict__.pop("drawOn", None)
        else:
            super().handle_flowable(flowables)

    def drawing_skipped(self) -> bool:
        return self.skip_first_pass_drawing and self.pass_number == 1

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress is not None:
            if self.progress_per_flowable and self.progress.done < self.progress.total - 1:
                self.progress.step()
            else:
                self.progress.check()
        if isinstance(flowable, Heading):
            # The outline may not skip a level (0 → 2 raises), so clamp to one deeper.
            level = min(flowable.toc_level, self._outline_level + 1)
            self._outline_level = level
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, level=level,
                                      closed=level > 0)
            if flowable.in_toc:
                self.notify("TOCEntry", (level, esc(flowable.toc_text), self.page,
                                         flowable.key))


# -- charts -------------------------------------------------------------------------------

def bar_chart(items: Sequence[tuple[str, float]], width: float, colour: str = "#0072B2",
              title: str = "", bar_height: float = 14.0, label_chars: int = 38) -> Drawing:
    """A horizontal bar chart of (label, value) pairs, largest first as given."""
    regular, bold = register_fonts()
    items = list(items) or [("—", 0)]
    label_w = min(width * 0.45, 6.2 * label_chars)
    top = 18.0 if title else 4.0
    plot_h = bar_height * len(items)
    height = plot_h + top + 22
    drawing = Drawing(width, height, initialFontName=regular)
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 16
    chart.width = width - label_w - 20
    chart.height = plot_h
    # HorizontalBarChart draws the first category at the bottom: reverse to read top-down.
    chart.data = [[float(v) for _, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [clip(label, label_chars, 1) for label, _ in
                                        reversed(items)]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.valueMin = 0
    top_value = max(v for _, v in items)
    chart.valueAxis.valueMax = max(1.0, top_value * 1.12)
    chart.valueAxis.valueStep = _nice_step(chart.valueAxis.valueMax)
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E9ED")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = colors.HexColor(colour)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = bold
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barSpacing = 2
    chart.groupSpacing = 3
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 12, clip(title, 90, 1), fontName=bold, fontSize=9,
                           fillColor=INK_COLOUR))
    return drawing


def _nice_step(maximum: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if maximum / step <= 8:
            return float(step)
    return float(10 ** len(str(int(maximum))) / 10)


# -- writing ------------------------------------------------------------------------------

def write_atomically(path: str | os.PathLike[str], build: Callable[[str], None]) -> None:
    """Run `build(temp_path)`, then fsync and rename the temp file onto `path`.

    On any failure (or `Cancelled`) the temp file is removed and an existing file at `path`
    is untouched. A folder that cannot be written raises `ExportError`.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    os.close(fd)
    try:
        build(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _write_error(target, exc) from exc
        raise
    _fsync_folder(folder)


#: The name H7 and the report use; PDFs are the common case.
write_pdf_atomically = write_atomically


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(target: Path, exc: OSError) -> ExportError:
    reason = exc.strerror or str(exc)
    return ExportError(f"Could not write {target.name} in {target.parent}: {reason}.",
                       f"Kunne ikke skrive {target.name} i {target.parent}: {reason}.")
