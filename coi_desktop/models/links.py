"""The links of a workshop (`workshop.links`): typed connections between two cards.

A read-only mapping link id → `Link`; `add`, `update` and `remove` validate, apply and emit
one change each. A link joins two different cards of the same canvas with a known relation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import events as ev
from .collection import Records, Tables, require
from .entities import Link, new_id
from .errors import DanglingLinkError, ValidationError
from .events import Change
from .taxonomy import default_relation, is_directed
from .validation import changed, check_text


def checked_link(tables: Tables, link: Link) -> Link:
    """`link` if both its ends are cards of its canvas and its relation is known."""
    for end in (link.source_id, link.target_id):
        card = tables.cards.get(end)
        if card is None or card.canvas_id != link.canvas_id:
            raise DanglingLinkError(
                "A link must join two cards on the same canvas.",
                "En forbindelse skal forbinde to kort på samme lærred.")
    if link.source_id == link.target_id:
        raise DanglingLinkError("A card cannot be linked to itself.",
                                "Et kort kan ikke forbindes med sig selv.")
    if not tables.has_term("relation", link.relation):
        raise ValidationError(f"Unknown relation type {link.relation!r}.",
                              f"Ukendt relationstype {link.relation!r}.")
    check_text("label", link.label)
    return link


class Links(Records[Link]):
    """All links of a workshop, on every canvas."""

    what = "link"

    def on(self, canvas_id: str) -> list[Link]:
        """The links of one canvas."""
        return [link for link in self._rows.values() if link.canvas_id == canvas_id]

    def of(self, card_ids: Iterable[str]) -> list[Link]:
        """The links touching any of these cards."""
        ids = set(card_ids)
        return [link for link in self._rows.values()
                if link.source_id in ids or link.target_id in ids]

    def new(self, source_id: str, target_id: str, relation: str | None = None,
            label: str = "") -> Link:
        """A link record with the default relation for the two kinds (not yet added)."""
        cards = self._tables.cards
        source, target = require(cards, source_id, "card"), require(cards, target_id, "card")
        relation = relation or default_relation(source.kind, target.kind)
        return Link(new_id(), source.canvas_id, source_id, target_id, relation, label,
                    is_directed(relation))

    def add(self, links: Iterable[Link]) -> Change:
        """Add links (all or none) as one change."""
        return self._insert([checked_link(self._tables, link) for link in links],
                            ev.LINKS_ADDED)

    def update(self, link_id: str, **fields: Any) -> Change:
        return self._put([checked_link(self._tables, changed(self.require(link_id), fields))],
                         ev.LINKS_UPDATED)

    def remove(self, link_ids: Iterable[str]) -> Change:
        return self._delete(link_ids, ev.LINKS_REMOVED)
