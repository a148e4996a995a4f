"""The report as one accessible HTML page, beside the PDF (`export --html`).

For readers with a screen reader, a phone or a browser's own zoom: real headings in order, a
contents list, tables with header cells (`<th scope>`) and captions, every board drawn as inline
SVG with a `<title>` and a `<desc>` that says what is on it in words, the page language set,
and no script, no external file. It reads the same public copy of the workshop as the PDF
(no non-consenting name or e-mail) and the same analysis; all text is escaped, so card text is
always text. Written to a temporary file and renamed into place.
"""

from __future__ import annotations

import os
from collections import Counter
from html import escape
from typing import Any

from .. import phrasebook
from ..models.entities import Card
from ..models.registry import ACTION, REGISTRY
from ..models.workshop import Workshop
from .analysis import Analysis, analyse, rank_label, vote_totals
from .items import network
from .palette import INK, category_colour, kind_colour, tint
from .privacy import public_copy
from .report.labels import Words, long_date
from .report.writing import write_atomically

_say = phrasebook.add("html_report", {"number": ("Antal", "Number"),
                                       "what": ("Hvad", "What")})

_STYLE = """
body{font-family:"DejaVu Sans",Verdana,sans-serif;color:#1F2933;max-width:60rem;margin:auto;
padding:1rem;line-height:1.5}
h1,h2,h3{line-height:1.25}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #C9CFD8;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#EEF3FA}
figure{margin:1rem 0}
svg{max-width:100%;height:auto;border:1px solid #C9CFD8}
.card{border-left:.4rem solid #999;padding:.2rem .8rem;margin:.6rem 0}
.meta{color:#3B4656;font-size:.95em}
"""


_DOT = " \u00b7 "


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


class _Page:
    """The page being written: its parts, in order, and its contents list."""

    def __init__(self, workshop: Workshop, analysis: Analysis) -> None:
        self.w = workshop
        self.lang = workshop.info.language
        self.words = Words(self.lang)
        self.analysis = analysis
        self.votes = vote_totals(workshop)
        self.parts: list[str] = []
        self.contents: list[tuple[str, str]] = []
        self.number = {c.id: n for n, c in enumerate(_cards_in_order(workshop), 1)}

    def section(self, anchor: str, title: str) -> None:
        self.contents.append((anchor, title))
        self.parts.append(f'<section id="{anchor}" aria-labelledby="{anchor}-h">'
                          f'<h2 id="{anchor}-h">{_e(title)}</h2>')

    def end(self) -> None:
        self.parts.append("</section>")

    def label(self, taxonomy: str, key: str | None) -> str:
        return self.w.terms.label(taxonomy, key) if key else ""

    def table(self, caption: str, head: list[str], rows: list[list[str]],
              row_header: bool = True) -> None:
        out = [f"<table><caption>{_e(caption)}</caption><thead><tr>"]
        out += [f'<th scope="col">{_e(h)}</th>' for h in head]
        out.append("</tr></thead><tbody>")
        for row in rows:
            cells = []
            for n, value in enumerate(row):
                tag = "th scope=\"row\"" if n == 0 and row_header else "td"
                cells.append(f"<{tag}>{value}</{tag.split()[0]}>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        self.parts.append("".join(out))


def _cards_in_order(w: Workshop) -> list[Card]:
    order = {c.id: n for n, c in enumerate(w.canvases.ordered())}
    return sorted(w.cards.values(), key=lambda c: (order.get(c.canvas_id, 0), c.y, c.x, c.id))


def build_html(workshop: Workshop, analysis: Analysis | None = None) -> str:
    """The whole report page as text (from a public copy of `workshop`)."""
    w = public_copy(workshop)
    page = _Page(w, analysis or analyse(w))
    _cover(page)
    _summary(page)
    _agenda(page)
    _participants(page)
    _canvases(page)
    _findings(page)
    _actions(page)
    _appendix(page)
    info, words = w.info, page.words
    nav = "".join(f'<li><a href="#{a}">{_e(t)}</a></li>' for a, t in page.contents)
    head = (f'<!DOCTYPE html>\n<html lang="{_e(page.lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(info.title)} \u2014 {_e(words('report'))}</title>"
            f'<meta name="author" content="{_e(info.facilitator or info.organiser)}">'
            f'<meta name="generator" content="COI Desktop"><style>{_STYLE}</style></head>'
            "<body>")
    cover, rest = page.parts[0], "".join(page.parts[1:])
    return (head + cover + f'<nav aria-labelledby="toc-h"><h2 id="toc-h">'
            f"{_e(words('contents'))}</h2><ol>{nav}</ol></nav><main>{rest}</main>"
            f"<footer><p>{_e(words('made_with'))}</p></footer></body></html>\n")


def export_html(workshop: Workshop, path: str | os.PathLike[str],
                analysis: Analysis | None = None) -> None:
    """Write the HTML report to `path` atomically."""
    data = build_html(workshop, analysis).encode("utf-8")

    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)

    write_atomically(path, write)


