"""The report's card sections: canvas drawings, charts, ranked tables and the appendix.

Canvas pages are landscape; a canvas too large to read on one page gets an overview with
numbered parts and one page per part. Each card's text is printed once, in the appendix
(numbered, with paragraphs that split across pages); the ranked tables show a card's title
in a line or two and its appendix number, so a 10,000-character card never makes a row
taller than a page. The long parts are `Later` builders: made when the layout reaches them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ...models.entities import Card
from ...models.registry import BARRIER, OPPORTUNITY, REGISTRY
from ..palette import accent_of, category_colour, kind_colour
from .base import (
    FONT,
    FONT_BOLD,
    MUTED,
    Later,
    bar_chart,
    clip,
    esc,
    heading,
    table_style,
)
from .canvas_drawing import CanvasFigure, CanvasPainter
from .line_table import line_table
from .plain_text import CardBlock, CardHead, PlainText, Rule, hex_colour
from .sections import KindChip, head_words, line_cell

if TYPE_CHECKING:
    from .context import ReportContext

MUTED_HEX = "#5F6B76"
NUMERIC = frozenset({"power", "interest", "severity", "impact", "effort", "power_interest"})


# -- canvases -----------------------------------------------------------------------------

def canvases(ctx: ReportContext) -> list[Any]:
    st, words = ctx.styles, ctx.words
    out: list[Any] = [NextPageTemplate("wide"), PageBreak(),
                      heading(words("canvases_title"), st, 0)]
    for n, canvas in enumerate(ctx.workshop.canvases.ordered()):
        if n:
            out.append(PageBreak())
        out.append(heading(canvas.name, st, 1))
        # The drawing is recorded only when the layout reaches it, and freed once drawn.
        out.append(Later(partial(_canvas_pages, ctx, n, canvas)))
    return out


def _canvas_pages(ctx: ReportContext, n: int, canvas: Any) -> list[Flowable]:
    st, words = ctx.styles, ctx.words
    width, height = ctx.wide
    template = ctx.workshop.terms.label("template", canvas.template, ctx.lang)
    cards = ctx.cards_on(canvas.id)
    caption = f"{esc(template)} · {len(cards)} {esc(words('cards').lower())}"
    out: list[Flowable] = [Paragraph(caption, st.small)]
    painter = CanvasPainter(ctx.workshop, canvas.id, ctx.votes, cards)
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
    for c in ctx.item_cards(BARRIER):  # a barrier on two canvases is one barrier
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
    if key == "power_interest":
        if c.power is None and c.interest is None:
            return ""
        return f"{'' if c.power is None else c.power} / {'' if c.interest is None else c.interest}"
    if key == "canvas":
        return w.canvases.require(c.canvas_id).name
    value = getattr(c, key)
    if value is None or value == "":
        return ""
    if key in ("sector", "role", "category", "phase", "technology", "status"):
        return w.terms.label(key, value)
    return str(value)


def ranked(ctx: ReportContext) -> list[Any]:
    w, st = ctx.workshop, ctx.styles
    out: list[Any] = [PageBreak(), heading(ctx.words("ranked"), st, 0),
                      Paragraph(esc(ctx.words("ranked_note")), st.small)]
    for kind in (k.id for k in REGISTRY.kinds if k.report_section == "ranked"):
        cards = ctx.item_cards(kind)  # each item once (its votes are summed under it)
        if not cards:
            continue
        label = w.terms.label("card_kind", kind, ctx.lang)
        out += [CondPageBreak(50 * mm), heading(f"{label} ({len(cards)})", st, 1),
                Later(partial(_ranked_table, ctx, kind, cards))]
    return out


def _ranked_table(ctx: ReportContext, kind: str, cards: list[Card]) -> list[Flowable]:
    def score(c: Card) -> tuple[int, float]:
        return (-ctx.votes.get(c.id, 0), -(c.severity or c.impact or c.power or 0))

    cards.sort(key=lambda c: (*score(c), c.title, c.id))
    cols = _columns(ctx, kind)
    fixed = 8 * mm + 15 * mm + 12 * mm + sum(width for _, width in cols)
    title_w = ctx.width - fixed
    header = head_words(ctx, "item", "title", *[k for k, _ in cols], "votes", "appendix_ref")
    rows = []
    rank, previous = 0, None
    for i, c in enumerate(cards, 1):
        # Competition ranking: cards with the same dots and weight share a place (1, 2, 2, 4).
        if score(c) != previous:
            rank, previous = i, score(c)
        # One line per card: the title as a reference, the full text is in the appendix.
        rows.append([str(rank), line_cell(ctx, c.title, title_w, bold=True),
                     *[_value(ctx, c, k) if k in NUMERIC else line_cell(ctx, _value(ctx, c, k),
                                                                        width)
                       for k, width in cols],
                     str(ctx.votes.get(c.id, 0) or ""),
                     str(ctx.appendix_numbers.get(c.id, ""))])
    return [line_table(header, rows, [8 * mm, title_w, *[x for _, x in cols], 15 * mm, 12 * mm],
                       1, ctx.lang)]


# -- appendix -----------------------------------------------------------------------------

def _appendix_order(w: Any, cards_on: Callable[[str], list[Card]] | None = None
                    ) -> Iterator[tuple[Any, list[Card]]]:
    """Each canvas with its cards in appendix order; `cards_on`: a canvas's cards (by
    default `w.cards.on`, a scan of every card per canvas)."""
    on = cards_on or w.cards.on
    for canvas in w.canvases.ordered():
        kinds = list(REGISTRY.kind_ids)
        cards = sorted(on(canvas.id), key=lambda c: (kinds.index(c.kind)
                                                              if c.kind in kinds else 9,
                                                              c.title, c.id))
        if cards:
            yield canvas, cards


def appendix_numbers(w: Any, cards_on: Callable[[str], list[Card]] | None = None
                     ) -> dict[str, int]:
    """Each card's number in the appendix (1, 2, …), in the order it is printed there."""
    numbers: dict[str, int] = {}
    for _canvas, cards in _appendix_order(w, cards_on):
        for c in cards:
            numbers[c.id] = len(numbers) + 1
    return numbers


