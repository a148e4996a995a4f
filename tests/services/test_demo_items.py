"""The demo as a facilitator would build it (issue 12, w3-model): the same actor or barrier on
several canvases is one item placed several times, so Possible duplicates proposes nothing and
the report and every export count each item once; action owners from the roster are roster
references, and a participant who did not consent is named in no output."""

from __future__ import annotations

import csv
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from coi_desktop.models import Workshop
from coi_desktop.models.registry import ACTION, ACTOR, BARRIER, REGISTRY
from coi_desktop.services.demo import build_demo
from coi_desktop.services.duplicates import normalise, proposals
from coi_desktop.services.exports import export_csv, export_graphml, export_xlsx
from coi_desktop.services.privacy import owner_participant, owner_ref
from coi_desktop.services.report import export_report


@pytest.fixture(scope="module", params=["da", "en"])
def demo(request: pytest.FixtureRequest) -> Workshop:
    return build_demo(language=request.param)


def _items_of(ws: Workshop, kind: str) -> dict[str, set[str]]:
    """Normalised title → the items of that kind carrying it."""
    out: dict[str, set[str]] = {}
    for card in ws.cards.values():
        if card.kind == kind:
            out.setdefault(normalise(card.title), set()).add(card.item)
    return out


def test_possible_duplicates_has_nothing_to_propose(demo: Workshop) -> None:
    assert proposals(demo) == []


def test_each_named_actor_and_barrier_is_one_item(demo: Workshop) -> None:
    for kind in (ACTOR, BARRIER):
        several = {t: items for t, items in _items_of(demo, kind).items() if len(items) > 1}
        assert several == {}, kind
    by_item = demo.cards.by_item()
    # the supplier is on the grid, beside the barrier board and in the action plan
    robocare = next(c for c in demo.cards.values() if c.title == "RoboCare ApS")
    placements = by_item[robocare.item]
    assert len({c.canvas_id for c in placements}) == 3
    assert len({c.canvas_id for c in demo.cards.values() if c.kind == ACTOR}) == 3
    # a barrier on the board and in the action plan: one item on both
    shared = [cards for cards in by_item.values()
              if cards[0].kind == BARRIER and len(cards) > 1]
    assert len(shared) >= 5
    for cards in shared:
        assert len({c.canvas_id for c in cards}) == len(cards)  # once per canvas
        fields = {(c.title, c.category, c.severity, c.phase, c.description) for c in cards}
        assert len(fields) == 1  # the placements agree on what the item is


def test_owners_from_the_roster_are_references(demo: Workshop) -> None:
    roster = demo.participants
    owners = [c.owner for c in demo.cards.values() if c.kind == ACTION]
    assert owners and all(owner_participant(o) in roster for o in owners)
    silent = {owner_participant(o) for o in owners} - {p.id for p in roster.values()
                                                         if p.consent}
    assert len(silent) == 1  # one owner did not consent: the rules have something to do
    assert not any(p.name in o for p in roster.values() for o in owners)


def _non_consenting(ws: Workshop) -> list[str]:
    return [p.name for p in ws.participants.values() if not p.consent]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workshop, Path]:
    ws = build_demo(language="da")
    folder = tmp_path_factory.mktemp("demo_out")
    export_report(ws, folder / "demo.pdf")
    export_csv(ws, folder / "csv")
    export_xlsx(ws, folder / "demo.xlsx")
    export_graphml(ws, folder / "demo.graphml")
    return ws, folder


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the report"
    done = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True)
    return done.stdout


def test_the_report_counts_items_and_names_no_one_who_declined(
        outputs: tuple[Workshop, Path]) -> None:
    ws, folder = outputs
    text = _pdf_text(folder / "demo.pdf")
    for name in _non_consenting(ws):
        assert name not in text, name
        assert name.split()[-1] not in text, name  # not even the surname
    kinds = Counter(cards[0].kind for cards in ws.cards.by_item().values())
    assert len(ws.cards.by_item()) < len(ws.cards)  # items on several canvases
    line = " · ".join(f"{REGISTRY.kind_label(k, 'da')}: {kinds[k]}"
                      for k in REGISTRY.kind_ids if kinds[k])
    assert line in text  # the summary counts each item once ("Aktør: 17 · Barriere: …")
    # the action the non-consenting participant owns shows their organisation instead
    owner = next(p for p in ws.participants.values() if not p.consent
                 and any(c.owner == owner_ref(p.id) for c in ws.cards.values()))
    row = next(ln for ln in text.splitlines() if "Udarbejd konsekvensanalyse" in ln
               and "2026-" in ln)
    assert owner.organisation in row


def test_exports_count_each_item_once(outputs: tuple[Workshop, Path]) -> None:
    from openpyxl import load_workbook

    ws, folder = outputs
    items = len(ws.cards.by_item())
    with open(folder / "csv" / "elements.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) - 1 == items
    titles = [r[rows[0].index("Label")] for r in rows[1:]]
    assert len(set(titles)) == len(titles)  # no actor or barrier listed twice
    book = load_workbook(folder / "demo.xlsx", read_only=True)
    assert book["Elements"].max_row - 1 == items
    graph = ET.parse(folder / "demo.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(graph.findall(".//g:node", ns)) == items
    for path in (folder / "csv" / "elements.csv", folder / "csv" / "connections.csv",
                 folder / "demo.graphml"):
        data = path.read_text(encoding="utf-8-sig")
        for name in _non_consenting(ws):
            assert name not in data, (path.name, name)
