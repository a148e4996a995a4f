"""A file whose exact bytes passed every check is not checked row by row again (verified.py).

What a user notices: reopening yesterday's big workshop is faster; a file someone changed,
even by one byte with its date put back, is still checked in full and refused when bad.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from coi_desktop.models.registry import REGISTRY
from coi_desktop.storage import (
    DamagedFileError,
    open_workshop,
    read_workshop,
    untrusted,
    verified,
)


@pytest.fixture
def row_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each full row check (unique ids, types, rules, references) of a file, by path."""
    calls: list[Path] = []
    real = untrusted._row_parts

    def counting(path: Path, version: int) -> list[untrusted.Part]:
        calls.append(path)
        return real(path, version)

    monkeypatch.setattr(untrusted, "_row_parts", counting)
    return calls


def _cards(path: Path) -> list[tuple[str, str]]:
    return sorted((c.id, c.title) for c in read_workshop(path).cards.values())


def test_a_file_read_again_is_not_checked_row_by_row(coi_file: Path,
                                                     row_checks: list[Path]) -> None:
    first = _cards(coi_file)
    assert row_checks == [coi_file]  # never seen: checked in full
    assert _cards(coi_file) == first  # the same workshop, every record read
    assert row_checks == [coi_file]  # same bytes: the rows were not checked again
    listing = verified.list_path()
    assert stat.S_IMODE(listing.stat().st_mode) == 0o600
    assert stat.S_IMODE(listing.parent.stat().st_mode) == 0o700
    text = listing.read_text(encoding="ascii")
    assert coi_file.name not in text and str(coi_file.parent) not in text  # digests only
    assert all(len(line) == 64 and int(line, 16) >= 0 for line in text.split())


def test_one_changed_byte_with_its_date_put_back_is_checked_and_refused(
        coi_file: Path, row_checks: list[Path]) -> None:
    read_workshop(coi_file)
    before = os.stat(coi_file)
    conn = sqlite3.connect(coi_file)
    conn.execute("UPDATE cards SET kind = 'unknown-kind' WHERE rowid = (SELECT min(rowid) "
                 "FROM cards)")
    conn.commit()
    conn.close()
    os.utime(coi_file, ns=(before.st_atime_ns, before.st_mtime_ns))  # the date put back
    assert os.stat(coi_file).st_size == before.st_size
    with pytest.raises(DamagedFileError):
        read_workshop(coi_file)
    with pytest.raises(DamagedFileError):  # and again: a refused file is never remembered
        read_workshop(coi_file)
    assert len(row_checks) == 3


