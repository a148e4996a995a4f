"""`coi-desktop library build|merge|search`: the barrier library from the command line.

`build CONSOLIDATED.db -o LIB.coilib` writes a library from a consolidated database;
`merge A B -o OUT` joins two; `search LIB [QUERY] [--kind K] [--technology T] [--phase P]
[--sector S] [--json]` prints the matching entries (Danish stemming) with how many workshops
raised them and, for barriers, what helped. Libraries are opened as untrusted and read-only;
a bad one gives one sentence on stderr and exit code 3, like a bad workshop file.
`seed_from_library` is what `coi-desktop new --from-library` calls.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..models.errors import CoiError
from ..storage.library_file import KINDS
from . import EXIT_OK, user_language

TEXT: dict[str, tuple[str, str]] = {
    "built": ("Wrote {name}: {entries} entries ({barrier} barriers, {opportunity} "
              "opportunities, {action} actions) from {workshops} workshops.",
              "Skrev {name}: {entries} poster ({barrier} barrierer, {opportunity} "
              "muligheder, {action} handlinger) fra {workshops} workshops."),
    "exists": ("{name} already exists; add --force to replace it.",
               "{name} findes allerede; tilføj --force for at erstatte den."),
    "not_library": ("{name} is not a library file; it was not replaced.",
                    "{name} er ikke en biblioteksfil; den blev ikke erstattet."),
    "none": ("No entries found.", "Ingen poster fundet."),
    "workshops": ("{n} workshops", "{n} workshops"),
    "helped": ("what helped: {what}", "det hjalp: {what}"),
    "seeded": ("Seeded {n} barriers from earlier workshops onto the barrier board.",
               "Satte {n} barrierer fra tidligere workshops på barrierekortet."),
    "no_seed": ("The library holds no barrier for that technology and phase; the workshop "
                "is empty.",
                "Biblioteket har ingen barriere for den teknologi og fase; workshoppen er tom."),
}


def _text(key: str, lang: str, **kw: Any) -> str:
    en, da = TEXT[key]
    return (da if lang == "da" else en).format(**kw)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `library` with its subcommands to the parser."""
    p = sub.add_parser("library", help="build, merge and search barrier libraries",
                       description="Barrier libraries (.coilib): experience from earlier "
                                   "workshops. See docs/library-format.md.")
    lib = p.add_subparsers(dest="library_command", metavar="SUBCOMMAND",
                           parser_class=type(p), required=True)
    b = lib.add_parser("build", help="write a library from a consolidated database")
    b.add_argument("database", metavar="CONSOLIDATED.db")
    b.add_argument("-o", "--output", required=True, metavar="LIBRARY.coilib")
    b.add_argument("--min-workshops", type=int, default=1, metavar="N",
                   help="keep only entries raised in at least N workshops (default 1)")
    b.add_argument("--force", action="store_true", help="replace the output if it exists")
    b.set_defaults(func=cmd_build)
    m = lib.add_parser("merge", help="join two libraries into one")
    m.add_argument("first", metavar="A.coilib")
    m.add_argument("second", metavar="B.coilib")
    m.add_argument("-o", "--output", required=True, metavar="OUT.coilib")
    m.add_argument("--force", action="store_true", help="replace the output if it exists")
    m.set_defaults(func=cmd_merge)
    s = lib.add_parser("search", help="search a library (Danish stemming)")
    s.add_argument("library", metavar="LIBRARY.coilib")
    s.add_argument("query", nargs="?", default="", metavar="QUERY")
    s.add_argument("--kind", choices=KINDS)
    s.add_argument("--technology", metavar="KEY")
    s.add_argument("--phase", metavar="KEY")
    s.add_argument("--sector", metavar="KEY")
    s.add_argument("--limit", type=int, default=20, metavar="N")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=cmd_search)


def _output(path: str, force: bool) -> Path:
    out = Path(path)
    if out.is_dir():
        raise CoiError(f"{path} is a folder, not a file.", f"{path} er en mappe, ikke en fil.")
    if out.exists() and not force:
        raise CoiError(*(t.format(name=path) for t in TEXT["exists"]))
    if out.exists() and out.stat().st_size > 0:
        from ..storage.errors import WorkshopFileError
        from ..storage.library_file import read_header

        try:  # --force replaces a library, never a workshop or another file
            read_header(out)
        except WorkshopFileError:
            raise CoiError(*(t.format(name=path) for t in TEXT["not_library"])) from None
    return out


def cmd_build(args: argparse.Namespace) -> int:
    # From the submodule: once anything has imported it (Library does), the package's name
    # `build` is that submodule, not the function.
    from ..services.library.build import build

    out = _output(args.output, args.force)
    counts = build(args.database, out, min_workshops=max(1, args.min_workshops))
    print(_text("built", user_language(), name=args.output, **counts))
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from ..services.library import merge

    out = _output(args.output, args.force)
    counts = merge(args.first, args.second, out)
    print(_text("built", user_language(), name=args.output, **counts))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from ..services.library import Library

    lang = user_language()
    lib = Library.open(args.library)
    try:
        found = lib.search(args.query, kind=args.kind, technology=args.technology,
                           phase=args.phase, sector=args.sector, limit=max(1, args.limit),
                           prefix=False)
        details = [lib.entry(e.entry_id) or e for e in found]
    finally:
        lib.close()
    if args.json:
        print(json.dumps([{
            "id": e.entry_id, "kind": e.kind, "name": e.name, "workshops": e.workshops,
            "cards": e.cards, "votes": e.votes, "variants": list(e.variants),
            "facets": {k: list(v) for k, v in e.facets.items()},
            "helped": [{"id": h.entry_id, "kind": h.kind, "name": h.name,
                        "workshops": h.workshops} for h in e.helped],
        } for e in details], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not details:
        print(_text("none", lang))
        return EXIT_OK
    for e in details:
        line = f"{e.name}  [{e.kind}, {_text('workshops', lang, n=e.workshops)}]"
        if e.helped:
            line += "; " + _text("helped", lang, what="; ".join(h.name for h in e.helped))
        print(line)
    return EXIT_OK


def seed_from_library(workshop: Any, library_path: str, technology: str | None,
                      phase: str | None, limit: int = 8) -> None:
    """`new --from-library`: seed the workshop's barrier board; says what it did on stderr."""
    from ..services.library import Library, seed_barriers

    lib = Library.open(library_path)
    try:
        cards = seed_barriers(workshop, lib, technology, phase, limit)
    finally:
        lib.close()
    lang = user_language()
    msg = _text("seeded", lang, n=len(cards)) if cards else _text("no_seed", lang)
    sys.stderr.write(f"coi-desktop: {msg}\n")
