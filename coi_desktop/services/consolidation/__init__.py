"""Consolidation across workshops: many `.coi` files into one SQLite database for analysts.

`consolidate(paths, output)` finds the sources, reads each untrusted and read-only, merges
them with provenance into the consolidated database (see docs/consolidation.md), proposes
recurring items and returns a `Result` listing what was merged and what was skipped and why.
`stats`, `report` and `xlsx` read that database. No Qt here.

The names below are imported when first used: the app imports `consolidation.similarity`
(the library's matching) at start-up, and that must not pull in sqlite-utils and the whole
run (≈50 ms of every start).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .canonical import decide, recompute
    from .errors import Cancelled, ConsolidationError
    from .run import Merged, Result, consolidate
    from .sources import Skipped, find_sources

_HOME = {"decide": "canonical", "recompute": "canonical", "Cancelled": "errors",
         "ConsolidationError": "errors", "Merged": "run", "Result": "run",
         "consolidate": "run", "Skipped": "sources", "find_sources": "sources"}

__all__ = ["Cancelled", "ConsolidationError", "Merged", "Result", "Skipped", "consolidate",
           "decide", "find_sources", "recompute"]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
