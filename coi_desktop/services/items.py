"""Each item once: the items of a workshop and the links between them, merged across canvases.

Schema v3 makes a card a placement of an item (`Card.item`). Exports and the report's tables
count items, not placements: `network` gives one `Item` per item (the placement on the first
canvas that holds it stands for it, as in `analysis.representatives`, with the names of every
canvas it is on and its votes over all placements) and one `Edge` per pair of items and
relation type, merged from the links of their placements (`_edges` says which link is kept).
`item_cards` is the short form for tables that need only the cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models.entities import Card, Link
from ..models.workshop import Workshop


@dataclass(frozen=True)
class Item:
    """One item of the network: the placement that stands for it (on the first canvas that
    holds it), the names of every canvas it is placed on, its votes over all placements."""

    card: Card
    canvases: tuple[str, ...]
    votes: int

    @property
    def id(self) -> str:
        return self.card.item


@dataclass(frozen=True)
class Edge:
    """One connection between two items, merged from the links of their placements."""

    link: Link  # the first of the merged links (canvas order, then id): its label and type
    source: str  # item ids
    target: str
    canvases: tuple[str, ...]


def network(workshop: Workshop, canvas_id: str | None = None
            ) -> tuple[list[Item], list[Edge]]:
    """The items and connections an export writes: each item once, whatever canvases it is
    on, and each link between two items once (see `_edges`). With `canvas_id`, only that
    canvas's placements and links count."""
    from .analysis import vote_totals

    canvases = workshop.canvases.ordered()
    if canvas_id is not None:
        canvases = [workshop.canvases.require(canvas_id)]
    order = {c.id: n for n, c in enumerate(canvases)}
    names = {c.id: c.name for c in canvases}
    votes = vote_totals(workshop, canvas_id)  # whole workshop: per item already
    placements: dict[str, list[Card]] = {}
    for card in workshop.cards.values():
        if card.canvas_id in order:
            placements.setdefault(card.item, []).append(card)
    items = []
    for cards in placements.values():
        cards.sort(key=lambda c: (order[c.canvas_id], c.id))
        items.append(Item(cards[0], tuple(dict.fromkeys(names[c.canvas_id] for c in cards)),
                          sum(votes.get(c.id, 0) for c in cards)))
    items.sort(key=lambda i: (order[i.card.canvas_id], i.card.kind, i.card.title, i.id))
    links = sorted((lk for lk in workshop.links.values() if lk.canvas_id in order),
                   key=lambda lk: (order[lk.canvas_id], lk.id))
    return items, _edges(workshop, links, names)


def _edges(workshop: Workshop, links: list[Link], names: dict[str, str]) -> list[Edge]:
    """Links between placements as connections between items. Links of one type between
    the same two items (on several canvases, or twice on one) are one connection: links
    carry no weight to rank them by, so the first one (canvas order, then id) is kept with
    its label and direction, and the connection lists every canvas it was drawn on. An
    undirected link joins its two items in either order; directed A → B and B → A stay two."""
    cards = workshop.cards
    merged: dict[tuple[str, str, str], tuple[Link, str, str, list[str]]] = {}
    for link in links:
        a, b = cards[link.source_id].item, cards[link.target_id].item
        if a == b:  # two placements of one item cannot be linked; nothing to write
            continue
        key = (a, b, link.relation) if link.directed else (min(a, b), max(a, b),
                                                           link.relation)
        if key not in merged:
            merged[key] = (link, a, b, [])
        if names[link.canvas_id] not in merged[key][3]:
            merged[key][3].append(names[link.canvas_id])
    return [Edge(link, a, b, tuple(where)) for link, a, b, where in merged.values()]


def item_cards(workshop: Workshop, kind: str | None = None) -> list[Card]:
    """The card standing for each item (of one kind), in `network` order."""
    items, _ = network(workshop)
    return [i.card for i in items if kind is None or i.card.kind == kind]
