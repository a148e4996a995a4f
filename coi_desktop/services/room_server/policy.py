"""What phones may do in one round: the facilitator's choices, as plain immutable data.

The facilitator picks them in the invite dialog (or on the `serve` command line): adding
cards (which kinds, which barrier categories), voting in one voting round, or both; named or
anonymous; live (cards appear at once) or to an inbox the facilitator sorts. The round can be
open, paused (phones keep their page but cannot submit) or ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coi_desktop.models.registry import BARRIER, OPPORTUNITY

#: Longest card title and text a phone may send (characters).
MAX_TITLE = 200
MAX_TEXT = 2000
#: Largest request body in bytes: a title and a text of the longest kind in UTF-8, with room.
MAX_BODY = 16 * 1024
#: Submissions (cards and dots) one device may make per minute.
RATE_PER_MINUTE = 30
#: Seconds a client may take to send its request body before it is turned away.
BODY_TIMEOUT_S = 5.0
#: Seconds the app may take to store a submission before the phone is told to try again.
APPLY_TIMEOUT_S = 10.0


class RoundState(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class RoundPolicy:
    """The facilitator's choices for the phones (see the module docstring)."""

    canvas_id: str
    allow_cards: bool = True
    kinds: tuple[str, ...] = (BARRIER, OPPORTUNITY)
    categories: tuple[str, ...] = ()  # barrier categories offered; empty: phones pick none
    vote_round_id: str | None = None  # None: no voting from phones
    anonymous: bool = False  # True: no names asked, none stored
    inbox: bool = False  # True: cards wait for the facilitator to accept them

    @property
    def allow_votes(self) -> bool:
        return self.vote_round_id is not None

    def __post_init__(self) -> None:
        if not self.allow_cards and not self.allow_votes:
            raise ValueError("phones must be allowed to add cards, vote, or both")
        if self.allow_cards and not self.kinds:
            raise ValueError("choose at least one card kind")
