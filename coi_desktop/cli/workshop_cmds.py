"""`coi-desktop new`, `demo`, `info` and `check`: make, describe and vet workshop files.

`new` and `demo` write a fresh file atomically and refuse to replace an existing one unless
`--force` (and never one that is open in COI Desktop). `info` and `check` treat the file as
untrusted and open it read-only, so they never change it. Storage and the demo generator are
imported inside the commands so that starting the GUI does not pay for them.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .. import phrasebook
from ..models.errors import CoiError
from ..models.registry import CARD_KINDS
from ..models.templates import TEMPLATES
from ..models.workshop import Workshop
from . import user_language

#: Sentences this module prints, (Danish, English), formatted with keyword arguments.
TEXT: dict[str, tuple[str, str]] = {
    "exists": ("{name} findes allerede; tilføj --force for at erstatte den.",
               "{name} already exists; add --force to replace it."),
    "is_dir": ("{name} er en mappe, ikke en fil.", "{name} is a folder, not a file."),
    "in_use": ("{name} er åben i COI Desktop hos {holder}; luk den der først.",
               "{name} is open in COI Desktop by {holder}; close it there first."),
    "template": ("Ukendt skabelon {key!r}: brug en af {keys}.",
                 "Unknown template {key!r}: use one of {keys}."),
    "title": ("En workshop skal have en titel.", "A workshop needs a title."),
    "wrote": ("Skrev {name}: {cards} kort på {canvases} lærreder.",
              "Wrote {name}: {cards} cards on {canvases} canvases."),
    "wrote_new": ("Skrev {name}: en tom workshop med ét lærred.",
                  "Wrote {name}: an empty workshop with one canvas."),
    "unreadable": ("{name} kunne ikke læses som en workshop: {reason}.",
                   "{name} could not be read as a workshop: {reason}."),
    # w3-model: `check` on a link the relation rules refuse (a file made before them)
    "refused_link": ("Advarsel: på lærredet \u201c{canvas}\u201d følger forbindelsen fra "
                     "\u201c{source}\u201d til \u201c{target}\u201d ikke reglerne for "
                     "relationstyper ({reason}); filen kan stadig åbnes, men ret typen eller "
                     "fjern forbindelsen.",
                     "Warning: on the canvas \u201c{canvas}\u201d, the link from "
                     "\u201c{source}\u201d to \u201c{target}\u201d breaks the relation "
                     "rules ({reason}); the file still opens, but change its type or remove "
                     "it."),
    "untitled": ("(uden titel)", "(untitled)"),
}

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Titel", "Title"),
    "date": ("Dato", "Date"),
    "language": ("Sprog", "Language"),
    "schema": ("Skemaversion", "Schema version"),
    "canvases": ("Lærreder", "Canvases"),
    "cards": ("Kort", "Cards"),
    "items": ("Elementer", "Items"),
    "placed": ("{cards} kort på lærrederne", "{cards} cards on the canvases"),
    "links": ("Forbindelser", "Links"),
    "participants": ("Deltagere", "Participants"),
    "votes": ("Stemmer", "Votes"),
    "groups": ("Grupper", "Groups"),
    "agenda": ("Dagsordenspunkter", "Agenda items"),
    "dots": ("{dots} prikker i {rounds} runder", "{dots} dots in {rounds} rounds"),
    "canvas": ("{cards} kort, {links} forbindelser", "{cards} cards, {links} links"),
}


_TEXT = phrasebook.add("cli", TEXT)
_LABELS = phrasebook.add("cli_info", LABELS)


def _en_da(which: str, /, **values: Any) -> tuple[str, str]:
    """A sentence as a `CoiError` takes it: (English, Danish)."""
    da, en = _TEXT.both(which, **values)
    return en, da


def _error(which: str, /, **values: Any) -> CoiError:
    return CoiError(*_en_da(which, **values))


def _text(which: str, lang: str, table: phrasebook.Phrases = _TEXT, /,
          **values: Any) -> str:
    return table(which, lang, **values)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add new, demo, info and check to the parser."""
    p = sub.add_parser("new", help="write an empty workshop with one canvas")
    p.add_argument("out", metavar="OUT.coi")
    p.add_argument("--title", required=True, help="the workshop's title")
    p.add_argument("--lang", choices=("da", "en"), help="workshop language (default: yours)")
    p.add_argument("--template", default="blank", metavar="KEY",
                   help=f"the first canvas's template: {', '.join(TEMPLATES)}")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--from-library", metavar="LIB.coilib",  # issue 16 (cli/library_cmd.py)
                   help="seed a barrier board with the most recurrent barriers of a library")
    p.add_argument("--technology", metavar="KEY", help="with --from-library: technology focus")
    p.add_argument("--phase", metavar="KEY", help="with --from-library: phase focus")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="write a realistic demo workshop")
    p.add_argument("out", metavar="OUT.coi")
    p.add_argument("--cards", type=int, metavar="N", help="scale to N cards (0-10000)")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="text variation (default 0)")
    p.add_argument("--lang", choices=("da", "en"), help="workshop language (default: yours)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="describe a workshop file (read-only)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="run every open-time check; print ok or the reason")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_check)


