"""Find and filter on the canvas: highlight matches and step through them; dim the rest.

Find matches a text in a card's title, description, organisation and tags (case-folded) and
marks every match; `find_next` and `find_previous` select and centre one match after the
other in reading order. The filter dims cards that do not have the given kind, category and
tag, and stays applied while cards change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coi_desktop.models import Card

if TYPE_CHECKING:
    from .view import CanvasView


def matches(card: Card, needle: str) -> bool:
    hay = " ".join((card.title, card.description, card.organisation, " ".join(card.tags)))
    return needle in hay.casefold()


class FindMixin:
    """Find and filter methods of `CanvasView` (see the module docstring)."""

    def find(self: CanvasView, text: str) -> list[str]:
        needle = text.strip().casefold()
        if not needle:
            self.clear_find()
            return []
        scene = self.scene()
        cards = [c for c in self.workshop.cards.on(self.canvas_id)
                 if matches(c, needle) and c.id in scene.cards
                 and scene.cards[c.id].isVisible()]
        cards.sort(key=lambda c: (round(c.y / 40), c.x))
        self._found = [c.id for c in cards]
        self._found_index = 0 if cards else -1
        self._show_found()
        return list(self._found)

    def _show_found(self: CanvasView) -> None:
        current = self._found[self._found_index] if self._found_index >= 0 else None
        self.scene().set_found(self._found, current)
        if current is not None:
            self.focus_card(current)

    def _step_found(self: CanvasView, step: int) -> str | None:
        self._found = [i for i in self._found if i in self.scene().cards]
        if not self._found:
            return None
        self._found_index = (self._found_index + step) % len(self._found)
        self._show_found()
        return self._found[self._found_index]

    def find_next(self: CanvasView) -> str | None:
        return self._step_found(1)

    def find_previous(self: CanvasView) -> str | None:
        return self._step_found(-1)

    def clear_find(self: CanvasView) -> None:
        self._found = []
        self._found_index = -1
        self.scene().set_found([])

    def set_filter(self: CanvasView, kind: str | None = None, category: str | None = None,
                   tag: str | None = None) -> None:
        self._filter = (kind or None, category or None, tag or None)
        self._apply_filter()

    def clear_filter(self: CanvasView) -> None:
        self._filter = (None, None, None)
        self._apply_filter()

    def _apply_filter(self: CanvasView) -> None:
        kind, category, tag = self._filter
        if not (kind or category or tag):
            self.scene().set_dimmed(())
            return
        dim = [c.id for c in self.workshop.cards.on(self.canvas_id)
               if (kind and c.kind != kind) or (category and c.category != category)
               or (tag and tag.casefold() not in {t.casefold() for t in c.tags})]
        self.scene().set_dimmed(dim)
