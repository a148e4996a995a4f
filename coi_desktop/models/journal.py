"""What one mutation changed in the workshop's tables, so a failed one can be taken back whole.

Every table of a `Workshop` is a `Table`: a dict that notes in the shared `Journal`, the first
time a key is set or deleted, what the key held before (or `ABSENT`). `Workshop._emit` takes the
entries noted since the previous change as "this mutation"; if a listener (the store, most
often) raises a `CoiError`, `revert` puts every touched key back and returns the inverse
`Change` for the listeners that already heard of the mutation. Reading a table costs nothing
extra; a write costs one tuple and one dict lookup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from . import entities
from . import events as ev
from .entities import WorkshopInfo
from .events import Change
from .registry import RECORD_TYPES
from .taxonomy import Term

K = TypeVar("K")
V = TypeVar("V")


class _Absent:
    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"


#: What a key "held" before it existed.
ABSENT: Any = _Absent()

#: Parents before children: the order in which an inverse upserts (and, reversed, removes).
RANK: dict[type, int] = {t: n for n, t in enumerate(
    (WorkshopInfo, Term, *(getattr(entities, r.class_name) for r in RECORD_TYPES)))}

INFO = "info"  # the journal's table name for `Workshop.info` (key None)


class Journal:
    """The entries `(table name, key) → value before` of the mutation under way."""

    __slots__ = ("entries",)

    def __init__(self) -> None:
        self.entries: dict[tuple[str, Any], Any] = {}

    def take(self) -> dict[tuple[str, Any], Any]:
        """The entries noted so far; the journal starts afresh."""
        entries, self.entries = self.entries, {}
        return entries


class Table(dict[K, V]):
    """A workshop table that notes each key's first value before a change in its journal.

    Only `__setitem__` and `__delitem__` write; the other writing dict methods go through
    them so nothing bypasses the journal.
    """

    __slots__ = ("_journal", "_name")

    def __init__(self, name: str, journal: Journal) -> None:
        super().__init__()
        self._name = name
        self._journal = journal

    def __setitem__(self, key: K, value: V) -> None:
        entries = self._journal.entries
        noted = (self._name, key)
        if noted not in entries:
            entries[noted] = dict.get(self, key, ABSENT)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: K) -> None:
        old = dict.__getitem__(self, key)  # KeyError before anything is noted
        entries = self._journal.entries
        noted = (self._name, key)
        if noted not in entries:
            entries[noted] = old
        dict.__delitem__(self, key)

    def __reduce__(self) -> Any:  # pickle/deepcopy: the journal first, then the items
        return (_rebuilt, (self._name, self._journal, dict(self)))

    def pop(self, key: K, *default: Any) -> Any:
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self) -> tuple[K, V]:
        key = next(reversed(list(dict.keys(self))))
        value = dict.__getitem__(self, key)
        del self[key]
        return key, value

    def setdefault(self, key: K, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other: Any) -> Table[K, V]:  # type: ignore[override,misc]
        self.update(other)
        return self

    def clear(self) -> None:
        for key in list(dict.keys(self)):
            del self[key]


def _rebuilt(name: str, journal: Journal, items: dict[Any, Any]) -> Table[Any, Any]:
    table: Table[Any, Any] = Table(name, journal)
    dict.update(table, items)
    return table


def revert(entries: Mapping[tuple[str, Any], Any], tables: Mapping[str, dict[Any, Any]],
           set_info: Any, info: WorkshopInfo) -> Change:
    """Put every noted key back; return the inverse change (kind `restored`).

    `tables` maps journal names to tables; `info` is the workshop's current info and
    `set_info(old)` puts the old one back without noting it. Keys whose value is already the
    one noted (a refused mutation that tidied up after itself) are left out of the inverse.
    """
    upserted: list[Any] = []
    removed: list[Any] = []
    for (name, key), old in entries.items():
        if name == INFO:
            if info is not old:
                set_info(old)
                upserted.append(old)
            continue
        table = tables[name]
        now = dict.get(table, key, ABSENT)
        if now is old:
            continue
        if old is ABSENT:
            dict.__delitem__(table, key)
            removed.append(now)
        else:
            dict.__setitem__(table, key, old)
            upserted.append(old)
    upserted.sort(key=_rank)
    removed.sort(key=_rank, reverse=True)
    return Change(ev.RESTORED, tuple(upserted), tuple(removed))


def _rank(record: Any) -> int:
    return RANK.get(type(record), len(RANK))

