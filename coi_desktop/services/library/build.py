"""Building a library from a consolidated database, and merging two libraries.

`build(consolidated_db, output)` reads the consolidated database read-only and writes the
recurring barriers, opportunities and actions (its canonical items) with how many workshops
raised them, their categories, phases, sectors and technologies, and which opportunities and
actions workshops linked to each barrier (directly, or through an opportunity that leads to
the action). Nothing personal goes in: no actors, no participants, no descriptions, no
owners, no workshop titles or facilitators; workshops are known only by a hash of their id
(so a merge can count each workshop once); e-mail addresses and the names of named
participants are cut out of the titles.

An entry's id is stable: the library id a card already carries (a card taken from a library,
tag `coilib:…`) wins, else a hash of the kind and the normalised name. `merge(a, b, out)`
joins two libraries: entries with the same id or the same kind and normalised name become
one, each workshop counted once.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ...models.errors import CoiError
from ...models.registry import ACTION, ACTOR, BARRIER, OPPORTUNITY
from ...storage.library_file import (
    KINDS,
    SCHEMA_VERSION,
    create_schema,
    open_library_file,
    write_library_file,
)
from ...storage.untrusted import harden
from ..consolidation.similarity import normalise
from .matching import entry_id
from .text import TAG_PREFIX, index_columns, scrub


@dataclass
class _Entry:
    entry_id: str
    kind: str
    name: str
    normal: str
    variants: set[str] = field(default_factory=set)
    workshops: dict[str, list[int]] = field(default_factory=dict)  # key → [cards, votes]
    facets: set[tuple[str, str, str]] = field(default_factory=set)  # facet, value, workshop


def workshop_key(workshop_id: str) -> str:
    """A workshop as the library knows it: a hash of its id (no title, no people)."""
    return hashlib.sha256("\x1f".join(("coilib", workshop_id)).encode()).hexdigest()[:16]


def _not_consolidated(path: Path) -> CoiError:
    return CoiError(f"{path.name} is not a consolidated database from COI Desktop.",
                    f"{path.name} er ikke en samlet database fra COI Desktop.")


def _open_consolidated(path: Path) -> sqlite3.Connection:
    from ..consolidation.database import APPLICATION_ID

    if not path.is_file():
        raise CoiError(f"The file {path.name} could not be read (it does not exist).",
                       f"Filen {path.name} kunne ikke læses (den findes ikke).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None)
        harden(conn)
        conn.execute("PRAGMA query_only = ON")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.close()
            raise _not_consolidated(path)
    except sqlite3.DatabaseError:
        raise _not_consolidated(path) from None
    return conn


def _tag_ids(tags: str) -> list[str]:
    try:
        values = json.loads(tags or "[]")
    except ValueError:
        return []
    return [t[len(TAG_PREFIX):] for t in values
            if isinstance(t, str) and t.startswith(TAG_PREFIX) and len(t) <= 80]


_KINDS_SQL = ", ".join(f"'{k}'" for k in KINDS)

_CARDS = f"""
SELECT c.workshop_id, c.card_id, c.kind, c.tags, c.votes, c.category,
       COALESCE(NULLIF(c.phase, ''), w.phase), w.technology, c.technology, m.item_key
FROM cards AS c JOIN workshops AS w ON w.workshop_id = c.workshop_id
JOIN canonical_variants AS m ON m.kind = c.kind AND m.variant = c.variant
WHERE c.kind IN ({_KINDS_SQL})"""

_SECTORS = f"""
SELECT c.workshop_id, c.card_id, a.sector FROM links AS k
JOIN cards AS c ON c.workshop_id = k.workshop_id
     AND c.card_id IN (k.source_card_id, k.target_card_id)
JOIN cards AS a ON a.workshop_id = k.workshop_id
     AND a.card_id IN (k.source_card_id, k.target_card_id) AND a.card_id != c.card_id