def appendix(ctx: ReportContext) -> list[Any]:
    w, st, words = ctx.workshop, ctx.styles, ctx.words
    out: list[Any] = [NextPageTemplate("body"), PageBreak(),
                      heading(words("appendix"), st, 0),
                      Paragraph(esc(words("appendix_note")), st.small)]
    titles = {c.id: c.title for c in w.cards.values()}
    neighbours: dict[str, list[str]] = {}
    for link in w.links.values():
        neighbours.setdefault(link.source_id, []).append(link.target_id)
        neighbours.setdefault(link.target_id, []).append(link.source_id)
    for canvas, cards in _appendix_order(w, ctx.cards_on):
        out += [heading(canvas.name, st, 1),
                Later(partial(_appendix_cards, ctx, cards, titles, neighbours))]
    return out


def _appendix_cards(ctx: ReportContext, cards: list[Card], titles: dict[str, str],
                    neighbours: dict[str, list[str]]) -> Iterator[Flowable]:
    """A canvas's cards in the appendix, one card at a time (a generator: the layout pulls
    the next card when it needs it, so a 10,000-card appendix is never held at once).
    Plain-text flowables: card text is drawn as lines, never parsed as markup."""
    st, lang = ctx.styles, ctx.lang
    body, small = st.body, st.small
    for c in cards:
        accent = kind_colour(c.kind)
        if accent_of(c):
            accent = category_colour(accent_of(c))
        label = clip(ctx.workshop.terms.label("card_kind", c.kind, ctx.lang), 22, 1).upper()
        number = str(ctx.appendix_numbers.get(c.id, ""))
        parts: list[Flowable] = [
            CardHead(number, label, kind_colour(c.kind), clip(c.title, 300, 6), FONT,
                     FONT_BOLD, lang, st.card_title.fontSize, st.card_title.leading, MUTED),
            Rule(0.8, hex_colour(accent), space_before=1, space_after=2)]
        meta = _meta(ctx, c, titles, neighbours.get(c.id, []))
        if meta:
            parts.append(PlainText(meta, small.fontName, small.fontSize, small.leading,
                                   small.textColor, lang, space_after=2))
        keep = len(parts)  # head, rule and details stay together
        if len(c.title) > 300 or c.title.count("\n") > 5:
            parts.append(PlainText(c.title, body.fontName, body.fontSize, body.leading,
                                   body.textColor, lang, space_after=body.spaceAfter))
        if c.description:
            parts.append(PlainText(c.description, body.fontName, body.fontSize, body.leading,
                                   body.textColor, lang, space_after=body.spaceAfter))
        # One flowable per card (its parts drawn inside it): as good as a conditional break
        # before the head, and a sixth of the layout engine's work per card.
        yield CardBlock(parts, keep, gap_after=5)


def _meta(ctx: ReportContext, c: Card, titles: dict[str, str], linked: list[str]) -> str:
    w, words = ctx.workshop, ctx.words
    parts: list[str] = []
    for key in ("sector", "role", "organisation", "power", "interest", "category",
                "severity", "phase", "impact", "effort", "technology", "owner", "due_date",
                "status"):
        value = _value(ctx, c, key)
        if value:
            name = words(key) if key != "organisation" else words("organisation")
            parts.append(f"{name}: {clip(value, 200, 1)}")  # bounded: a head fits a page
    if ctx.votes.get(c.id):
        parts.append(f"{words('votes')}: {ctx.votes[c.id]}")
    if c.tags:
        parts.append(f"{words('tags')}: {clip(', '.join(c.tags), 300, 1)}")
    who = w.participants.display_name(c.participant_id)
    if who:
        parts.append(f"{words('contributed_by')}: {clip(who, 200, 1)}")
    if linked:
        # Linked cards by their appendix numbers: their text is printed once, at its number.
        numbers = sorted({ctx.appendix_numbers[i] for i in linked if i in ctx.appendix_numbers})
        shown = ", ".join(str(n) for n in numbers[:30])
        parts.append(f"{words('links_to')} {shown}" + (" …" if len(numbers) > 30 else ""))
    return " · ".join(parts)  # plain text (drawn by PlainText, never parsed)
