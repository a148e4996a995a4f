"""One consolidation run: sources in, the consolidated database out, atomically.

The run works on a temporary copy of the output database (or a new one) beside it and
renames it into place only at the end, so a cancelled or failed run leaves the output exactly
as it was.

A workshop is known by its id (the `workshop` table of its file), not by its file name: a file
regenerated under the same name, or copied under another name, holds the same workshop, and
the database holds one version of it. Which version is newer is decided by when it was saved
(`sources.saved_at`: the file's own timestamp in its details when the format records one, else
the file's modification time). The newer version replaces the earlier one (listed as
replaced, with both files named); an older one is skipped with the reason; a file whose bytes
equal a merged file's is skipped as an exact copy; the same file changed in place is updated.
A source whose SHA-256 is already in the database is not read again; a workshop whose file
is gone stays unless `remove_missing` is set. When nothing changed the output file is not
touched at all; otherwise the run's decisions are also written to the `run_log` table.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ... import phrasebook
from ...models.errors import CoiError
from . import database as dbm
from .canonical import recompute
from .errors import Cancelled, cannot_write
from .similarity import DEFAULT_THRESHOLD
from .sources import Skipped, Source, find_sources, mtime, read_source, saved_at, sha256_file

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Merged:
    """A source that is in the database after the run."""

    path: Path
    workshop_id: str
    title: str
    cards: int
    status: str  # "new", "updated", "replaced" or "unchanged"


@dataclass(frozen=True)
class Replaced:
    """A newer file of a workshop that took the place of an earlier version's rows."""

    path: Path
    earlier: Path
    en: str
    da: str

    def text(self, language: str = "en") -> str:
        return self.da if language == "da" else self.en


@dataclass
class Result:
    output: Path
    merged: list[Merged] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    replaced: list[Replaced] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # titles of workshops removed
    missing: list[str] = field(default_factory=list)  # titles kept though their file is gone
    changed: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def cards(self) -> int:
        return sum(m.cards for m in self.merged)

    def log_entries(self) -> list[tuple[str, Path, str, str, str]]:
        """What the run did with each file, for the database's `run_log`: (action, file,
        workshop id, Danish, English)."""
        why = {r.path: r for r in self.replaced}
        out = []
        for m in self.merged:
            r = why.get(m.path)
            out.append((m.status, m.path, m.workshop_id, r.da if r else m.title,
                        r.en if r else m.title))
        out += [("skipped", s.path, "", s.da, s.en) for s in self.skipped]
        out += [("removed", Path(""), "", _say("gone", "da", title=t),
                 _say("gone", "en", title=t)) for t in self.removed]
        return out

    def summary(self, language: str = "en") -> str:
        """One line: what was merged, what was skipped (and why, by file name)."""
        n = {s: sum(1 for m in self.merged if m.status == s)
             for s in ("new", "updated", "replaced", "unchanged")}
        names = ", ".join(s.path.name for s in self.skipped)
        if not self.merged and not self.skipped:
            return _say("none_found", language)
        files = _count(len(self.skipped), _say("file", language), _say("files", language))
        if not self.merged:
            return _say("none_merged", language, files=files, names=names)
        line = _say("merged_replaced" if n["replaced"] else "merged", language,
                    merged=_count(len(self.merged), "workshop", "workshops"), new=n["new"],
                    updated=n["updated"], replaced=n["replaced"], unchanged=n["unchanged"],
                    cards=self.cards)
        if self.replaced:
            line += _say("replaced", language,
                         names=", ".join(r.path.name for r in self.replaced))
        if self.skipped:
            line += _say("skipped", language, files=files, names=names)
        if self.removed:
            line += _say("removed", language,
                         gone=_count(len(self.removed), "workshop", "workshops"))
        if self.missing:
            line += _say("kept", language,
                         gone=_count(len(self.missing), "workshop", "workshops"))
        return line + "."


