"""The links of a workshop (`workshop.links`): typed connections between two cards.

A read-only mapping link id → `Link`; `add`, `update` and `remove` validate, apply and emit
one change each. A link joins two different cards of the same canvas with a known relation,
and only kinds its relation type joins (registry: "addresses" goes from an opportunity or
action to a barrier); anything else is refused with a sentence in both languages.

Files made before a rule existed may hold links it would refuse: they still open, undo still
restores them (`workshop.restore` checks only the structure), and their label can still be
edited; only adding such a link or giving it another type or ends is refused. A relation type
declared after a workshop was made ("blocks") is added to the workshop's own list, in the
same change, by the first link that uses it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import events as ev
from .collection import Records, Tables, require
from .entities import Link, new_id
from .errors import DanglingLinkError, ValidationError
from .events import Change
from .registry import REGISTRY
from .taxonomy import Term, default_relation, is_directed
from .validation import changed, check_new_ids, check_text


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
    if not tables.has_term("relation", link.relation) and link.relation not in _declared():
        raise ValidationError(f"Unknown relation type {link.relation!r}.",
                              f"Ukendt relationstype {link.relation!r}.")
    check_text("label", link.label)
    return link


def _declared() -> set[str]:
    return {r.id for r in REGISTRY.relations}


class RelationNotAllowedError(ValidationError):
    """A link whose relation type does not join the kinds of its two cards."""


def allowed_link(tables: Tables, link: Link) -> Link:
    """`link` if its relation type joins the kinds of its ends (else the registry's
    sentence: "A barrier cannot address an actor: …")."""
    source, target = tables.cards[link.source_id], tables.cards[link.target_id]
    if not REGISTRY.allows(link.relation, source.kind, target.kind, link.directed):
        raise RelationNotAllowedError(*REGISTRY.refusal(link.relation, source.kind,
                                                        target.kind))
    return link


def _new_terms(tables: Tables, links: Iterable[Link]) -> list[Term]:
    """Default terms of declared relation types the workshop does not list yet."""
    out: dict[str, Term] = {}
    for link in links:
        if not tables.has_term("relation", link.relation) and link.relation not in out:
            rel = REGISTRY.relation(link.relation)
            position = len([k for t, k in tables.terms if t == "relation"]) + len(out)
            out[rel.id] = Term("relation", rel.id, rel.da, rel.en, position)
    return list(out.values())


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
        new = [allowed_link(self._tables, checked_link(self._tables, link)) for link in links]
        check_new_ids(self._rows, new)
        return self._write(new, ev.LINKS_ADDED)

    def update(self, link_id: str, **fields: Any) -> Change:
        """Change a link's relation, label or direction (the rules hold for a new type)."""
        old = self.require(link_id)
        link = checked_link(self._tables, changed(old, fields))
        if (link.relation, link.source_id, link.target_id, link.directed) != (
                old.relation, old.source_id, old.target_id, old.directed):
            allowed_link(self._tables, link)
        return self._write([link], ev.LINKS_UPDATED)

    def _write(self, links: list[Link], kind: str) -> Change:
        terms = _new_terms(self._tables, links)
        for term in terms:
            self._tables.terms[(term.taxonomy, term.key)] = term
        for link in links:
            self._rows[link.id] = link
        return self._emit(kind, [*terms, *links])

    def refused(self) -> list[Link]:
        """Links the relation rules would refuse today (from a file made before them), for
        `coi-desktop check` to warn about; they stay in the workshop as they are."""
        cards = self._tables.cards
        return [link for link in self._rows.values()
                if link.source_id in cards and link.target_id in cards
                and not REGISTRY.allows(link.relation, cards[link.source_id].kind,
                                        cards[link.target_id].kind, link.directed)]

    def allowed(self, source_id: str, target_id: str) -> tuple[str, ...]:
        """The relation types a new link from `source_id` to `target_id` may take: the
        workshop's own list (hidden ones aside) that the kinds allow, in the list's order,
        then declared types the workshop does not list yet."""
        cards = self._tables.cards
        source, target = require(cards, source_id, "card"), require(cards, target_id, "card")
        listed = sorted((t for t in self._tables.terms.values()
                         if t.taxonomy == "relation" and not t.hidden),
                        key=lambda t: t.position)
        known = {t.key for t in self._tables.terms.values() if t.taxonomy == "relation"}
        keys = [t.key for t in listed] + [r.id for r in REGISTRY.relations if r.id not in known]
        return tuple(k for k in keys if REGISTRY.allows(k, source.kind, target.kind,
                                                        is_directed(k)))

    def remove(self, link_ids: Iterable[str]) -> Change:
        return self._delete(link_ids, ev.LINKS_REMOVED)
