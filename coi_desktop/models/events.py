"""Change events: what one mutation of a workshop did.

Every mutation emits exactly one `Change`. Listeners (the store, the canvas scene, the
analysis cache) treat it generically: `upserted` holds the records as they are now, `removed`
the records that are gone, dependants first (links before the cards they joined), so a
listener can apply it in order without knowing the mutation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .taxonomy import Term

Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """One mutation: its name, the records it wrote, the records it deleted."""

    kind: str
    upserted: tuple[Any, ...] = ()
    removed: tuple[Any, ...] = ()

    def of_type(self, cls: type) -> tuple[list[Any], list[Any]]:
        """(upserted, removed) records of one record type."""
        return ([r for r in self.upserted if isinstance(r, cls)],
                [r for r in self.removed if isinstance(r, cls)])


#: Names of the change kinds, for listeners that special-case one (e.g. a fast path on moves).
INFO_UPDATED = "info_updated"
TERMS_CHANGED = "terms_changed"
PARTICIPANTS_ADDED = "participants_added"
PARTICIPANTS_UPDATED = "participants_updated"
PARTICIPANTS_REMOVED = "participants_removed"
CANVASES_ADDED = "canvases_added"
CANVASES_UPDATED = "canvases_updated"
CANVASES_REMOVED = "canvases_removed"
CARDS_ADDED = "cards_added"
CARDS_UPDATED = "cards_updated"
CARDS_MOVED = "cards_moved"
CARDS_REMOVED = "cards_removed"
LINKS_ADDED = "links_added"
LINKS_UPDATED = "links_updated"
LINKS_REMOVED = "links_removed"
GROUPS_ADDED = "groups_added"
GROUPS_UPDATED = "groups_updated"
GROUPS_REMOVED = "groups_removed"
ROUNDS_ADDED = "rounds_added"
ROUNDS_UPDATED = "rounds_updated"
ROUNDS_REMOVED = "rounds_removed"
VOTES_CHANGED = "votes_changed"
AGENDA_ADDED = "agenda_added"
AGENDA_UPDATED = "agenda_updated"
AGENDA_REMOVED = "agenda_removed"
RESTORED = "restored"

__all__ = ["Change", "Listener", "Term"]
