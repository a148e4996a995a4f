"""The agenda of a workshop (`workshop.agenda`): items with planned and actual times.

A read-only mapping item id → `AgendaItem`; `add`, `update`, `reorder` and `remove` validate,
apply and emit one change each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import events as ev
from .collection import Records, require
from .entities import AgendaItem
from .errors import OutOfRangeError
from .events import Change
from .validation import changed, check_text


class Agenda(Records[AgendaItem]):
    """The agenda items of a workshop."""

    what = "agenda item"

    def _checked(self, item: AgendaItem) -> AgendaItem:
        check_text("title", item.title)
        if isinstance(item.planned_minutes, bool) or not isinstance(item.planned_minutes, int) \
                or not 0 <= item.planned_minutes <= 24 * 60:
            raise OutOfRangeError("Planned minutes must be a whole number from 0 to 1440.",
                                  "Planlagte minutter skal være et helt tal fra 0 til 1440.")
        if item.canvas_id is not None:
            require(self._tables.canvases, item.canvas_id, "canvas")
        return item

    def ordered(self) -> list[AgendaItem]:
        """The items in running order."""
        return sorted(self._rows.values(), key=lambda a: (a.position, a.title))

    def add(self, items: Iterable[AgendaItem]) -> Change:
        """Add items (all or none) as one change."""
        return self._insert([self._checked(i) for i in items], ev.AGENDA_ADDED)

    def update(self, item_id: str, **fields: Any) -> Change:
        return self._put([self._checked(changed(self.require(item_id), fields))],
                         ev.AGENDA_UPDATED)

    def reorder(self, ordered_ids: list[str]) -> Change:
        """Put the items in this order (every id once)."""
        return self._reorder(ordered_ids, ev.AGENDA_UPDATED, ("agenda item", "punkt"))

    def remove(self, item_ids: Iterable[str]) -> Change:
        return self._delete(item_ids, ev.AGENDA_REMOVED)