WHERE c.kind IN ({_KINDS_SQL}) AND a.kind = '{ACTOR}' AND a.sector != ''
UNION
SELECT c.workshop_id, c.card_id, p.sector FROM cards AS c
JOIN participants AS p ON p.workshop_id = c.workshop_id AND p.participant_id = c.participant_id
WHERE c.kind IN ({_KINDS_SQL}) AND p.sector != ''"""


def _read(conn: sqlite3.Connection) -> tuple[list[_Entry], set[tuple[str, str, str]],
                                             list[tuple[str, str, str, str]]]:
    """Entries, helped triples (barrier id, helper id, workshop key) and labels."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM participants WHERE name IS NOT NULL AND name != ''")]
    items = {r[0]: r for r in conn.execute(
        "SELECT item_key, kind, name, variants FROM canonical_items "
        f"WHERE kind IN ({_KINDS_SQL})")}
    by_card: dict[tuple[str, str], str] = {}  # (workshop, card) → item key
    tagged: dict[str, Counter[str]] = defaultdict(Counter)
    stats: dict[str, dict[str, list[int]]] = defaultdict(dict)
    facets: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for wid, cid, _kind, tags, votes, category, phase, tech, card_tech, key in conn.execute(
            _CARDS):
        if key not in items:
            continue
        by_card[(wid, cid)] = key
        for tid in _tag_ids(tags):
            tagged[key][tid] += 1
        wkey = workshop_key(wid)
        counts = stats[key].setdefault(wkey, [0, 0])
        counts[0] += 1
        counts[1] += int(votes or 0)
        for facet, value in (("category", category), ("phase", phase),
                             ("technology", tech), ("technology", card_tech)):
            if value:
                facets[key].add((facet, str(value), wkey))
    for wid, cid, sector in conn.execute(_SECTORS):
        key = by_card.get((wid, cid))
        if key is not None:
            facets[key].add(("sector", str(sector), workshop_key(wid)))
    entries: dict[str, _Entry] = {}
    for key, (_, kind, name, variants) in items.items():
        if key not in stats:
            continue
        clean = scrub(name, names)
        if not clean.strip(" …"):
            continue
        normal = normalise(clean) or clean.casefold()
        eid = (min(tagged[key], key=lambda t: (-tagged[key][t], t)) if tagged[key]
               else entry_id(kind, normal))
        others = {scrub(v, names) for v in json.loads(variants or "[]")}
        entries[key] = _Entry(eid, kind, clean, normal,
                              {v for v in others if v.strip(" …") and v != clean.casefold()},
                              stats[key], facets[key])
    helped = _helped(conn, by_card, entries)
    labels = [tuple(r) for r in conn.execute("SELECT taxonomy, key, da, en FROM labels")]
    return list(entries.values()), helped, labels


def _helped(conn: sqlite3.Connection, by_card: dict[tuple[str, str], str],
            entries: dict[str, _Entry]) -> set[tuple[str, str, str]]:
    """(barrier id, helper id, workshop key): opportunities and actions linked to a barrier,
    and actions linked to such an opportunity (the room's "what we do about it")."""
    neighbours: dict[tuple[str, str], set[str]] = defaultdict(set)
    for wid, a, b in conn.execute(
            "SELECT workshop_id, source_card_id, target_card_id FROM links"):
        neighbours[(wid, a)].add(b)
        neighbours[(wid, b)].add(a)
    out: set[tuple[str, str, str]] = set()
    for (wid, cid), key in by_card.items():
        barrier = entries.get(key)
        if barrier is None or barrier.kind != BARRIER:
            continue
        wkey = workshop_key(wid)
        for other in neighbours.get((wid, cid), ()):
            helper = entries.get(by_card.get((wid, other), ""))
            if helper is None or helper.kind == BARRIER:
                continue
            out.add((barrier.entry_id, helper.entry_id, wkey))
            if helper.kind == OPPORTUNITY:
                for further in neighbours.get((wid, other), ()):
                    action = entries.get(by_card.get((wid, further), ""))
                    if action is not None and action.kind == ACTION:
                        out.add((barrier.entry_id, action.entry_id, wkey))
    return out


def _unite(entries: list[_Entry]) -> tuple[dict[str, _Entry], dict[str, str]]:
    """One entry per id, and per kind and normalised name (the id of the entry raised in
    the most workshops wins; ties by id, so the result does not depend on the order)."""
    by_normal: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
    for e in entries:
        by_normal[(e.kind, e.normal)].append(e)
    groups: list[list[_Entry]] = list(by_normal.values())
    by_id: dict[str, list[_Entry]] = defaultdict(list)
    for group in groups:
        lead = min(group, key=lambda e: (-len(e.workshops), e.entry_id, e.name))
        by_id[lead.entry_id].extend(group)
    out: dict[str, _Entry] = {}
    moved: dict[str, str] = {}  # every id given → the id of the entry it is now part of
    for eid, group in by_id.items():
        lead = min(group, key=lambda e: (-len(e.workshops), -sum(c for c, _ in
                                         e.workshops.values()), e.entry_id, e.name))
        united = _Entry(eid, lead.kind, lead.name, lead.normal)
        for e in group:
            moved[e.entry_id] = eid
            united.variants |= e.variants | ({e.name.casefold()} - {lead.name.casefold()})
            united.facets |= e.facets
            for wkey, (cards, votes) in e.workshops.items():
                mine = united.workshops.setdefault(wkey, [0, 0])
                mine[0], mine[1] = max(mine[0], cards), max(mine[1], votes)
        out[eid] = united
    return out, moved


