"""The report's table for "What do the barriers block?" (w3-model, issue 12).

One row per blocking barrier: its place (shared places said as such), its title, the
opportunities and actors it blocks, and whether an opportunity addresses it. A barrier that
blocks something with nothing against it is the most pressing (the finding's answer says
so); the last column lets a reader see that at a glance. Kept apart from `sections` so the
findings section only asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ... import phrasebook
from ...models.registry import BARRIER, REGISTRY
from ..analysis import Finding, join_names, rank_label
from .base import data_table, esc, safe_paragraph

if TYPE_CHECKING:
    from .context import ReportContext

_say = phrasebook.add("report_blocks", {
    "blocks": ("Blokerer", "Blocks"),
    "addressed": ("Mulighed imod", "Addressed"),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
})

MAX_ROWS = 15
CELL_CHARS = 300


def blocked_table(ctx: ReportContext, finding: Finding) -> list[Flowable]:
    """The finding's barriers, each with what it blocks (empty when nothing is blocked)."""
    if not finding.groups:
        return []
    st, lang = ctx.styles, ctx.lang
    uncovered = {r.id for r in ctx.analysis.finding("uncovered").cards} \
        if any(f.key == "uncovered" for f in ctx.analysis.findings) else set()

    def head(text: str) -> Paragraph:
        return Paragraph(esc(text), st.cell_head)

    rows: list[list[object]] = [[head("#"), head(REGISTRY.kind_label(BARRIER, lang)),
                                 head(_say("blocks", lang)), head(_say("addressed", lang))]]
    for ref, group in list(zip(finding.cards, finding.groups, strict=False))[:MAX_ROWS]:
        targets = join_names([t.title for t in group.cards], lang)
        rows.append([rank_label(ref, lang),
                     safe_paragraph(ref.title, st.cell_bold, CELL_CHARS, 6),
                     safe_paragraph(targets, st.cell, CELL_CHARS, 8),
                     _say("no" if ref.id in uncovered else "yes", lang)])
    wide = (ctx.width - 50 * mm) / 2
    return [data_table(rows, [22 * mm, wide, wide, 28 * mm])]