# -- writing ---------------------------------------------------------------------------------

def _write(out: str, workshop: Workshop, force: bool, message: str = "wrote") -> None:
    from ..storage import FileInUseError, create_workshop_file, holder_of

    path = Path(out)
    if path.is_dir():
        raise _error("is_dir", name=out)
    if path.exists() or path.is_symlink():
        if not force:
            raise _error("exists", name=out)
        holder = holder_of(path)
        if holder is not None:
            raise FileInUseError(*_en_da("in_use", name=out, holder=holder),
                                 holder=holder)
    create_workshop_file(path, workshop, overwrite=force)
    lang = user_language()
    print(_text(message, lang, _TEXT, name=out, cards=len(workshop.cards),
                canvases=len(workshop.canvases)))


def cmd_new(args: argparse.Namespace) -> int:
    if args.template not in TEMPLATES:
        raise _error("template", key=args.template, keys=", ".join(TEMPLATES))
    if not args.title.strip():
        raise _error("title")
    workshop = Workshop.new(args.title.strip(), language=args.lang or user_language(),
                            template=args.template)
    if args.from_library:  # the library engineer's hook (issue 16)
        from .library_cmd import seed_from_library

        workshop.update_info(technology=args.technology or "", phase=args.phase or "")
        seed_from_library(workshop, args.from_library, args.technology, args.phase)
    _write(args.out, workshop, args.force, "wrote" if workshop.cards else "wrote_new")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import build_demo

    workshop = build_demo(cards=args.cards, seed=args.seed, language=args.lang or user_language())
    _write(args.out, workshop, args.force)
    return 0


# -- reading ---------------------------------------------------------------------------------