# -- parts --------------------------------------------------------------------------------

def _cover(page: _Page) -> None:
    info, words = page.w.info, page.words
    facts = [(words("date"), long_date(info.date, page.lang)), (words("place"), info.location),
             (words("facilitator"), info.facilitator), (words("organiser"), info.organiser),
             (words("focus_technology"), page.label("technology", info.technology)),
             (words("focus_phase"), page.label("phase", info.phase))]
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts if v)
    purpose = f"<p>{_e(info.purpose)}</p>" if info.purpose else ""
    page.parts.append(f"<header><p>{_e(words('report'))}</p><h1>{_e(info.title)}</h1>"
                      f"{purpose}<dl>{rows}</dl></header>")


def _summary(page: _Page) -> None:
    w, words = page.w, page.words
    page.section("summary", words("summary"))
    # The PDF's figures: an item on several canvases is one card, a link between two items
    # one link (items.network), so the two reports never disagree.
    items, edges = network(w)
    counts = [(words("cards"), len(items)), (words("participants"), len(w.participants)),
              (words("canvases"), len(w.canvases)), (words("links"), len(edges)),
              (words("dots"), sum(page.votes.values()))]
    head = [_say("what", page.lang), _say("number", page.lang)]
    page.table(words("counts"), head, [[_e(k), _e(v)] for k, v in counts])
    kinds = [f"{_e(w.terms.label('card_kind', k, page.lang))}: {n}" for k in REGISTRY.kind_ids
             if (n := sum(1 for i in items if i.card.kind == k))]
    page.parts.append(f"<p>{_DOT.join(kinds)}</p>")
    page.parts.append(f"<h3>{_e(words('key_findings'))}</h3><ul>")
    page.parts += [f"<li>{_e(f.answer)}</li>" for f in page.analysis.findings]
    page.parts.append("</ul>")
    page.end()


def _agenda(page: _Page) -> None:
    items = page.w.agenda.ordered()
    if not items:
        return
    words = page.words
    page.section("agenda", words("agenda"))
    rows = [[_e(i.title), _e(f"{i.planned_minutes} {words('minutes')}"), _e(i.started_at[11:16]),
             _e(i.ended_at[11:16])] for i in items]
    page.table(words("agenda"), [words("item"), words("planned"), words("started"),
                                 words("ended")], rows)
    page.end()


def _participants(page: _Page) -> None:
    people = sorted(page.w.participants.values(),
                    key=lambda p: (not p.consent, p.name if p.consent else "", p.organisation))
    if not people:
        return
    words = page.words
    page.section("participants", words("participants"))
    page.parts.append(f"<p>{_e(words('consent_note'))}</p>")
    rows = [[_e(p.name if p.consent else words("not_named")), _e(p.organisation),
             _e(page.label("sector", p.sector)), _e(page.label("role", p.role))]
            for p in people]
    page.table(words("participants"), [words("name"), words("organisation"), words("sector"),
                                       words("role")], rows)
    page.end()


def _canvases(page: _Page) -> None:
    w, words = page.w, page.words
    page.section("canvases", words("canvases_title"))
    for canvas in w.canvases.ordered():
        cards = w.cards.on(canvas.id)
        page.parts.append(f"<h3>{_e(canvas.name)}</h3>")
        if not cards:
            page.parts.append(f"<p>{_e(words('empty_canvas'))}</p>")
            continue
        page.parts.append(f"<figure>{_svg(page, canvas.id)}<figcaption>{_e(canvas.name)}: "
                          f"{_e(_description(page, canvas.id))}</figcaption></figure>")
    page.end()


