"""The report's front sections: cover, summary, agenda, participants, findings, actions.

Each function takes the `ReportContext` and returns flowables. Every user string reaches a
`Paragraph` through `esc()`/`safe_paragraph()`; table cells are clipped so no row outgrows a
page, and the appendix prints the full text.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ...models.registry import ACTION, BARRIER, OPPORTUNITY, REGISTRY
from ..palette import kind_colour
from .base import (
    FONT_BOLD,
    RULE,
    SHADE,
    ContentsSlot,
    clip,
    data_table,
    esc,
    heading,
    plain,
    safe_paragraph,
    table_style,
)
from .blocks import blocked_table
from .labels import WORDS, long_date
from .line_table import line_table

if TYPE_CHECKING:
    from .context import ReportContext

CELL_CHARS = 400
CELL_LINES = 12
CHUNK = 40  # rows per table piece: a long table splits cheaply


class KindChip(Flowable):
    """A small rounded label in a kind's colour (used in tables)."""

    def __init__(self, text: str, colour: str, size: float = 6.8) -> None:
        super().__init__()
        self.text = clip(text, 22, 1).upper()
        self.colour = colour
        self.size = size
        self.width = stringWidth(self.text, FONT_BOLD, size) + 8
        self.height = size + 5

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return min(self.width, avail_width), self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colors.HexColor(self.colour))
        c.roundRect(0, 0, self.width, self.height, 2.5, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FONT_BOLD, self.size)
        c.drawString(4, 2.9, self.text)


def chip(ctx: ReportContext, kind: str) -> KindChip:
    return KindChip(ctx.workshop.terms.label("card_kind", kind, ctx.lang), kind_colour(kind))


def cell(ctx: ReportContext, value: Any, bold: bool = False,
         width: float | None = None) -> Paragraph | str:
    """A table cell for user text: a plain string when it fits `width` on one line (cheap,
    and a Table draws strings without markup), else a clipped, escaped Paragraph."""
    style = ctx.styles.cell_bold if bold else ctx.styles.cell
    text = "" if value is None else plain(value)
    if width is not None and not bold and "\n" not in text and len(text) < 60 \
            and stringWidth(text, style.fontName, style.fontSize) <= width - 9:
        return text
    # A narrow column gets less text, so one long value cannot make a row a page tall.
    limit = CELL_CHARS if width is None else max(60, min(CELL_CHARS, int(width / mm * 6)))
    return safe_paragraph(text, style, limit, CELL_LINES)


def one_line(value: Any, font: str, size: float, width: float) -> str:
    """User text cut to one line of `width` points (ending in … when cut): a table cell
    that a Table draws as a plain string, without parsing or wrapping a Paragraph."""
    text = " ".join(plain(value).split())
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def line_cell(ctx: ReportContext, value: Any, width: float, bold: bool = False,
              lines: int = 2) -> str:
    """User text as a plain-string table cell of at most `lines` lines for a column of
    `width` (its padding taken off): wrapped at words, long words hyphenated at syllables,
    the last line ending in … when cut. A Table draws it without parsing a Paragraph."""
    from .canvas_drawing import wrap

    style = ctx.styles.cell_bold if bold else ctx.styles.cell
    if lines == 1:
        return one_line(value, style.fontName, style.fontSize, width - 9)
    return "\n".join(wrap(str(value), style.fontName, style.fontSize, width - 9, lines,
                          ctx.lang))


def head_words(ctx: ReportContext, *keys: str) -> list[str]:
    """Column headers as plain strings (for `line_table`)."""
    return ["#" if k == "item" else ctx.words(k) for k in keys]


def head(ctx: ReportContext, *keys: str) -> list[Paragraph]:
    return [Paragraph("#" if k == "item" else esc(ctx.words(k)), ctx.styles.cell_head)
            for k in keys]


def chunked_table(ctx: ReportContext, header: list[Any], rows: list[list[Any]],
                  widths: list[float], bold_column: int | None = None) -> list[Flowable]:
    """Rows as several small tables (each with the header), so splitting stays cheap.
    `bold_column`: a column of plain-string cells to print in bold (the titles)."""
    if not rows:
        return [Paragraph(esc(ctx.words("none")), ctx.styles.small)]
    extra = [] if bold_column is None else [
        ("FONTNAME", (bold_column, 1), (bold_column, -1), ctx.styles.cell_bold.fontName)]
    out: list[Flowable] = []
    for start in range(0, len(rows), CHUNK):
        out.append(data_table([header, *rows[start:start + CHUNK]], widths, extra=extra))
    return out


def iso_time(value: str) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value).strftime("%H:%M")
    except ValueError:
        return clip(value, 16, 1)


def minutes_between(start: str, end: str) -> int | None:
    try:
        delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    except ValueError:
        return None
    return max(0, round(delta.total_seconds() / 60))


# -- cover --------------------------------------------------------------------------------

