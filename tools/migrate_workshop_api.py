"""Rewrite calls of the old flat `Workshop` API to its collections (`workshop.cards.add(…)`).

Usage:  python tools/migrate_workshop_api.py [--check] FILE_OR_DIR [...]

Before issue 10 the workshop had 72 methods (`add_cards`, `cast_vote`, `ordered_canvases`, …);
now it owns collections (`cards`, `links`, `groups`, `canvases`, `participants`, `voting`,
`agenda`, `terms`). This script finds the old calls with Python's own parser (so strings and
comments are never touched), rewrites only the old method name after the dot, prints every
change as `path:line: old -> new`, and is safe to run again (a rewritten call no longer names
an old method). `--check` prints what it would change and exits 1 if anything would.

Guards, so that other objects' methods of the same name stay alone:
- never when the receiver is `self`, `cls`, `super()`, an imported module/name, or already a
  collection (`ws.cards.remove(…)` is new API);
- the generic names `card`, `canvas`, `layout`, `label` only with the workshop's arity
  (`Term.label(lang)` has one argument, `Workshop.label(taxonomy, key)` two or three);
- the attributes `rounds`/`votes` only on receivers that look like a workshop (named
  workshop/ws/w…, or annotated `Workshop` in the same file).
What it cannot see (a method looked up by a string, e.g. `getattr(ws, "add_cards")`) is listed
as "check by hand".
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: old method → (collection, new method)
METHODS: dict[str, tuple[str, str]] = {
    # cards
    "add_cards": ("cards", "add"), "update_card": ("cards", "update"),
    "update_cards": ("cards", "update_many"), "move_cards": ("cards", "move"),
    "remove_cards": ("cards", "remove"), "cards_on": ("cards", "on"),
    "card": ("cards", "require"), "_checked_card": ("cards", "check"),
    # links
    "add_links": ("links", "add"), "update_link": ("links", "update"),
    "remove_links": ("links", "remove"), "links_on": ("links", "on"),
    "links_of": ("links", "of"), "new_link": ("links", "new"),
    # groups
    "add_groups": ("groups", "add"), "update_group": ("groups", "update"),
    "remove_groups": ("groups", "remove"), "groups_on": ("groups", "on"),
    "cards_in_group": ("groups", "cards_in"),
    # canvases
    "add_canvases": ("canvases", "add"), "update_canvas": ("canvases", "update"),
    "reorder_canvases": ("canvases", "reorder"), "remove_canvas": ("canvases", "remove"),
    "ordered_canvases": ("canvases", "ordered"), "canvas": ("canvases", "require"),
    "layout": ("canvases", "layout"),
    # participants
    "add_participants": ("participants", "add"),
    "update_participant": ("participants", "update"),
    "remove_participants": ("participants", "remove"),
    "display_name": ("participants", "display_name"),
    # voting
    "add_round": ("voting", "add"), "update_round": ("voting", "update"),
    "remove_round": ("voting", "remove"), "ordered_rounds": ("voting", "ordered"),
    "votes_in": ("voting", "votes_in"), "vote_totals": ("voting", "totals"),
    "dots_used": ("voting", "dots_used"), "cast_vote": ("voting", "cast"),
    "set_vote_count": ("voting", "set_count"),
    # agenda
    "add_agenda_items": ("agenda", "add"), "update_agenda_item": ("agenda", "update"),
    "reorder_agenda": ("agenda", "reorder"), "remove_agenda_items": ("agenda", "remove"),
    "ordered_agenda": ("agenda", "ordered"),
    # terms
    "set_terms": ("terms", "put"), "known_key": ("terms", "known"),
    "terms_of": ("terms", "of"), "label": ("terms", "label"),
}

#: old attribute → its new path, on workshop-looking receivers only
ATTRIBUTES: dict[str, str] = {"rounds": "voting", "votes": "voting.votes"}

#: generic method names: rewritten only with the workshop's positional arity (min, max)
ARITY: dict[str, tuple[int, int]] = {"card": (1, 1), "canvas": (1, 1), "layout": (1, 1),
                                     "label": (2, 3)}

COLLECTIONS = frozenset({"cards", "links", "groups", "canvases", "participants", "voting",
                         "votes", "agenda", "terms"})
WORKSHOP_NAMES = frozenset({"workshop", "ws", "w", "w1", "w2", "again", "busy", "stored",
                            "demo", "twin", "linked", "copy", "loaded", "reopened", "board",
                            "fresh", "original", "other", "model"})
_HINTED = sorted((m for m in METHODS if m not in ARITY and m != "display_name"), key=len,
                 reverse=True)
_STRING_HINT = re.compile("[\"'](" + "|".join(_HINTED) + ")[\"']")


@dataclass(frozen=True)
class Edit:
    line: int  # 1-based
    col: int  # byte offset of the old name in its line
    old: str
    new: str


def _last_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _imported_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
    return names


def _annotated_workshops(tree: ast.AST) -> set[str]:
    """Names annotated `Workshop` (parameters, annotated assignments) in this file."""
    def is_workshop(ann: ast.expr | None) -> bool:
        return ann is not None and "Workshop" in ast.unparse(ann).replace("WorkshopFile", "")

    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and is_workshop(node.annotation):
            names.add(node.arg)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name | ast.Attribute) \
                and is_workshop(node.annotation):
            name = _last_name(node.target)
            if name:
                names.add(name)
    return names


def _skip_receiver(receiver: ast.expr, imported: set[str]) -> bool:
    if isinstance(receiver, ast.Name) and receiver.id in {"self", "cls", *imported}:
        return True
    if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name) \
            and receiver.func.id == "super":
        return True
    return _last_name(receiver) in COLLECTIONS


def _name_position(node: ast.Attribute) -> tuple[int, int]:
    assert node.end_lineno is not None and node.end_col_offset is not None
    return node.end_lineno, node.end_col_offset - len(node.attr.encode())


def foreign_methods(trees: Iterable[ast.AST]) -> set[str]:
    """Old method names that some other class defines (e.g. a dock's `add_round`).

    The workshop no longer defines any of them, so such a name on an arbitrary receiver may
    be that other class's method: it is rewritten only on workshop-looking receivers.
    """
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name != "Workshop":
                found.update(f.name for f in node.body
                             if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                             and f.name in METHODS)
    return found


def edits_for(source: str, foreign: frozenset[str] | set[str] = frozenset()) -> list[Edit]:
    """The rewrites one file needs (empty when it is already migrated)."""
    tree = ast.parse(source)
    imported = _imported_names(tree)
    workshops = WORKSHOP_NAMES | _annotated_workshops(tree)
    foreign = set(foreign) | foreign_methods([tree])
    calls = {id(n.func): n for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
    edits: list[Edit] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not isinstance(node.ctx, ast.Load):
            continue
        receiver, name = node.value, node.attr
        if _skip_receiver(receiver, imported):
            continue
        call = calls.get(id(node))
        line, col = _name_position(node)
        if name in METHODS:
            if name in foreign and _last_name(receiver) not in workshops:
                continue
            if name in ARITY or name == "display_name":
                if call is None:
                    continue
                low, high = ARITY.get(name, (1, 2))
                n = len(call.args) + sum(1 for k in call.keywords if k.arg != "language")
                if any(isinstance(a, ast.Starred) for a in call.args) or not low <= n <= high:
                    continue
                if name == "label" and any(k.arg not in (None, "language")
                                           for k in call.keywords):
                    continue
            collection, new = METHODS[name]
            edits.append(Edit(line, col, name, f"{collection}.{new}"))
        elif name in ATTRIBUTES and call is None and _last_name(receiver) in workshops:
            edits.append(Edit(line, col, name, ATTRIBUTES[name]))
    return edits


def apply(source: str, edits: list[Edit]) -> str:
    lines = source.encode().splitlines(keepends=True)
    for e in sorted(edits, key=lambda e: (e.line, e.col), reverse=True):
        raw = lines[e.line - 1]
        old = e.old.encode()
        assert raw[e.col:e.col + len(old)] == old, (e, raw)
        lines[e.line - 1] = raw[:e.col] + e.new.encode() + raw[e.col + len(old):]
    return b"".join(lines).decode()


def python_files(paths: list[str]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*.py")
                              if not any(part.startswith(".") for part in f.parts))
        elif p.suffix == ".py":
            yield p


def _parsed(path: Path) -> ast.AST:
    try:
        return ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError):
        return ast.Module(body=[], type_ignores=[])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only print what would change; exit 1 if anything would")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    changed_files = 0
    me = Path(__file__).resolve()
    package = me.parent.parent / "coi_desktop"  # where other classes may define old names
    foreign = foreign_methods(_parsed(f) for f in python_files([str(package), *args.paths]))
    for path in python_files(args.paths):
        if path.resolve() == me:  # names every old method in its tables, on purpose
            continue
        source = path.read_text(encoding="utf-8")
        try:
            edits = edits_for(source, foreign)
        except SyntaxError as exc:
            print(f"{path}: not parsed, skipped ({exc.msg}, line {exc.lineno})", file=sys.stderr)
            continue
        for n, text in enumerate(source.splitlines(), 1):
            if _STRING_HINT.search(text):
                print(f"{path}:{n}: check by hand (old method named in a string): "
                      f"{text.strip()}")
        if not edits:
            continue
        changed_files += 1
        lines = source.splitlines()
        for e in sorted(edits, key=lambda e: (e.line, e.col)):
            print(f"{path}:{e.line}: .{e.old} -> .{e.new}    {lines[e.line - 1].strip()}")
        if not args.check:
            path.write_text(apply(source, edits), encoding="utf-8")
    verb = "would change" if args.check else "changed"
    print(f"{verb} {changed_files} file(s)", file=sys.stderr)
    return 1 if args.check and changed_files else 0


if __name__ == "__main__":
    sys.exit(main())
