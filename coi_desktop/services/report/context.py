"""What every part of the report reads: the workshop, its language, styles and numbers.

Its own module so that the parts (sections, card sections, the library's section) and the
story that orders them all import it, and none of them imports another to get it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...models.entities import Card
from ...models.workshop import Workshop
from ..analysis import Analysis
from ..items import Edge, Item, network
from .base import Progress, Styles
from .labels import Words


@dataclass
class ReportContext:
    """What every section needs: the workshop, its language, styles and numbers."""

    workshop: Workshop
    lang: str
    words: Words
    styles: Styles
    analysis: Analysis
    votes: dict[str, int]
    progress: Progress
    width: float
    wide: tuple[float, float]
    #: card id → its number in the appendix (tables refer to it instead of repeating text)
    appendix_numbers: dict[str, int] = field(default_factory=dict)
    library: Any = None  # a services.library.Library: "also raised in N other workshops"
    _network: tuple[list[Item], list[Edge]] | None = field(default=None, repr=False)
    _by_canvas: dict[str, list[Card]] | None = field(default=None, repr=False)

    def cards_on(self, canvas_id: str) -> list[Card]:
        """`workshop.cards.on(canvas_id)` from one pass over the cards (the cover, canvas
        pages and appendix asked 300 times, each a scan of every card). A new list."""
        if self._by_canvas is None:
            self._by_canvas = {}
            for card in self.workshop.cards.values():
                self._by_canvas.setdefault(card.canvas_id, []).append(card)
        return list(self._by_canvas.get(canvas_id, ()))

    def network(self) -> tuple[list[Item], list[Edge]]:
        """`items.network` of the workshop, computed once: the summary, charts, ranked
        tables and actions all read it (ten computations were 5 % of a report)."""
        if self._network is None:
            self._network = network(self.workshop)
        return self._network

    def item_cards(self, kind: str | None = None) -> list[Card]:
        """`items.item_cards` from the network computed once (a new list each call)."""
        return [i.card for i in self.network()[0] if kind is None or i.card.kind == kind]
