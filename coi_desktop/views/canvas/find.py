"""Find and filter on the canvas: highlight matches and step through them; dim the rest.

Find matches a text in a card's title, description, organisation and tags (case-folded) and
marks every match; `find_next` and `find_previous` select and centre one match after the
other in reading order. The filter dims cards that do not have the given kind, category and
tag, and stays applied while cards change. `Finder` owns the matches and the filter.
"""

from __future__ import annotations

from coi_desktop.models import Card

from .context import CanvasContext
from .navigation import Navigation
from .scene import CanvasScene

Filter = tuple[str | None, str | None, str | None]


def matches(card: Card, needle: str) -> bool:
    hay = " ".join((card.title, card.description, card.organisation, " ".join(card.tags)))
    return needle in hay.casefold()


class Finder:
    """Find matches and the filter of one view (see the module docstring)."""

    def __init__(self, ctx: CanvasContext, scene: CanvasScene, navigation: Navigation) -> None:
        self.ctx = ctx
        self.scene = scene
        self.navigation = navigation
        self.found: list[str] = []
        self.index = -1
        self.filter: Filter = (None, None, None)

    def find(self, text: str) -> list[str]:
        needle = text.strip().casefold()
        if not needle:
            self.clear_find()
            return []
        cards = self.scene.cards
        hits = [c for c in self.ctx.workshop.cards.on(self.ctx.canvas_id)
                if matches(c, needle) and c.id in cards and cards[c.id].isVisible()]
        hits.sort(key=lambda c: (round(c.y / 40), c.x))
        self.found = [c.id for c in hits]
        self.index = 0 if hits else -1
        self._show()
        return list(self.found)

    def _show(self) -> None:
        current = self.found[self.index] if self.index >= 0 else None
        self.scene.overlays.set_found(self.found, current)
        if current is not None:
            self.navigation.focus_card(current)

    def step(self, step: int) -> str | None:
        self.found = [i for i in self.found if i in self.scene.cards]
        if not self.found:
            return None
        self.index = (self.index + step) % len(self.found)
        self._show()
        return self.found[self.index]

    def find_next(self) -> str | None:
        return self.step(1)

    def find_previous(self) -> str | None:
        return self.step(-1)

    def clear_find(self) -> None:
        self.found = []
        self.index = -1
        self.scene.overlays.set_found([])

    def set_filter(self, kind: str | None = None, category: str | None = None,
                   tag: str | None = None) -> None:
        self.filter = (kind or None, category or None, tag or None)
        self.apply_filter()

    def clear_filter(self) -> None:
        self.set_filter()

    def filtering(self) -> bool:
        return any(self.filter)

    def refresh(self) -> None:
        """Cards changed: dim again what the filter does not match."""
        if self.filtering():
            self.apply_filter()

    def apply_filter(self) -> None:
        kind, category, tag = self.filter
        if not (kind or category or tag):
            self.scene.overlays.set_dimmed(())
            return
        dim = [c.id for c in self.ctx.workshop.cards.on(self.ctx.canvas_id)
               if (kind and c.kind != kind) or (category and c.category != category)
               or (tag and tag.casefold() not in {t.casefold() for t in c.tags})]
        self.scene.overlays.set_dimmed(dim)
