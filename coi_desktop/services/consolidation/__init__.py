"""Consolidation across workshops: many `.coi` files into one SQLite database for analysts.

`consolidate(paths, output)` finds the sources, reads each untrusted and read-only, merges
them with provenance into the consolidated database (see docs/consolidation.md), proposes
recurring items and returns a `Result` listing what was merged and what was skipped and why.
`stats`, `report` and `xlsx` read that database. No Qt here.
"""

from __future__ import annotations

from .canonical import decide, recompute
from .errors import Cancelled, ConsolidationError
from .run import Merged, Result, consolidate
from .sources import Skipped, find_sources

__all__ = ["Cancelled", "ConsolidationError", "Merged", "Result", "Skipped", "consolidate",
           "decide", "find_sources", "recompute"]
