"""A change the store cannot write (disk full, stick pulled) leaves model and file agreeing.

The store's writer is made to fail the way SQLite does on a full disk; the mutation must raise
`WriteError`, the workshop must be unchanged, reopening the file must show the same workshop,
later listeners must hear nothing, and once the "disk" recovers the next edit must be saved.
A listener after the store failing instead makes the store write the inverse: the file then
still equals the model, for every kind of mutation (all through the real writer).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.models import Card, Change, CoiError, ValidationError, Workshop
from coi_desktop.storage import WorkshopFile, create_workshop_file, open_workshop, read_workshop
from coi_desktop.storage.errors import WriteError

from ..models.test_atomic_mutations import MUTATIONS, voting_board
from ..models.test_undo_property import OPS


class LaterFailure(CoiError):
    """A listener after the store refusing the change."""


def disk_full(change: Change) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def open_file(tmp_path: Path, workshop: Workshop) -> WorkshopFile:
    path = tmp_path / "w.coi"
    create_workshop_file(path, workshop)
    return open_workshop(path, snapshot_dir=tmp_path / "snaps")


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_write_that_fails_changes_neither_model_nor_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    wf = open_file(tmp_path, voting_board())
    heard: list[Change] = []
    wf.workshop.subscribe(heard.append)
    before = wf.workshop.snapshot()
    assert wf._writer is not None
    monkeypatch.setattr(wf._writer, "write", disk_full)

    with pytest.raises(WriteError) as raised:
        MUTATIONS[name](wf.workshop)

    assert "w.coi" in raised.value.text("en") and "full" in raised.value.text("en")
    assert wf.workshop.snapshot() == before
    assert heard == []  # listeners after the store never heard of it
    assert read_workshop(wf.path).snapshot() == before

    monkeypatch.undo()  # the disk recovers: the same edit now goes through and is kept
    MUTATIONS[name](wf.workshop)
    after = wf.workshop.snapshot()
    assert after != before and len(heard) == 1
    wf.close()
    assert read_workshop(wf.path).snapshot() == after


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_listener_after_the_store_failing_makes_the_store_write_the_inverse(
        tmp_path: Path, name: str) -> None:
    wf = open_file(tmp_path, voting_board())
    before = wf.workshop.snapshot()

    def refuse(change: Change) -> None:
        raise LaterFailure("No.")

    wf.workshop.subscribe(refuse)
    with pytest.raises(LaterFailure):
        MUTATIONS[name](wf.workshop)
    assert wf.workshop.snapshot() == before
    assert read_workshop(wf.path).snapshot() == before
    wf.workshop.unsubscribe(refuse)
    MUTATIONS[name](wf.workshop)  # the store's memory of rows still matches the file
    after = wf.workshop.snapshot()
    wf.close()
    assert read_workshop(wf.path).snapshot() == after


def test_a_stick_pulled_mid_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Several failed edits in a row, then recovery: nothing half-written, nothing lost."""
    w = voting_board()
    wf = open_file(tmp_path, w)
    ws = wf.workshop
    ws.cards.add([Card("k1", "blank", "note", "Typed before")])
    assert wf._writer is not None
    real: Any = wf._writer.write
    monkeypatch.setattr(wf._writer, "write", disk_full)
    for n in range(3):
        with pytest.raises(WriteError):
            ws.cards.add([Card(f"lost{n}", "blank", "note", "Typed while failing")])
        with pytest.raises(WriteError):
            ws.cards.move({"k1": (float(n), 9.0)})
        with pytest.raises(WriteError):
            ws.cards.remove(["b1"])
    assert set(ws.cards) >= {"k1", "b1"} and not any(c.startswith("lost") for c in ws.cards)
    monkeypatch.setattr(wf._writer, "write", real)
    ws.cards.add([Card("k2", "blank", "note", "Typed after")])
    ws.cards.move({"k1": (1.0, 2.0)})
    snapshot = ws.snapshot()
    wf.close()
    assert read_workshop(wf.path).snapshot() == snapshot


class CommitFails:
    """The store's connection, except that COMMIT fails (the stick is pulled mid-write)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.failing = True

    def execute(self, sql: str, *args: Any) -> Any:
        if self.failing and sql == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self.conn.execute(sql, *args)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_commit_that_fails_after_the_statements_ran(tmp_path: Path, name: str) -> None:
    """The statements ran, COMMIT failed: the transaction is rolled back, the model is put
    back, and the writer's memory of rows still matches the file for the next edit."""
    wf = open_file(tmp_path, voting_board())
    assert wf._writer is not None
    before = wf.workshop.snapshot()
    proxy = CommitFails(wf._writer.conn)
    wf._writer.conn = proxy  # type: ignore[assignment]
    with pytest.raises(WriteError):
        MUTATIONS[name](wf.workshop)
    assert wf.workshop.snapshot() == before
    assert read_workshop(wf.path).snapshot() == before
    proxy.failing = False
    MUTATIONS[name](wf.workshop)
    wf.workshop.cards.move({"a1": (11.0, 12.0)} if "a1" in wf.workshop.cards else {})
    after = wf.workshop.snapshot()
    assert after != before
    wf.close()
    assert read_workshop(wf.path).snapshot() == after


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_random_edits_with_the_disk_failing_at_random_points(data: st.DataObject) -> None:
    """Random edits through the real store, the writer failing on randomly chosen writes:
    after every edit, accepted or not, the file holds exactly the model."""
    failing = set(data.draw(st.lists(st.integers(1, 12), max_size=4), label="failing writes"))
    with tempfile.TemporaryDirectory() as folder:
        wf = open_file(Path(folder), voting_board())
        assert wf._writer is not None
        real = wf._writer.write
        writes = [0]

        def flaky(change: Change) -> None:
            writes[0] += 1
            if writes[0] in failing:
                raise sqlite3.OperationalError("disk I/O error")
            real(change)

        wf._writer.write = flaky  # type: ignore[method-assign]
        ids = [0]
        try:
            for _ in range(data.draw(st.integers(1, 10), label="edits")):
                thunk = data.draw(st.sampled_from(OPS))(wf.workshop, data, ids)
                if thunk is None:
                    continue
                before = wf.workshop.snapshot()
                try:
                    thunk()
                except (WriteError, ValidationError):
                    assert wf.workshop.snapshot() == before
                assert read_workshop(wf.path).snapshot() == wf.workshop.snapshot()
        finally:
            wf.close()