def cover(ctx: ReportContext) -> list[Flowable]:
    info, st, w = ctx.workshop.info, ctx.styles, ctx.width
    band: list[Flowable] = [
        Paragraph(esc(ctx.words("report").upper()), st.cover_sub),
        Spacer(1, 6 * mm),
        safe_paragraph(info.title, st.cover_title, 160, 4),
    ]
    if info.purpose:
        band.append(safe_paragraph(info.purpose, st.cover_sub, 320, 5))
    top = Table([[KeepInFrame(w, 88 * mm, band, mode="shrink")]], colWidths=[w],
                rowHeights=[92 * mm],
                style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 10 * mm)))
    rows = []
    for key, value in (("date", long_date(info.date, ctx.lang)), ("place", info.location),
                       ("facilitator", info.facilitator), ("organiser", info.organiser),
                       ("focus_technology", ctx.workshop.terms.label("technology", info.technology)
                        if info.technology else ""),
                       ("focus_phase", ctx.workshop.terms.label("phase", info.phase)
                        if info.phase else "")):
        if value:
            rows.append([Paragraph(esc(ctx.words(key)), st.cover_label),
                         safe_paragraph(value, st.cover_meta, 200, 3)])
    meta = Table(rows or [[""]], colWidths=[38 * mm, w - 38 * mm], hAlign="LEFT",
                 style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   # 11 pt values, 9 pt labels: same baseline
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("TOPPADDING", (0, 0), (0, -1), 4.8),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)))
    return [top, Spacer(1, 12 * mm), meta, Spacer(1, 10 * mm), *_cover_picture(ctx),
            NextPageTemplate("body"), PageBreak(),
            Paragraph(esc(ctx.words("contents")), st.h1), ContentsSlot(), PageBreak()]


def _cover_picture(ctx: ReportContext) -> list[Flowable]:
    """The busiest canvas as a small mosaic of coloured cards: the workshop at a glance."""
    from .canvas_drawing import CanvasFigure, CanvasPainter

    canvases = ctx.workshop.canvases.ordered()
    if not canvases or not ctx.workshop.cards:
        return []
    busiest = max(canvases, key=lambda c: len(ctx.cards_on(c.id)))
    painter = CanvasPainter(ctx.workshop, busiest.id, ctx.votes, ctx.cards_on(busiest.id))
    x0, y0, x1, y1 = painter.bounds
    scale = min(ctx.width / (x1 - x0), 80 * mm / (y1 - y0))
    figure = CanvasFigure(painter.drawing(painter.bounds, scale, detail=False))
    figure.hAlign = "LEFT"
    return [figure, Spacer(1, 2 * mm), safe_paragraph(busiest.name, ctx.styles.small, 120, 1)]




# -- summary ------------------------------------------------------------------------------

def summary(ctx: ReportContext) -> list[Flowable]:
    w, st, words = ctx.workshop, ctx.styles, ctx.words
    out: list[Flowable] = [heading(words("summary"), st, 0)]
    items, edges = ctx.network()  # each item and each link between two items once
    tiles = [(len(items), words("cards")), (len(w.participants), words("participants")),
             (len(w.canvases), words("canvases")), (len(edges), words("links")),
             (sum(v.count for v in w.voting.votes.values()), words("dots"))]
    cells = [[Paragraph(f"{n}", st.tile_number) for n, _ in tiles],
             [Paragraph(esc(label), st.tile_label) for _, label in tiles]]
    out.append(Table(cells, colWidths=[ctx.width / len(tiles)] * len(tiles), style=table_style(
        ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBEFORE", (1, 0), (-1, -1), 2,
                                                  colors.white),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 8))))
    kinds = [f"{esc(w.terms.label('card_kind', k, ctx.lang))}: <b>{n}</b>"
             for k in REGISTRY.kind_ids
             if (n := sum(1 for i in items if i.card.kind == k))]
    out += [Spacer(1, 4), Paragraph(" · ".join(kinds), st.small), Spacer(1, 8)]
    for key, kind in (("top_barriers", BARRIER), ("top_opportunities", OPPORTUNITY)):
        out.append(heading(words(key), st, 1, toc=False))
        voted = sorted((c for c in ctx.item_cards(kind) if ctx.votes.get(c.id)),
                       key=lambda c: (-ctx.votes[c.id], c.title))[:5]
        if not voted:
            out.append(Paragraph(esc(words("no_votes")), st.small))
            continue
        rows = [[Paragraph(f"{i}", st.cell_bold), cell(ctx, c.title, bold=True),
                 cell(ctx, w.canvases.require(c.canvas_id).name, width=42 * mm),
                 Paragraph(f"{ctx.votes[c.id]}",
                                                                  st.cell_bold)]
                for i, c in enumerate(voted, 1)]
        out.append(data_table([head(ctx, "item", "title", "canvas", "votes"), *rows],
                              [10 * mm, ctx.width - 70 * mm, 42 * mm, 18 * mm]))
    out.append(heading(words("key_findings"), st, 1, toc=False))
    for f in ctx.analysis.findings:
        out.append(Paragraph(f"<b>{esc(f.question)}</b> {esc(f.answer)}", st.finding,
                             bulletText="•"))
    return out


# -- agenda and participants --------------------------------------------------------------