def test_other_checks_check_again(coi_file: Path, row_checks: list[Path],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A digest counts only for the checks that passed: another program version or another
    set of card kinds (new rules) checks the file in full again."""
    read_workshop(coi_file)
    monkeypatch.setattr(verified, "__version__", "99.0")
    read_workshop(coi_file)
    assert row_checks == [coi_file, coi_file]
    kinds = list(REGISTRY.kind_ids)
    monkeypatch.setattr(verified, "clean_queries", lambda version: [*kinds, "other rules"])
    read_workshop(coi_file)
    assert len(row_checks) == 3


def test_a_file_closed_by_the_app_opens_without_row_checks(coi_file: Path,
                                                           row_checks: list[Path]) -> None:
    with open_workshop(coi_file, snapshot_dir=coi_file.parent / "snaps") as wf:
        card = next(iter(wf.workshop.cards.values()))
        wf.workshop.cards.update(card.id, title="Edited before closing")
    assert row_checks == [coi_file]
    assert "Edited before closing" in [t for _, t in _cards(coi_file)]
    assert row_checks == [coi_file]  # the app wrote it and left one whole file


def test_a_side_file_means_full_checks(coi_file: Path, row_checks: list[Path]) -> None:
    read_workshop(coi_file)
    Path(f"{coi_file}-journal").write_bytes(b"")  # an empty journal: nothing to play back
    read_workshop(coi_file)
    assert row_checks == [coi_file, coi_file]


@pytest.mark.parametrize("content", [b"\x00\xff" * 100, b"not a digest\n" * 3, b""])
def test_a_damaged_or_foreign_list_is_ignored(coi_file: Path, row_checks: list[Path],
                                              content: bytes) -> None:
    listing = verified.list_path()
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_bytes(content)
    first = _cards(coi_file)
    assert row_checks == [coi_file]
    assert _cards(coi_file) == first and row_checks == [coi_file]  # rewritten, then used


def test_the_list_keeps_the_newest(tmp_path: Path) -> None:
    for n in range(verified.KEEP + 10):
        verified.remember(verified.Fingerprint(f"{n:064x}", (0, 0, 0, 0)))
    lines = verified.list_path().read_text(encoding="ascii").split()
    assert len(lines) == verified.KEEP and lines[-1] == f"{verified.KEEP + 9:064x}"
    assert lines[0] == f"{10:064x}"


def test_a_first_open_reads_while_another_thread_checks_and_a_failed_check_refuses(
        coi_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file never seen before is read while its checks run on another thread, which the
    reading thread joins once the records are read (validator._read_while_checking): the
    open waits for every check, and when one fails the user gets its sentence, never the
    records read meanwhile."""
    import threading

    from coi_desktop.storage import validator

    threads: set[str] = set()
    real = untrusted._row_parts

    def planted(path: Path, version: int) -> list[untrusted.Part]:
        def watched(part: untrusted.Part) -> untrusted.Part:
            def run(conn: sqlite3.Connection) -> None:
                threads.add(threading.current_thread().name)
                part(conn)
            return run

        def failing(conn: sqlite3.Connection) -> None:
            raise untrusted.damaged(path, "the planted check failed",
                                    "det plantede tjek fejlede")

        return [*(watched(p) for p in real(path, version)), failing]

    monkeypatch.setattr(untrusted, "_row_parts", planted)
    reads: list[str] = []
    real_read = validator.read_all

    def reading(*args: object, **kw: object) -> object:
        reads.append(threading.current_thread().name)
        records = real_read(*args, **kw)  # type: ignore[arg-type]
        time.sleep(0.3)  # a long read: the helper surely takes parts meanwhile
        return records

    monkeypatch.setattr(validator, "read_all", reading)
    with pytest.raises(DamagedFileError) as refused:
        open_workshop(coi_file, readonly=True)
    assert "the planted check failed" in refused.value.text("en")
    assert reads == [threading.main_thread().name]  # read meanwhile, then dropped
    assert "coi-file-checks" in threads  # the checks ran on the helper thread
    assert not verified.list_path().exists() or not verified.list_path().read_text().strip()
    monkeypatch.setattr(untrusted, "_row_parts", real)
    assert _cards(coi_file)  # the checks pass now: the same open gives the workshop


def test_checks_shared_by_two_threads_report_what_one_thread_would(
        coi_file: Path) -> None:
    """The earliest failing part is reported whichever thread ran it, and a part after a
    failure is not run: a file with two faults says the same as the step-by-step check."""
    from coi_desktop.storage import SCHEMA_VERSION

    ran: list[int] = []

    def part(n: int, fails: bool) -> untrusted.Part:
        def run(conn: sqlite3.Connection) -> None:
            ran.append(n)
            if fails:
                raise untrusted.damaged(coi_file, f"fault {n}", f"fejl {n}")
        return run

    conn = sqlite3.connect(coi_file)
    try:
        checks = untrusted.Checks([part(0, False), part(1, True), part(2, True), part(3, False)])
        checks.failed[2] = untrusted.damaged(coi_file, "fault 2", "fejl 2")  # the other thread
        checks._next = 1
        checks.work(conn, coi_file)
        with pytest.raises(DamagedFileError) as refused:
            checks.finish(conn, coi_file, SCHEMA_VERSION)
    finally:
        conn.close()
    assert "fault 1" in refused.value.text("en")
    assert ran == [1]  # part 3 comes after a failure: not run


def test_a_small_file_is_checked_on_one_thread_a_big_one_on_two(
        coi_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Below `TWO_THREADS_FROM` bytes a second thread costs a first open more than it saves:
    the size decides, and either way the workshop read is the same."""
    import threading

    from coi_desktop.storage import validator

    helpers: list[str] = []
    real = validator._Helper.run

    def watched(self: threading.Thread) -> None:
        helpers.append(self.name)
        real(self)  # type: ignore[arg-type]

    monkeypatch.setattr(validator._Helper, "run", watched)
    monkeypatch.setattr(validator, "TWO_THREADS_FROM", coi_file.stat().st_size + 1)
    small = _cards(coi_file)
    assert helpers == []
    verified.list_path().unlink()  # forget it: the next open is a first open again
    monkeypatch.setattr(validator, "TWO_THREADS_FROM", coi_file.stat().st_size)
    assert _cards(coi_file) == small
    assert helpers == ["coi-file-checks"]
