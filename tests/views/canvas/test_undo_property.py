"""Any sequence of canvas commands undoes to the start and redoes to the end, exactly.

The scene follows along, so at the end its items must also sit where the model says. A
second canvas takes placements of the first one's items (and gives them back), and
possible duplicates are merged, so item identity is part of every sequence.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import WorkshopCommand
from coi_desktop.commands.cards import (
    AddCards,
    MergeItems,
    PlaceCards,
    RemoveCards,
    move_cards_command,
    update_cards_command,
)
from coi_desktop.commands.groups import AddGroups, RemoveGroups, UpdateGroup
from coi_desktop.commands.links import AddLinks, RemoveLinks, UpdateLink
from coi_desktop.models import Canvas, Card, Group, Workshop
from coi_desktop.services.duplicates import proposals
from coi_desktop.views.canvas import CanvasScene

from .conftest import first_canvas

OPS = ("add", "move", "nudge", "update", "zone", "remove", "link", "unlink", "relink", "group",
       "move_group", "ungroup", "place", "place", "merge", "merge", "merge")
KINDS = ("actor", "barrier", "opportunity", "note")


def _command(w: Workshop, op: str, data: st.DataObject, ids: Iterator[str],
             ) -> WorkshopCommand | None:
    """One random command; ids are deterministic so that hypothesis can replay a case."""
    canvas = first_canvas(w)
    if op in ("place", "merge"):
        return _identity_command(w, op, data, ids)
    cards = sorted(c.id for c in w.cards.on(canvas))
    coord = st.integers(-200, 2600)
    if op == "add" or not cards:
        n = data.draw(st.integers(1, 4))
        new = [Card(next(ids), canvas, data.draw(st.sampled_from(KINDS)), f"c{i}",
                    x=float(data.draw(coord)), y=float(data.draw(coord))) for i in range(n)]
        return AddCards(w, new)
    pick = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=4, unique=True))
    if op == "move":
        moves = {cid: ((w.cards.require(cid).x, w.cards.require(cid).y),
                       (float(data.draw(coord)), float(data.draw(coord)))) for cid in pick}
        return move_cards_command(w, moves)
    if op == "nudge":  # arrow keys: consecutive nudges of the same cards merge
        nudged = sorted(w.cards)[:2]
        step = float(data.draw(st.sampled_from((-50, -10, 10, 50))))
        moves = {cid: ((w.cards[cid].x, w.cards[cid].y), (w.cards[cid].x + step, w.cards[cid].y))
                 for cid in nudged}
        cmd = move_cards_command(w, moves)
        if cmd is not None:
            cmd.nudge = True
        return cmd
    if op == "update":
        return update_cards_command(w, {cid: {"title": data.draw(st.text(max_size=8))}
                                        for cid in pick})
    if op == "zone":
        actors = [c for c in pick if w.cards.require(c).kind == "actor"]
        score = st.one_of(st.none(), st.integers(1, 5))
        return update_cards_command(w, {cid: {"power": data.draw(score),
                                              "interest": data.draw(score)} for cid in actors}) \
            if actors else None
    if op == "remove":
        return RemoveCards(w, pick)
    if op == "link" and len(pick) >= 2:
        return AddLinks(w, [replace(w.links.new(pick[0], pick[1]), id=next(ids))])
    links = sorted(w.links)
    if op == "unlink" and links:
        return RemoveLinks(w, [data.draw(st.sampled_from(links))])
    if op == "relink" and links:
        link_id = data.draw(st.sampled_from(links))
        return UpdateLink(w, link_id, label=data.draw(st.text(max_size=5)),
                          relation=data.draw(st.sampled_from(("relates", "causes"))))
    if op == "group":
        return AddGroups(w, [Group(next(ids), canvas, "G", float(data.draw(coord)),
                                   float(data.draw(coord)), 500.0, 400.0)])
    groups = sorted(w.groups)
    if op == "move_group" and groups:
        gid = data.draw(st.sampled_from(groups))
        g = w.groups[gid]
        dx, dy = float(data.draw(st.integers(-300, 300))), float(data.draw(st.integers(-300, 300)))
        moves = {c.id: ((c.x, c.y), (c.x + dx, c.y + dy)) for c in w.groups.cards_in(gid)}
        return UpdateGroup(w, gid, card_moves=moves, x=g.x + dx, y=g.y + dy)
    if op == "ungroup" and groups:
        return RemoveGroups(w, [data.draw(st.sampled_from(groups))])
    return None


def _identity_command(w: Workshop, op: str, data: st.DataObject, ids: Iterator[str],
                      ) -> WorkshopCommand | None:
    """Place a card's item on the other canvas, or merge a proposal of possible duplicates."""
    if op == "merge":
        found = proposals(w)
        return MergeItems(w, data.draw(st.sampled_from(found)).items) if found else None
    if not w.cards:
        return None
    card = w.cards[data.draw(st.sampled_from(sorted(w.cards)))]
    there = {c.canvas_id for c in w.cards.placements(card.item)}
    free = [c.id for c in w.canvases.ordered() if c.id not in there]
    if not free:
        return None
    placed = replace(card, id=next(ids), canvas_id=free[0], item_id=card.item,
                     x=float(data.draw(st.integers(0, 2000))), y=100.0)
    return PlaceCards(w, [placed])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(st.sampled_from(OPS), min_size=1, max_size=14), data=st.data())
def test_undo_all_then_redo_all_round_trips(qapp, ops: list[str], data: st.DataObject) -> None:
    w = Workshop.new("Property", language="en", template="power_interest")
    w.cards.add([Card("seed", first_canvas(w), "actor", "Seed", x=100, y=100, power=2,
                      interest=2)])
    w.canvases.add([Canvas("other", "Other", "blank", 1)])
    w.cards.add([Card("twin", "other", "actor", "SEED.", x=300, y=100),  # possible duplicates
                 Card("again", first_canvas(w), "actor", "seed", x=400, y=400)])
    ids = (f"id{n:04d}" for n in itertools.count())
    scene = CanvasScene(w, first_canvas(w))
    stack = QUndoStack()
    start = w.snapshot()
    for op in ops:
        cmd = _command(w, op, data, ids)
        if cmd is not None:
            stack.push(cmd)
    end = w.snapshot()
    while stack.canUndo():
        stack.undo()
    assert w.snapshot() == start
    while stack.canRedo():
        stack.redo()
    assert w.snapshot() == end
    here = first_canvas(w)
    assert set(scene.cards) == {c.id for c in w.cards.on(here)}
    assert set(scene.links) == {lk.id for lk in w.links.on(here)}
    assert set(scene.groups) == set(w.groups)
    for cid, item in scene.cards.items():
        assert (item.pos().x(), item.pos().y()) == (w.cards[cid].x, w.cards[cid].y)
    scene.detach()
