"""An opened library: search with Danish stemming, filters, suggestions, entry details.

`Library.open(path)` checks the file as untrusted (storage/library_file.py), works on an
in-memory copy and builds the FTS5 index there (`temp.entries_fts`, contentless, prefix
indexes for two and three letters), so searching never touches the file. Queries are
serialised by a lock: the app asks for suggestions from a worker thread.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...storage.library_file import FACETS, open_library_file
from .build import workshop_key
from .text import TAG_PREFIX, match_query, plain_query

_FTS = ("CREATE VIRTUAL TABLE temp.entries_fts USING fts5(words, stems, content='', "
        "prefix='2 3', tokenize='unicode61 remove_diacritics 0')")
_COLUMNS = "e.entry_id, e.kind, e.name, e.workshops, e.cards, e.votes"


@dataclass(frozen=True)
class Helper:
    """An opportunity or action that workshops linked to a barrier."""

    entry_id: str
    kind: str
    name: str
    workshops: int


@dataclass(frozen=True)
class Entry:
    """A recurring barrier, opportunity or action of a library."""

    entry_id: str
    kind: str
    name: str
    workshops: int
    cards: int = 0
    votes: int = 0
    variants: tuple[str, ...] = ()
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # most workshops first
    helped: tuple[Helper, ...] = ()

    @property
    def tag(self) -> str:
        """The tag a card taken from this entry carries."""
        return TAG_PREFIX + self.entry_id


def library_id_of(tags: Iterable[str]) -> str | None:
    """The library entry id among a card's tags, if any."""
    return next((t[len(TAG_PREFIX):] for t in tags if t.startswith(TAG_PREFIX)), None)


