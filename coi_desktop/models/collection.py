"""What every collection of a workshop shares: the journaled tables and the read-only view.

A `Workshop` owns one `Tables` (its rows, one journaled `Table` per record type, and its info)
and hands it to each of its collections (`workshop.cards`, `.links`, …). A collection is a
read-only `Mapping` of its own records plus the mutation methods for them; every mutation
validates, applies (writing through the tables, so the journal notes it) and calls the
workshop's `emit` exactly once. Reading costs little more than reading a dict: `values()`,
`items()` and `keys()` are the table's own views.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from dataclasses import replace
from typing import Any, Generic, Protocol, TypeVar, overload

from . import entities
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
)
from .errors import UnknownIdError, ValidationError
from .events import Change
from .journal import INFO, Journal, Table
from .registry import RECORD_TYPES, RecordType
from .taxonomy import Term
from .validation import check_new_ids

K = TypeVar("K")
V = TypeVar("V")
D = TypeVar("D")


class Emit(Protocol):
    """The workshop's one way to publish a mutation (`Workshop._emit`)."""

    def __call__(self, kind: str, upserted: Iterable[Any] = (),
                 removed: Iterable[Any] = ()) -> Change: ...


class Tables:
    """The rows of one workshop: a journaled table per record type, and the info record."""

    def __init__(self, info: WorkshopInfo) -> None:
        self.journal = journal = Journal()
        self._info = info
        self.terms: Table[tuple[str, str], Term] = Table("terms", journal)
        self.participants: Table[str, Participant] = Table("participants", journal)
        self.canvases: Table[str, Canvas] = Table("canvases", journal)
        self.cards: Table[str, Card] = Table("cards", journal)
        self.links: Table[str, Link] = Table("links", journal)
        self.groups: Table[str, Group] = Table("groups", journal)
        self.rounds: Table[str, VotingRound] = Table("rounds", journal)
        self.votes: Table[str, Vote] = Table("votes", journal)
        self.agenda: Table[str, AgendaItem] = Table("agenda", journal)
        #: journal name → table (terms, then the record types in registry order)
        self.by_name: dict[str, Table[Any, Any]] = {
            "terms": self.terms, **{r.id: getattr(self, r.id) for r in RECORD_TYPES}}
        self._by_type: dict[type, Table[str, Any]] = {
            record_class(r): self.by_name[r.id] for r in RECORD_TYPES}

    @property
    def info(self) -> WorkshopInfo:
        return self._info

    @info.setter
    def info(self, value: WorkshopInfo) -> None:
        entries = self.journal.entries
        if (INFO, None) not in entries:
            entries[(INFO, None)] = self._info
        self._info = value

    def set_info_quietly(self, info: WorkshopInfo) -> None:
        """Put an info back without noting it (a revert)."""
        self._info = info

    def of(self, record: Any) -> Table[str, Any]:
        """The table a record (other than info and terms) lives in."""
        return self._by_type[type(record)]

    def has_term(self, taxonomy: str, key: str) -> bool:
        return (taxonomy, key) in self.terms


def record_class(record_type: RecordType) -> type:
    """The dataclass of a declared record type."""
    cls: type = getattr(entities, record_type.class_name)
    return cls


#: What an unknown id is called in an error: English name → Danish "no such" phrase.
_NONE_DA = {"card": "Intet kort", "canvas": "Intet lærred", "link": "Ingen forbindelse",
            "group": "Ingen gruppe", "participant": "Ingen deltager",
            "voting round": "Ingen afstemningsrunde", "vote": "Ingen stemme",
            "agenda item": "Intet dagsordenspunkt", "taxonomy entry": "Ingen taksonomipost"}


def require(table: Mapping[Any, V], record_id: Any, what: str) -> V:
    """`table[record_id]`, or an `UnknownIdError` naming `what` in both languages."""
    try:
        return table[record_id]
    except KeyError:
        raise UnknownIdError(f"No {what} with id {record_id!r} in this workshop.",
                             f"{_NONE_DA.get(what, 'Ingen post')} med id {record_id!r} i denne "
                             "workshop.") from None


class Collection(Mapping[K, V], Generic[K, V]):
    """A read-only view of one table, with the workshop's emit for its mutations."""

    #: how an unknown id is named in an error ("card", "voting round", …)
    what = "record"

    def __init__(self, rows: Table[K, V], tables: Tables, emit: Emit) -> None:
        self._rows = rows
        self._tables = tables
        self._emit = emit

    # A Mapping's generic methods go through __getitem__ key by key; these read the dict.
    def __getitem__(self, key: K) -> V:
        return self._rows[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self._rows)}>"

    def keys(self) -> KeysView[K]:
        return self._rows.keys()

    def values(self) -> ValuesView[V]:
        return self._rows.values()

    def items(self) -> ItemsView[K, V]:
        return self._rows.items()

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | D, /) -> V | D: ...

    def get(self, key: K, default: Any = None, /) -> Any:
        return self._rows.get(key, default)

    def require(self, key: K) -> V:
        """The record with this id, or an `UnknownIdError` a user can read."""
        return require(self._rows, key, self.what)


class Record(Protocol):
    """A workshop record: a frozen dataclass with an id."""

    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=Record)


class Records(Collection[str, R]):
    """A collection keyed by record id, with the write steps its mutations share."""

    def _insert(self, records: list[R], kind: str) -> Change:
        """Add new, already checked records (no id may exist yet) as one change."""
        check_new_ids(self._rows, records)
        return self._put(records, kind)

    def _put(self, records: list[R], kind: str) -> Change:
        """Write checked records over their old versions as one change."""
        for record in records:
            self._rows[record.id] = record
        return self._emit(kind, records)

    def _delete(self, ids: Iterable[str], kind: str) -> Change:
        """Remove records by id (each once) as one change."""
        records = [self.require(i) for i in dict.fromkeys(ids)]
        for record in records:
            del self._rows[record.id]
        return self._emit(kind, (), records)

    def _reorder(self, ordered_ids: list[str], kind: str, what: tuple[str, str]) -> Change:
        """Give the records positions 0, 1, … in this order; `what` names them (en, da)."""
        if sorted(ordered_ids) != sorted(self._rows):
            raise ValidationError(f"The new order must name every {what[0]} once.",
                                  f"Den nye rækkefølge skal nævne hvert {what[1]} én gang.")
        return self._put([replace(self._rows[i], position=n)  # type: ignore[type-var]
                          for n, i in enumerate(ordered_ids)], kind)
