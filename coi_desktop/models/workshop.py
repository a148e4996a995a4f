"""The workshop: all its records and the one API that changes them.

Every mutation validates its input, applies it, and emits exactly one `Change` to the
listeners (store, canvas scene, analysis cache). Nobody changes a record any other way, so
the canvas, the undo stack and the file can never disagree. A mutation is atomic across its
listeners: if one raises a `CoiError` (the store's `WriteError`: disk full, stick pulled), the
tables are put back as they were (`journal.py`), the listeners that already heard of the change
get its inverse, and the error propagates. Participants, voting and the agenda live in
`room.RoomMixin` to keep this module small.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from . import events as ev
from .entities import (
    AgendaItem,
    Canvas,
    Card,
    Group,
    Link,
    Participant,
    Vote,
    VotingRound,
    WorkshopInfo,
    new_id,
)
from .errors import CoiError, DanglingLinkError, UnknownIdError, ValidationError
from .events import Change, Listener
from .journal import INFO, Journal, Table, revert
from .room import RoomMixin
from .taxonomy import EDITABLE_TAXONOMIES, Term, default_terms, is_directed
from .templates import TEMPLATES, Layout, layout_for
from .validation import (
    changed,
    check_card,
    check_date,
    check_language,
    check_new_ids,
    check_text,
)

_INFO_FIELDS = frozenset(WorkshopInfo.__dataclass_fields__) - {"id", "created"}


class Workshop(RoomMixin):
    """A whole workshop in memory; see the module docstring for the rules."""

    def __init__(self, info: WorkshopInfo, terms: Iterable[Term] = ()) -> None:
        self._journal = journal = Journal()
        self._info = info
        self.terms: dict[tuple[str, str], Term] = Table("terms", journal)
        for t in terms:
            self.terms[(t.taxonomy, t.key)] = t
        self.participants: dict[str, Participant] = Table("participants", journal)
        self.canvases: dict[str, Canvas] = Table("canvases", journal)
        self.cards: dict[str, Card] = Table("cards", journal)
        self.links: dict[str, Link] = Table("links", journal)
        self.groups: dict[str, Group] = Table("groups", journal)
        self.rounds: dict[str, VotingRound] = Table("rounds", journal)
        self.votes: dict[str, Vote] = Table("votes", journal)
        self.agenda: dict[str, AgendaItem] = Table("agenda", journal)
        self._tables: dict[str, dict[Any, Any]] = {
            "terms": self.terms, "participants": self.participants,
            "canvases": self.canvases, "cards": self.cards, "links": self.links,
            "groups": self.groups, "rounds": self.rounds, "votes": self.votes,
            "agenda": self.agenda}
        self._by_type: dict[type, dict[str, Any]] = {
            Participant: self.participants, Canvas: self.canvases, Card: self.cards,
            Link: self.links, Group: self.groups, VotingRound: self.rounds, Vote: self.votes,
            AgendaItem: self.agenda,
        }
        journal.take()  # building is not a mutation
        self._listeners: list[Listener] = []
        # Session state, not stored: while a hidden (silent brainstorming) round is on, new
        # cards are created with hidden=True and stay off the projector until revealed.
        self.hidden_round = False

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def new(cls, title: str, language: str = "da", template: str = "blank",
            canvas_name: str | None = None, **info: Any) -> Workshop:
        """A fresh workshop with the default taxonomies and one canvas."""
        check_language(language)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        workshop = cls(WorkshopInfo(id=new_id(), title=title, language=language,
                                    created=created), default_terms())
        workshop.info = workshop._checked_info(changed(workshop.info, info, ("id", "created")))
        if template not in TEMPLATES:
            raise ValidationError(f"Unknown template {template!r}.",
                                  f"Ukendt skabelon {template!r}.")
        name = canvas_name or workshop.label("template", template)
        canvas = Canvas(new_id(), name, template, 0)
        workshop.canvases[canvas.id] = canvas
        workshop._journal.take()  # building is not a mutation
        return workshop

    @classmethod
    def from_records(cls, info: WorkshopInfo, terms: Iterable[Term],
                     records: Iterable[Any]) -> Workshop:
        """Rebuild a workshop from stored records (used by the store; emits nothing)."""
        workshop = cls(info, terms)
        for record in records:  # loading is not a mutation: nothing to note
            dict.__setitem__(workshop._table(record), record.id, record)
        return workshop

    @property
    def info(self) -> WorkshopInfo:
        return self._info

    @info.setter
    def info(self, value: WorkshopInfo) -> None:
        entries = self._journal.entries
        if (INFO, None) not in entries:
            entries[(INFO, None)] = self._info
        self._info = value

    # -- listeners ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, kind: str, upserted: Iterable[Any] = (), removed: Iterable[Any] = ()) -> Change:
        """Tell every listener, in order; all or nothing (see the module docstring).

        The journal entries noted since the previous change are this mutation's. Listeners
        after a failing one are not called; a listener that fails to take the inverse (the
        disk failed again) is skipped: the first error is the one raised.
        """
        change = Change(kind, tuple(upserted), tuple(removed))
        entries = self._journal.take()
        if not self._listeners:
            return change
        done: list[Listener] = []
        try:
            for listener in list(self._listeners):
                listener(change)
                done.append(listener)
        except CoiError:
            inverse = revert(entries, self._tables, self._set_info_quietly, self._info)
            for listener in reversed(done):
                try:
                    listener(inverse)
                except CoiError:
                    continue
            raise
        finally:
            self._journal.take()  # what a listener's refused mutation noted and tidied
        return change

    def _set_info_quietly(self, info: WorkshopInfo) -> None:
        self._info = info

    # -- lookups --------------------------------------------------------------------------

    def _table(self, record: Any) -> dict[str, Any]:
        return self._by_type[type(record)]

    def _get(self, table: Mapping[str, Any], record_id: str, what: str) -> Any:
        try:
            return table[record_id]
        except KeyError:
            raise UnknownIdError(f"No {what} with id {record_id!r} in this workshop.",
                                 f"Ingen {what} med id {record_id!r} i denne workshop.") from None

    def card(self, card_id: str) -> Card:
        return self._get(self.cards, card_id, "card")

    def canvas(self, canvas_id: str) -> Canvas:
        return self._get(self.canvases, canvas_id, "canvas")

    def ordered_canvases(self) -> list[Canvas]:
        return sorted(self.canvases.values(), key=lambda c: (c.position, c.name))

    def cards_on(self, canvas_id: str) -> list[Card]:
        return [c for c in self.cards.values() if c.canvas_id == canvas_id]

    def links_on(self, canvas_id: str) -> list[Link]:
        return [link for link in self.links.values() if link.canvas_id == canvas_id]

    def groups_on(self, canvas_id: str) -> list[Group]:
        return [g for g in self.groups.values() if g.canvas_id == canvas_id]

    def links_of(self, card_ids: Iterable[str]) -> list[Link]:
        ids = set(card_ids)
        return [link for link in self.links.values()
                if link.source_id in ids or link.target_id in ids]

    def known_key(self, taxonomy: str, key: str) -> bool:
        return (taxonomy, key) in self.terms

    def terms_of(self, taxonomy: str, include_hidden: bool = False) -> list[Term]:
        found = [t for t in self.terms.values() if t.taxonomy == taxonomy]
        return sorted((t for t in found if include_hidden or not t.hidden),
                      key=lambda t: t.position)

    def label(self, taxonomy: str, key: str, language: str | None = None) -> str:
        term = self.terms.get((taxonomy, key))
        return term.label(language or self.info.language) if term else key

    def layout(self, canvas_id: str) -> Layout:
        return layout_for(self.canvas(canvas_id).template, self.terms.values())

    # -- workshop details and taxonomies --------------------------------------------------

    def _checked_info(self, info: WorkshopInfo) -> WorkshopInfo:
        for name in _INFO_FIELDS:
            check_text(name, getattr(info, name))
        check_language(info.language)
        check_date("Date", info.date)
        check_date("Retention date", info.retention_date)
        if not info.title.strip():
            raise ValidationError("A workshop needs a title.", "En workshop skal have en titel.")
        return info

    def update_info(self, **fields: Any) -> Change:
        unknown = set(fields) - _INFO_FIELDS
        if unknown:
            raise ValidationError(f"Unknown workshop field(s): {', '.join(sorted(unknown))}.",
                                  f"Ukendte workshopfelter: {', '.join(sorted(unknown))}.")
        self.info = self._checked_info(replace(self.info, **fields))
        return self._emit(ev.INFO_UPDATED, [self.info])

    def set_terms(self, terms: Iterable[Term]) -> Change:
        """Add or rename taxonomy entries (hiding one is `hidden=True`; keys never vanish)."""
        terms = list(terms)
        for term in terms:
            if term.taxonomy not in EDITABLE_TAXONOMIES:
                raise ValidationError(f"The taxonomy {term.taxonomy!r} cannot be edited.",
                                      f"Taksonomien {term.taxonomy!r} kan ikke redigeres.")
            if not term.key or not (term.da.strip() or term.en.strip()):
                raise ValidationError("A taxonomy entry needs a key and a label.",
                                      "En taksonomi-post skal have en nøgle og en etiket.")
        for term in terms:
            self.terms[(term.taxonomy, term.key)] = term
        return self._emit(ev.TERMS_CHANGED, terms)

    # -- canvases -------------------------------------------------------------------------

    def add_canvases(self, canvases: Iterable[Canvas]) -> Change:
        canvases = list(canvases)
        for c in canvases:
            if c.template not in TEMPLATES:
                raise ValidationError(f"Unknown template {c.template!r}.",
                                      f"Ukendt skabelon {c.template!r}.")
            check_text("name", c.name)
        check_new_ids(self.canvases, canvases)
        for c in canvases:
            self.canvases[c.id] = c
        return self._emit(ev.CANVASES_ADDED, canvases)

    def update_canvas(self, canvas_id: str, **fields: Any) -> Change:
        new = changed(self.canvas(canvas_id), fields)
        if new.template not in TEMPLATES:
            raise ValidationError(f"Unknown template {new.template!r}.",
                                  f"Ukendt skabelon {new.template!r}.")
        check_text("name", new.name)
        self.canvases[canvas_id] = new
        return self._emit(ev.CANVASES_UPDATED, [new])

    def reorder_canvases(self, ordered_ids: list[str]) -> Change:
        if sorted(ordered_ids) != sorted(self.canvases):
            raise ValidationError("The new order must name every canvas once.",
                                  "Den nye rækkefølge skal nævne hvert lærred én gang.")
        changed = [replace(self.canvases[cid], position=i) for i, cid in enumerate(ordered_ids)]
        for c in changed:
            self.canvases[c.id] = c
        return self._emit(ev.CANVASES_UPDATED, changed)

    def remove_canvas(self, canvas_id: str) -> Change:
        """Remove a canvas with everything on it; agenda items pointing at it lose the link."""
        canvas = self.canvas(canvas_id)
        round_ids = {r.id for r in self.rounds.values() if r.canvas_id == canvas_id}
        card_ids = {c.id for c in self.cards_on(canvas_id)}
        votes = [v for v in self.votes.values()
                 if v.round_id in round_ids or v.card_id in card_ids]
        removed: list[Any] = [*votes, *(self.rounds[r] for r in round_ids),
                              *self.links_on(canvas_id), *self.groups_on(canvas_id),
                              *self.cards_on(canvas_id), canvas]
        agenda = [replace(a, canvas_id=None) for a in self.agenda.values()
                  if a.canvas_id == canvas_id]
        for record in removed:
            del self._table(record)[record.id]
        for item in agenda:
            self.agenda[item.id] = item
        return self._emit(ev.CANVASES_REMOVED, agenda, removed)

    # -- cards ----------------------------------------------------------------------------

    def _checked_card(self, card: Card) -> Card:
        check_card(card, self.known_key)
        if card.canvas_id not in self.canvases:
            raise UnknownIdError(f"No canvas with id {card.canvas_id!r} for the card.",
                                 f"Intet lærred med id {card.canvas_id!r} til kortet.")
        if card.participant_id is not None and card.participant_id not in self.participants:
            raise UnknownIdError(f"No participant with id {card.participant_id!r}.",
                                 f"Ingen deltager med id {card.participant_id!r}.")
        return card

    def add_cards(self, cards: Iterable[Card]) -> Change:
        """Add cards (all or none) as one change."""
        cards = [self._checked_card(c) for c in cards]
        ids = [c.id for c in cards]
        if len(set(ids)) != len(ids) or any(i in self.cards for i in ids):
            raise ValidationError("A card with that id already exists.",
                                  "Der findes allerede et kort med det id.")
        for c in cards:
            self.cards[c.id] = c
        return self._emit(ev.CARDS_ADDED, cards)

    def update_card(self, card_id: str, **fields: Any) -> Change:
        return self.update_cards({card_id: fields})

    def update_cards(self, changes: Mapping[str, Mapping[str, Any]]) -> Change:
        """Change fields of several cards as one change (a card cannot change canvas here)."""
        new = [self._checked_card(changed(self.card(cid), f)) for cid, f in changes.items()]
        for card in new:
            if card.canvas_id != self.cards[card.id].canvas_id:
                raise ValidationError("Use move_cards_to_canvas to move a card to another canvas.",
                                      "Brug flyt til lærred for at flytte et kort.")
        for card in new:
            self.cards[card.id] = card
        return self._emit(ev.CARDS_UPDATED, new)

    def move_cards(self, positions: Mapping[str, tuple[float, float]],
                   updates: Mapping[str, Mapping[str, Any]] | None = None) -> Change:
        """Move cards (and optionally change fields, e.g. a zone drop) as one change."""
        updates = updates or {}
        ids = list(dict.fromkeys([*positions, *updates]))
        new = []
        for cid in ids:
            fields = dict(updates.get(cid, {}))
            if cid in positions:
                fields["x"], fields["y"] = (float(v) for v in positions[cid])
            new.append(self._checked_card(changed(self.card(cid), fields)))
            if new[-1].canvas_id != self.cards[cid].canvas_id:
                raise ValidationError("Moving cards cannot take them to another canvas.",
                                      "At flytte kort kan ikke tage dem til et andet lærred.")
        for card in new:
            self.cards[card.id] = card
        return self._emit(ev.CARDS_MOVED, new)

    def remove_cards(self, card_ids: Iterable[str]) -> Change:
        """Remove cards with their links and votes (dependants first in `removed`)."""
        ids = list(dict.fromkeys(card_ids))
        cards = [self.card(cid) for cid in ids]
        idset = set(ids)
        links = self.links_of(idset)
        votes = [v for v in self.votes.values() if v.card_id in idset]
        removed: tuple[Any, ...] = (*votes, *links, *cards)
        for record in removed:
            del self._table(record)[record.id]
        return self._emit(ev.CARDS_REMOVED, (), removed)

    # -- links ----------------------------------------------------------------------------

    def _checked_link(self, link: Link) -> Link:
        for end in (link.source_id, link.target_id):
            card = self.cards.get(end)
            if card is None or card.canvas_id != link.canvas_id:
                raise DanglingLinkError(
                    "A link must join two cards on the same canvas.",
                    "En forbindelse skal forbinde to kort på samme lærred.")
        if link.source_id == link.target_id:
            raise DanglingLinkError("A card cannot be linked to itself.",
                                    "Et kort kan ikke forbindes med sig selv.")
        if not self.known_key("relation", link.relation):
            raise ValidationError(f"Unknown relation type {link.relation!r}.",
                                  f"Ukendt relationstype {link.relation!r}.")
        check_text("label", link.label)
        return link

    def new_link(self, source_id: str, target_id: str, relation: str | None = None,
                 label: str = "") -> Link:
        """A link record with the default relation for the two kinds (not yet added)."""
        from .taxonomy import default_relation

        source, target = self.card(source_id), self.card(target_id)
        relation = relation or default_relation(source.kind, target.kind)
        return Link(new_id(), source.canvas_id, source_id, target_id, relation, label,
                    is_directed(relation))

    def add_links(self, links: Iterable[Link]) -> Change:
        links = [self._checked_link(link) for link in links]
        check_new_ids(self.links, links)
        for link in links:
            self.links[link.id] = link
        return self._emit(ev.LINKS_ADDED, links)

    def update_link(self, link_id: str, **fields: Any) -> Change:
        new = self._checked_link(changed(self._get(self.links, link_id, "link"), fields))
        self.links[link_id] = new
        return self._emit(ev.LINKS_UPDATED, [new])

    def remove_links(self, link_ids: Iterable[str]) -> Change:
        links = [self._get(self.links, lid, "link") for lid in dict.fromkeys(link_ids)]
        for link in links:
            del self.links[link.id]
        return self._emit(ev.LINKS_REMOVED, (), links)

    # -- groups ---------------------------------------------------------------------------

    def _checked_group(self, group: Group) -> Group:
        self.canvas(group.canvas_id)
        check_text("title", group.title)
        if group.width <= 0 or group.height <= 0:
            raise ValidationError("A group frame needs a positive size.",
                                  "En gruppe skal have en positiv størrelse.")
        return group

    def add_groups(self, groups: Iterable[Group]) -> Change:
        groups = [self._checked_group(g) for g in groups]
        check_new_ids(self.groups, groups)
        for g in groups:
            self.groups[g.id] = g
        return self._emit(ev.GROUPS_ADDED, groups)

    def update_group(self, group_id: str, card_positions: Mapping[str, tuple[float, float]]
                     | None = None, **fields: Any) -> Change:
        """Change a group (e.g. move its frame) and move cards with it, as one change."""
        group = self._checked_group(changed(self._get(self.groups, group_id, "group"), fields))
        cards = [self._checked_card(replace(self.card(cid), x=float(x), y=float(y)))
                 for cid, (x, y) in (card_positions or {}).items()]
        self.groups[group_id] = group
        for card in cards:
            self.cards[card.id] = card
        return self._emit(ev.GROUPS_UPDATED, [group, *cards])

    def remove_groups(self, group_ids: Iterable[str]) -> Change:
        groups = [self._get(self.groups, gid, "group") for gid in dict.fromkeys(group_ids)]
        for g in groups:
            del self.groups[g.id]
        return self._emit(ev.GROUPS_REMOVED, (), groups)

    def cards_in_group(self, group_id: str) -> list[Card]:
        """Cards whose centre lies inside the group's frame."""
        g = self._get(self.groups, group_id, "group")
        return [c for c in self.cards_on(g.canvas_id)
                if g.x <= c.x + c.width / 2 <= g.x + g.width
                and g.y <= c.y + c.height / 2 <= g.y + g.height]

    # -- undo support ---------------------------------------------------------------------

    def restore(self, records: Iterable[Any]) -> Change:
        """Put removed records back exactly as they were (undo of a removal), as one change.

        `records` is a change's `removed` tuple: dependants first, so they are re-added in
        reverse (canvas, then cards, then links and votes).
        """
        records = list(reversed(list(records)))
        added: list[Any] = []
        try:
            for record in records:
                table = self._table(record)
                if record.id in table:
                    raise ValidationError("That record is already in the workshop.",
                                          "Den post findes allerede i workshoppen.")
                table[record.id] = record
                added.append(record)
            for record in records:
                if isinstance(record, Card):
                    self._checked_card(record)
                elif isinstance(record, Link):
                    self._checked_link(record)
        except ValidationError:
            for record in added:
                del self._table(record)[record.id]
            raise
        return self._emit(ev.RESTORED, records)

    # -- comparison (tests, round trips) --------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything in the workshop as plain sorted data (for equality checks)."""
        def rows(table: Mapping[str, Any]) -> list[Any]:
            return sorted(table.values(), key=lambda r: r.id)

        return {
            "info": self.info,
            "terms": sorted(self.terms.values(), key=lambda t: (t.taxonomy, t.key)),
            "participants": rows(self.participants), "canvases": rows(self.canvases),
            "cards": rows(self.cards), "links": rows(self.links), "groups": rows(self.groups),
            "rounds": rows(self.rounds), "votes": rows(self.votes), "agenda": rows(self.agenda),
        }

    def records(self) -> list[Any]:
        """Every record except info and terms, parents before children."""
        return [*self.participants.values(), *self.canvases.values(), *self.cards.values(),
                *self.links.values(), *self.groups.values(), *self.rounds.values(),
                *self.votes.values(), *self.agenda.values()]
