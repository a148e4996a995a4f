"""The "blocks" relation in the consolidated database (w3-model): its links arrive with the
workshop and the `labels` table gives the analyst its readable name in both languages, as it
does for every relation type the registry declares."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coi_desktop.models.registry import BLOCKS, REGISTRY
from coi_desktop.services.consolidation.run import consolidate

from .helpers import write_demo_set


def test_blocks_links_arrive_with_a_readable_label(tmp_path: Path) -> None:
    write_demo_set(tmp_path / "in", 2)
    out = tmp_path / "all.db"
    consolidate([tmp_path / "in"], out)
    with sqlite3.connect(out) as conn:
        blocks = conn.execute("SELECT COUNT(*) FROM links WHERE relation = ?",
                              (BLOCKS,)).fetchone()[0]
        labels = dict(((key, (da, en)) for key, da, en in conn.execute(
            "SELECT key, da, en FROM labels WHERE taxonomy = 'relation'")))
    assert blocks == 6  # three in each demo workshop
    assert labels[BLOCKS] == ("blokerer", "blocks")
    # every relation type the registry declares has its label, none shows a bare key
    assert {r.id for r in REGISTRY.relations} <= set(labels)
    assert all(da and en and da != key for key, (da, en) in labels.items())
