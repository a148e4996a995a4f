"""The report's card sections: canvas drawings, charts, ranked tables and the appendix.

Canvas pages are landscape; a canvas too large to read on one page gets an overview with
numbered parts and one page per part. Ranked tables clip long text (the appendix prints it
in full with paragraphs that split across pages), so a 10,000-character card never makes a
row taller than a page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ...models.entities import Card
from ...models.registry import BARRIER, OPPORTUNITY, REGISTRY
from ..palette import INK, accent_of, category_colour, kind_colour
from .base import bar_chart, clip, esc, heading, safe_paragraph, table_style, text_paragraphs
from .canvas_drawing import CanvasFigure, CanvasPainter
from .sections import KindChip, cell, chunked_table, head

if TYPE_CHECKING:
    from .workshop import ReportContext

NUMERIC = frozenset({"power", "interest", "severity", "impact", "effort"})


# -- canvases -----------------------------------------------------------------------------

def canvases(ctx: ReportContext) -> list[Flowable]:
    st, words = ctx.styles, ctx.words
    out: list[Flowable] = [NextPageTemplate("wide"), PageBreak(),
                           heading(words("canvases_title"), st, 0)]
    width, height = ctx.wide
    for n, canvas in enumerate(ctx.workshop.canvases.ordered()):
        if n:
            out.append(PageBreak())
        template = ctx.workshop.terms.label("template", canvas.template, ctx.lang)
        out.append(heading(canvas.name, st, 1))
        cards = ctx.workshop.cards.on(canvas.id)
        caption = f"{esc(template)} · {len(cards)} {esc(words('cards').lower())}"
        out.append(Paragraph(caption, st.small))
        painter = CanvasPainter(ctx.workshop, canvas.id, ctx.votes)
        avail_h = height - (36 if n == 0 else 24) * mm
        scale, regions = painter.parts(width, avail_h)
        regions = [r for r in regions if len(regions) == 1 or painter.has_cards_in(r)]
        out.append(_legend(ctx, {c.kind for c in cards}))
        if len(regions) == 1:
            out.append(CanvasFigure(painter.drawing(regions[0], scale)))
        else:
            x0, y0, x1, y1 = painter.bounds
            fit = min(width / (x1 - x0), avail_h / (y1 - y0))
            out += [CanvasFigure(painter.drawing(painter.bounds, fit, detail=False,
                                                   numbered=regions)),
                    Paragraph(esc(words("overview_note", total=len(regions))), st.caption)]
            for i, region in enumerate(regions, 1):
                out += [PageBreak(),
                        heading(f"{canvas.name} · {words('part', n=i, total=len(regions))}",
                                st, 2, toc=False),
                        CanvasFigure(painter.drawing(region, scale))]
        if not cards:
            out.append(Paragraph(esc(words("empty_canvas")), st.caption))
        ctx.progress.step(max(1, len(cards) // 4))
    return out


def _legend(ctx: ReportContext, kinds: set[str]) -> Table:
    cells: list[Flowable] = []
    for kind in REGISTRY.kind_ids:
        if kind in kinds:
            cells.append(KindChip(ctx.workshop.terms.label("card_kind", kind, ctx.lang),
                                  kind_colour(kind)))
    cells.append(Paragraph(f"→ {esc(ctx.words('directed'))}  — "
                           f"{esc(ctx.words('undirected'))}", ctx.styles.small))
    widths = [c.width + 6 if isinstance(c, KindChip) else 70 * mm for c in cells]
    return Table([cells], colWidths=widths, hAlign="LEFT",
                 style=table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))


# -- charts -------------------------------------------------------------------------------

def charts(ctx: ReportContext) -> list[Flowable]:
    w, st, words = ctx.workshop, ctx.styles, ctx.words
    out: list[Flowable] = [NextPageTemplate("body"), PageBreak(),
                           heading(words("charts"), st, 0)]
    counts: dict[str, int] = {}
    for c in w.cards.values():
        if c.kind == BARRIER:
            counts[c.category] = counts.get(c.category, 0) + 1
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    labelled = [(w.terms.label("category", k) if k else words("no_category"), n) for k, n in items]
    out += [heading(words("barriers_per_category"), st, 1),
            bar_chart(labelled, ctx.width, colour=kind_colour(BARRIER)), Spacer(1, 6)]
    voted = sorted((c for c in w.cards.values() if ctx.votes.get(c.id)),
                   key=lambda c: (-ctx.votes[c.id], c.title))[:15]
    out.append(heading(words("votes_chart"), st, 1))
    if voted:
        out.append(bar_chart([(c.title, ctx.votes[c.id]) for c in voted], ctx.width,
                             colour=kind_colour(OPPORTUNITY)))
    else:
        out.append(Paragraph(esc(words("no_votes")), st.small))
    return out


# -- ranked tables ------------------------------------------------------------------------

def _columns(ctx: ReportContext, kind: str) -> list[tuple[str, float]]:
    return [(k, w * mm) for k, w in REGISTRY.kind(kind).report_columns]


def _value(ctx: ReportContext, c: Card, key: str) -> str:
    w = ctx.workshop
    if key == "canvas":
        return w.canvases.require(c.canvas_id).name
    value = getattr(c, key)
    if value is None or value == "":
        return ""
    if key in ("sector", "role", "category", "phase", "technology", "status"):
        return w.terms.label(key, value)
    return str(value)


def ranked(ctx: ReportContext) -> list[Flowable]:
    w, st = ctx.workshop, ctx.styles
    out: list[Flowable] = [PageBreak(), heading(ctx.words("ranked"), st, 0)]
    for kind in (k.id for k in REGISTRY.kinds if k.report_section == "ranked"):
        cards = [c for c in w.cards.values() if c.kind == kind]
        if not cards:
            continue
        cards.sort(key=lambda c: (-ctx.votes.get(c.id, 0), -(c.severity or c.impact or
                                                             c.power or 0), c.title, c.id))
        cols = _columns(ctx, kind)
        fixed = 8 * mm + 15 * mm + sum(width for _, width in cols)
        title_w = ctx.width - fixed
        header = head(ctx, "item", "title", *[k for k, _ in cols], "votes")
        rows = []
        for i, c in enumerate(cards, 1):
            title = [cell(ctx, c.title, bold=True)]
            if c.description:
                title.append(safe_paragraph(c.description, st.cell_muted, 240, 4))
            rows.append([str(i), title,
                         *[_value(ctx, c, k) if k in NUMERIC else cell(ctx, _value(ctx, c, k),
                                                                       width=width)
                           for k, width in cols],
                         str(ctx.votes.get(c.id, 0) or "")])
        label = w.terms.label("card_kind", kind, ctx.lang)
        out += [CondPageBreak(50 * mm), heading(f"{label} ({len(cards)})", st, 1)]
        out += chunked_table(ctx, header, rows, [8 * mm, title_w, *[x for _, x in cols], 15 * mm])
        ctx.progress.step(max(1, len(cards) // 4))
    return out


# -- appendix -----------------------------------------------------------------------------

def appendix(ctx: ReportContext) -> list[Flowable]:
    w, st, words = ctx.workshop, ctx.styles, ctx.words
    out: list[Flowable] = [NextPageTemplate("body"), PageBreak(),
                           heading(words("appendix"), st, 0),
                           Paragraph(esc(words("appendix_note")), st.small)]
    titles = {c.id: c.title for c in w.cards.values()}
    neighbours: dict[str, list[str]] = {}
    for link in w.links.values():
        neighbours.setdefault(link.source_id, []).append(link.target_id)
        neighbours.setdefault(link.target_id, []).append(link.source_id)
    for canvas in w.canvases.ordered():
        kinds = list(REGISTRY.kind_ids)
        cards = sorted(w.cards.on(canvas.id), key=lambda c: (kinds.index(c.kind)
                                                              if c.kind in kinds else 9,
                                                              c.title, c.id))
        if not cards:
            continue
        out.append(heading(canvas.name, st, 1))
        for n, c in enumerate(cards):
            accent = kind_colour(c.kind)
            if accent_of(c):
                accent = category_colour(accent_of(c))
            label = esc(ctx.workshop.terms.label("card_kind", c.kind, ctx.lang).upper())
            head_row = Paragraph(
                f'<font backColor="{kind_colour(c.kind)}" color="#FFFFFF" size="7">'
                f"<b>&nbsp;{label}&nbsp;</b></font>&nbsp; {esc(clip(c.title, 300, 6))}",
                st.card_title)
            # A conditional break instead of KeepTogether: as good for a card's head, and
            # it does not lay the card out twice (3,000 cards).
            out += [CondPageBreak(24 * mm), head_row,
                    HRFlowable(width="100%", thickness=0.8, color=colors.HexColor(accent),
                               spaceBefore=1, spaceAfter=2)]
            meta = _meta(ctx, c, titles, neighbours.get(c.id, []))
            if meta:
                out.append(Paragraph(meta, st.small))
            if len(c.title) > 300 or c.title.count("\n") > 5:
                out += text_paragraphs(c.title, st.body)
            if c.description:
                out += text_paragraphs(c.description, st.body)
            out.append(Spacer(1, 5))
            if n % 25 == 24:
                ctx.progress.step(25)
    return out


def _meta(ctx: ReportContext, c: Card, titles: dict[str, str], linked: list[str]) -> str:
    w, words = ctx.workshop, ctx.words
    parts: list[str] = []
    for key in ("sector", "role", "organisation", "power", "interest", "category",
                "severity", "phase", "impact", "effort", "technology", "owner", "due_date",
                "status"):
        value = _value(ctx, c, key)
        if value:
            name = words(key) if key != "organisation" else words("organisation")
            parts.append(f"{esc(name)}: <b>{esc(value)}</b>")
    if ctx.votes.get(c.id):
        parts.append(f"{esc(words('votes'))}: <b>{ctx.votes[c.id]}</b>")
    if c.tags:
        parts.append(f"{esc(words('tags'))}: {esc(', '.join(c.tags))}")
    who = w.participants.display_name(c.participant_id)
    if who:
        parts.append(f"{esc(words('contributed_by'))}: {esc(who)}")
    if linked:
        names = [titles[i] for i in linked[:8] if i in titles]
        more = " …" if len(linked) > 8 else ""
        parts.append(f"{esc(words('links_to'))}: " +
                     ", ".join(f"“{esc(t[:60])}”" for t in names) + more)
    return f'<font color="{INK}">' + " · ".join(parts) + "</font>" if parts else ""
