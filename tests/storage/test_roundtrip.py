"""A workshop written to a .coi file comes back exactly: every record, float, None and tuple."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.models import Workshop
from coi_desktop.storage import create_workshop_file, open_workshop, read_workshop

from .strategies import EDIT_OPS, apply_ops, workshops

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def test_full_workshop_round_trip(coi_file: Path, workshop: Workshop) -> None:
    again = read_workshop(coi_file)
    assert again.snapshot() == workshop.snapshot()
    card = again.cards.require("a2")
    assert card.y == 2.0 ** 29 and card.power is None and card.hidden is True
    a1 = again.cards.require("a1")
    assert a1.tags == ("ældre", "") and a1.y == 1e-300
    assert again.agenda["ag1"].canvas_id is None
    assert again.voting["r1"].kinds == ("barrier", "opportunity")


def test_edits_through_the_store_reach_the_file(coi_file: Path) -> None:
    with open_workshop(coi_file) as wf:
        w = wf.workshop
        w.cards.move({"b1": (123.25, -7.5)}, {"b1": {"severity": 1}})
        w.cards.remove(["a2"])
        w.update_info(title="Ny titel")
        expected = w.snapshot()
        assert read_workshop(coi_file).snapshot() == expected  # committed while still open
    assert read_workshop(coi_file).snapshot() == expected
    assert sorted(os.listdir(coi_file.parent)) == ["workshop.coi"]


def test_existing_file_is_not_overwritten(coi_file: Path, workshop: Workshop) -> None:
    from coi_desktop.storage import WriteError
    before = coi_file.read_bytes()
    try:
        create_workshop_file(coi_file, Workshop.new("Other"))
    except WriteError as exc:
        assert "already exists" in exc.text("en")
    else:
        raise AssertionError("an existing file was overwritten")
    assert coi_file.read_bytes() == before
    create_workshop_file(coi_file, Workshop.new("Other"), overwrite=True)
    assert read_workshop(coi_file).info.title == "Other"
    assert sorted(os.listdir(coi_file.parent)) == ["workshop.coi"]


@SETTINGS
@given(workshops())
def test_random_workshop_round_trip(workshop: Workshop) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.coi"
        create_workshop_file(path, workshop)
        assert read_workshop(path).snapshot() == workshop.snapshot()
        with open_workshop(path, snapshot_dir=Path(folder) / "snaps") as wf:
            assert wf.workshop.snapshot() == workshop.snapshot()


@SETTINGS
@given(workshops(max_ops=12), st.data())
def test_random_edits_through_store_match_the_model(workshop: Workshop,
                                                    data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.coi"
        create_workshop_file(path, workshop)
        with open_workshop(path, snapshot_dir=Path(folder) / "snaps") as wf:
            apply_ops(data.draw, wf.workshop, EDIT_OPS, data.draw(st.integers(1, 20)))
            expected = wf.workshop.snapshot()
            assert read_workshop(path).snapshot() == expected  # a reader while it is open
        assert read_workshop(path).snapshot() == expected
        with open_workshop(path, snapshot_dir=Path(folder) / "snaps") as wf:  # next session
            assert wf.workshop.snapshot() == expected
            apply_ops(data.draw, wf.workshop, EDIT_OPS, data.draw(st.integers(0, 15)))
            expected = wf.workshop.snapshot()
        assert read_workshop(path).snapshot() == expected
        assert set(os.listdir(folder)) - {"snaps"} == {"w.coi"}


def test_a_failed_write_is_one_sentence_and_the_file_stays_whole(coi_file: Path) -> None:
    from coi_desktop.models.errors import ValidationError
    from coi_desktop.storage import WriteError, check_file
    with open_workshop(coi_file) as wf:
        w = wf.workshop
        with pytest.raises(WriteError) as info:
            w.cards.update("b1", title="broken \udc80 text")  # cannot be stored as UTF-8
        assert info.value.text("en").startswith("The change could not be saved in workshop.coi")
        assert info.value.text("da").startswith("Ændringen kunne ikke gemmes i workshop.coi")
        assert "\n" not in info.value.text("en")
        with pytest.raises(ValidationError):  # beyond the bound: the model refuses it first
            w.voting.update("r1", dots_per_participant=2 ** 70)
        w.cards.update("o1", title="later edits still land")
        assert read_workshop(coi_file).cards.require("b1").title == "GDPR"
        w.cards.update("b1", title="fixed")  # a later edit of the same card lands whole
        w.cards.move({"b1": (1.0, 2.0)})
        assert read_workshop(coi_file).cards.require("b1").x == 1.0
    check_file(coi_file)
    again = read_workshop(coi_file)
    assert again.cards.require("b1").title == "fixed"
    assert again.voting["r1"].dots_per_participant == 5
    assert again.cards.require("o1").title == "later edits still land"


def test_a_change_listing_a_child_before_its_parent_is_still_one_transaction(
        coi_file: Path) -> None:
    """Foreign keys are then checked at commit: the store does not depend on record order."""
    from dataclasses import replace

    from coi_desktop.models import Canvas, Card, Change

    with open_workshop(coi_file) as wf:
        canvas = Canvas("late-canvas", "Late", "blank", 5)
        card = Card("late-card", "late-canvas", "note", "child first")
        moved = replace(wf.workshop.cards.require("n1"), title="same transaction")
        wf._on_change(Change("custom", (card, moved, canvas)))
        with pytest.raises(Exception) as info:  # a dangling child still fails, as a whole
            wf._on_change(Change("custom", (replace(card, id="orphan", canvas_id="nowhere"),
                                            replace(moved, title="never stored"))))
        assert type(info.value).__name__ == "WriteError"
    import sqlite3
    conn = sqlite3.connect(f"file:{coi_file}?mode=ro", uri=True)
    try:
        rows = dict(conn.execute("SELECT id, title FROM cards WHERE id IN "
                                 "('late-card', 'n1', 'orphan')").fetchall())
    finally:
        conn.close()
    assert rows == {"late-card": "child first", "n1": "same transaction"}


def test_a_value_the_file_could_not_give_back_is_refused(coi_file: Path) -> None:
    """None in a text column would make the file fail its checks when next opened."""
    from coi_desktop.models import Group
    from coi_desktop.storage import WriteError, check_file

    with open_workshop(coi_file) as wf:
        w = wf.workshop
        with pytest.raises(WriteError):
            w.agenda.update("ag1", ended_at=None)
        with pytest.raises(WriteError):
            w.groups.add([Group("g-none", "canvas-b", "Frame", color=None)])  # type: ignore[arg-type]
        w.agenda.update("ag2", ended_at="2026-11-29T11:00:00")
    check_file(coi_file)
    again = read_workshop(coi_file)
    assert again.agenda["ag1"].ended_at == "" and "g-none" not in again.groups
    assert again.agenda["ag2"].ended_at == "2026-11-29T11:00:00"


@pytest.mark.parametrize("name", ["værksted æøå.coi", "what?#if%20 100%.coi", "a'b\"c.coi"])
def test_odd_file_names(tmp_path: Path, workshop: Workshop, name: str) -> None:
    path = tmp_path / name
    create_workshop_file(path, workshop)
    assert read_workshop(path).snapshot() == workshop.snapshot()
    with open_workshop(path) as wf:
        wf.workshop.cards.update("b1", title="renamed")
    assert read_workshop(path).cards.require("b1").title == "renamed"
    assert os.listdir(tmp_path) == [name]
