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


def test_a_field_edit_moves_the_other_placements_into_their_zone(qapp) -> None:
    from coi_desktop.commands.cards import update_cards_command
    from coi_desktop.models import zone_at

    w = Workshop.new("Zones", language="en", template="power_interest")
    grid = w.canvases.ordered()[0].id
    onion = Canvas(new_id(), "Onion", "onion", 1)
    w.canvases.add([onion])
    actor = Card(new_id(), grid, ACTOR, "Municipality", x=10, y=10, closeness="core")
    w.cards.add([actor])
    core = next(z for z in w.canvases.layout(onion.id).zones if z.key == "core")
    ax, ay = core.anchor()
    (placed,) = w.cards.place(actor.id, onion.id, ax - 90, ay - 50).upserted
    before = w.snapshot()
    stack = QUndoStack()
    push(stack, update_cards_command(w, {actor.id: {"closeness": "indirect"}}))
    moved = w.cards[placed.id]
    zone = zone_at(w.canvases.layout(onion.id), moved)
    assert moved.closeness == "indirect" and zone is not None and zone.key == "indirect"
    assert (w.cards[actor.id].x, w.cards[actor.id].y) == (10, 10)  # no zones for it there
    assert stack.count() == 1
    stack.undo()
    assert w.snapshot() == before


def test_a_zone_drop_moves_the_item_on_its_other_boards_too(qapp) -> None:
    from coi_desktop.commands.cards import move_cards_command
    from coi_desktop.models import zone_at

    w = Workshop.new("Zones", language="en", template="power_interest")
    grid = w.canvases.ordered()[0].id
    second = Canvas(new_id(), "Grid 2", "power_interest", 1)
    w.canvases.add([second])
    layout = w.canvases.layout(grid)
    low = next(z for z in layout.zones if z.key == "monitor")
    high = next(z for z in layout.zones if z.key == "manage_closely")
    lx, ly = low.anchor()
    actor = Card(new_id(), grid, ACTOR, "Municipality", x=lx - 90, y=ly - 50, power=1,
                 interest=1)
    w.cards.add([actor])
    (other,) = w.cards.place(actor.id, second.id, lx - 90, ly - 50).upserted
    before = w.snapshot()
    hx, hy = high.anchor()
    stack = QUndoStack()
    push(stack, move_cards_command(w, {actor.id: ((actor.x, actor.y), (hx - 90, hy - 50))}))
    moved = w.cards[other.id]
    zone = zone_at(w.canvases.layout(second.id), moved)
    assert zone is not None and zone.key == "manage_closely" and zone.holds(moved)
    stack.undo()
    assert w.snapshot() == before
