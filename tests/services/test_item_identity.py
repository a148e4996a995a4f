"""One item on many canvases: placements share the item's fields, the analysis counts each
item once and merges its links across canvases, and files from the previous version migrate."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from coi_desktop.models import Canvas, Workshop
from coi_desktop.models.entities import new_id
from coi_desktop.services.analysis import analyse
from coi_desktop.storage import SCHEMA_VERSION, open_workshop, read_workshop

from .test_report_data import card

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "v2_demo.coi"


def three_canvases() -> tuple[Workshop, dict[str, str]]:
    """A barrier board, an actor map and an action plan; the budget barrier is on the board
    and in the plan, where an opportunity addresses it; the municipality is on two maps."""
    w = Workshop.new("Tre lærreder", language="en", template="barrier_board")
    board = w.canvases.ordered()[0].id
    actors, plan = Canvas(new_id(), "Actors", "blank", 1), Canvas(new_id(), "Plan", "blank", 2)
    w.canvases.add([actors, plan])
    ids = {"budget": card(w, "barrier", "No budget after the pilot", board, category="economy"),
           "law": card(w, "barrier", "Unclear legal basis", board, category="law"),
           "municipality": card(w, "actor", "Municipality", actors.id)}
    ids["budget@plan"] = w.cards.place(ids["budget"], plan.id, 40, 40).upserted[0].id
    ids["municipality@board"] = w.cards.place(ids["municipality"], board, 40, 900
                                              ).upserted[0].id
    ids["case"] = card(w, "opportunity", "Shared business case", plan.id)
    w.links.add([w.links.new(ids["case"], ids["budget@plan"], "addresses")])
    w.links.add([w.links.new(ids["municipality@board"], ids["budget"], "experiences"),
                 w.links.new(ids["municipality@board"], ids["law"], "experiences")])
    return w, ids


def test_editing_one_placement_edits_the_item_everywhere() -> None:
    w, ids = three_canvases()
    w.cards.update(ids["budget@plan"], title="No running budget", severity=5)
    board_card = w.cards.require(ids["budget"])
    assert (board_card.title, board_card.severity) == ("No running budget", 5)
    assert board_card.item == w.cards.require(ids["budget@plan"]).item
    assert len(w.cards.placements(board_card.item)) == 2


def test_a_barrier_addressed_on_another_canvas_is_not_uncovered() -> None:
    w, _ids = three_canvases()
    uncovered = {r.title for r in analyse(w).finding("uncovered").cards}
    assert uncovered == {"Unclear legal basis"}


def test_each_item_is_counted_once_in_findings() -> None:
    w, _ids = three_canvases()
    result = analyse(w)
    hit = result.finding("barriers_hit").cards
    assert sorted(r.title for r in hit) == ["No budget after the pilot", "Unclear legal basis"]
    for finding in result.findings:  # no finding lists an item twice
        titles = [r.title for r in finding.cards]
        assert len(titles) == len(set(titles)), finding.key
    bridges = [r.title for r in result.finding("bridges").cards]
    assert bridges[:1] == ["Municipality"]  # its links on two canvases are one actor's


def test_a_file_written_by_the_previous_version_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.coi"
    shutil.copyfile(FIXTURE, path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
    before = read_workshop(path)
    with open_workshop(path) as wf:
        assert wf.schema_version == SCHEMA_VERSION == 3
        w = wf.workshop
        assert len(w.cards) == len(before.cards) == 64
        assert all(c.item == c.id for c in w.cards.values())  # every old card its own item
        first = next(iter(w.cards.values()))
        other = next(c for c in w.canvases.ordered() if c.id != first.canvas_id)
        w.cards.place(first.id, other.id, 5000, 5000)
    again = read_workshop(path)
    assert len(again.cards.placements(first.id)) == 2
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
