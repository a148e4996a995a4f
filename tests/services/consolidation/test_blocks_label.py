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


def test_a_blocked_opportunity_is_not_listed_as_raised_against_its_barrier(
        tmp_path: Path) -> None:
    # "Opportunities raised against recurring barriers" reads barrier–opportunity links;
    # a barrier that blocks an opportunity is the opposite of one it answers.
    write_demo_set(tmp_path / "in", 2)
    out = tmp_path / "all.db"
    consolidate([tmp_path / "in"], out)
    with sqlite3.connect(out) as conn:
        blocked = set(conn.execute(
            "SELECT b.item_key, o.item_key FROM link_ends AS e "
            "JOIN card_items AS b ON b.workshop_id = e.workshop_id AND b.card_id = e.card_a "
            "JOIN card_items AS o ON o.workshop_id = e.workshop_id AND o.card_id = e.card_b "
            "WHERE e.relation = ? AND o.kind = 'opportunity'", (BLOCKS,)))
        raised = {(b, o): rel for b, o, rel in conn.execute(
            "SELECT barrier_key, opportunity_key, relations FROM opportunities_per_barrier")}
    assert blocked  # the demo has barriers that block opportunities
    assert all(BLOCKS not in (raised.get(pair) or "").split(",") for pair in blocked)
    assert raised
