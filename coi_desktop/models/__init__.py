"""The workshop and everything in it; no Qt here (see docs/architecture.md)."""

from .agenda import Agenda
from .canvases import Canvases
from .cards import Cards
from .entities import (
    CARD_HEIGHT,
    CARD_WIDTH,
    KIND_FIELDS,
    SCORE_FIELDS,
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
from .errors import (
    CoiError,
    DanglingLinkError,
    OutOfRangeError,
    UnknownIdError,
    UnknownKindError,
    ValidationError,
    VotingError,
)
from .events import Change
from .groups import Groups
from .links import Links
from .people import Participants
from .registry import (
    ACTION,
    ACTOR,
    BARRIER,
    CARD_KINDS,
    NOTE,
    OPPORTUNITY,
    REGISTRY,
    CardKind,
    RecordType,
    RelationType,
)
from .taxonomy import Term, default_relation, default_terms, is_directed
from .templates import TEMPLATES, Layout, Zone, layout_for, zone_at, zone_fields, zone_for_card
from .terms import Terms
from .voting import Votes, Voting
from .workshop import Workshop

__all__ = [
    "ACTION",
    "ACTOR",
    "BARRIER",
    "CARD_HEIGHT",
    "CARD_KINDS",
    "CARD_WIDTH",
    "KIND_FIELDS",
    "NOTE",
    "OPPORTUNITY",
    "REGISTRY",
    "SCORE_FIELDS",
    "TEMPLATES",
    "Agenda",
    "AgendaItem",
    "Canvas",
    "Canvases",
    "Card",
    "CardKind",
    "Cards",
    "Change",
    "CoiError",
    "DanglingLinkError",
    "Group",
    "Groups",
    "Layout",
    "Link",
    "Links",
    "OutOfRangeError",
    "Participant",
    "Participants",
    "RecordType",
    "RelationType",
    "Term",
    "Terms",
    "UnknownIdError",
    "UnknownKindError",
    "ValidationError",
    "Vote",
    "Votes",
    "Voting",
    "VotingError",
    "VotingRound",
    "Workshop",
    "WorkshopInfo",
    "Zone",
    "default_relation",
    "default_terms",
    "is_directed",
    "layout_for",
    "new_id",
    "zone_at",
    "zone_fields",
    "zone_for_card",
]