def _follow(helped: set[tuple[str, str, str]], moved: dict[str, str]) -> set[tuple[str, str, str]]:
    """Helped triples with the ids of the entries they were united into."""
    return {(moved.get(b, b), moved.get(h, h), w) for b, h, w in helped}


def _write(entries: dict[str, _Entry], helped: set[tuple[str, str, str]],
           labels: list[tuple[str, str, str, str]], sources: int,
           output: str | os.PathLike[str]) -> dict[str, int]:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_schema(memory)
        memory.execute("BEGIN")
        rows = sorted(entries.values(), key=lambda e: (e.kind, -len(e.workshops), e.entry_id))
        memory.executemany(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.entry_id, e.kind, e.name, e.normal, len(e.workshops),
              sum(c for c, _ in e.workshops.values()), sum(v for _, v in e.workshops.values()),
              *index_columns([e.name, *sorted(e.variants)])) for e in rows])
        memory.executemany("INSERT INTO entry_variants VALUES (?, ?)",
                           [(e.entry_id, v) for e in rows for v in sorted(e.variants)])
        memory.executemany("INSERT INTO entry_workshops VALUES (?, ?, ?, ?)",
                           [(e.entry_id, w, c, v) for e in rows
                            for w, (c, v) in sorted(e.workshops.items())])
        memory.executemany("INSERT INTO entry_facets VALUES (?, ?, ?, ?)",
                           [(e.entry_id, *f) for e in rows for f in sorted(e.facets)])
        memory.executemany("INSERT INTO helped VALUES (?, ?, ?)",
                           sorted(h for h in helped if h[0] in entries and h[1] in entries))
        memory.executemany("INSERT OR IGNORE INTO labels VALUES (?, ?, ?, ?)", sorted(labels))
        workshops = len({w for e in rows for w in e.workshops})
        memory.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema_version", str(SCHEMA_VERSION)),
            ("built_at", datetime.now(UTC).isoformat(timespec="seconds")),
            ("workshops", str(workshops)), ("sources", str(sources))])
        memory.execute("COMMIT")
        write_library_file(memory, output)
        counts = Counter(e.kind for e in rows)
        return {"entries": len(rows), "workshops": workshops,
                **{k: counts.get(k, 0) for k in KINDS}}
    finally:
        memory.close()


def build(consolidated_db: str | os.PathLike[str], output: str | os.PathLike[str],
          min_workshops: int = 1) -> dict[str, int]:
    """Write the library of a consolidated database to `output`; returns its counts."""
    conn = _open_consolidated(Path(consolidated_db))
    try:
        entries, helped, labels = _read(conn)
    except (sqlite3.DatabaseError, ValueError, TypeError, KeyError, AttributeError):
        # tables that are not ours, values of the wrong kind: one sentence, no traceback
        raise _not_consolidated(Path(consolidated_db)) from None
    finally:
        conn.close()
    united, moved = _unite(entries)
    kept = {k: e for k, e in united.items() if len(e.workshops) >= min_workshops}
    return _write(kept, _follow(helped, moved), labels, 1, output)


def _load(path: str | os.PathLike[str]) -> tuple[list[_Entry], set[tuple[str, str, str]],
                                                 list[tuple[str, str, str, str]], int]:
    conn = open_library_file(path)
    try:
        entries = {r[0]: _Entry(r[0], r[1], r[2], r[3]) for r in conn.execute(
            "SELECT entry_id, kind, name, normal FROM entries")}
        for eid, variant in conn.execute("SELECT entry_id, variant FROM entry_variants"):
            entries[eid].variants.add(variant)
        for eid, wkey, cards, votes in conn.execute("SELECT * FROM entry_workshops"):
            entries[eid].workshops[wkey] = [cards, votes]
        for eid, facet, value, wkey in conn.execute("SELECT * FROM entry_facets"):
            entries[eid].facets.add((facet, value, wkey))
        helped = {tuple(r) for r in conn.execute("SELECT * FROM helped")}
        labels = [tuple(r) for r in conn.execute("SELECT * FROM labels")]
        row = conn.execute("SELECT value FROM meta WHERE key = 'sources'").fetchone()
        sources = int(row[0]) if row and str(row[0]).isdigit() else 1
    finally:
        conn.close()
    return list(entries.values()), helped, labels, sources


def merge(a: str | os.PathLike[str], b: str | os.PathLike[str],
          output: str | os.PathLike[str]) -> dict[str, int]:
    """Join two libraries (each opened untrusted) into `output`; returns its counts."""
    ea, ha, la, sa = _load(a)
    eb, hb, lb, sb = _load(b)
    united, moved = _unite(ea + eb)
    return _write(united, _follow(ha | hb, moved), la + lb, sa + sb, output)
