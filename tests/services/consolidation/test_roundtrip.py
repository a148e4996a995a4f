"""Any valid workshop survives consolidation: every card field, every dot, every pseudonym;
free text exactly as the workshop's `Privacy` lets it be shown (a non-consenting participant's
name or e-mail replaced by their public label, an owner from the roster as that label)."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from coi_desktop.models import Workshop
from coi_desktop.services.consolidation import consolidate
from coi_desktop.services.consolidation.database import _CARD_FIELDS
from coi_desktop.services.consolidation.similarity import GROUPED_KINDS, variant
from coi_desktop.services.privacy import Privacy
from coi_desktop.storage import create_workshop_file
from tests.storage.strategies import workshops


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workshops(max_ops=20), workshops(max_ops=20))
def test_random_workshops_round_trip(first: Workshop, second: Workshop) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        create_workshop_file(root / "a.coi", first)
        create_workshop_file(root / "b.coi", second)
        out = root / "c.db"
        result = consolidate([root / "a.coi", root / "b.coi"], out)
        assert not result.skipped and len(result.merged) == 2
        conn = sqlite3.connect(out)
        conn.row_factory = sqlite3.Row
        for ws in (first, second):
            wid = ws.info.id
            privacy = Privacy(ws)

            def shown(text: str, privacy: Privacy = privacy) -> str:
                return privacy.text(text)

            rows = {r["card_id"]: r for r in conn.execute(
                "SELECT * FROM cards WHERE workshop_id = ?", (wid,))}
            assert set(rows) == set(ws.cards)
            for card in ws.cards.values():
                row = rows[card.id]
                assert (row["title"], row["description"], row["kind"]) == (
                    shown(card.title), shown(card.description), card.kind)
                public = {"organisation": shown(card.organisation),
                          "owner": Privacy(ws).owner(card.owner)}
                assert tuple(row[f] for f in _CARD_FIELDS) == tuple(
                    public.get(f, getattr(card, f)) for f in _CARD_FIELDS)
                assert json.loads(row["tags"]) == [shown(t) for t in card.tags]
                assert row["votes"] == sum(v.count for v in ws.voting.votes.values()
                                           if v.card_id == card.id)
                assert row["canvas_name"] == shown(ws.canvases[card.canvas_id].name)
            links = {r["link_id"]: (r["source_card_id"], r["target_card_id"], r["relation"],
                                    r["label"], bool(r["directed"]), r["canvas_id"])
                     for r in conn.execute("SELECT * FROM links WHERE workshop_id = ?", (wid,))}
            assert links == {k.id: (k.source_id, k.target_id, k.relation, shown(k.label),
                                    k.directed, k.canvas_id) for k in ws.links.values()}
            votes = {r["vote_id"]: (r["round_id"], r["round_title"], r["card_id"],
                                    r["participant_id"], r["count"])
                     for r in conn.execute("SELECT * FROM votes WHERE workshop_id = ?", (wid,))}
            assert votes == {v.id: (v.round_id, shown(ws.voting[v.round_id].title), v.card_id,
                                    v.participant_id, v.count) for v in ws.voting.votes.values()}
            (dots,) = conn.execute("SELECT COALESCE(SUM(count), 0) FROM votes WHERE "
                                   "workshop_id = ?", (wid,)).fetchone()
            assert dots == sum(v.count for v in ws.voting.votes.values())
            for p in ws.participants.values():
                row = conn.execute("SELECT label, name, email FROM participants WHERE "
                                   "workshop_id = ? AND participant_id = ?",
                                   (wid, p.id)).fetchone()
                if p.consent:
                    assert row["name"] == p.name
                else:
                    assert row["label"].startswith("P-") and row["name"] is None
                    assert row["email"] is None
        # every card of a grouped kind belongs to exactly one item
        marks = ",".join("?" * len(GROUPED_KINDS))
        (loose,) = conn.execute(f"SELECT COUNT(*) FROM card_items WHERE kind IN ({marks}) "
                                "AND item_key IS NULL", GROUPED_KINDS).fetchone()
        assert loose == 0
        (indexed,) = conn.execute("SELECT COUNT(*) FROM cards_fts").fetchone()
        assert indexed == len(first.cards) + len(second.cards)
        stored = {r[0]: r[1] for r in conn.execute("SELECT card_id, variant FROM cards")}
        assert all(stored[c.id] == variant(Privacy(first).text(c.title))
                   for c in first.cards.values())
        conn.close()
        again = consolidate([root / "a.coi", root / "b.coi"], out)
        assert not again.changed
