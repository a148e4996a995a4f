"""The workshop: a small root owning the collections that hold and change its records.

`workshop.cards`, `.links`, `.groups`, `.canvases`, `.participants`, `.voting` (rounds, with
`.voting.votes`), `.agenda` and `.terms` are read-only mappings of their records plus the
mutation methods for them. Every mutation validates its input, applies it, and emits exactly
one `Change` to the listeners (store, canvas scene, analysis cache) through `_emit` here.
Nobody changes a record any other way, so the canvas, the undo stack and the file can never
disagree. A mutation is atomic across its listeners: if one raises a `CoiError` (the store's
`WriteError`: disk full, stick pulled), the tables are put back as they were (`journal.py`),
the listeners that already heard of the change get its inverse, and the error propagates.
The root itself holds only the info, the listeners, and what spans every table (restoring
removed records for undo, snapshots).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from . import events as ev
from .agenda import Agenda
from .canvases import Canvases, check_template
from .cards import Cards, checked_card
from .collection import Tables
from .entities import Canvas, Card, Link, WorkshopInfo, new_id
from .errors import CoiError, ValidationError
from .events import Change, Listener
from .groups import Groups
from .journal import revert
from .links import Links, checked_link
from .people import Participants
from .registry import RECORD_TYPES
from .taxonomy import Term, default_terms
from .terms import Terms, label_of
from .validation import changed, check_date, check_language, check_text
from .voting import Voting

_INFO_FIELDS = frozenset(WorkshopInfo.__dataclass_fields__) - {"id", "created"}


class Workshop:
    """A whole workshop in memory; see the module docstring for the rules."""

    def __init__(self, info: WorkshopInfo, terms: Iterable[Term] = ()) -> None:
        self._tables = t = Tables(info)
        for term in terms:
            t.terms[(term.taxonomy, term.key)] = term
        emit = self._emit
        self._terms = Terms(t.terms, t, emit)
        self._participants = Participants(t.participants, t, emit)
        self._canvases = Canvases(t.canvases, t, emit)
        self._cards = Cards(t.cards, t, emit)
        self._links = Links(t.links, t, emit)
        self._groups = Groups(t.groups, t, emit)
        self._voting = Voting(t.rounds, t, emit)
        self._agenda = Agenda(t.agenda, t, emit)
        t.journal.take()  # building is not a mutation
        self._listeners: list[Listener] = []

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def new(cls, title: str, language: str = "da", template: str = "blank",
            canvas_name: str | None = None, **info: Any) -> Workshop:
        """A fresh workshop with the default taxonomies and one canvas."""
        check_language(language)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        workshop = cls(WorkshopInfo(id=new_id(), title=title, language=language,
                                    created=created), default_terms())
        t = workshop._tables
        t.info = _checked_info(changed(t.info, info, ("id", "created")))
        check_template(template)
        name = canvas_name or label_of(t, "template", template)
        canvas = Canvas(new_id(), name, template, 0)
        t.canvases[canvas.id] = canvas
        t.journal.take()  # building is not a mutation
        return workshop

    @classmethod
    def from_records(cls, info: WorkshopInfo, terms: Iterable[Term],
                     records: Iterable[Any]) -> Workshop:
        """Rebuild a workshop from stored records (used by the store; emits nothing)."""
        workshop = cls(info, terms)
        tables = workshop._tables
        for record in records:  # loading is not a mutation: nothing to note
            dict.__setitem__(tables.of(record), record.id, record)
        return workshop

    # The collections are read-only attributes: a workshop cannot be given another's tables.
    @property
    def terms(self) -> Terms:
        return self._terms

    @property
    def participants(self) -> Participants:
        return self._participants

    @property
    def canvases(self) -> Canvases:
        return self._canvases

    @property
    def cards(self) -> Cards:
        return self._cards

    @property
    def links(self) -> Links:
        return self._links

    @property
    def groups(self) -> Groups:
        return self._groups

    @property
    def voting(self) -> Voting:
        return self._voting

    @property
    def agenda(self) -> Agenda:
        return self._agenda

    @property
    def info(self) -> WorkshopInfo:
        return self._tables.info

    def update_info(self, **fields: Any) -> Change:
        """Change the workshop's own details (title, date, language, …)."""
        unknown = set(fields) - _INFO_FIELDS
        if unknown:
            raise ValidationError(f"Unknown workshop field(s): {', '.join(sorted(unknown))}.",
                                  f"Ukendte workshopfelter: {', '.join(sorted(unknown))}.")
        info = _checked_info(replace(self.info, **fields))
        self._tables.info = info
        return self._emit(ev.INFO_UPDATED, [info])

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
        t = self._tables
        entries = t.journal.take()
        if not self._listeners:
            return change
        if len(self._listeners) == 1:  # the store alone (the CLI, a test): no one to undo
            try:
                self._listeners[0](change)
            except CoiError:
                revert(entries, t.by_name, t.set_info_quietly, t.info)
                raise
            finally:
                t.journal.take()
            return change
        done: list[Listener] = []
        try:
            for listener in list(self._listeners):
                listener(change)
                done.append(listener)
        except CoiError:
            inverse = revert(entries, t.by_name, t.set_info_quietly, t.info)
            for listener in reversed(done):
                try:
                    listener(inverse)
                except CoiError:
                    continue
            raise
        finally:
            t.journal.take()  # what a listener's refused mutation noted and tidied
        return change

    # -- undo support ---------------------------------------------------------------------

    def restore(self, records: Iterable[Any]) -> Change:
        """Put removed records back exactly as they were (undo of a removal), as one change.

        `records` is a change's `removed` tuple: dependants first, so they are re-added in
        reverse (canvas, then cards, then links and votes).
        """
        t = self._tables
        records = list(reversed(list(records)))
        added: list[Any] = []
        try:
            for record in records:
                table = t.of(record)
                if record.id in table:
                    raise ValidationError("That record is already in the workshop.",
                                          "Den post findes allerede i workshoppen.")
                table[record.id] = record
                added.append(record)
            for record in records:
                if isinstance(record, Card):
                    checked_card(t, record)
                elif isinstance(record, Link):
                    checked_link(t, record)
        except ValidationError:
            for record in added:
                del t.of(record)[record.id]
            raise
        return self._emit(ev.RESTORED, records)

    # -- comparison (tests, round trips) --------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything in the workshop as plain sorted data (for equality checks)."""
        def rows(table: Mapping[str, Any]) -> list[Any]:
            return sorted(table.values(), key=lambda r: r.id)

        tables = self._tables.by_name
        return {
            "info": self.info,
            "terms": sorted(self.terms.values(), key=lambda t: (t.taxonomy, t.key)),
            **{r.id: rows(tables[r.id]) for r in RECORD_TYPES},
        }

    def records(self) -> list[Any]:
        """Every record except info and terms, parents before children."""
        tables = self._tables.by_name
        return [record for r in RECORD_TYPES for record in tables[r.id].values()]


def _checked_info(info: WorkshopInfo) -> WorkshopInfo:
    for name in _INFO_FIELDS:
        check_text(name, getattr(info, name))
    check_language(info.language)
    check_date("Date", info.date)
    check_date("Retention date", info.retention_date)
    if not info.title.strip():
        raise ValidationError("A workshop needs a title.", "En workshop skal have en titel.")
    return info
