"""Stand-in for `Session.hidden_round` until views/session.py lands (issue 10).

The hidden-round flag is session state, so it left the model; this keeps it per open
workshop (weakly, so a closed workshop is forgotten) for the few views that read it. The
views engineers replace both functions with the session object and delete this module.
"""

from __future__ import annotations

from weakref import WeakSet

from ..models import Workshop

_ON: WeakSet[Workshop] = WeakSet()


def hidden_round_on(workshop: Workshop) -> bool:
    """Whether new cards of this workshop are created hidden (a silent brainstorm is on)."""
    return workshop in _ON


def set_hidden_round(workshop: Workshop, on: bool) -> None:
    if on:
        _ON.add(workshop)
    else:
        _ON.discard(workshop)
