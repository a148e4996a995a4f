"""The consolidated PDF report: what recurs across a season of workshops.

Built on the workshop report's engine (`services/report/base.py`): DejaVu Sans embedded,
every user string escaped (card text is data, never markup), table cells clipped so no row
outgrows a page, headings in the table of contents and the PDF outline, and the file written
to a temporary file and renamed into place. The story: cover, contents, overview with the
method, recurring barriers (chart and table), categories (chart and table), the breakdowns
by phase, sector, technology focus and quarter, opportunities against recurring barriers,
recurring actors, bridge-builders (chart and table), the proposals and the sources.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from ... import phrasebook
from ..report.base import (
    CancelCheck,
    Progress,
    ProgressCallback,
    ReportDoc,
    Styles,
    bar_chart,
    data_table,
    esc,
    heading,
    markup_paragraph,
    safe_paragraph,
    table_of_contents,
    write_pdf_atomically,
)
from . import stats
from .similarity import DEFAULT_THRESHOLD
from .stats import Table

_W: dict[str, tuple[str, str]] = {
    "report": ("Samlet workshoprapport", "Consolidated workshop report"),
    "subtitle": ("{n} workshops, {first} – {last}", "{n} workshops, {first} – {last}"),
    "made": ("Lavet med COI Desktop den {today}.", "Made with COI Desktop on {today}."),
    "contents": ("Indhold", "Contents"),
    "page": ("Side", "Page"),
    "overview": ("Overblik", "Overview"),
    "overview_text": ("{n} workshops med {cards} kort er samlet. {recurring} barrierer blev rejst "
                      "i to eller flere workshops. Lignende kort er samlet i fælles emner (dansk "
                      "normalisering og ordlighed på mindst {threshold:.0f} %); {proposed} "
                      "samlinger venter på gennemsyn, {accepted} er accepteret og {rejected} "
                      "afvist.",
                      "{n} workshops with {cards} cards were consolidated. {recurring} barriers "
                      "were raised in two or more workshops. Similar cards were grouped into "
                      "canonical items (Danish normalisation and token similarity of at least "
                      "{threshold:.0f} %); {proposed} groupings await review, {accepted} are "
                      "accepted and {rejected} rejected."),
    "chart_barriers": ("Barrierer rejst i flest workshops",
                       "Barriers raised in the most workshops"),
    "chart_categories": ("Barrierekategorier efter antal workshops",
                         "Barrier categories by number of workshops"),
    "chart_votes": ("Barrierekategorier efter stemmer", "Barrier categories by votes"),
    "chart_bridges": ("Brobyggere (mellemhed, %)", "Bridge-builders (betweenness, %)"),
    "breakdowns": ("Fordelinger", "Breakdowns"),
    "empty": ("Intet at vise.", "Nothing to show."),
    "subtitle_one": ("{n} workshops, {first}", "{n} workshops, {first}"),
    "empty_proposals": ("Ingen samlinger at gennemse: ingen to korttitler var ens nok (mindst "
                        "{threshold:.0f} %) uden at være identiske efter normalisering.",
                        "No groupings to review: no two card titles were similar (at least "
                        "{threshold:.0f} %) without being identical after normalisation."),
    "empty_bridges": ("Ingen brobyggere: ingen aktør forbinder barrierer, der ellers ikke hænger "
                      "sammen.",
                      "No bridge-builders: no actor links barriers that are otherwise "
                      "unconnected."),
    "betweenness_pct": ("Mellemhed (%)", "Betweenness (%)"),
    "sources_text": ("Hver række i den samlede database angiver sin kildefil og filens SHA-256.",
                     "Every row of the consolidated database names its source file and the "
                     "file's SHA-256."),
}


_w = phrasebook.add("consolidation_report", _W)


def _table(table: Table, styles: Styles, lang: str, width: float,
           widths: list[float] | None = None, max_rows: int = 400,
           empty: str | None = None) -> list[Flowable]:
    if not table.rows:
        return [safe_paragraph(empty or _w("empty", lang), styles.small), Spacer(1, 4 * mm)]
    n = len(table.columns)
    widths = widths or [width / n] * n
    head = [safe_paragraph(c, styles.cell_head, 60, 2) for c in table.columns]
    rows = [[safe_paragraph(v, styles.cell, 300, 6) if isinstance(v, str)
             else safe_paragraph("" if v is None else v, styles.cell) for v in row]
            for row in table.rows[:max_rows]]
    return [data_table([head, *rows], widths), Spacer(1, 4 * mm)]


def _h(text: str, styles: Styles, level: int = 0) -> Flowable:
    """A heading that never ends a page alone (kept with what follows)."""
    flowable = heading(text, styles, level)
    flowable.keepWithNext = True
    return flowable


def _pct(share: float, lang: str) -> str:
    text = f"{share * 100:.1f}"
    return text.replace(".", ",") if lang == "da" else text


def _split(width: float, *shares: float) -> list[float]:
    total = sum(shares)
    return [width * s / total for s in shares]


def build_story(conn: Any, lang: str, styles: Styles, width: float,
                progress: Progress) -> list[Flowable]:
    o = stats.overview(conn)
    st = styles
    first, last = o["first"] or "–", o["last"] or "–"
    out: list[Flowable] = [
        Spacer(1, 10 * mm),
        safe_paragraph(_w("report", lang).upper(), st.cover_sub),
        Spacer(1, 6 * mm),
        safe_paragraph(_w("report", lang), st.cover_title),
        safe_paragraph(_w("subtitle" if first != last else "subtitle_one", lang,
                          n=o["workshops"], first=first, last=last), st.cover_sub),
        Spacer(1, 100 * mm),
        safe_paragraph(_w("made", lang, today=date.today().isoformat()), st.small),
        NextPageTemplate("body"), PageBreak(),
        markup_paragraph(esc(_w("contents", lang)), st.h1), table_of_contents(st), PageBreak(),
        _h(_w("overview", lang), st, 0),
        safe_paragraph(_w("overview_text", lang, n=o["workshops"], cards=o["cards"],
                          recurring=o["recurring_barriers"], threshold=DEFAULT_THRESHOLD,
                          proposed=o["proposals"].get("proposed", 0),
                          accepted=o["proposals"].get("accepted", 0),
                          rejected=o["proposals"].get("rejected", 0)), st.body),
    ]
    progress.step()
    barriers = stats.recurring_barriers(conn, lang, limit=60)
    out += [KeepTogether([_h(barriers.title, st, 0),
                          bar_chart([(r[0], r[1]) for r in barriers.rows[:15]], width,
                                    title=_w("chart_barriers", lang), label_chars=50)]),
            Spacer(1, 4 * mm),
            *_table(barriers, st, lang, width, _split(width, 36, 13, 9, 10, 16, 16))]
    progress.step()
    cats = stats.categories(conn, lang)
    out += [KeepTogether([_h(cats.title, st, 0),
                          bar_chart([(r[0], r[1]) for r in cats.rows], width,
                                    title=_w("chart_categories", lang))]),
            KeepTogether([bar_chart(sorted(((r[0], r[4]) for r in cats.rows),
                                           key=lambda x: -x[1]), width, colour="#E69F00",
                                    title=_w("chart_votes", lang))]),
            *_table(cats, st, lang, width, _split(width, 36, 16, 18, 15, 15))]
    progress.step()
    out.append(_h(_w("breakdowns", lang), st, 0))
    for dim in stats.DIMENSIONS:
        by = stats.category_breakdown(conn, dim, lang)
        top = stats.top_barriers_by(conn, dim, lang)
        out += [_h(by.title, st, 1),
                *_table(by, st, lang, width, _split(width, 26, 35, 13, 13, 13)),
                _h(top.title, st, 2),
                *_table(top, st, lang, width, _split(width, 26, 48, 13, 13))]
        progress.step()
    opps = stats.opportunities(conn, lang)
    out += [_h(opps.title, st, 0),
            *_table(opps, st, lang, width, _split(width, 41, 41, 18))]
    actors = stats.actors(conn, lang)
    out += [_h(actors.title, st, 0),
            *_table(actors, st, lang, width, _split(width, 24, 14, 21, 17, 24))]
    progress.step()
    bridges = stats.bridge_builders(conn, lang)
    if bridges.rows:
        out.append(KeepTogether([
            _h(bridges.title, st, 0),
            bar_chart([(r[0], round(r[1] * 100)) for r in bridges.rows], width,
                      colour="#009E73", title=_w("chart_bridges", lang))]))
    else:
        out.append(_h(bridges.title, st, 0))
    # Betweenness as a percentage with one decimal, as in the chart above (not 0.075).
    bridges_pct = Table(bridges.name, bridges.title,
                        (bridges.columns[0], _w("betweenness_pct", lang), *bridges.columns[2:]),
                        [(r[0], _pct(r[1], lang), *r[2:]) for r in bridges.rows])
    out += _table(bridges_pct, st, lang, width, _split(width, 43, 19, 19, 19),
                  empty=_w("empty_bridges", lang))
    props = stats.proposals(conn, lang)
    # Similarity with its unit, as in the window ("86 %", not "85.7").
    props = Table(props.name, props.title, props.columns,
                  [(*r[:3], f"{r[3]:.0f} %", *r[4:]) for r in props.rows])
    out += [_h(props.title, st, 0),
            *_table(props, st, lang, width, _split(width, 9, 21, 11, 9, 13, 7, 30),
                    max_rows=300,
                    empty=_w("empty_proposals", lang, threshold=DEFAULT_THRESHOLD))]
    srcs = stats.sources(conn, lang)
    out += [_h(srcs.title, st, 0), safe_paragraph(_w("sources_text", lang), st.small),
            *_table(srcs, st, lang, width, _split(width, 25, 12, 7, 17, 39))]
    progress.step()
    return out


def build_report(database: str | os.PathLike[str], filename: str, language: str = "da", *,
                 progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
    """Write the report of the consolidated database to `filename` (not atomically)."""
    conn = stats.open_readonly(Path(database))
    try:
        tracker = Progress(12, progress, cancelled)
        tracker.check()
        title = _w("report", language)
        doc = ReportDoc(filename, title=title, subject=title, language=language,
                        footer=title, page_word=_w("page", language), progress=tracker)
        flowables = build_story(conn, language, Styles(), doc.width, tracker)
    finally:
        conn.close()
    doc.multiBuild(flowables)
    tracker.finish()


def export_report(database: str | os.PathLike[str], path: str | os.PathLike[str],
                  language: str = "da", *, progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None) -> None:
    """Write the consolidated report to `path` atomically (temp file, fsync, rename)."""
    write_pdf_atomically(path, lambda tmp: build_report(
        database, tmp, language, progress=progress, cancelled=cancelled))
