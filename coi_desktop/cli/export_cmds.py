"""`coi-desktop analyze`, `export` and `import`: findings, reports and data exchange.

`analyze` and `export` read the workshop as an untrusted file (read-only, no lock);
`import` opens it for writing, so the store commits the new canvas. PNG and SVG pictures
render the real canvas scene, so only they load Qt (offscreen when there is no display).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from .. import phrasebook
from ..models.errors import CoiError
from ..models.workshop import Workshop

#: Lines this module prints, (da, en).
_say = phrasebook.add("cli_export", {
    "imported": ("Importerede {n} kort og {m} forbindelser til lærredet \u201c{c}\u201d.",
                 "Imported {n} cards and {m} links into the canvas \u201c{c}\u201d."),
    "imported_many": ("Importerede {n} kort og {m} forbindelser til {k} nye lærreder: {c}.",
                      "Imported {n} cards and {m} links into {k} new canvases: {c}."),
    "imported_board": ("Importerede {n} kort til lærredet \u201c{c}\u201d.",
                       "Imported {n} cards into the canvas \u201c{c}\u201d."),
    "choose_kinds": ("Vælg en korttype for hver farve med --colour FARVE=TYPE:",
                     "Choose a card kind for every colour with --colour COLOUR=KIND:"),
    "no_colour": ("(ingen farve)", "(no colour)"),
    "for_example": ("fx", "e.g."),
    # issue 11, w2-room: export --png --scale
    "scale_capped": ("Billedet ville blive for stort i den skala; det er gjort mindre, med "
                     "{n} pixel på den længste side.",
                     "The picture would be too large at that scale; it was made smaller, "
                     "{n} pixels on its longest side."),
})


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add analyze, export and import to the parser."""
    p = sub.add_parser("analyze", help="print the findings of a workshop (or one canvas)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--canvas", metavar="NAME", help="only this canvas (name or id)")
    p.add_argument("--json", action="store_true", help="JSON with card ids, titles and scores")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("export", help="write the report (PDF) or export the data")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--pdf", metavar="OUT.pdf", help="the workshop report")
    p.add_argument("--library", metavar="LIB.coilib",  # issue 16 (services/library)
                   help="with --pdf: say which barriers earlier workshops raised too")
    p.add_argument("--html", metavar="OUT.html",
                   help="the workshop report as one accessible HTML page")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="Elements and Connections (Kumu layout)")
    p.add_argument("--csv", metavar="DIR", help="elements.csv and connections.csv in DIR")
    p.add_argument("--graphml", metavar="OUT.graphml", help="the network for Gephi or yEd")
    p.add_argument("--json", metavar="OUT.json", help="every record of the workshop")
    p.add_argument("--include-personal-data", action="store_true",
                   help="JSON only: include every name and e-mail (left out by default)")
    p.add_argument("--png", metavar="OUT.png", help="a picture of one canvas")
    p.add_argument("--scale", type=int, choices=(1, 2, 3), metavar="N",
                   help="with --png: 1, 2 or 3 pixels per board point (default 1; 2 or 3 for "
                        "slides and print)")
    p.add_argument("--svg", metavar="OUT.svg", help="a vector picture of one canvas")
    p.add_argument("--canvas", metavar="NAME",
                   help="the canvas for PNG/SVG (default: the first); limits XLSX/CSV/GraphML")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import elements and connections into a new canvas")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--elements", metavar="E.csv",
                   help="elements (CSV or XLSX, Kumu layout)")
    p.add_argument("--board", metavar="B.csv",
                   help="a Miro or Mural board export (CSV or XLSX): stickies become cards")
    p.add_argument("--colour", metavar="COLOUR=KIND", action="append", default=[],
                   help="with --board: the card kind for stickies of a colour "
                        "(for example '#FFF9B1=barrier'); repeat per colour")
    p.add_argument("--connections", metavar="C.csv",
                   help="connections (CSV or XLSX); an XLSX may hold both sheets")
    p.add_argument("--canvas", metavar="NAME", help="name of the new canvas")
    p.set_defaults(func=cmd_import)


def _lang() -> str:
    from . import user_language

    return user_language()


def find_canvas(workshop: Workshop, name: str | None) -> str | None:
    """The id of the canvas called `name` (or with that id); None when `name` is None."""
    if name is None:
        return None
    for canvas in workshop.canvases.ordered():
        if canvas.id == name or canvas.name == name:
            return canvas.id
    for canvas in workshop.canvases.ordered():
        if canvas.name.casefold() == name.casefold():
            return canvas.id
    names = ", ".join(c.name for c in workshop.canvases.ordered())
    raise CoiError(f"No canvas named \u201c{name}\u201d (there are: {names}).",
                   f"Intet lærred hedder \u201c{name}\u201d (der er: {names}).")


def cmd_analyze(args: argparse.Namespace) -> int:
    from ..services.analysis import analyse
    from ..storage import read_workshop

    workshop = read_workshop(args.file)
    result = analyse(workshop, find_canvas(workshop, args.canvas))
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    for finding in result.findings:
        print(finding.question)
        print(f"  {finding.answer}")
        for group in finding.groups[:8]:
            print(f"  - {group.label}")
            for ref in group.cards[:6]:
                print(f"      {ref.title}  ({_score(ref.score)})")
        if not finding.groups:
            for ref in finding.cards[:10]:
                print(f"  - {ref.title}  ({_score(ref.score)})")
        print()
    return 0


