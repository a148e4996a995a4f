"""The facilitator's inbox of cards sent from phones: which cards wait, what accepting sets.

Apart from `applier` so that the Phones dock can list the inbox without loading the room
server's parts (`services.room_server`) at start-up; they load when phones are invited.
"""

from __future__ import annotations

from typing import Any

from coi_desktop.models import Card, Workshop

# Tag of a card waiting in the facilitator's inbox (it is hidden until accepted).
INBOX_TAG = "phone-inbox"


def inbox_cards(workshop: Workshop, canvas_id: str) -> list[Card]:
    return [c for c in workshop.cards.on(canvas_id) if INBOX_TAG in c.tags]


def accepted(card: Card, hidden_round: bool) -> dict[str, Any]:
    """The fields that take a card out of the inbox onto the board."""
    return {"tags": tuple(t for t in card.tags if t != INBOX_TAG), "hidden": hidden_round}
