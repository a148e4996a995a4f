"""`coi-desktop participants FILE --import LIST.(csv|xlsx) [--dry-run]`: a sign-up list into
a workshop's roster without the app.

The same lenient reading as the app's import dialog (services/participants_import.py): it
prints, in the user's language, how the list was read (encoding, columns), who is imported,
every sector and role it read into the workshop's own ("Kommunen → Kommune"), what it kept
as written under "Andet"/"Other", and which rows it skipped and why (duplicates, no name, a
broken e-mail). Rows with problems are skipped, never half-imported. The write is all or
nothing; `--dry-run` opens the file read-only and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import phrasebook
from ..models.errors import CoiError
from . import EXIT_OK, user_language

if TYPE_CHECKING:  # the command's module stays cheap to import (cli/__init__.py)
    from ..models.workshop import Workshop
    from ..services.participants_import import ImportPreview, ImportRow

#: Lines this command prints, (da, en).  (issue 11, w2-room)
_say = phrasebook.add("cli_participants", {
    "read": ("{list}: læst som {encoding}; {rows} rækker.",
             "{list}: read as {encoding}; {rows} rows."),
    "columns": ("Kolonner: {columns}.", "Columns: {columns}."),
    "unused": ("Ikke brugt: {columns}.", "Not used: {columns}."),
    "imported": ("Importeret til {file}: {n} deltagere.",
                 "Imported into {file}: {n} participants."),
    "would_import": ("Ville importere til {file}: {n} deltagere (prøvekørsel: intet er skrevet).",
                     "Would import into {file}: {n} participants (dry run: nothing written)."),
    "mapped": ("Tolket som workshoppens sektorer og roller ({n}):",
               "Read into the workshop's sectors and roles ({n}):"),
    "kept": ("Beholdt som skrevet under \u201cAndet\u201d ({n}):",
             "Kept as written under \u201cOther\u201d ({n}):"),
    "skipped": ("Sprunget over ({n}):", "Skipped ({n}):"),
    "row": ("række {line}", "row {line}"),
    "sector": ("sektor", "sector"),
    "role": ("rolle", "role"),
    "consent": ("samtykke", "consent"),
    "from_organisation": ("sektor ud fra organisationen \u201c{written}\u201d \u2192 {label}",
                          "sector from the organisation \u201c{written}\u201d \u2192 {label}"),
    "not_yes": ("samtykke \u201c{written}\u201d er ikke et ja \u2192 nej",
                "consent \u201c{written}\u201d is not a yes \u2192 no"),
    "nothing": ("Ingen rækker kan importeres: {list} har ingen deltagere uden problemer.",
                "No row can be imported: {list} has no participants without problems."),
    "column.name": ("Navn", "Name"),
    "column.organisation": ("Organisation", "Organisation"),
    "column.sector": ("Sektor", "Sector"),
    "column.role": ("Rolle", "Role"),
    "column.email": ("E-mail", "E-mail"),
    "column.consent": ("Samtykke", "Consent"),
    "column.first_name": ("Fornavn", "First name"),
    "column.last_name": ("Efternavn", "Last name"),
})


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("participants", help="import a sign-up list (CSV or XLSX) into the "
                       "roster", description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--import", dest="list", required=True, metavar="LIST",
                   help="the sign-up list: CSV (any of UTF-8, UTF-16, Windows-1252) or XLSX")
    p.add_argument("--dry-run", action="store_true",
                   help="only show what would be imported; the workshop file is not changed")
    p.set_defaults(func=cmd_participants)


def cmd_participants(args: argparse.Namespace) -> int:
    from ..services.participants_import import apply_import, preview_file
    from ..storage import open_workshop, read_workshop

    lang = user_language()
    listed = Path(args.list).name
    workshop = read_workshop(args.file)
    preview = preview_file(args.list, workshop)
    report = _report(preview, workshop, lang, listed)
    if not preview.good_rows:  # say why row by row, then the one sentence (exit 2)
        sys.stdout.write("\n".join(report) + "\n")
        raise CoiError(*reversed(_say.both("nothing", list=listed)))
    if args.dry_run:
        lines = [*report[:1], _say("would_import", lang, file=Path(args.file).name,
                                   n=len(preview.good_rows)), *report[1:]]
        sys.stdout.write("\n".join(lines) + "\n")
        return EXIT_OK
    with open_workshop(args.file) as handle:
        # The file as opened for writing: checked again, so a change made since the preview
        # (another import) cannot make a duplicate slip through.
        preview = preview_file(args.list, handle.workshop)
        if not preview.good_rows:
            raise CoiError(*reversed(_say.both("nothing", list=listed)))
        report = _report(preview, handle.workshop, lang, listed)
        people = apply_import(handle.workshop, preview, skip_bad=True)
    lines = [*report[:1], _say("imported", lang, file=Path(args.file).name, n=len(people)),
             *report[1:]]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _report(preview: ImportPreview, workshop: Workshop, lang: str, listed: str) -> list[str]:
    """How the list was read, then what was read into, kept and skipped, row by row."""
    lines = [_say("read", lang, list=listed, encoding=preview.encoding,
                  rows=len(preview.rows))]
    lines.append(_say("columns", lang, columns=", ".join(
        f"{_field(name, lang)} = \u201c{header}\u201d"
        for name, header in preview.columns.items())))
    if preview.ignored_headers:
        lines.append(_say("unused", lang, columns=", ".join(preview.ignored_headers)))

    def who(row: ImportRow) -> str:
        name = row.participant.name or "\u2014"
        return f"  {_say('row', lang, line=row.line)}: {name}: "

    new = {(t.taxonomy, t.key): t for t in preview.new_terms}

    def label(field: str, key: str) -> str:
        term = new.get((field, key))
        return term.label(lang) if term else workshop.terms.label(field, key, lang)

    mapped = [r for r in preview.mapped_rows if r.ok]
    if mapped:
        lines.append(_say("mapped", lang, n=len(mapped)))
        for row in mapped:
            parts = []
            for m in row.mappings:
                if m.how == "synonym":
                    parts.append(f"{_say(m.field, lang)} \u201c{m.written}\u201d \u2192 "
                                 f"{label(m.field, m.key)}")
                elif m.how == "organisation":
                    parts.append(_say("from_organisation", lang, written=m.written,
                                      label=label("sector", m.key)))
                elif m.how == "consent":
                    parts.append(_say("not_yes", lang, written=m.written))
            lines.append(who(row) + "; ".join(parts))
    kept = [r for r in preview.other_rows if r.ok]
    if kept:
        lines.append(_say("kept", lang, n=len(kept)))
        for row in kept:
            lines.append(who(row) + "; ".join(
                f"{_say(m.field, lang)} \u201c{m.written}\u201d" for m in row.mappings
                if m.how == "other"))
    if preview.bad_rows:
        lines.append(_say("skipped", lang, n=len(preview.bad_rows)))
        for row in preview.bad_rows:
            lines.append(who(row) + " ".join(p.text(lang) for p in row.problems))
    return lines


def _field(name: str, lang: str) -> str:
    return _say(f"column.{name}", lang)
