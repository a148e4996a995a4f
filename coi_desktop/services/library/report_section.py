"""The report's section "Experience from earlier workshops" (da: "Erfaringer fra tidligere
workshops"): for each barrier of the workshop that a library knows, its title and "also
raised in N other workshops; what helped there: …". The workshop report adds it when it is
given a library (`report.workshop.export_report(..., library=…)`); without one, or when no
barrier matches, the section is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ..report.base import heading, safe_paragraph
from .prepare import recurrence_sentences

if TYPE_CHECKING:
    from ..report.context import ReportContext

TITLE = {"da": "Erfaringer fra tidligere workshops", "en": "Experience from earlier workshops"}
INTRO = {
    "da": "Barrierer fra denne workshop, som også er rejst i andre workshops i biblioteket "
          "{name}, og hvad der hjalp dér.",
    "en": "Barriers of this workshop that were also raised in other workshops of the library "
          "{name}, and what helped there.",
}


def library_section(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables (none without a library or a matching barrier)."""
    library: Any = getattr(ctx, "library", None)
    if library is None:
        return []
    sentences = recurrence_sentences(library, ctx.workshop, ctx.lang)
    if not sentences:
        return []
    st = ctx.styles
    lang = "da" if ctx.lang == "da" else "en"
    name = library.path.name if library.path is not None else ""
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(TITLE[lang], st, 1),
                           safe_paragraph(INTRO[lang].format(name=name), st.body)]
    cards = sorted((ctx.workshop.cards[cid] for cid in sentences),
                   key=lambda c: (-ctx.votes.get(c.id, 0), c.title.casefold(), c.id))
    for card in cards:
        out += [Spacer(1, 4), safe_paragraph(card.title, st.card_title, 300),
                safe_paragraph(sentences[card.id], st.body)]
    return out
