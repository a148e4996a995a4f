"""The source files of a consolidation: finding them, fingerprinting them, reading them.

Folders are searched recursively for `*.coi` (symlinked folders are not followed, so a link
loop cannot trap the search); a path named explicitly is taken as given, whatever its name.
Every file is read only through the storage's untrusted open (`storage.checked_connection`:
every check of `storage.read_workshop`, read-only URI, no lock, no journal, nothing in its
schema executed) and fingerprinted with SHA-256 before and after reading, so provenance
always names the exact bytes that were merged. What the merge needs is read from that checked
connection (see `Source`); no `Workshop` is built.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...models.entities import Canvas, Participant
from ...models.errors import CoiError
from ...models.registry import RECORD_TYPES
from ...models.workshop import Workshop
from ...storage import DamagedFileError, UnreadableFileError, checked_connection, read_table
from ...storage.schema import TABLES
from ...storage.untrusted import MASTER, not_utf8, regular_file
from ..privacy import OWNER_PREFIX, Privacy
from .bulk import BULK, bulk_sql, functions

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
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(path.absolute())


def sha256_file(path: Path) -> str:
    """SHA-256 of the file's bytes (UnreadableFileError when it cannot be read; a FIFO,
    socket, device, folder or symlink loop is refused at once, before it is opened)."""
    digest = hashlib.sha256()
    regular_file(path)
    try:
        # O_NONBLOCK: a FIFO swapped in after the check must not block the run
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _unreadable(path, "it is not a regular file",
                                  "det er ikke en almindelig fil")
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
    canvases as records; its cards, links and votes either as an `image` of the checked
    database (`Connection.serialize`) that `database.put_workshop` copies from with
    INSERT … SELECT (`bulk_sql`), or, for a file SQLite stores as UTF-16 (which cannot be
    attached beside UTF-8), as `rows` shaped by the same SQL on the checked connection.

    Either way every table is read in the order `read_workshop` reads it and every text value
    is decoded once, so a file it refuses (text that is not UTF-8, say) is refused here with
    its words, and the copy comes from the very connection that passed the checks.

    `privacy` is the source's own `Privacy` (its roster, its language): the merge writes free
    text through `scrub` when `private` (someone did not consent), and action owners through
    `owner`, so no non-consenting name reaches the consolidated database.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, sha: str) -> None:
        records: dict[str, list[Any]] = {}
        texts: dict[str, list[tuple[Any, ...]]] = {}
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.counts: dict[str, int] = {}
        self.image: bytes | None = None
        #: whether free text of the bulk tables must pass `scrub` (set in `_know_people`)
        self.private: bool = False
        snapshot = (hasattr(conn, "serialize")
                    and conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-8")
        for table in ("workshop", "terms", *(r.table for r in RECORD_TYPES)):
            if table == "cards":  # the roster is read (it comes first): who may be named
                self._know_people(records)
                if not snapshot:
                    functions(conn, self.scrub if self.private else None, self.owner)
            if table not in BULK:
                records[table] = read_table(conn, table, check=False)
                continue
            try:  # (the checks made sure there is exactly one workshop row)
                if snapshot:  # decode every text value; the copy itself happens in SQLite
                    found = texts[table] = conn.execute(_TEXT[table]).fetchall()
                else:
                    params = (records["workshop"][0].id, path.name, sha)
                    found = self.rows[table] = conn.execute(
                        bulk_sql(table, "main", self.private), params).fetchall()
                    if table == "cards":  # the two text columns the merge does not take
                        conn.execute("SELECT color, notes FROM main.cards").fetchall()
            except (sqlite3.Error, ValueError, TypeError) as exc:
                if isinstance(exc, UnicodeError) or "decode" in str(exc):
                    raise not_utf8(path, table) from exc
                raise DamagedFileError(
                    f"The workshop file is damaged: the table {table} holds values of the "
                    "wrong kind.", f"Workshopfilen er beskadiget: tabellen {table} indeholder "
                    "værdier af forkert type.") from exc
            self.counts[table] = len(found)
        if snapshot:
            self.master = conn.execute(MASTER).fetchall()
            self.image = conn.serialize()
            if self.private:  # the copy calls coi_private only when it would change text
                self.private = self._hides_in_text(texts, records)
        self.canvases: dict[str, Canvas] = {c.id: c for c in records["canvases"]}
        self.saved_at = saved_at(self.info, path)

    def _know_people(self, records: dict[str, list[Any]]) -> None:
        (self.info,) = records["workshop"]
        self.terms = {(t.taxonomy, t.key): t for t in records["terms"]}
        self.participants: dict[str, Participant] = {p.id: p for p in records["participants"]}
        self.privacy = Privacy(Workshop.from_records(self.info, self.terms.values(),
                                                     self.participants.values()))
        # one cache per source: a title is scrubbed for its column and again for its variant
        self.scrub = lru_cache(maxsize=8192)(self._scrub)  # type: ignore[method-assign]
        # (Privacy replaces names and e-mails of three letters or more)
        self.private = any(not p.consent and max(len(p.name.strip()), len(p.email.strip())) >= 3
                           for p in self.participants.values())

    def _hides_in_text(self, texts: dict[str, list[tuple[Any, ...]]],
                       records: dict[str, list[Any]]) -> bool:
        """Whether scrubbing would change any free text the bulk copy passes through
        coi_private (`bulk_sql`): card titles, descriptions, organisations and tags, link
        labels, the canvas names and round titles joined in. Usually no card names anyone:
        the copy then takes the text as it is instead of calling into Python four times per
        card, with the very same result.

        One `Privacy.text` over all of them joined by NUL says it: the checks refuse NUL in
        text and so in every name and e-mail, a match can never span two values, and the
        whole-word edges see NUL as they see the start or end of a value. An owner
        reference ("participant:…") is a label whatever it stands in: text holding the prefix
        anywhere is scrubbed value by value."""
        values: list[str] = [c.name for c in records["canvases"]]
        values += [r.title for r in records["voting_rounds"]]
        for table, columns in _FREE.items():
            at = [_TEXT_COLUMNS[table].index(c) for c in columns]
            values += [row[i] for row in texts[table] for i in at]
        tags = _TEXT_COLUMNS["cards"].index("tags")
        try:
            for row in texts["cards"]:
                if row[tags] != "[]":
                    values += [t for t in json.loads(row[tags]) if isinstance(t, str)]
        except (ValueError, TypeError):
            return True  # (the checks refuse such tags; scrub value by value anyway)
        try:
            joined = "\x00".join(values)
        except TypeError:  # (the checks make every one text)
            return True
        # the prefix anywhere: a value may start with it (a look in C, not one per value)
        return OWNER_PREFIX in joined or self.privacy.text(joined) != joined

    def scrub(self, text: str) -> str:
        """Free text as the consolidated database may hold it (cached per source)."""
        return self._scrub(text)

    def _scrub(self, text: str) -> str:
        return self.privacy.text(text) if isinstance(text, str) else text

    def owner(self, text: str) -> str:
        """An action owner as the consolidated database may hold it."""
        return self.privacy.owner(text) if isinstance(text, str) else text


#: Every text column of a bulk table (what decoding them all reads).
_TEXT_COLUMNS = {table: [c for c, kind in TABLES[table][0].items() if kind is str]
                 for table in BULK}
_TEXT = {table: "SELECT " + ", ".join(f'"{c}"' for c in columns) + f' FROM main."{table}"'
         for table, columns in _TEXT_COLUMNS.items()}

#: Free-text columns of the bulk tables that `bulk_sql` scrubs (tags apart: JSON).
_FREE = {"cards": ("title", "description", "organisation"), "links": ("label",)}


def read_source(path: Path, sha_before: str) -> Source:
    """Read an untrusted source; its bytes must not change while it is read."""
    with checked_connection(path) as conn:
        workshop = Source(conn, path, sha_before)
    if sha256_file(path) != sha_before:
        raise _unreadable(path, "it changed while it was being read; try again",
                          "den ændrede sig, mens den blev læst; prøv igen")
    return workshop


#: Fields of a workshop's details that say when it was last saved, in the order they are
#: trusted (none exists in file schema v3; a later version that records one is used at once).
SAVED_FIELDS = ("saved_at", "modified", "updated")


def saved_at(info: Any, path: Path) -> str:
    """When this version of a workshop was saved, as ISO 8601 in UTC: the file's own
    timestamp in its details when it has one, else the file's modification time (which a
    plain copy resets; see docs/consolidation.md). Compared as text: same format always."""
    for name in SAVED_FIELDS:
        value = getattr(info, name, "")
        if isinstance(value, str) and value:
            try:
                when = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return when.astimezone(UTC).isoformat(timespec="microseconds")
    return datetime.fromtimestamp(mtime(path), UTC).isoformat(timespec="microseconds")


def mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
