"""The A4 document of a report: cover, body and landscape pages, contents and bookmarks.

`heading()` makes a heading that becomes a table-of-contents entry and a PDF bookmark;
`ReportDoc` draws the footer (title, page number), sets the metadata (title, author,
subject, language) and, after `preseed_contents`, lays the story out in two passes, the
first of which only measures.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame
from reportlab.platypus.tableofcontents import TableOfContents

from .styles import ACCENT, MUTED, RULE, Styles, table_style
from .text import FONT, clip, esc, plain, register_fonts
from .writing import Progress

_keys = itertools.count(1)


class Heading(Paragraph):
    """A heading that becomes a table-of-contents entry and a PDF bookmark.

    It is never split across pages (a split part would be a second bookmark); its text is
    clipped so that it always fits on one.
    """

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0,
                 toc: bool = True) -> None:
        super().__init__(esc(clip(text, 200, 3)), style)
        self.toc_text = clip(text, 120, 1)
        self.toc_level = level
        self.in_toc = toc
        self.key = f"h{next(_keys)}"

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # move to the next page whole


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
        self.cover_note = ""  # one line at the foot of the cover (our words, plain text)
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
        if self.cover_note:
            canv.setFont(FONT, 8)
            canv.setFillColor(MUTED)
            canv.drawString(self.leftMargin, self.bottomMargin - 10 * mm, self.cover_note)
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
