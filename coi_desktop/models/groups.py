"""The groups of a workshop (`workshop.groups`): titled frames holding the cards inside them.

A read-only mapping group id → `Group`; `add`, `update` (which may move cards with the frame,
in the same change) and `remove` validate, apply and emit one change each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from . import events as ev
from .cards import checked_card
from .collection import Records, require
from .entities import Card, Group
from .errors import ValidationError
from .events import Change
from .validation import changed, check_group_numbers, check_text


class Groups(Records[Group]):
    """All group frames of a workshop, on every canvas."""

    what = "group"

    def _checked(self, group: Group) -> Group:
        require(self._tables.canvases, group.canvas_id, "canvas")
        check_text("title", group.title)
        if group.width <= 0 or group.height <= 0:
            raise ValidationError("A group frame needs a positive size.",
                                  "En gruppe skal have en positiv størrelse.")
        check_group_numbers(group.x, group.y, group.width, group.height)  # finite, bounded
        return group

    def on(self, canvas_id: str) -> list[Group]:
        """The groups of one canvas."""
        return [g for g in self._rows.values() if g.canvas_id == canvas_id]

    def cards_in(self, group_id: str) -> list[Card]:
        """Cards whose centre lies inside the group's frame."""
        g = self.require(group_id)
        return [c for c in self._tables.cards.values() if c.canvas_id == g.canvas_id
                and g.x <= c.x + c.width / 2 <= g.x + g.width
                and g.y <= c.y + c.height / 2 <= g.y + g.height]

    def add(self, groups: Iterable[Group]) -> Change:
        """Add groups (all or none) as one change."""
        return self._insert([self._checked(g) for g in groups], ev.GROUPS_ADDED)

    def update(self, group_id: str, card_positions: Mapping[str, tuple[float, float]]
               | None = None, **fields: Any) -> Change:
        """Change a group (e.g. move its frame) and move cards with it, as one change."""
        group = self._checked(changed(self.require(group_id), fields))
        t = self._tables
        cards = [checked_card(t, replace(require(t.cards, cid, "card"), x=float(x), y=float(y)))
                 for cid, (x, y) in (card_positions or {}).items()]
        self._rows[group_id] = group
        for card in cards:
            t.cards[card.id] = card
        return self._emit(ev.GROUPS_UPDATED, [group, *cards])

    def remove(self, group_ids: Iterable[str]) -> Change:
        return self._delete(group_ids, ev.GROUPS_REMOVED)
