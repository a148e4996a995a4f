"""`coi-desktop consolidate PATH… -o consolidated.db [--report R.pdf] [--xlsx X.xlsx]`.

Paths may be files or folders (searched recursively for `*.coi`). Each skipped file gets one
line on stderr with its reason in the user's language; a file that replaced an earlier version
of its workshop (same workshop id, saved later) gets one line on stdout saying which; then
stdout gets one summary line. Exit 0
when at least one source is merged (new, updated or unchanged), 3 when none could be.
Workshops whose files are gone stay in the database unless `--remove-missing` is given.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .. import phrasebook
from . import EXIT_BAD_FILE, EXIT_OK, user_language

_HELP = {
    "missing_hint": ("{n} workshops i databasen har ikke længere en fil; --remove-missing fjerner "
                     "dem.",
                     "{n} workshops in the database have no file any more; --remove-missing "
                     "removes them."),
}


_say = phrasebook.add("cli_consolidate", _HELP)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `consolidate` to the parser."""
    p = sub.add_parser(
        "consolidate", help="merge many workshop files into one database for analysis",
        description="Merge workshop files (read-only, untrusted) into one SQLite database "
                    "with provenance, full-text search, named views and recurring items. "
                    "See docs/consolidation.md.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a .coi file or a folder searched recursively for .coi files")
    p.add_argument("-o", "--output", required=True, metavar="DB",
                   help="the consolidated database (created, or updated in place)")
    p.add_argument("--report", metavar="PDF", help="also write the consolidated PDF report")
    p.add_argument("--xlsx", metavar="XLSX", help="also write the statistics as XLSX")
    p.add_argument("--remove-missing", action="store_true",
                   help="remove workshops whose source file no longer exists")
    p.add_argument("--language", choices=("da", "en"),
                   help="language of the report and the XLSX (default: your language)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..services.consolidation import consolidate

    lang = user_language()
    result = consolidate(args.paths, args.output, remove_missing=args.remove_missing)
    for skipped in result.skipped:
        sys.stderr.write(f"coi-desktop: {skipped.text(lang)}\n")
    for replaced in result.replaced:
        print(replaced.text(lang))
    if not result.merged:
        print(result.summary(lang))
        return EXIT_BAD_FILE
    print(result.summary(lang))
    if result.missing:
        sys.stderr.write(f"coi-desktop: {_say('missing_hint', lang, n=len(result.missing))}\n")
    out_lang = args.language or lang
    if args.report:
        from ..services.consolidation.report import export_report

        export_report(args.output, args.report, out_lang)
    if args.xlsx:
        from ..services.consolidation.xlsx import export_xlsx

        export_xlsx(args.output, args.xlsx, out_lang)
    return EXIT_OK