def _score(value: float) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.3f}"


def cmd_export(args: argparse.Namespace) -> int:
    from ..storage import read_workshop

    wanted = [k for k in ("pdf", "html", "xlsx", "csv", "graphml", "json", "png", "svg")
              if getattr(args, k)]
    if not wanted:
        raise CoiError("Say what to export: --pdf, --html, --xlsx, --csv, --graphml, --json, "
                       "--png or --svg.",
                       "Angiv hvad der skal eksporteres: --pdf, --html, --xlsx, --csv, "
                       "--graphml, --json, --png eller --svg.")
    if args.scale is not None and not args.png:
        raise CoiError("--scale goes with --png.", "--scale hører sammen med --png.")
    workshop = read_workshop(args.file)
    canvas_id = find_canvas(workshop, args.canvas)
    from ..services import exports

    for kind in wanted:
        out = getattr(args, kind)
        if kind == "pdf":
            from ..services.library import Library
            from ..services.report.workshop import export_report

            export_report(workshop, out,
                          library=Library.open(args.library) if args.library else None)
        elif kind == "html":
            from ..services.html_report import export_html

            export_html(workshop, out)
        elif kind == "xlsx":
            exports.export_xlsx(workshop, out, canvas_id)
        elif kind == "csv":
            exports.export_csv(workshop, out, canvas_id)
        elif kind == "graphml":
            exports.export_graphml(workshop, out, canvas_id)
        elif kind == "json":
            exports.export_json(workshop, out, args.include_personal_data)
        else:
            _picture(workshop, canvas_id or workshop.canvases.ordered()[0].id, out, kind,
                     args.scale or 1)
        print(out)
    return 0


def _picture(workshop: Workshop, canvas_id: str, out: str, kind: str, scale: int = 1) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..views.findings.picture import (
        MAX_PIXELS,
        ensure_app,
        export_png,
        export_svg,
        picture_rect,
    )

    ensure_app()
    if kind == "svg":
        export_svg(workshop, canvas_id, out)
        return
    rect = picture_rect(workshop, canvas_id)
    if max(rect.width(), rect.height()) * scale > MAX_PIXELS:  # the picture caps its size
        sys.stderr.write(_say("scale_capped", _lang(), n=MAX_PIXELS) + "\n")
    export_png(workshop, canvas_id, out, scale)


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.imports import apply_import, read_network
    from ..storage import open_workshop, read_workshop

    if args.board:
        return _import_board(args)
    if not args.elements:
        raise CoiError("Say what to import: --elements (Kumu) or --board (Miro/Mural).",
                       "Angiv hvad der skal importeres: --elements (Kumu) eller --board "
                       "(Miro/Mural).")
    network = read_network(args.elements, args.connections)
    # Planned once on the file read-only first: a list the plan refuses (no elements at all)
    # is refused before the file is opened for writing, which changed its header's bytes.
    network.plan(read_workshop(args.file), args.canvas)
    with open_workshop(args.file) as handle:
        workshop = handle.workshop
        plan = network.plan(workshop, args.canvas)
        apply_import(workshop, plan)
    names = ", ".join(f"\u201c{c.name}\u201d" for c in plan.canvases)
    if len(plan.canvases) > 1:  # an export of several canvases comes back as several
        said = _say("imported_many", _lang(), n=len(plan.cards), m=len(plan.links),
                    k=len(plan.canvases), c=names)
    else:
        said = _say("imported", _lang(), n=len(plan.cards), m=len(plan.links),
                    c=plan.canvas.name)
    sys.stdout.write(said + "\n")
    return 0


def _import_board(args: argparse.Namespace) -> int:
    """Stickies of a board export into a new canvas; without --colour, list the colours."""
    from ..services.board_import import colour_of, plan_board, read_board
    from ..services.imports import apply_import
    from ..storage import open_workshop, read_workshop

    board = read_board(args.board)
    lang = _lang()
    kinds = {}
    for choice in args.colour:
        colour, _, kind = choice.rpartition("=")
        kinds[colour_of(colour) if colour.strip() else ""] = kind.strip()
    known = set(find_kinds(read_workshop(args.file)))
    wrong = sorted(k for k in kinds.values() if k not in known)
    if wrong:
        raise CoiError(f"Unknown card kind {wrong[0]!r}: use one of {', '.join(sorted(known))}.",
                       f"Ukendt korttype {wrong[0]!r}: brug en af {', '.join(sorted(known))}.")
    missing = [c for c, _, _ in board.colours() if c not in kinds]
    if missing:
        lines = [_say("choose_kinds", lang)]
        for colour, count, example in board.colours():
            shown = colour or _say("no_colour", lang)
            lines.append(f"  {shown}: {count} ×, " + _say("for_example", lang)
                         + f" “{example[:60]}”")
        sys.stderr.write("\n".join(lines) + "\n")
        return 2
    with open_workshop(args.file) as handle:
        plan = plan_board(handle.workshop, board, kinds, args.canvas)
        apply_import(handle.workshop, plan)
    sys.stdout.write(_say("imported_board", lang, n=len(plan.cards), c=plan.canvas.name) + "\n")
    return 0


def find_kinds(workshop: Workshop) -> list[str]:
    """The card kinds a workshop knows (its card_kind taxonomy)."""
    return [t.key for t in workshop.terms.of("card_kind")]
