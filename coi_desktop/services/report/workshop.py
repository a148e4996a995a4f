"""The workshop report: what participants take home, in the workshop's language.

`export_report(workshop, path)` writes the PDF atomically (a failed or cancelled export
leaves no file and keeps a good one). The story: cover, contents, summary, agenda,
participants, every canvas drawn from the model, charts, ranked tables per kind, findings,
actions and an appendix with every card's full text. Page numbers, bookmarks and document
metadata (title, author, subject, language) come from `base.ReportDoc`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from ...models.workshop import Workshop
from ..analysis import Analysis, analyse, vote_totals
from . import card_sections, sections
from .base import (
    CancelCheck,
    Progress,
    ProgressCallback,
    ReportDoc,
    Styles,
    preseed_contents,
    write_pdf_atomically,
)
from .labels import Words


@dataclass
class ReportContext:
    """What every section needs: the workshop, its language, styles and numbers."""

    workshop: Workshop
    lang: str
    words: Words
    styles: Styles
    analysis: Analysis
    votes: dict[str, int]
    progress: Progress
    width: float
    wide: tuple[float, float]


def story(ctx: ReportContext) -> list[Flowable]:
    """Every flowable of the report, in order."""
    parts: list[Callable[[ReportContext], list[Flowable]]] = [
        sections.cover, sections.summary, sections.agenda, sections.participants,
        card_sections.canvases, card_sections.charts, card_sections.ranked,
        sections.findings, sections.actions, card_sections.appendix,
    ]
    out: list[Flowable] = []
    for part in parts:
        out += part(ctx)
        ctx.progress.step()
    return out


def build_report(workshop: Workshop, filename: str, *,
                 progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None,
                 analysis: Analysis | None = None) -> None:
    """Write the report to `filename` (not atomically; see `export_report`)."""
    lang = workshop.info.language
    words = Words(lang)
    info = workshop.info
    # Building the story is about a third of the work; the layout passes the rest.
    tracker = Progress(len(workshop.cards) + 20, progress, cancelled)
    tracker.check()
    result = analysis or analyse(workshop, language=lang)
    subject = info.purpose or words("report")
    doc = ReportDoc(filename, title=info.title, author=info.facilitator or info.organiser,
                    subject=subject, language=lang, footer=info.title, page_word=words("page"),
                    progress=tracker)
    doc.cover_note = words("made_with")
    ctx = ReportContext(workshop, lang, words, Styles(), result, vote_totals(workshop),
                        tracker, doc.width, (doc.wide_width, doc.wide_height))
    flowables = story(ctx)
    for flowable in flowables:
        if isinstance(flowable, TableOfContents) and preseed_contents(flowable, flowables):
            doc.skip_first_pass_drawing = True
    tracker.total = tracker.done + 2 * len(flowables) + 1
    doc.progress_per_flowable = True
    doc.multiBuild(flowables)
    tracker.finish()


def export_report(workshop: Workshop, path: str | os.PathLike[str], *,
                  progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None,
                  analysis: Analysis | None = None) -> None:
    """Write the workshop report to `path` atomically (temp file, fsync, rename).

    The report reads a public copy of the workshop: no non-consenting name or e-mail.
    """
    from ..privacy import public_copy

    public = public_copy(workshop)
    write_pdf_atomically(path, lambda tmp: build_report(
        public, tmp, progress=progress, cancelled=cancelled, analysis=analysis))
