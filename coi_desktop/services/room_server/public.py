"""What every phone may see of the round, built from the workshop on the owner's thread.

Only what the round shows: the allowed kinds and categories with their labels, and for voting
the titles of the cards that can receive dots (never a hidden card, a name, a note or another
phone's submissions). The result is plain JSON data, handed to the server whole.
"""

from __future__ import annotations

from typing import Any

from coi_desktop.models import Workshop

from .policy import RoundPolicy

#: Cards offered for voting at most (a phone's list stays usable and the event small).
MAX_VOTE_CARDS = 300


def public_state(workshop: Workshop, policy: RoundPolicy) -> dict[str, Any]:
    lang = workshop.info.language
    canvas = workshop.canvases.get(policy.canvas_id)
    state: dict[str, Any] = {
        "lang": lang,
        "round": {"workshop": workshop.info.title, "canvas": canvas.name if canvas else "",
                  "anonymous": policy.anonymous, "inbox": policy.inbox},
        "cards": None, "vote": None}
    if policy.allow_cards:
        state["cards"] = {
            "kinds": [{"id": k, "label": workshop.terms.label("card_kind", k)}
                      for k in policy.kinds],
            "categories": [{"key": c, "label": workshop.terms.label("category", c)}
                           for c in policy.categories]}
    voting = workshop.voting.get(policy.vote_round_id or "")
    if voting is not None:
        cards = [c for c in workshop.cards.on(voting.canvas_id)
                 if c.kind in voting.kinds and not c.hidden]
        cards.sort(key=lambda c: (c.y, c.x, c.id))
        state["vote"] = {
            "id": voting.id, "title": voting.title, "closed": voting.closed,
            "budget": voting.dots_per_participant, "max_per_card": voting.max_per_card,
            "cards": [{"id": c.id, "title": c.title,
                       "kind": workshop.terms.label("card_kind", c.kind)}
                      for c in cards[:MAX_VOTE_CARDS]]}
    return state