_say = phrasebook.add("consolidation_run", {
    "none_found": ("Der blev ikke fundet workshopfiler (.coi).",
                   "No workshop files (.coi) were found."),
    "file": ("fil", "file"),
    "files": ("filer", "files"),
    "none_merged": ("Ingen workshops samlet; {files} sprunget over: {names}.",
                    "No workshops merged; skipped {files}: {names}."),
    "merged": ("Samlede {merged} ({new} nye, {updated} opdaterede, {unchanged} uændrede) "
               "med {cards} kort",
               "Merged {merged} ({new} new, {updated} updated, {unchanged} unchanged) "
               "with {cards} cards"),
    "skipped": ("; {files} sprunget over: {names}", "; skipped {files}: {names}"),
    "removed": ("; {gone} uden fil fjernet", "; removed {gone} whose files are gone"),
    "kept": ("; {gone} uden fil beholdt", "; kept {gone} whose files are gone"),
    # w2-consolidation: one workshop known by its id, whatever its files are called
    "merged_replaced": ("Samlede {merged} ({new} nye, {updated} opdaterede, {replaced} "
                        "erstattede, {unchanged} uændrede) med {cards} kort",
                        "Merged {merged} ({new} new, {updated} updated, {replaced} replaced, "
                        "{unchanged} unchanged) with {cards} cards"),
    "replaced": ("; nyere version fra {names}", "; newer version from {names}"),
    "why_replaced": ("{a} (gemt {when_a}) erstattede den tidligere version af samme workshop "
                     "fra {b} (gemt {when_b}).",
                     "{a} (saved {when_a}) replaced the earlier version of the same workshop "
                     "from {b} (saved {when_b})."),
    "why_older": ("{a} (gemt {when_a}) er en ældre version af samme workshop som {b} "
                  "(gemt {when_b}), som blev samlet; den blev sprunget over.",
                  "{a} (saved {when_a}) is an older version of the same workshop as {b} "
                  "(saved {when_b}), which was merged; it was skipped."),
    "why_older_db": ("{a} (gemt {when_a}) er en ældre version af samme workshop som {b} "
                     "(gemt {when_b}), der allerede er i databasen; den blev sprunget over.",
                     "{a} (saved {when_a}) is an older version of the same workshop as {b} "
                     "(saved {when_b}), which is already in the database; it was skipped."),
    "why_copy": ("{a} er en nøjagtig kopi af {b}, som blev samlet; kopien blev sprunget over.",
                 "{a} is an exact copy of {b}, which was merged; the copy was skipped."),
    "why_copy_skipped": ("{a} er en nøjagtig kopi af {b}, som heller ikke blev samlet (se "
                         "årsagen ved {b}).",
                         "{a} is an exact copy of {b}, which was not merged either (see the "
                         "reason given for {b})."),
    "why_copy_db": ("{a} er en nøjagtig kopi af {b}, der allerede er i databasen; kopien blev "
                    "sprunget over.",
                    "{a} is an exact copy of {b}, which is already in the database; the copy "
                    "was skipped."),
    "unknown_time": ("ukendt tidspunkt", "unknown time"),
    "gone": ("{title}: filen findes ikke længere; workshoppen blev fjernet.",
             "{title}: its file is gone; the workshop was removed."),
})


def _when(iso: str, language: str) -> str:
    """"2026-03-01 10:02 UTC" from a stored timestamp (to the minute: enough to tell two
    saves apart for a reader; the comparison itself uses the full value)."""
    if not iso:
        return _say("unknown_time", language)
    return f"{iso[:10]} {iso[11:16]} UTC"


