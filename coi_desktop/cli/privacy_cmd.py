"""`coi-desktop purge-personal-data FILE`: remove every name and e-mail from a workshop for good.

What the app offers when a workshop's retention date has passed, for a script or a facilitator
without the app: every participant's name becomes "Deltager 3"/"Participant 3", e-mails are
emptied, and the same names or e-mails inside card text and action owners are replaced. The
file is then vacuumed with secure_delete so the old text does not linger in free pages.
"""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from .. import phrasebook
from . import user_language

#: Sentences this command prints, (da, en).
TEXT: dict[str, tuple[str, str]] = {
    "none": ("{name} indeholder ingen navne eller e-mailadresser; intet ændret.",
             "{name} holds no names or e-mail addresses; nothing changed."),
    "dry": ("{name}: {people} deltagere og {cards} kort ville blive ændret (intet skrevet).",
            "{name}: {people} participants and {cards} cards would change (nothing written)."),
    "done": ("{name}: navne og e-mailadresser fjernet fra {people} deltagere og {cards} kort.",
             "{name}: names and e-mail addresses removed from {people} participants and "
             "{cards} cards."),
}


_PHRASES = phrasebook.add("cli_privacy", TEXT)


def _say(key: str, **values: Any) -> str:
    return _PHRASES(key, user_language(), **values)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add purge-personal-data to the parser."""
    p = sub.add_parser("purge-personal-data",
                       help="replace every name and e-mail by a pseudonym (irreversible)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="only say what would change")
    p.set_defaults(func=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..services.privacy import purge, purge_changes
    from ..storage import open_workshop, read_workshop

    name = Path(args.file).name
    people, cards = purge_changes(read_workshop(args.file))
    if not people and not cards:
        print(_say("none", name=name))
        return 0
    if args.dry_run:
        print(_say("dry", name=name, people=len(people), cards=len(cards)))
        return 0
    with open_workshop(args.file) as handle:
        purge(handle.workshop)
    # The old text may survive in free pages of the database: rewrite the file without them.
    conn = sqlite3.connect(args.file)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
    finally:
        conn.close()
    print(_say("done", name=name, people=len(people), cards=len(cards)))
    return 0
