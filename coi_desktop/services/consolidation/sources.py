"""The source files of a consolidation: finding them, fingerprinting them, reading them.

Folders are searched recursively for `*.coi` (symlinked folders are not followed, so a link
loop cannot trap the search); a path named explicitly is taken as given, whatever its name.
Every file is read only through the storage's untrusted open (`storage.read_records`:
the checks and records of `storage.read_workshop`, read-only URI, no lock, no journal,
nothing in its schema executed; the records are not wrapped in a `Workshop`, which the merge
does not need) and fingerprinted with SHA-256 before and after reading, so provenance always
names the exact bytes that were merged.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...models.entities import Canvas, Participant
from ...models.errors import CoiError
from ...storage import DamagedFileError, UnreadableFileError, checked_connection, read_table
from .database import CARD_FIELDS
from .similarity import variant

SUFFIX = ".coi"


@dataclass(frozen=True)
class Skipped:
    """A source that was not merged, with the reason in both languages."""

    path: Path
    en: str
    da: str

    def text(self, language: str = "en") -> str:
        return self.da if language == "da" else self.en

    @classmethod
    def from_error(cls, path: Path, exc: CoiError) -> Skipped:
        return cls(path, exc.en, exc.da)


def find_sources(paths: Iterable[str | os.PathLike[str]],
                 exclude: Iterable[Path] = ()) -> list[Path]:
    """Every file named in `paths` plus every `*.coi` below the folders, once each, sorted."""
    excluded = {_key(Path(p)) for p in exclude}
    found: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(SUFFIX) and not name.startswith(".~"):
                        candidate = Path(folder) / name
                        found.setdefault(_key(candidate), candidate)
        else:
            found.setdefault(_key(path), path)
    return sorted((p for k, p in found.items() if k not in excluded), key=lambda p: str(p))


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def sha256_file(path: Path) -> str:
    """SHA-256 of the file's bytes (UnreadableFileError when it cannot be read)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except IsADirectoryError:
        raise _unreadable(path, "it is a folder", "det er en mappe") from None
    except FileNotFoundError:
        raise _unreadable(path, "it does not exist", "den findes ikke") from None
    except OSError as exc:
        raise _unreadable(path, exc.strerror or "", exc.strerror or "") from None
    return digest.hexdigest()


def _unreadable(path: Path, why_en: str, why_da: str) -> UnreadableFileError:
    en = f" ({why_en})" if why_en else ""
    da = f" ({why_da})" if why_da else ""
    return UnreadableFileError(f"The file {path.name} could not be read{en}.",
                               f"Filen {path.name} kunne ikke læses{da}.")


class Source:
    """What the merge needs of one source: the workshop's details, terms, participants and
    canvases as records, and its cards, links and votes as rows already in the columns of the
    consolidated tables (see `database.TABLES`), shaped by SQL on the checked connection."""

    def __init__(self, conn: sqlite3.Connection, path: Path, sha: str) -> None:
        conn.create_function("coi_tags", 1, tags_json, deterministic=True)
        conn.create_function("coi_variant", 1, variant, deterministic=True)
        records: dict[str, list[Any]] = {}
        rows: dict[str, list[tuple[Any, ...]]] = {}
        # Every table, in the order `read_workshop` reads them, every text value decoded (a
        # file it refuses, e.g. for text that is not UTF-8, is refused here with its words).
        for table in ("workshop", "terms", "participants", "canvases", "cards", "links",
                      "groups", "voting_rounds", "votes", "agenda_items"):
            if table not in _BULK:
                records[table] = read_table(conn, table, check=False)
                continue
            try:  # (the checks made sure there is exactly one workshop row)
                params = (records["workshop"][0].id, path.name, sha)
                rows[table] = conn.execute(_BULK[table], params).fetchall()
                if table == "cards":  # the two text columns the merge does not take
                    conn.execute("SELECT color, notes FROM main.cards").fetchall()
            except (sqlite3.Error, ValueError, TypeError) as exc:
                raise DamagedFileError(
                    f"The workshop file is damaged: the table {table} holds values of the "
                    "wrong kind.", f"Workshopfilen er beskadiget: tabellen {table} indeholder "
                    "værdier af forkert type.") from exc
        (self.info,) = records["workshop"]
        self.terms = {(t.taxonomy, t.key): t for t in records["terms"]}
        self.participants: dict[str, Participant] = {p.id: p for p in records["participants"]}
        self.canvases: dict[str, Canvas] = {c.id: c for c in records["canvases"]}
        self.card_rows = rows["cards"]
        self.link_rows = rows["links"]
        self.vote_rows = rows["votes"]


#: The bulk of a source (cards, links, votes) in the column order of the consolidated table;
#: parameters: workshop id, source file name, its SHA-256. Rows keep the file's order.
_BULK = {
    "cards": "SELECT ?1, c.id, c.canvas_id, COALESCE(v.name, ''), c.kind, c.title, "
             "c.description, coi_tags(c.tags), c.participant_id, c.hidden, "
             + ", ".join(f"c.{f}" for f in CARD_FIELDS) + ", COALESCE((SELECT sum(t.count) "
             "FROM main.votes AS t WHERE t.card_id = c.id), 0), coi_variant(c.title), ?2, ?3 "
             "FROM main.cards AS c LEFT JOIN main.canvases AS v ON v.id = c.canvas_id "
             "ORDER BY c.rowid",
    "links": "SELECT ?1, k.id, k.canvas_id, COALESCE(v.name, ''), k.source_id, k.target_id, "
             "k.relation, k.label, k.directed, ?2, ?3 FROM main.links AS k "
             "LEFT JOIN main.canvases AS v ON v.id = k.canvas_id ORDER BY k.rowid",
    "votes": "SELECT ?1, t.id, t.round_id, COALESCE(r.title, ''), COALESCE(r.canvas_id, ''), "
             "COALESCE(v.name, ''), t.card_id, t.participant_id, t.count, ?2, ?3 "
             "FROM main.votes AS t LEFT JOIN main.voting_rounds AS r ON r.id = t.round_id "
             "LEFT JOIN main.canvases AS v ON v.id = r.canvas_id ORDER BY t.rowid",
}


@lru_cache(maxsize=4096)
def tags_json(text: str) -> str:
    """A card's tags as the consolidated database writes them (JSON, a space after commas),
    from the JSON array of text in the file (checked before this runs)."""
    items = json.loads(text)
    return json.dumps(items, ensure_ascii=False) if items else "[]"


def read_source(path: Path, sha_before: str) -> Source:
    """Read an untrusted source; its bytes must not change while it is read."""
    with checked_connection(path) as conn:
        workshop = Source(conn, path, sha_before)
    if sha256_file(path) != sha_before:
        raise _unreadable(path, "it changed while it was being read; try again",
                          "den ændrede sig, mens den blev læst; prøv igen")
    return workshop


def mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
