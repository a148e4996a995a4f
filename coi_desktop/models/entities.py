"""The records of a workshop: immutable dataclasses, one per table of the file.

Records are frozen so that an undo command, the store and the canvas can hold on to one
without it changing under them; a mutation replaces a record with `dataclasses.replace`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from .registry import BARRIER, OPPORTUNITY, RELATES
from .registry import KIND_FIELDS as KIND_FIELDS  # declared there, importable from here

CARD_WIDTH = 180.0
CARD_HEIGHT = 100.0


def new_id() -> str:
    """A fresh, globally unique id (so cards keep their identity across files and windows)."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class WorkshopInfo:
    """The workshop's own details (one per file)."""

    id: str
    title: str
    purpose: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD
    location: str = ""
    facilitator: str = ""
    organiser: str = ""
    language: str = "da"
    technology: str = ""  # technology focus: a key of the "technology" taxonomy
    phase: str = ""  # phase focus: a key of the "phase" taxonomy
    notes: str = ""  # facilitator notes: never on the projector
    retention_date: str = ""  # ISO date after which personal data should be deleted
    created: str = ""  # ISO timestamp


@dataclass(frozen=True)
class Participant:
    """A person in the room."""

    id: str
    name: str
    organisation: str = ""
    sector: str = ""
    role: str = ""
    email: str = ""
    consent: bool = False  # may be named in reports and on the projector
    present: bool = True


@dataclass(frozen=True)
class Canvas:
    """One board of the workshop, drawn from a template."""

    id: str
    name: str
    template: str = "blank"
    position: int = 0


@dataclass(frozen=True)
class Card:
    """A sticky on a canvas: an actor, barrier, opportunity, action or note.

    A card is a placement of an item: cards that share `item_id` are one actor, barrier, …
    shown on several canvases; they share every field but their place (`PLACEMENT_FIELDS`).
    An empty `item_id` means the card is its own item (`item` is then its id).
    """

    id: str
    canvas_id: str
    kind: str
    title: str
    description: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = CARD_WIDTH
    height: float = CARD_HEIGHT
    color: str = ""  # "#rrggbb" override; empty = colour by kind/category
    tags: tuple[str, ...] = ()
    participant_id: str | None = None  # who contributed it
    notes: str = ""  # facilitator notes: never on the projector
    hidden: bool = False  # added during a hidden round, not yet revealed
    # actor
    sector: str = ""
    role: str = ""
    organisation: str = ""
    power: int | None = None
    interest: int | None = None
    closeness: str = ""  # onion ring: core / direct / indirect
    # barrier
    category: str = ""
    severity: int | None = None
    # barrier, opportunity
    phase: str = ""
    # opportunity
    impact: int | None = None
    effort: int | None = None
    technology: str = ""
    # action
    owner: str = ""
    due_date: str = ""
    status: str = ""
    item_id: str = ""  # the item this card places; "" = the card is its own item

    @property
    def item(self) -> str:
        """The id of the item this card is a placement of."""
        return self.item_id or self.id


#: Card fields that belong to the placement on one canvas; every other field is the item's
#: and is the same on every placement of it.
PLACEMENT_FIELDS = frozenset({"id", "canvas_id", "x", "y", "width", "height", "hidden",
                              "item_id"})


#: Card fields holding a score from 1 to 5.
SCORE_FIELDS = ("power", "interest", "severity", "impact", "effort")

@dataclass(frozen=True)
class Link:
    """A typed connection between two cards of one canvas."""

    id: str
    canvas_id: str
    source_id: str
    target_id: str
    relation: str = RELATES
    label: str = ""
    directed: bool = False


@dataclass(frozen=True)
class Group:
    """A titled frame holding the cards inside it."""

    id: str
    canvas_id: str
    title: str
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0
    color: str = ""


@dataclass(frozen=True)
class VotingRound:
    """A dot-voting round on one canvas."""

    id: str
    canvas_id: str
    title: str
    kinds: tuple[str, ...] = (BARRIER, OPPORTUNITY)
    dots_per_participant: int = 5
    max_per_card: int = 3  # the most dots one participant may put on one card
    anonymous: bool = False
    closed: bool = False
    position: int = 0


@dataclass(frozen=True)
class Vote:
    """Dots on one card in one round, from one participant (or none: anonymous or counted)."""

    id: str
    round_id: str
    card_id: str
    participant_id: str | None = None
    count: int = 1


@dataclass(frozen=True)
class AgendaItem:
    """One item of the workshop's agenda, with planned and actual times."""

    id: str
    title: str
    planned_minutes: int = 15
    canvas_id: str | None = None
    position: int = 0
    started_at: str = ""  # ISO timestamps, empty until it happens
    ended_at: str = ""


Record = (
    WorkshopInfo | Participant | Canvas | Card | Link | Group | VotingRound | Vote | AgendaItem
)


def field_names(cls: type) -> tuple[str, ...]:
    """The dataclass field names of a record type, in declaration order."""
    return tuple(f.name for f in fields(cls))