def _guarded(path: str, read: Any) -> Any:
    """Run a storage read; anything the storage did not type becomes one 'damaged' sentence."""
    from ..storage import DamagedFileError

    try:
        return read(path)
    except (CoiError, OSError):
        raise
    except (sqlite3.Error, ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise DamagedFileError(*_en_da("unreadable", name=Path(path).name,
                                     reason=str(exc) or type(exc).__name__)) from None


def summary(workshop: Workshop, schema_version: int) -> dict[str, Any]:
    """What `info --json` prints: counts a script (or a test) can rely on."""
    kinds = Counter(c.kind for c in workshop.cards.values())
    # An item placed on several canvases is several cards but one item: findings count items.
    items = {c.item: c.kind for c in workshop.cards.values()}
    item_kinds = Counter(items.values())
    per_canvas = Counter(c.canvas_id for c in workshop.cards.values())
    links_per_canvas = Counter(link.canvas_id for link in workshop.links.values())
    info = workshop.info
    return {
        "title": info.title, "date": info.date, "language": info.language,
        "location": info.location, "facilitator": info.facilitator,
        "organiser": info.organiser, "schema_version": schema_version,
        "canvases": [{"id": c.id, "name": c.name, "template": c.template,
                      "cards": per_canvas[c.id], "links": links_per_canvas[c.id]}
                     for c in workshop.canvases.ordered()],
        "cards": {"total": len(workshop.cards), **{k: kinds[k] for k in CARD_KINDS}},
        "items": {"total": len(items), **{k: item_kinds[k] for k in CARD_KINDS}},
        "links": len(workshop.links), "groups": len(workshop.groups),
        "participants": len(workshop.participants), "voting_rounds": len(workshop.voting),
        "votes": sum(v.count for v in workshop.voting.votes.values()),
        "agenda_items": len(workshop.agenda),
    }


def _lines(workshop: Workshop, data: dict[str, Any], lang: str) -> list[str]:
    def label(key: str) -> str:
        return _text(key, lang, _LABELS)

    width = max(len(label(k)) for k in ("title", "date", "language", "schema", "canvases",
                                        "items", "links", "participants", "votes", "groups",
                                        "agenda")) + 2
    def row(key: str, value: object) -> str:
        return f"{label(key) + ':':<{width}}{value}"

    kinds = ", ".join(f"{workshop.terms.label('card_kind', k, lang).lower()} {data['items'][k]}"
                      for k in CARD_KINDS if data["items"][k])
    lines = [row("title", data["title"]), row("date", data["date"] or "-"),
             row("language", data["language"]), row("schema", data["schema_version"]),
             row("canvases", len(data["canvases"]))]
    for n, c in enumerate(data["canvases"], 1):
        what = _text("canvas", lang, _LABELS, cards=c["cards"], links=c["links"])
        template = workshop.terms.label("template", c["template"], lang)
        lines.append(f"  {n}. {c['name']} [{template}]: {what}")
    placed = _text("placed", lang, _LABELS, cards=data["cards"]["total"])
    lines += [row("items", f"{data['items']['total']}" + (f" ({kinds})" if kinds else "")
                  + (f"; {placed}" if data["cards"]["total"] != data["items"]["total"] else "")),
              row("links", data["links"]), row("groups", data["groups"]),
              row("participants", data["participants"]),
              row("votes", _text("dots", lang, _LABELS, dots=data["votes"],
                                 rounds=data["voting_rounds"])),
              row("agenda", data["agenda_items"])]
    return lines


def cmd_info(args: argparse.Namespace) -> int:
    from ..storage import open_workshop

    opened = _guarded(args.file, lambda p: open_workshop(p, readonly=True))
    try:
        data = summary(opened.workshop, opened.schema_version)
        if args.json:
            text = json.dumps(data, ensure_ascii=False, indent=2)
        else:
            text = "\n".join(_lines(opened.workshop, data, user_language()))
    finally:
        opened.close()
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `info x.coi | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..storage import open_workshop

    # The very checks opening runs (records read), read-only; the notice says what was done
    # to read it (a -wal played back on a private copy), or is None.
    opened = _guarded(args.file, lambda p: open_workshop(p, readonly=True))
    try:
        lang = user_language()
        if opened.notice:
            print(opened.notice[1] if lang == "da" else opened.notice[0], file=sys.stderr)
        for line in refused_links(opened.workshop, lang):
            print(line, file=sys.stderr)
    finally:
        opened.close()
    print("ok")
    return 0


def refused_links(workshop: Workshop, lang: str) -> list[str]:
    """One sentence per link whose relation type does not join the kinds of its ends (a file
    written before the rules; it still opens). Names hidden by consent stay hidden."""
    from ..models.registry import REGISTRY
    from ..services.privacy import Privacy

    privacy = Privacy(workshop, lang)
    cards, canvases = workshop.cards, workshop.canvases

    def title(card_id: str) -> str:
        return privacy.text(cards[card_id].title.strip()) or _text("untitled", lang)

    out = []
    for link in sorted(workshop.links.refused(), key=lambda lk: (
            canvases[lk.canvas_id].position if lk.canvas_id in canvases else 0, lk.id)):
        en, da = REGISTRY.refusal(link.relation, cards[link.source_id].kind,
                                  cards[link.target_id].kind)
        reason = (da if lang == "da" else en).rstrip(".")
        canvas = canvases.get(link.canvas_id)
        out.append(_text("refused_link", lang, canvas=canvas.name if canvas else "",
                         source=title(link.source_id), target=title(link.target_id),
                         reason=reason[:1].lower() + reason[1:]))
    return out
