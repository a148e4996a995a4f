"""The agenda of a workshop (`workshop.agenda`): items with planned and actual times.

A read-only mapping item id → `AgendaItem`; `add`, `update`, `reorder` and `remove` validate,
apply and emit one change each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from . import events as ev
from .collection import Collection, require
from .entities import AgendaItem
from .errors import OutOfRangeError, ValidationError
from .events import Change
from .validation import changed, check_new_ids, check_text


class Agenda(Collection[str, AgendaItem]):
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
        new = [self._checked(i) for i in items]
        check_new_ids(self._rows, new)
        for i in new:
            self._rows[i.id] = i
        return self._emit(ev.AGENDA_ADDED, new)

    def update(self, item_id: str, **fields: Any) -> Change:
        new = self._checked(changed(self.require(item_id), fields))
        self._rows[item_id] = new
        return self._emit(ev.AGENDA_UPDATED, [new])

    def reorder(self, ordered_ids: list[str]) -> Change:
        """Put the items in this order (every id once)."""
        if sorted(ordered_ids) != sorted(self._rows):
            raise ValidationError("The new order must name every agenda item once.",
                                  "Den nye rækkefølge skal nævne hvert punkt én gang.")
        new = [replace(self._rows[i], position=n) for n, i in enumerate(ordered_ids)]
        for item in new:
            self._rows[item.id] = item
        return self._emit(ev.AGENDA_UPDATED, new)

    def remove(self, item_ids: Iterable[str]) -> Change:
        items = [self.require(i) for i in dict.fromkeys(item_ids)]
        for item in items:
            del self._rows[item.id]
        return self._emit(ev.AGENDA_REMOVED, (), items)
