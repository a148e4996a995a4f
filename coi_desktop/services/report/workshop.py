"""The workshop report: what participants take home, in the workshop's language.

`export_report(workshop, path)` writes the PDF atomically (a failed or cancelled export
leaves no file and keeps a good one). The story: cover, contents, summary, agenda,
participants, every canvas drawn from the model, charts, ranked tables per kind, findings,
actions and an appendix with every card's full text. Page numbers, bookmarks and document
metadata (title, author, subject, language) come from `base.ReportDoc`.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from typing import Any

from ...models.workshop import Workshop
from ..analysis import Analysis, analyse, vote_totals
from ..library.report_section import library_section
from . import card_sections, sections
from .base import (
    CancelCheck,
    ContentsSlot,
    Progress,
    ProgressCallback,
    ReportDoc,
    Styles,
    contents,
    write_pdf_atomically,
)
from .context import ReportContext
from .labels import Words


def story(ctx: ReportContext) -> list[Any]:
    """The report in order: flowables, and `Later` builders for the long parts (canvas
    drawings, ranked tables, the appendix), which make their flowables only when the layout
    reaches them. Every heading that belongs in the contents is made here, up front."""
    parts: list[Callable[[ReportContext], list[Any]]] = [
        sections.cover, sections.summary, sections.agenda, sections.participants,
        card_sections.canvases, card_sections.charts, card_sections.ranked,
        sections.findings, library_section, sections.actions, card_sections.appendix,
    ]
    out: list[Any] = []
    for part in parts:
        out += part(ctx)
        ctx.progress.step()
    return out


def build_report(workshop: Workshop, filename: str, *,
                 progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None,
                 analysis: Analysis | None = None, library: Any = None) -> None:
    """Write the report to `filename` (not atomically; see `export_report`)."""
    # The objects that exist before the report (the workshop, its public copy, the loaded
    # modules) are left out of garbage collection while it is made: the collector's full
    # passes walked them again and again (8 % of a 3,000-card report). What the report
    # itself makes is still collected; `unfreeze` hands the old objects back afterwards.
    gc.freeze()
    try:
        _build_report(workshop, filename, progress=progress, cancelled=cancelled,
                      analysis=analysis, library=library)
    finally:
        gc.unfreeze()


def _build_report(workshop: Workshop, filename: str, *,
                  progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None,
                  analysis: Analysis | None = None, library: Any = None) -> None:
    lang = workshop.info.language
    words = Words(lang)
    info = workshop.info
    # Ten steps for the story's outline, then one per flowable laid out (about six a card).
    tracker = Progress(6 * len(workshop.cards) + 400, progress, cancelled)
    tracker.check()
    result = analysis or analyse(workshop, language=lang)
    subject = info.purpose or words("report")
    doc = ReportDoc(filename, title=info.title, author=info.facilitator or info.organiser,
                    subject=subject, language=lang, footer=info.title, page_word=words("page"),
                    progress=tracker)
    doc.cover_note = words("made_with")
    ctx = ReportContext(workshop, lang, words, Styles(lang), result, vote_totals(workshop),
                        tracker, doc.width, (doc.wide_width, doc.wide_height), library=library)
    ctx.appendix_numbers = card_sections.appendix_numbers(workshop, ctx.cards_on)
    items = story(ctx)
    # One layout pass: the contents are known now (every heading is in `items`); their page
    # numbers are filled in as the headings are placed (see ReportDoc.build_once).
    entries = contents(ctx.styles, items)
    at = next(i for i, item in enumerate(items) if isinstance(item, ContentsSlot))
    items[at:at + 1] = entries
    doc.progress_per_flowable = True
    doc.build_once(items, entries)
    tracker.finish()


def export_report(workshop: Workshop, path: str | os.PathLike[str], *,
                  progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None,
                  analysis: Analysis | None = None, library: Any = None) -> None:
    """Write the workshop report to `path` atomically (temp file, fsync, rename).

    The report reads a public copy of the workshop: no non-consenting name or e-mail.
    """
    from ..privacy import public_copy

    public = public_copy(workshop)
    write_pdf_atomically(path, lambda tmp: build_report(
        public, tmp, progress=progress, cancelled=cancelled, analysis=analysis,
        library=library))