class Library:
    """A checked, in-memory library (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.Lock()
        conn.execute(_FTS)
        conn.execute("INSERT INTO temp.entries_fts (rowid, words, stems) "
                     "SELECT rowid, words, stems FROM entries")
        conn.execute("PRAGMA query_only = ON")
        self.size = conn.execute("SELECT count(*) FROM entries").fetchone()[0]

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Library:
        """Open a library file (refused with a sentence when hostile, damaged or newer)."""
        return cls(open_library_file(path), Path(path))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- searching ----------------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _filters(self, kind: str | None, facets: dict[str, str | None]
                 ) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        if kind:
            where.append("e.kind = ?")
            params.append(kind)
        for facet, value in facets.items():
            if value and facet in FACETS:
                where.append("EXISTS (SELECT 1 FROM entry_facets AS x WHERE x.entry_id = "
                             "e.entry_id AND x.facet = ? AND x.value = ?)")
                params += [facet, value]
        return "".join(f" AND {w}" for w in where), params

    def search(self, text: str = "", *, kind: str | None = None,
               technology: str | None = None, phase: str | None = None,
               sector: str | None = None, category: str | None = None,
               limit: int = 100, prefix: bool = True) -> list[Entry]:
        """Entries matching `text` (stems; every word, else any word) and the filters, best
        first; without text, the filtered entries raised in the most workshops."""
        extra, params = self._filters(kind, {"technology": technology, "phase": phase,
                                             "sector": sector, "category": category})
        query = match_query(text, prefix_last=prefix)
        if not query:
            if text.strip():
                return []
            rows = self._rows(f"SELECT {_COLUMNS} FROM entries AS e WHERE 1{extra} "
                              "ORDER BY e.workshops DESC, e.votes DESC, e.name LIMIT ?",
                              [*params, limit])
            return [self._entry(r) for r in rows]
        rows = self._matching(query, extra, params, limit)
        if not rows and " AND " in query:
            rows = self._matching(match_query(text, prefix_last=prefix, any_word=True),
                                  extra, params, limit)
        return [self._entry(r) for r in rows]

    def _matching(self, query: str, extra: str, params: list[object],
                  limit: int) -> list[tuple[object, ...]]:
        try:
            return self._rows(
                f"SELECT {_COLUMNS} FROM temp.entries_fts AS f JOIN entries AS e "
                f"ON e.rowid = f.rowid WHERE entries_fts MATCH ?{extra} "
                "ORDER BY f.rank, e.workshops DESC LIMIT ?", [query, *params, limit])
        except sqlite3.OperationalError:  # a query FTS5 cannot parse finds nothing
            return []

    def suggest(self, text: str, kind: str | None = None, limit: int = 6) -> list[Entry]:
        """What to offer while `text` is being typed: nothing for fewer than three letters,
        else the best matches of the kind (no details: those come with `entry`)."""
        if sum(ch.isalnum() for ch in text) < 3:
            return []
        return self.search(text, kind=kind, limit=limit)

    def plain_search(self, text: str, limit: int = 6) -> list[tuple[object, ...]]:
        """The baseline of benchmarks/library.py: an FTS5 query on the words as typed."""
        query = plain_query(text)
        if not query:
            return []
        return self._rows(
            f"SELECT {_COLUMNS} FROM temp.entries_fts AS f JOIN entries AS e "
            "ON e.rowid = f.rowid WHERE entries_fts MATCH ? ORDER BY f.rank LIMIT ?",
            [f"words : ({query})", limit])

    # -- details -------------------------------------------------------------------------------

    @staticmethod
    def _entry(row: tuple[object, ...]) -> Entry:
        eid, kind, name, workshops, cards, votes = row
        return Entry(str(eid), str(kind), str(name), int(workshops),  # type: ignore[call-overload]
                     int(cards), int(votes))  # type: ignore[call-overload]

    def entry(self, entry_id: str) -> Entry | None:
        """One entry with its variants, facets and what helped against it."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM entries AS e WHERE e.entry_id = ?",
                          [entry_id])
        if not rows:
            return None
        base = self._entry(rows[0])
        variants = tuple(str(r[0]) for r in self._rows(
            "SELECT variant FROM entry_variants WHERE entry_id = ? ORDER BY variant",
            [entry_id]))
        facets: dict[str, list[str]] = {}
        for facet, value in self._rows(
                "SELECT facet, value FROM entry_facets WHERE entry_id = ? GROUP BY facet, "
                "value ORDER BY facet, COUNT(DISTINCT workshop) DESC, value", [entry_id]):
            facets.setdefault(str(facet), []).append(str(value))
        return Entry(base.entry_id, base.kind, base.name, base.workshops, base.cards,
                     base.votes, variants, {k: tuple(v) for k, v in facets.items()},
                     tuple(self.helped(entry_id)))

    def helped(self, barrier_id: str, exclude_workshop: str | None = None,
               limit: int = 5) -> list[Helper]:
        """Opportunities and actions linked to the barrier, in the most workshops first."""
        skip = workshop_key(exclude_workshop) if exclude_workshop else ""
        return [Helper(str(r[0]), str(r[1]), str(r[2]), int(r[3]))  # type: ignore[call-overload]
                for r in self._rows(
                    "SELECT e.entry_id, e.kind, e.name, COUNT(DISTINCT h.workshop) AS n "
                    "FROM helped AS h JOIN entries AS e ON e.entry_id = h.helper_id "
                    "WHERE h.barrier_id = ? AND h.workshop != ? GROUP BY e.entry_id "
                    "ORDER BY n DESC, e.kind DESC, e.name LIMIT ?", [barrier_id, skip, limit])]

    def other_workshops(self, entry_id: str, workshop_id: str) -> int:
        """How many workshops other than `workshop_id` raised the entry."""
        row = self._rows("SELECT COUNT(*) FROM entry_workshops WHERE entry_id = ? AND "
                         "workshop != ?", [entry_id, workshop_key(workshop_id)])
        return int(row[0][0]) if row else 0  # type: ignore[call-overload]

    def match(self, kind: str, title: str, tags: Iterable[str] = ()) -> Entry | None:
        """The entry a card is: by the library id it carries, else by its normalised title."""
        from ..consolidation.similarity import normalise

        eid = library_id_of(tags)
        if eid is not None:
            rows = self._rows(f"SELECT {_COLUMNS} FROM entries AS e WHERE e.entry_id = ? "
                              "AND e.kind = ?", [eid, kind])
            if rows:
                return self._entry(rows[0])
        normal = normalise(title)
        if not normal:
            return None
        rows = self._rows(f"SELECT {_COLUMNS} FROM entries AS e WHERE e.kind = ? AND "
                          "(e.normal = ? OR EXISTS (SELECT 1 FROM entry_variants AS v WHERE "
                          "v.entry_id = e.entry_id AND v.variant = ?)) "
                          "ORDER BY e.workshops DESC LIMIT 1",
                          [kind, normal, " ".join(title.casefold().split())])
        return self._entry(rows[0]) if rows else None

    def facet_values(self, facet: str) -> list[tuple[str, int]]:
        """The values of a facet, with the number of entries, most first."""
        return [(str(v), int(n)) for v, n in self._rows(  # type: ignore[call-overload]
            "SELECT value, COUNT(DISTINCT entry_id) AS n FROM entry_facets WHERE facet = ? "
            "GROUP BY value ORDER BY n DESC, value", [facet])]

    def label(self, taxonomy: str, key: str, language: str = "da") -> str:
        """The Danish or English name of a taxonomy key (the key itself if unknown)."""
        rows = self._rows("SELECT da, en FROM labels WHERE taxonomy = ? AND key = ?",
                          [taxonomy, key])
        if not rows:
            return key
        return str(rows[0][0] if language == "da" else rows[0][1])

    def workshops(self) -> int:
        """How many workshops the library was built from."""
        row = self._rows("SELECT COUNT(DISTINCT workshop) FROM entry_workshops")
        count = row[0][0]
        return count if isinstance(count, int) else 0