def _both(key: str, path: Path, **kw: str) -> Skipped:
    """A skip reason from the phrasebook, in both languages (`when_*`: stored timestamps)."""
    def one(lang: str) -> str:
        return _say(key, lang, **{k: _when(v, lang) if k.startswith("when") else v
                                  for k, v in kw.items()})
    return Skipped(path, one("en"), one("da"))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def consolidate(paths: Iterable[str | os.PathLike[str]], output: str | os.PathLike[str], *,
                remove_missing: bool = False, progress: ProgressCallback | None = None,
                cancelled: CancelCheck | None = None,
                threshold: float = DEFAULT_THRESHOLD) -> Result:
    """Merge every workshop file found under `paths` into the database at `output`."""
    output = Path(output)
    sources = find_sources(paths, exclude=[output])
    result = Result(output)
    tmp = output.parent / f".{output.name}.{uuid.uuid4().hex[:8]}.part"
    existed = output.exists() and output.stat().st_size > 0
    try:
        if existed:
            if Path(f"{output}-journal").exists():  # a viewer killed mid-write: roll back
                _roll_back(output)
            shutil.copyfile(output, tmp)
        conn = dbm.connect(tmp, output, scratch=True)
    except CoiError:
        _unlink(tmp)
        raise
    except OSError as exc:
        _unlink(tmp)
        raise cannot_write(output, exc.strerror or "") from None
    except sqlite3.Error as exc:  # e.g. the folder does not exist
        _unlink(tmp)
        raise cannot_write(output, str(exc)) from None
    try:
        conn.execute("PRAGMA cache_size = -16384")  # 16 MiB: grouping reads cards by index
        # a replaced workshop's rows are overwritten, not just unlinked: a name whose consent
        # was withdrawn must not linger in free pages of the file handed to analysts
        conn.execute("PRAGMA secure_delete = ON")
        changed = dbm.refresh_views(conn)
        changed |= _merge(conn, sources, result, remove_missing, progress, cancelled)
        if changed:
            _check(cancelled)
            if progress:
                progress(len(sources), len(sources) + 1, "")
            recompute(conn, threshold, cancelled)
            dbm.log_run(conn, result.log_entries())
        result.counts = dbm.counts(conn)
        conn.close()
        _check(cancelled)
        if changed or (not existed and result.merged):
            _replace(tmp, output)
            result.changed = True
        else:
            _unlink(tmp)
    except sqlite3.Error as exc:  # disk full, I/O error: the output stays as it was
        conn.close()
        _unlink(tmp)
        raise cannot_write(output, str(exc)) from None
    except BaseException:
        conn.close()
        _unlink(tmp)
        raise
    if progress:
        progress(len(sources) + 1, len(sources) + 1, "")
    return result


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _merge(conn: sqlite3.Connection, sources: list[Path], result: Result, remove_missing: bool,
           progress: ProgressCallback | None, cancelled: CancelCheck | None) -> bool:
    known = dbm.known_workshops(conn)
    by_sha = dbm.workshops_by_sha(conn)
    ordered = sorted(sources, key=lambda p: (-mtime(p), str(p)))
    hashes: dict[Path, str | CoiError] = {}
    for path in ordered:
        _check(cancelled)
        try:
            hashes[path] = sha256_file(path)
        except CoiError as exc:
            hashes[path] = exc
    # Files whose bytes are not in the database yet are read (one at a time, when their turn
    # comes) and written.
    to_read = [p for p in ordered if isinstance(hashes[p], str) and hashes[p] not in by_sha]
    reader = _Reader(to_read, hashes)
    # many files to write: build the cards index once at the end instead of row by row
    paused = dbm.pause_index(conn) if len(to_read) >= max(10, len(known)) else []
    # files with equal bytes: the oldest is taken as the original (a copy is usually younger:
    # copying sets a new modification time), the others are reported as its copies
    original: dict[str, Path] = {}
    for path in reversed(ordered):
        sha = hashes[path]
        if isinstance(sha, str):
            original.setdefault(sha, path)
    copies: list[tuple[Path, Path]] = []
    # workshop id → (file, saved at) of the version the database holds now
    holder: dict[str, tuple[Path, str]] = {
        wid: (Path(row["source_path"]), row["saved_at"] or _saved_of_file(row["source_path"]))
        for wid, row in known.items()}
    seen_wid: set[str] = set()
    new_rows: list[str] = []
    changed = False
    try:
        for i, path in enumerate(ordered):
            _check(cancelled)
            if progress:
                progress(i, len(sources) + 1, path.name)
            sha = hashes[path]
            if isinstance(sha, CoiError):
                result.skipped.append(Skipped.from_error(path, sha))
                continue
            if original[sha] != path:
                copies.append((path, original[sha]))  # said once the original's fate is known
                reader.forget(path)
                continue
            wid = by_sha.get(sha)
            if wid is not None and wid not in seen_wid:
                recorded = holder[wid][0]
                if recorded != path.resolve() and recorded.exists():
                    # the bytes in the database are another file's, which is still there
                    result.skipped.append(_copy("why_copy_db", path, recorded))
                    continue
                seen_wid.add(wid)
                changed |= dbm.update_source_path(conn, wid, path)  # moved or renamed
                cards = conn.execute("SELECT count(*) FROM cards WHERE workshop_id = ?",
                                     (wid,)).fetchone()[0]
                result.merged.append(Merged(path, wid, known[wid]["title"], cards,
                                            "unchanged"))
                continue
            try:
                workshop = reader.get(path)
            except CoiError as exc:
                result.skipped.append(Skipped.from_error(path, exc))
                continue
            except Exception as exc:  # a hostile file must never stop the run
                result.skipped.append(Skipped(
                    path, f"The file {path.name} could not be read ({type(exc).__name__}).",
                    f"Filen {path.name} kunne ikke læses ({type(exc).__name__})."))
                continue
            wid = workshop.info.id
            status = "new"
            earlier = holder.get(wid)
            if earlier is not None and earlier[0] != path.resolve():
                if workshop.saved_at <= earlier[1]:  # older (or as old): the other one stays
                    key = "why_older" if wid in seen_wid else "why_older_db"
                    result.skipped.append(_both(key, path, a=_name(path, earlier[0]),
                                                b=_name(earlier[0], path),
                                                when_a=workshop.saved_at, when_b=earlier[1]))
                    continue
                status = "replaced"
            elif earlier is not None:
                status = "updated"  # the same file, changed where it is
            try:
                cards = dbm.put_workshop(conn, workshop, path, sha, wid not in new_rows)
            except CoiError as exc:  # nothing of it was written
                result.skipped.append(Skipped.from_error(path, exc))
                continue
            except (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.OperationalError) as exc:
                if not _source_fault(exc):
                    raise  # disk full, I/O: the run fails and the output stays as it was
                result.skipped.append(_unmergeable(path, exc))  # rolled back: nothing of it
                continue
            if status == "replaced" and earlier is not None:
                _record_replacement(result, wid, path, earlier, workshop.saved_at)
            holder[wid] = (path.resolve(), workshop.saved_at)
            seen_wid.add(wid)
            new_rows.append(wid)
            result.merged.append(Merged(path, wid, workshop.info.title, cards, status))
            changed = True
    finally:
        reader.close()
    merged = {m.path for m in result.merged}
    for path, first in copies:
        result.skipped.append(_copy("why_copy" if first in merged else "why_copy_skipped",
                                    path, first))
    dbm.resume_index(conn, paused)  # (on failure the temporary copy is discarded as a whole)
    dbm.index_text(conn, new_rows)
    if any(m.status in ("updated", "replaced") for m in result.merged):
        dbm.purge_text_index(conn)
    for wid, row in known.items():
        if wid in seen_wid or Path(row["source_path"]).exists():
            continue
        if remove_missing:
            conn.execute("BEGIN")
            dbm.remove_workshop(conn, wid)
            conn.execute("COMMIT")
            dbm.purge_text_index(conn)
            result.removed.append(row["title"])
            changed = True
        else:
            result.missing.append(row["title"])
    return changed


