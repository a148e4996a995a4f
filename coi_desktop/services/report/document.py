"""The A4 document of a report: cover, body and landscape pages, contents and bookmarks.

`heading()` makes a heading that becomes a table-of-contents entry and a PDF bookmark;
`ReportDoc` draws the footer (title, page number) and sets the metadata (title, author,
subject, language).

`ReportDoc.build_once(items)` lays a story out in ONE pass, streaming it: `items` holds
flowables and `Later` builders, which make their flowables only when the layout reaches them
(so a 10,000-card appendix is never in memory at once). The contents (`contents()`) are made
from the story's headings before the pass, and each entry's page number is a PDF form that
is filled in when its heading is placed: a forward reference instead of a second pass.
`table_of_contents`/`preseed_contents` and `multiBuild` remain for reports that need them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
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


class Later:
    """Flowables made only when the layout reaches them (see `FlowableStream`)."""

    def __init__(self, make: Callable[[], Iterable[Any]]) -> None:
        self.make = make


class FlowableStream(list[Any]):
    """The list reportlab's `build` consumes from the front, filled from `items` on demand.

    `build` only asks for the length, looks at the first few entries, deletes the first and
    inserts split parts at the front; so keeping a short buffer filled from a stack of
    iterators is enough, and flowables already laid out are freed at once.
    """

    LOOKAHEAD = 12  # keepWithNext looks a few flowables ahead

    def __init__(self, items: Iterable[Any]) -> None:
        super().__init__()
        self._sources: list[Iterator[Any]] = [iter(items)]
        self.pulled = 0

    def __len__(self) -> int:
        if list.__len__(self) < self.LOOKAHEAD and self._sources:
            self._fill()
        return list.__len__(self)

    def __bool__(self) -> bool:
        return len(self) > 0

    def _fill(self) -> None:
        while list.__len__(self) < self.LOOKAHEAD and self._sources:
            try:
                item = next(self._sources[-1])
            except StopIteration:
                self._sources.pop()
                continue
            if isinstance(item, Later):
                self._sources.append(iter(item.make()))
            else:
                self.pulled += 1
                self.append(item)


class ContentsSlot(Flowable):
    """Where the contents go: `build_report` puts `contents()` here before the pass."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


NUMBER_W = 14 * mm  # the contents' page-number column


def page_form(key: str) -> str:
    """The name of the PDF form holding the page number of heading `key`."""
    return f"coiPage{key}"


class ContentsEntry(Paragraph):
    """One line of the contents: a link to the heading, dots and its page number.

    The number is a PDF form (`page_form`) drawn here before it exists; `ReportDoc` defines
    it when the heading is placed, so the contents need no second layout pass.
    """

    def __init__(self, level: int, text: str, key: str, style: ParagraphStyle) -> None:
        super().__init__(f'<a href="#{key}">{esc(text)}</a><onDraw name="coiContentsEnd" '
                         f'label="{key}"/>', style)
        self.key = key
        self._avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        _w, h = super().wrap(avail_width - NUMBER_W, avail_height)
        return avail_width, h

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # an entry is a line or two: it moves to the next page whole

    def draw(self) -> None:
        self.canv.setNamedCB("coiContentsEnd", self._end)
        super().draw()

    def _end(self, canv: Any, kind: str, label: str) -> None:
        x, y = canv._curr_tx_info["cur_x"], canv._curr_tx_info["cur_y"]
        right = self._avail - NUMBER_W + 2 * mm
        if right - x > 8:
            canv.saveState()
            canv.setFillColor(MUTED)
            canv.setFont(FONT, self.style.fontSize)
            dot_w = canv.stringWidth(" .", FONT, self.style.fontSize)
            canv.drawRightString(right, y, " ." * int((right - x - 4) / dot_w))
            canv.restoreState()
        canv.saveState()
        canv.translate(self._avail, y)
        canv.doForm(page_form(label))
        canv.restoreState()


def _listed(story: Sequence[Any]) -> Iterator[tuple[int, Heading]]:
    """(level, heading) of each heading of `story` that goes into the contents; the level
    is clamped as the outline clamps it (it may not skip a level)."""
    outline = -1
    for flowable in story:
        if isinstance(flowable, Heading):
            level = min(flowable.toc_level, outline + 1)
            outline = level
            if flowable.in_toc:
                yield level, flowable


def contents(styles: Styles, story: Sequence[Any]) -> list[Flowable]:
    """The contents' lines for the headings in `story` (each heading once, in order)."""
    return [ContentsEntry(level, h.toc_text, h.key, styles.toc[min(level, len(styles.toc) - 1)])
            for level, h in _listed(story)]


def _no_draw(*args: Any, **kwargs: Any) -> None:
    """Stands in for `drawOn` during a measuring pass."""


def preseed_contents(toc: TableOfContents, story: Sequence[Any]) -> bool:
    """Give the contents its final entries (with placeholder page numbers) before the first
    pass, so it takes its final size at once and `multiBuild` needs two passes, not three.
    Returns whether there were entries (only then is the first pass sure not to be final)."""
    entries = [(level, esc(h.toc_text), 999, h.key) for level, h in _listed(story)]
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
        self.single_pass = False  # set by build_once: page numbers go into forms
        self.page_number_styles: dict[str, ParagraphStyle] = {}
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

    def build_once(self, items: Iterable[Any], entries: Sequence[Any] = ()) -> FlowableStream:
        """Lay out `items` (flowables and `Later` builders) in one streaming pass;
        `entries` are the `ContentsEntry` lines among them (their numbers come later)."""
        self.single_pass = True
        self.page_number_styles = {e.key: e.style for e in entries
                                   if isinstance(e, ContentsEntry)}
        stream = FlowableStream(items)
        self.build(stream)
        return stream

    def _define_page_number(self, key: str) -> None:
        style = self.page_number_styles.get(key)
        if style is None:
            return  # not listed in the contents
        canv = self.canv
        canv.beginForm(page_form(key), lowerx=-NUMBER_W, lowery=-style.fontSize, upperx=0,
                       uppery=2 * style.fontSize)
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawRightString(0, 0, str(self.page))
        canv.endForm()

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
            if flowable.in_toc and self.single_pass:
                self._define_page_number(flowable.key)
            elif flowable.in_toc:
                self.notify("TOCEntry", (level, esc(flowable.toc_text), self.page,
                                         flowable.key))
