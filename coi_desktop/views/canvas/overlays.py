"""What other parts lay over the cards of one scene: vote badges, the analysis emphasis, find
marks and the filter's dimming. Display only; the model never hears of them.

One `Overlays` per scene owns the four sets. It changes the card items directly and tells the
scene to lay out links again (dimmed links) and to redraw the zoomed-out overview.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtGui import QColor

from .items import CardItem

DIM = 0.18


class Overlays:
    """Badges, emphasis, find marks and dimming of one scene's cards."""

    def __init__(self, cards: Mapping[str, CardItem],
                 relink: Callable[[Iterable[str]], None], redraw: Callable[[], None]) -> None:
        self._cards = cards
        self._relink = relink
        self._redraw = redraw
        self.badges: set[str] = set()
        self.emphasis: set[str] = set()
        self.found: set[str] = set()
        self.dimmed: set[str] = set()

    def forget(self, card_id: str) -> None:
        """A card left the scene."""
        for marks in (self.badges, self.emphasis, self.found, self.dimmed):
            marks.discard(card_id)

    def set_badges(self, badges: Mapping[str, str]) -> None:
        """Vote badges: `{card_id: "3"}`; an empty mapping clears them."""
        for cid in self.badges - set(badges):
            if cid in self._cards:
                self._cards[cid].badge = ""
                self._cards[cid].update()
        self.badges = set()
        for cid, text in badges.items():
            item = self._cards.get(cid)
            if item is not None:
                item.badge = str(text)
                item.update()
                self.badges.add(cid)
        self._redraw()

    def set_emphasis(self, emphasis: Mapping[str, tuple[float, str]]) -> None:
        """Analysis overlay: `{card_id: (scale, "#rrggbb")}`; an empty mapping clears it."""
        for cid in self.emphasis - set(emphasis):
            item = self._cards.get(cid)
            if item is not None:
                item.emphasis = None
                item.setScale(1.0)
        self.emphasis = set()
        for cid, (scale, color) in emphasis.items():
            item = self._cards.get(cid)
            if item is None:
                continue
            item.setTransformOriginPoint(item.card_rect().center())
            item.setScale(max(0.3, min(3.0, float(scale))))
            item.emphasis = QColor(color)
            item.update()
            self.emphasis.add(cid)
        self._redraw()

    def set_found(self, ids: Iterable[str], current: str | None = None) -> None:
        """Mark find matches; `current` gets the stronger ring."""
        ids = set(ids)
        for cid in self.found | ids:
            item = self._cards.get(cid)
            if item is not None:
                item.found = 0 if cid not in ids else (2 if cid == current else 1)
                item.update()
        self.found = ids
        self._redraw()

    def set_dimmed(self, ids: Iterable[str]) -> None:
        """Dim these cards (the filter's non-matches) and the links between dimmed cards."""
        ids = set(ids)
        changed = self.dimmed ^ ids
        for cid in changed:
            item = self._cards.get(cid)
            if item is not None:
                item.setOpacity(DIM if cid in ids else 1.0)
        self.dimmed = ids
        self._relink(changed)
        self._redraw()
