"""What the barriers block (w3-model, issue 12): the analysis reads "blocks" (barrier →
actor/opportunity), says which barrier blocks what, calls a blocking barrier nobody addresses
the most pressing, counts a blocked actor as affected, and the report prints it as a table."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coi_desktop.models import Canvas, Workshop
from coi_desktop.models.entities import new_id
from coi_desktop.models.registry import ACTOR, BARRIER, BLOCKS, OPPORTUNITY
from coi_desktop.services.analysis import analyse

from .test_report_data import card, link


def board(language: str = "en") -> tuple[Workshop, dict[str, str]]:
    """Two barriers of equal severity: the integration one blocks an opportunity and an
    actor and nothing addresses it; the budget one blocks the same opportunity and a shared
    business case addresses it."""
    w = Workshop.new("Blokeringer", language=language, template="blank")
    ids = {"integration": card(w, BARRIER, "No open interfaces", severity=3),
           "budget": card(w, BARRIER, "No budget after the pilot", severity=3),
           "robot": card(w, OPPORTUNITY, "Documentation robot"),
           "case": card(w, OPPORTUNITY, "Shared business case"),
           "it": card(w, ACTOR, "IT department")}
    link(w, ids["integration"], ids["robot"], BLOCKS)
    link(w, ids["integration"], ids["it"], BLOCKS)
    link(w, ids["budget"], ids["robot"], BLOCKS)
    link(w, ids["case"], ids["budget"], "addresses")
    return w, ids


def test_the_finding_says_what_each_barrier_blocks() -> None:
    w, ids = board()
    found = analyse(w).finding("blocked")
    assert found.question == "What do the barriers block?"
    assert [(r.id, r.score, r.rank) for r in found.cards] == [
        (ids["integration"], 2, 1), (ids["budget"], 1, 2)]
    blocked = {g.label: {(c.title, c.score) for c in g.cards} for g in found.groups}
    assert blocked == {
        "\u201cNo open interfaces\u201d blocks": {("Documentation robot", 2),
                                                  ("IT department", 1)},
        "\u201cNo budget after the pilot\u201d blocks": {("Documentation robot", 2)}}
    assert found.answer == (
        "2 barriers block opportunities or actors; \u201cNo open interfaces\u201d blocks the "
        "most (2). No opportunity addresses \u201cNo open interfaces\u201d, so it is the most "
        "pressing.")


def test_a_tie_is_said_as_a_tie_in_danish() -> None:
    w, ids = board("da")
    w.links.remove([lk.id for lk in w.links.values()
                    if lk.target_id == ids["it"]])
    link(w, ids["case"], ids["integration"], "addresses")
    found = analyse(w).finding("blocked")
    assert [r.rank for r in found.cards] == [1, 1] and all(r.shared for r in found.cards)
    assert found.answer.startswith("2 barrierer blokerer muligheder eller aktører; delt "
                                   "1.-plads:")
    assert found.answer.endswith("Alle blokerende barrierer har mindst én mulighed imod sig.")


def test_a_single_blocking_barrier_and_none() -> None:
    w = Workshop.new("En", language="en", template="blank")
    b = card(w, BARRIER, "Unclear legal basis", severity=4)
    o = card(w, OPPORTUNITY, "Route robot")
    assert analyse(w).finding("blocked").answer == (
        "No barrier is marked as blocking an opportunity or an actor.")
    link(w, b, o, BLOCKS)
    assert analyse(w).finding("blocked").answer == (
        "\u201cUnclear legal basis\u201d blocks \u201cRoute robot\u201d. No opportunity "
        "addresses \u201cUnclear legal basis\u201d, so it is the most pressing.")


def test_blocking_counts_as_affecting_and_as_more_pressing() -> None:
    w, ids = board()
    result = analyse(w)
    hit = {r.id: r.score for r in result.finding("barriers_hit").cards}
    assert hit == {ids["integration"]: 1}  # the blocked IT department is affected
    w2 = Workshop.new("Lige alvor", language="en", template="blank")
    quiet = card(w2, BARRIER, "A quiet barrier", severity=3)
    loud = card(w2, BARRIER, "Z blocking barrier", severity=3)
    link(w2, loud, card(w2, OPPORTUNITY, "Pilot"), BLOCKS)
    order = [r.id for r in analyse(w2).finding("uncovered").cards]
    assert order == [loud, quiet]  # same severity: the one that blocks comes first


def test_blocks_across_canvases_count_the_item_once() -> None:
    w, ids = board()
    plan = Canvas(new_id(), "Plan", "blank", 1)
    w.canvases.add([plan])
    at_plan = w.cards.place(ids["integration"], plan.id, 0, 0).upserted[0].id
    pilot = card(w, OPPORTUNITY, "Pilot in the north", plan.id)
    link(w, at_plan, pilot, BLOCKS)
    found = analyse(w).finding("blocked")
    assert (found.cards[0].id, found.cards[0].score) == (ids["integration"], 3)
    assert len(found.cards) == 2
    # on the plan alone, only its own link counts
    assert [(r.id, r.score) for r in analyse(w, plan.id).finding("blocked").cards] == [
        (at_plan, 1)]


def test_a_link_the_rules_refuse_is_not_read_as_blocking() -> None:
    w, ids = board()
    legacy = w.links.new(ids["robot"], ids["budget"], BLOCKS)  # opportunity → barrier
    w.restore([legacy])  # as a file made before the rule would hold it
    assert {r.id for r in analyse(w).finding("blocked").cards} == {ids["integration"],
                                                                   ids["budget"]}
    assert all(r.score < 3 for r in analyse(w).finding("blocked").cards)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_report_prints_what_blocks_what(tmp_path: Path, language: str) -> None:
    from coi_desktop.services.report import export_report

    w, _ = board(language)
    export_report(w, tmp_path / "r.pdf")
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the report"
    text = subprocess.run([tool, "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    question, head, no = (("Hvad blokerer barriererne?", "Blokerer", "Nej") if language == "da"
                          else ("What do the barriers block?", "Blocks", "No"))
    assert question in text
    lines = text[text.rindex(question):].splitlines()
    at = next(n for n, line in enumerate(lines) if head in line and "#" in line)
    row = next(line for line in lines[at:] if "No open interfaces" in line)
    assert "Documentation robot" in row and row.rstrip().endswith(no)
