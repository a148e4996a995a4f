"""Possible duplicates: cards of one kind with the same title that are different items.

A workshop grows the same actor or barrier twice (typed on two canvases, pasted from another
workshop, captured by two groups). `proposals` finds them: cards of the same kind whose
normalised titles are equal (case, spacing and punctuation aside; Danish letters are letters,
"Kommune" and "kommune." match, "Aarhus" and "Århus" do not) but that belong to different
items. The facilitator decides per proposal; `plan_merge` then says how to make the items one,
and `merge_steps` gives the model mutations with their inverses (one undo step in the app).

Merging keeps the first item (the oldest) and its title. Each placement of the other items
becomes a placement of it on its own canvas; where a canvas would then hold the item twice,
the placements there collapse into one (the kept item's, else the oldest): their links are
re-pointed to it, a link that would join the card to itself is dropped, and so is one that
repeats a link already there; their votes move to it. No text is lost: a field empty on the
kept item takes the other's value, differing descriptions and notes are joined, tags are
united. A placement whose board has a zone for the merged fields moves into it, so no board
shows the item where its fields say it is not. Undoing the merge restores the workshop
exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..models.cards import item_fields
from ..models.entities import Card, Link, Vote
from ..models.templates import position_in_zone, zone_at, zone_for_card
from ..models.workshop import Workshop

#: Text fields whose differing values are joined rather than one of them kept.
JOINED = ("description", "notes")
SEPARATOR = "\n\n"


def normalise(title: str) -> str:
    """The title as duplicates are compared: case-folded, punctuation and symbols dropped,
    whitespace collapsed; letters (æ, ø, å included) and digits kept as they are."""
    text = unicodedata.normalize("NFC", title).casefold()
    kept = [ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in text]
    return " ".join("".join(kept).split())


@dataclass(frozen=True)
class Proposal:
    """Items that look like one: same kind, same normalised title."""

    kind: str
    title: str  # the kept item's title, as typed
    items: tuple[str, ...]  # item ids, the one kept first
    cards: tuple[str, ...]  # every placement of those items, in the order they were added


def proposals(workshop: Workshop) -> list[Proposal]:
    """Every group of two or more items of one kind with the same normalised title, in the
    order their first cards were added."""
    groups: dict[tuple[str, str], dict[str, list[Card]]] = {}
    for item, cards in workshop.cards.by_item().items():
        first = cards[0]
        key = normalise(first.title)
        if key:
            groups.setdefault((first.kind, key), {})[item] = cards
    out = []
    for (kind, _key), items in groups.items():
        if len(items) < 2:
            continue
        ids = tuple(items)
        card_ids = tuple(c.id for i in ids for c in items[i])
        out.append(Proposal(kind, items[ids[0]][0].title, ids, card_ids))
    return out


@dataclass(frozen=True)
class MergePlan:
    """What merging items does (see the module docstring); records keep their ids."""

    item: str  # the item kept
    remove: tuple[str, ...]  # cards taken off (their links and votes go with them)
    cards: tuple[Card, ...]  # cards put back, as placements of the kept item
    links: tuple[Link, ...]  # links put back, re-pointed where placements collapsed
    votes: tuple[Vote, ...]  # votes put back, re-pointed likewise
    anchor: str  # a card of the kept item that receives the merged fields
    fields: dict[str, Any]  # the kept item's fields after the merge (only those that change)
    old: dict[str, Any]  # the same fields before
    moves: dict[str, tuple[float, float]]  # placements that move into the zone they now mean
    back_to: dict[str, tuple[float, float]]  # where those were


def merged_fields(kept: Card, others: Iterable[Card]) -> dict[str, Any]:
    """The kept item's fields after taking in the others' (only those that change)."""
    values = item_fields(kept)
    for other in others:
        for name, theirs in item_fields(other).items():
            ours = values[name]
            if name in ("title", "kind") or theirs in ("", None, ()) or theirs == ours:
                continue
            if name == "tags":
                values[name] = tuple(dict.fromkeys((*ours, *theirs)))
            elif ours in ("", None, ()):
                values[name] = theirs
            elif name in JOINED and theirs not in ours:
                values[name] = f"{ours}{SEPARATOR}{theirs}"
    return {k: v for k, v in values.items() if v != getattr(kept, k)}


def plan_merge(workshop: Workshop, items: Iterable[str]) -> MergePlan:
    """How to make `items` one item, the first kept (see the module docstring)."""
    w = workshop
    ids = list(dict.fromkeys(items))
    if len(ids) < 2:
        raise ValueError("merging needs two items or more")
    placements = {i: w.cards.placements(i) for i in ids}
    kept_item = ids[0]
    kept = placements[kept_item][0]
    fields = merged_fields(kept, [p[0] for i, p in placements.items() if i != kept_item])
    # Per canvas: the placement that stays (the kept item's, else the oldest) and the rest.
    order = {c.id: n for n, c in enumerate(w.cards.values())}
    by_canvas: dict[str, list[Card]] = {}
    for i in ids:
        for card in placements[i]:
            by_canvas.setdefault(card.canvas_id, []).append(card)
    target: dict[str, str] = {}  # removed card id → the card id that stands for it after
    remove: list[str] = []
    back: list[Card] = []
    for cards in by_canvas.values():
        cards.sort(key=lambda c: (c.item != kept_item, order[c.id]))
        stay = cards[0]
        if stay.item == kept_item and len(cards) == 1:
            continue  # nothing changes on this canvas
        remove += [c.id for c in cards]
        item_id = stay.item_id if stay.item == kept_item else kept_item
        back.append(replace(stay, item_id=item_id, **{**item_fields(kept), **fields}))
        for card in cards:
            target[card.id] = stay.id
    links = _repointed(w, remove, target)
    votes = tuple(replace(v, card_id=target[v.card_id]) for v in w.voting.votes.values()
                  if v.card_id in target)
    # The kept item's first placement stays on its canvas (removed and put back at most).
    old = {name: getattr(kept, name) for name in fields}
    staying = [c for c in placements[kept_item] if c.id not in target]
    moves = zone_moves(w, [replace(c, **fields) for c in staying] + back)
    back_to = {c.id: (c.x, c.y) for c in (*staying, *back) if c.id in moves}
    return MergePlan(kept_item, tuple(remove), tuple(back), links, votes, kept.id, fields, old,
                     moves, back_to)


def zone_moves(w: Workshop, cards: Iterable[Card]) -> dict[str, tuple[float, float]]:
    """Where cards go whose fields now mean another zone of their board (the zone that
    matches them, staggered); cards already in a zone that holds them stay."""
    out: dict[str, tuple[float, float]] = {}
    offsets: dict[tuple[str, str], int] = {}
    for card in cards:
        layout = w.canvases.layout(card.canvas_id)
        if not layout.zones:
            continue
        here = zone_at(layout, card)
        if here is not None and here.holds(card):
            continue
        goal = zone_for_card(layout, card)
        if goal is None or goal is here:
            continue
        n = offsets.get((card.canvas_id, goal.key), 0)
        offsets[(card.canvas_id, goal.key)] = n + 1
        out[card.id] = position_in_zone(goal, card, n)
    return out


def _repointed(w: Workshop, remove: list[str], target: dict[str, str]) -> tuple[Link, ...]:
    """The links that go with the removed cards, re-pointed to the cards that stand for
    them; without self-links and without repeats of a link that is (or will be) there."""
    gone = set(remove)
    kept_links = [lk for lk in w.links.values()
                  if lk.source_id not in gone and lk.target_id not in gone]
    seen = {_key(lk) for lk in kept_links}
    out: list[Link] = []
    for link in w.links.values():
        if link.source_id not in gone and link.target_id not in gone:
            continue
        moved = replace(link, source_id=target.get(link.source_id, link.source_id),
                        target_id=target.get(link.target_id, link.target_id))
        key = _key(moved)
        if moved.source_id == moved.target_id or key in seen:
            continue
        seen.add(key)
        out.append(moved)
    return tuple(out)


def _key(link: Link) -> tuple[Any, ...]:
    ends: tuple[Any, ...] = (link.source_id, link.target_id) if link.directed else \
        (frozenset((link.source_id, link.target_id)),)
    return (*ends, link.relation)


Mutation = tuple[Callable[[], Any], Callable[[Any], Any]]


def merge_steps(workshop: Workshop, plan: MergePlan) -> list[Mutation]:
    """The merge as model mutations, each with its inverse: done in order and undone in
    reverse they leave the workshop exactly as it was."""
    w = workshop
    put_back = [*plan.votes, *plan.links, *plan.cards]  # dependants first, as `restore` wants
    steps: list[Mutation] = [
        (lambda: w.cards.remove(plan.remove).removed, lambda removed: w.restore(removed)),
        (lambda: w.restore(put_back) if plan.cards else None,
         lambda _r: w.cards.remove([c.id for c in plan.cards]) if plan.cards else None),
    ]
    if plan.fields or plan.moves:  # one change: the item's new fields, zones followed
        steps.append((lambda: w.cards.move(plan.moves, {plan.anchor: plan.fields}),
                      lambda _r: w.cards.move(plan.back_to, {plan.anchor: plan.old})))
    return steps


def merge(workshop: Workshop, items: Iterable[str]) -> MergePlan:
    """Merge `items` into the first at once (no undo; the app uses `merge_steps`)."""
    plan = plan_merge(workshop, items)
    for do, _undo in merge_steps(workshop, plan):
        do()
    return plan