def agenda(ctx: ReportContext) -> list[Flowable]:
    w, st = ctx.workshop, ctx.styles
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(ctx.words("agenda"), st, 0)]
    rows = []
    for i, item in enumerate(w.agenda.ordered(), 1):
        actual = minutes_between(item.started_at, item.ended_at) \
            if item.started_at and item.ended_at else None
        canvas = w.canvases.get(item.canvas_id or "")
        rows.append([Paragraph(f"{i}", st.cell), cell(ctx, item.title, bold=True),
                     cell(ctx, canvas.name if canvas else "", width=38 * mm),
                     f"{item.planned_minutes} {ctx.words('minutes')}",
                     iso_time(item.started_at), iso_time(item.ended_at),
                     cell(ctx, f"{actual} {ctx.words('minutes')}" if actual is not None else "")])
    widths = [8 * mm, ctx.width - 126 * mm, 38 * mm, 20 * mm, 18 * mm, 18 * mm, 24 * mm]
    out += chunked_table(ctx, head(ctx, "item", "title", "canvas", "planned", "started",
                                   "ended", "actual"), rows, widths)
    return out


def participants(ctx: ReportContext) -> list[Flowable]:
    w, st = ctx.workshop, ctx.styles
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(ctx.words("participants"), st, 0),
                           Paragraph(esc(ctx.words("consent_note")), st.small), Spacer(1, 4)]
    people = sorted(w.participants.values(),
                    key=lambda p: (not p.consent, p.name if p.consent else "", p.organisation))
    third = (ctx.width - 50 * mm) / 3
    rows = [[cell(ctx, p.name if p.consent else ctx.words("not_named"), bold=p.consent),
             cell(ctx, p.organisation, width=third),
             cell(ctx, w.terms.label("sector", p.sector) if p.sector else "", width=third),
             cell(ctx, w.terms.label("role", p.role) if p.role else "", width=third)]
            for p in people]
    out += chunked_table(ctx, head(ctx, "name", "organisation", "sector", "role"), rows,
                         [50 * mm, third, third, third])
    return out


# -- findings and actions -----------------------------------------------------------------

def findings(ctx: ReportContext) -> list[Flowable]:
    st = ctx.styles
    out: list[Flowable] = [NextPageTemplate("body"), PageBreak(),
                           heading(ctx.words("findings"), st, 0)]
    for f in ctx.analysis.findings:
        out += [heading(f.question, st, 1), Paragraph(esc(f.answer), st.body)]
        groups = f.groups or ()
        if f.key == "blocked":  # w3-model: barrier → what it blocks (report/blocks.py)
            out += blocked_table(ctx, f)
        elif f.key == "clusters" or (f.key == "priorities" and groups):
            for g in groups[:8]:
                out.append(Paragraph(f"<b>{esc(g.label)}</b>", st.body))
                out.append(_ref_table(ctx, g.cards[:15], f.key))
        elif f.cards:
            out.append(_ref_table(ctx, f.cards[:15], f.key))
        out.append(Spacer(1, 4))
        ctx.progress.step()
    return out


def _ref_table(ctx: ReportContext, refs: Any, key: str) -> Table:
    rows = []
    for i, r in enumerate(refs, 1):
        score = f"{r.score:.3f}" if key in ("bridges", "clusters") else f"{r.score:g}"
        canvas = ctx.workshop.canvases.get(r.canvas_id)
        rows.append([str(i), cell(ctx, r.title, bold=True), chip(ctx, r.kind),
                     cell(ctx, canvas.name if canvas else "", width=44 * mm), score])
    score_key = f"score_{key}" if f"score_{key}" in WORDS else "score"
    return data_table([head(ctx, "item", "title", "kind", "canvas", score_key), *rows],
                      [10 * mm, ctx.width - 100 * mm, 28 * mm, 44 * mm, 18 * mm])


def actions(ctx: ReportContext) -> list[Flowable]:
    w, st = ctx.workshop, ctx.styles
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(ctx.words("actions"), st, 0)]
    items = sorted(ctx.item_cards(ACTION),  # an action on two canvases is one action
                   key=lambda c: (c.due_date or "9999", c.title))
    if not items:
        return [*out, Paragraph(esc(ctx.words("no_actions")), st.body)]
    # One line per action (the appendix number leads to its full text), so that hundreds
    # of actions stay a few pages of plain table cells.
    title_w = ctx.width - 117 * mm
    rows = [[line_cell(ctx, c.title, title_w, bold=True), line_cell(ctx, c.owner, 32 * mm),
             c.due_date or "",
             line_cell(ctx, w.terms.label("status", c.status) if c.status else "", 22 * mm),
             line_cell(ctx, w.canvases.require(c.canvas_id).name, 30 * mm),
             str(ctx.appendix_numbers.get(c.id, ""))] for c in items]
    out.append(line_table(head_words(ctx, "title", "owner", "due_date", "status", "canvas",
                                     "appendix_ref"), rows,
                          [title_w, 32 * mm, 21 * mm, 22 * mm, 30 * mm, 12 * mm], 0, ctx.lang))
    return out


__all__ = ["KindChip", "actions", "agenda", "cell", "chip", "chunked_table", "cover",
           "findings", "head", "head_words", "line_cell", "one_line", "participants", "summary"]