def _description(page: _Page, canvas_id: str) -> str:
    """The board in words: how many cards of each kind, and in which zones."""
    w = page.w
    cards = w.cards.on(canvas_id)
    kinds = Counter(c.kind for c in cards)
    parts = [f"{n} \u00d7 {w.terms.label('card_kind', k)}" for k, n in sorted(kinds.items())]
    layout = w.canvases.layout(canvas_id)
    zones = []
    for zone in layout.zones:
        inside = [c for c in cards if _in_zone(zone, c)]
        if inside:
            name = zone.label(page.lang)
            zones.append(f"{name}: " + ", ".join(f"\u201c{c.title}\u201d" for c in inside[:8])
                         + (" \u2026" if len(inside) > 8 else ""))
    return "; ".join(parts) + (". " + ". ".join(zones) if zones else "") + "."


def _in_zone(zone: Any, card: Card) -> bool:
    cx, cy = card.x + card.width / 2, card.y + card.height / 2
    if zone.shape == "ring":
        d = ((cx - zone.x) ** 2 + (cy - zone.y) ** 2) ** 0.5
        return bool(zone.r_inner <= d < zone.r_outer)
    return bool(zone.x <= cx < zone.x + zone.width and zone.y <= cy < zone.y + zone.height)


def _svg(page: _Page, canvas_id: str) -> str:
    """The board as inline SVG: zones, links and cards; text as text."""
    w = page.w
    canvas = w.canvases.require(canvas_id)
    cards = w.cards.on(canvas_id)
    layout = w.canvases.layout(canvas_id)
    xs = [c.x for c in cards] + [c.x + c.width for c in cards] + [0.0, layout.width]
    ys = [c.y for c in cards] + [c.y + c.height for c in cards] + [0.0, layout.height]
    x0, y0 = min(xs) - 20, min(ys) - 20
    width, height = max(xs) - x0 + 20, max(ys) - y0 + 20
    sid = f"svg-{canvas_id}"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
           f'aria-labelledby="{sid}-t {sid}-d" viewBox="{x0:.0f} {y0:.0f} {width:.0f} '
           f'{height:.0f}" width="{min(width, 960):.0f}" font-family="DejaVu Sans, sans-serif">'
           f'<title id="{sid}-t">{_e(canvas.name)}</title>'
           f'<desc id="{sid}-d">{_e(_description(page, canvas_id))}</desc>'
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
           'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
           'fill="#4A5260"/></marker></defs>']
    for zone in layout.zones:
        name = zone.label(page.lang)
        if zone.shape == "ring":
            out.append(f'<circle cx="{zone.x:.0f}" cy="{zone.y:.0f}" r="{zone.r_outer:.0f}" '
                       'fill="#F5F8FC" stroke="#C9CFD8"/>'
                       f'<text x="{zone.x:.0f}" y="{zone.y - zone.r_outer + 28:.0f}" '
                       f'text-anchor="middle" font-size="22" fill="#3B4656">{_e(name)}</text>')
        else:
            heading = "".join(
                f'<tspan x="{zone.x + 12:.0f}" dy="{24 if n else 0}">{_e(line)}</tspan>'
                for n, line in enumerate(_lines(name, zone.width, 20.0, 2)))
            out.append(f'<rect x="{zone.x:.0f}" y="{zone.y:.0f}" width="{zone.width:.0f}" '
                       f'height="{zone.height:.0f}" fill="#FBFCFD" stroke="#C9CFD8"/>'
                       f'<text x="{zone.x + 12:.0f}" y="{zone.y + 30:.0f}" font-size="20" '
                       f'fill="#3B4656">{heading}</text>')
    by_id = {c.id: c for c in cards}
    for link in w.links.on(canvas_id):
        a, b = by_id.get(link.source_id), by_id.get(link.target_id)
        if a is None or b is None:
            continue
        marker = ' marker-end="url(#arrow)"' if link.directed else ""
        out.append(f'<line x1="{a.x + a.width / 2:.0f}" y1="{a.y + a.height / 2:.0f}" '
                   f'x2="{b.x + b.width / 2:.0f}" y2="{b.y + b.height / 2:.0f}" '
                   f'stroke="#4A5260" stroke-width="2"{marker}/>')
    for c in cards:
        accent = c.color or (category_colour(c.category) if c.category else kind_colour(c.kind))
        lines = _lines(c.title, c.width)
        text = "".join(f'<tspan x="{c.x + 10:.0f}" dy="{20 if n else 0}">{_e(line)}</tspan>'
                       for n, line in enumerate(lines))
        out.append(f'<g><rect x="{c.x:.0f}" y="{c.y:.0f}" width="{c.width:.0f}" '
                   f'height="{c.height:.0f}" rx="8" fill="{tint(accent, 0.18)}" '
                   f'stroke="{accent}" stroke-width="3"/>'
                   f'<text x="{c.x + 10:.0f}" y="{c.y + 26:.0f}" font-size="17" '
                   f'font-weight="bold" fill="{INK}">{text}</text></g>')
    out.append("</svg>")
    return "".join(out)


