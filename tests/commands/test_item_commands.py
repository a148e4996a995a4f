"""Placing an item on another canvas and merging duplicates are each one undo step, and
what they do (and undo) lands in the real workshop file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import push
from coi_desktop.commands.cards import MergeItems, PlaceCards, placement_cards
from coi_desktop.models import Canvas, Card, ValidationError, VotingRound, Workshop, new_id
from coi_desktop.models.registry import ACTOR, BARRIER
from coi_desktop.storage import create_workshop_file, open_workshop, read_workshop


def _file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    w = Workshop.new("Items", language="da")
    board = w.canvases.ordered()[0].id
    plan = Canvas(new_id(), "Plan", "blank", 1)
    w.canvases.add([plan])
    ids = {"board": board, "plan": plan.id}
    for key, canvas, kind, title in (("a", board, ACTOR, "Vesterå Kommune"),
                                     ("b", plan.id, ACTOR, "Vesterå kommune"),
                                     ("twin", board, ACTOR, "VESTERÅ KOMMUNE"),
                                     ("x", board, BARRIER, "Ingen hjemmel")):
        card = Card(new_id(), canvas, kind, title, x=len(ids) * 200.0)
        w.cards.add([card])
        ids[key] = card.id
    w.links.add([w.links.new(ids["twin"], ids["x"], "experiences")])
    r = VotingRound(new_id(), board, "R", kinds=(ACTOR,))
    w.voting.add(r)
    w.voting.set_count(r.id, ids["twin"], 2)
    path = tmp_path / "items.coi"
    create_workshop_file(path, w)
    return path, ids


def test_merge_lands_in_the_file_and_undo_restores_it(tmp_path: Path, qapp) -> None:
    path, ids = _file(tmp_path)
    before = read_workshop(path).snapshot()
    f = open_workshop(path)
    try:
        stack = QUndoStack()
        push(stack, MergeItems(f.workshop, [ids["a"], ids["b"], ids["twin"]]))
        assert stack.count() == 1
        saved = read_workshop(path)
        assert saved.cards[ids["b"]].item == ids["a"] and ids["twin"] not in saved.cards
        (link,) = saved.links.values()
        assert (link.source_id, link.target_id) == (ids["a"], ids["x"])
        assert sum(v.count for v in saved.voting.votes.values() if v.card_id == ids["a"]) == 2
        stack.undo()
        assert read_workshop(path).snapshot() == before
        stack.redo()
        assert read_workshop(path).cards[ids["b"]].item == ids["a"]
    finally:
        f.close()


def test_place_lands_in_the_file_and_refuses_an_item_already_there(tmp_path: Path,
                                                                   qapp) -> None:
    path, ids = _file(tmp_path)
    f = open_workshop(path)
    try:
        stack = QUndoStack()
        cards = placement_cards(f.workshop, [ids["x"]], ids["plan"])
        push(stack, PlaceCards(f.workshop, cards))
        saved = read_workshop(path)
        assert saved.cards[cards[0].id].item == ids["x"]
        try:
            placement_cards(f.workshop, [ids["x"]], ids["plan"])
        except ValidationError as exc:
            assert "allerede" in exc.text("da")
        else:
            raise AssertionError("placed twice on one canvas")
        stack.undo()
        assert cards[0].id not in read_workshop(path).cards
    finally:
        f.close()
