"""The canvases of a workshop (`workshop.canvases`): its boards, each drawn from a template.

A read-only mapping canvas id → `Canvas`; `add`, `update`, `reorder` and `remove` validate,
apply and emit one change each. Removing a canvas removes everything on it (votes, rounds,
links, groups, cards: dependants first) and unhooks agenda items that pointed at it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from . import events as ev
from .collection import Records
from .entities import Canvas
from .errors import ValidationError
from .events import Change
from .templates import TEMPLATES, Layout, layout_for
from .validation import changed, check_text


def check_template(template: str) -> None:
    if template not in TEMPLATES:
        raise ValidationError(f"Unknown template {template!r}.",
                              f"Ukendt skabelon {template!r}.")


class Canvases(Records[Canvas]):
    """All canvases of a workshop."""

    what = "canvas"

    def ordered(self) -> list[Canvas]:
        """The canvases in tab order."""
        return sorted(self._rows.values(), key=lambda c: (c.position, c.name))

    def layout(self, canvas_id: str) -> Layout:
        """The zones of a canvas's template, labelled from the workshop's taxonomies."""
        return layout_for(self.require(canvas_id).template, self._tables.terms.values())

    def add(self, canvases: Iterable[Canvas]) -> Change:
        """Add canvases (all or none) as one change."""
        new = list(canvases)
        for c in new:
            check_template(c.template)
            check_text("name", c.name)
        return self._insert(new, ev.CANVASES_ADDED)

    def update(self, canvas_id: str, **fields: Any) -> Change:
        new = changed(self.require(canvas_id), fields)
        check_template(new.template)
        check_text("name", new.name)
        return self._put([new], ev.CANVASES_UPDATED)

    def reorder(self, ordered_ids: list[str]) -> Change:
        """Put the canvases in this order (every id once)."""
        return self._reorder(ordered_ids, ev.CANVASES_UPDATED, ("canvas", "lærred"))

    def remove(self, canvas_id: str) -> Change:
        """Remove a canvas with everything on it; agenda items pointing at it lose the link."""
        canvas = self.require(canvas_id)
        t = self._tables
        round_ids = {r.id for r in t.rounds.values() if r.canvas_id == canvas_id}
        cards = [c for c in t.cards.values() if c.canvas_id == canvas_id]
        card_ids = {c.id for c in cards}
        votes = [v for v in t.votes.values() if v.round_id in round_ids or v.card_id in card_ids]
        removed: list[Any] = [
            *votes, *(t.rounds[r] for r in round_ids),
            *(link for link in t.links.values() if link.canvas_id == canvas_id),
            *(g for g in t.groups.values() if g.canvas_id == canvas_id),
            *cards, canvas]
        agenda = [replace(a, canvas_id=None) for a in t.agenda.values()
                  if a.canvas_id == canvas_id]
        for record in removed:
            del t.of(record)[record.id]
        for item in agenda:
            t.agenda[item.id] = item
        return self._emit(ev.CANVASES_REMOVED, agenda, removed)
