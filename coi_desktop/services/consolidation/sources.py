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
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...models.entities import (
    AgendaItem,
    Canvas,
    Card,
    Group,
    Link,
    Participant,
    Vote,
    VotingRound,
    WorkshopInfo,
)
from ...models.errors import CoiError
from ...models.taxonomy import Term
from ...storage import UnreadableFileError, read_records

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
    """A source's records, by table as in `Workshop` (id → record), without the model."""

    def __init__(self, info: WorkshopInfo, terms: list[Term], records: list[Any]) -> None:
        self.info = info
        self.terms = {(t.taxonomy, t.key): t for t in terms}
        tables: dict[type, dict[str, Any]] = {cls: {} for cls in _TABLE_OF}
        for record in records:
            tables[type(record)][record.id] = record
        self.participants: dict[str, Participant] = tables[Participant]
        self.canvases: dict[str, Canvas] = tables[Canvas]
        self.cards: dict[str, Card] = tables[Card]
        self.links: dict[str, Link] = tables[Link]
        self.groups: dict[str, Group] = tables[Group]
        self.rounds: dict[str, VotingRound] = tables[VotingRound]
        self.votes: dict[str, Vote] = tables[Vote]
        self.agenda: dict[str, AgendaItem] = tables[AgendaItem]


_TABLE_OF = (Participant, Canvas, Card, Link, Group, VotingRound, Vote, AgendaItem)


def read_source(path: Path, sha_before: str) -> Source:
    """Read an untrusted source; its bytes must not change while it is read."""
    workshop = Source(*read_records(path))
    if sha256_file(path) != sha_before:
        raise _unreadable(path, "it changed while it was being read; try again",
                          "den ændrede sig, mens den blev læst; prøv igen")
    return workshop


def mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
