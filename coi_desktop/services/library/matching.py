"""Exact matching by library id in consolidation: the hook canonical.recompute calls.

A card taken from a library carries the entry's id as a tag (`coilib:…`). However its title
was edited afterwards, every variant whose cards carry that id gets the normalised form of
the entry: that of the variant whose normal form *is* the id (an entry's id is a hash of its
kind and normalised name, `entry_id`), else that of the tagged variant with the most cards.
The grouping then puts them into one item without fuzzy matching; untagged titles still
join that item by similarity. Only hashlib, sqlite3 and json here: consolidation imports
this module, nothing else of the library.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict

TAG_PREFIX = "coilib:"  # the same as text.TAG_PREFIX (kept here so this module stands alone)


def entry_id(kind: str, normal: str) -> str:
    """The id of an entry nobody has tagged yet: kind letter + hash of its normalised name."""
    digest = hashlib.sha256("\x1f".join((kind, normal)).encode()).hexdigest()
    return f"{kind[0]}-{digest[:12]}"


def library_normals(conn: sqlite3.Connection, kind: str,
                    variants: dict[str, tuple[str, int]]) -> dict[str, str]:
    """variant → the normal form it must take, for the variants (text → (normal, cards))
    whose cards carry a library id shared with other variants."""
    ids: dict[str, set[str]] = defaultdict(set)
    for variant, tags in conn.execute(
            "SELECT variant, tags FROM cards WHERE kind = ? AND instr(tags, ?) > 0",
            (kind, TAG_PREFIX)):
        try:
            values = json.loads(tags)
        except ValueError:
            continue
        eid = next((t[len(TAG_PREFIX):] for t in values
                    if isinstance(t, str) and t.startswith(TAG_PREFIX)), None)
        if eid is not None and variant in variants:
            ids[eid].add(variant)
    if not ids:
        return {}
    named: dict[str, list[str]] = defaultdict(list)  # id → variants whose normal it hashes
    for variant, (normal, _) in variants.items():
        if normal:
            named[entry_id(kind, normal)].append(variant)
    out: dict[str, str] = {}
    claimed: set[str] = set()
    for eid in sorted(ids):
        members = sorted(ids[eid] - claimed)
        if not members:
            continue
        owners = named.get(eid) or members
        lead = min(owners, key=lambda v: (-variants[v][1], v))
        for v in members:
            if variants[v][0] != variants[lead][0]:
                out[v] = variants[lead][0]
        claimed.update(members)
    return out