def _saved_of_file(recorded: str) -> str:
    """When the file a database row came from was saved, for a row that does not say (a
    database from before `saved_at`): its modification time, or "" when it is gone."""
    where = Path(recorded)
    return saved_at(None, where) if where.exists() else ""


def _record_replacement(result: Result, wid: str, path: Path, earlier: tuple[Path, str],
                        saved: str) -> None:
    """List a replacement; a version merged earlier in this same run becomes a skip."""
    a, b = _name(path, earlier[0]), _name(earlier[0], path)
    for n, merged in enumerate(result.merged):
        if merged.workshop_id == wid:  # merged earlier in this run: it is the older one
            del result.merged[n]
            result.skipped.append(_both("why_older", merged.path, a=b, b=a, when_a=earlier[1],
                                        when_b=saved))
            return
    reason = _both("why_replaced", path, a=a, b=b, when_a=saved, when_b=earlier[1])
    result.replaced.append(Replaced(path, earlier[0], reason.en, reason.da))


class _Reader:
    """Reads sources on demand, in this thread.

    (A worker thread reading ahead used to overlap SQLite's checks with the writes here, but
    building records holds the GIL on both sides: on two busy cores it cost about twice the
    CPU time and was slower by the clock; see benchmarks/consolidate.py.)
    """

    def __init__(self, paths: list[Path], hashes: dict[Path, str | CoiError]) -> None:
        self._hashes = hashes

    def get(self, path: Path) -> Source:
        sha = self._hashes[path]
        assert isinstance(sha, str)
        return read_source(path, sha)

    def forget(self, path: Path) -> None:
        """Nothing is read ahead, so nothing to drop."""

    def close(self) -> None:
        """Nothing to stop."""


def _name(path: Path, other: Path) -> str:
    """A file's name, with its folder when the other file has the same name."""
    if path.name != other.name:
        return path.name
    return f"{path.parent.name}/{path.name}"


def _copy(key: str, path: Path, original: Path) -> Skipped:
    return _both(key, path, a=_name(path, original), b=_name(original, path))


def _roll_back(output: Path) -> None:
    conn = sqlite3.connect(output, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()


def _source_fault(exc: sqlite3.Error) -> bool:
    """An error caused by one source's values (a sum that overflows, a clash), not the disk."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.IntegrityError | sqlite3.DataError) or "overflow" in text \
        or "constraint" in text


def _unmergeable(path: Path, exc: sqlite3.Error) -> Skipped:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return Skipped(path, f"The file {path.name} could not be merged ({reason}).",
                   f"Filen {path.name} kunne ikke samles ({reason}).")


def _replace(tmp: Path, output: Path) -> None:
    """fsync the finished temporary database and rename it into place. The consolidated
    database never runs in WAL mode, so a -wal or -shm beside the output is stale (copied
    there, or left by another program): it must never meet the new file, so it goes first."""
    try:
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        for stale in (Path(f"{output}-wal"), Path(f"{output}-shm")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        os.replace(tmp, output)
        with contextlib.suppress(OSError):
            fd = os.open(output.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        raise cannot_write(output, exc.strerror or "") from None


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