def _lines(title: str, width: float, size: float = 17.0, max_lines: int = 4) -> list[str]:
    """Greedy wrap by an average glyph width; the last line ends with … if text is left."""
    per_line = max(6, int((width - 20) / (size * 0.56)))
    words, lines, line = title.split(), [], ""
    for word in words:
        while len(word) > per_line:  # a word longer than a line: break it with a hyphen
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:per_line - 1] + "-")
            word = word[per_line - 1:]
        if line and len(line) + 1 + len(word) > per_line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: per_line - 1].rstrip() + "\u2026"
    return lines


def _findings(page: _Page) -> None:
    words = page.words
    page.section("findings", words("findings"))
    for finding in page.analysis.findings:
        page.parts.append(f"<h3>{_e(finding.question)}</h3><p>{_e(finding.answer)}</p>")
        if finding.cards:
            rows = [[_e(rank_label(r, page.lang) if r.rank else str(n)),
                     f'<a href="#card-{r.id}">{_e(r.title)}</a>',
                     _e(page.label("card_kind", r.kind)),
                     _e(page.w.canvases[r.canvas_id].name if r.canvas_id in page.w.canvases
                        else ""),
                     _e(f"{r.score:g}" if float(r.score).is_integer() else f"{r.score:.3f}")]
                    for n, r in enumerate(finding.cards, 1)]
            page.table(finding.question, ["#", words("title"), words("kind"), words("canvas"),
                                          words("score")], rows)
    page.end()


def _actions(page: _Page) -> None:
    w, words = page.w, page.words
    page.section("actions", words("actions"))
    items = sorted((c for c in w.cards.values() if c.kind == ACTION),
                   key=lambda c: (c.due_date or "9999", c.title))
    if not items:
        page.parts.append(f"<p>{_e(words('no_actions'))}</p>")
    else:
        rows = [[f'<a href="#card-{c.id}">{_e(c.title)}</a>', _e(c.owner), _e(c.due_date),
                 _e(page.label("status", c.status))] for c in items]
        page.table(words("actions"), [words("title"), words("owner"), words("due_date"),
                                      words("status")], rows)
    page.end()


def _appendix(page: _Page) -> None:
    w, words = page.w, page.words
    page.section("cards", words("appendix"))
    fields = ("sector", "role", "organisation", "power", "interest", "category", "severity",
              "phase", "impact", "effort", "technology", "owner", "due_date", "status")
    taxonomy = {"sector": "sector", "role": "role", "category": "category", "phase": "phase",
                "technology": "technology", "status": "status"}
    for canvas in w.canvases.ordered():
        cards = [c for c in _cards_in_order(w) if c.canvas_id == canvas.id]
        if not cards:
            continue
        page.parts.append(f"<h3>{_e(canvas.name)}</h3>")
        for c in cards:
            accent = kind_colour(c.kind)
            meta = [f"{_e(w.terms.label('card_kind', c.kind))}"]
            for key in fields:
                value = getattr(c, key, None)
                if value in (None, ""):
                    continue
                shown = page.label(taxonomy[key], value) if key in taxonomy else value
                meta.append(f"{_e(words(key))}: {_e(shown)}")
            if page.votes.get(c.id):
                meta.append(f"{_e(words('votes'))}: {page.votes[c.id]}")
            if c.tags:
                meta.append(f"{_e(words('tags'))}: {_e(', '.join(c.tags))}")
            description = "".join(f"<p>{_e(p)}</p>" for p in c.description.split("\n\n")
                                  if p.strip())
            page.parts.append(
                f'<article class="card" id="card-{c.id}" style="border-color:{accent}">'
                f"<h4>{page.number[c.id]}. {_e(c.title)}</h4>"
                f'<p class="meta">{_DOT.join(meta)}</p>{description}</article>')
    page.end()
