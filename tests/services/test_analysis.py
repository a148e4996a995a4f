"""The analysis answers DOMAIN.md's questions on small graphs whose answers are known."""

from __future__ import annotations

import subprocess
import sys

from coi_desktop.models import Workshop
from coi_desktop.services.analysis import AnalysisCache, analyse, build_graph

from .test_report_data import card, link, rich, star


def test_star_centre_is_the_bridge_builder() -> None:
    w, centre, leaves = star()
    result = analyse(w)
    bridges = result.finding("bridges")
    assert bridges.cards[0].id == centre
    assert bridges.cards[0].title == "Centre"
    assert "Centre" in bridges.answer
    assert all(ref.id != leaf for ref in bridges.cards for leaf in leaves)


def test_actors_come_before_other_bridges() -> None:
    w = Workshop.new("x", language="en")
    hub = card(w, "barrier", "Hub barrier")
    actor = card(w, "actor", "Small bridge")
    others = [card(w, "opportunity", f"O{i}") for i in range(4)]
    for o in others:
        link(w, hub, o)
    link(w, hub, actor)
    link(w, actor, card(w, "actor", "Far actor"))
    refs = analyse(w).finding("bridges").cards
    assert refs[0].id == actor and refs[1].id == hub


def test_uncovered_barrier_is_found_and_covered_one_is_not() -> None:
    w = Workshop.new("x", language="en")
    covered = card(w, "barrier", "Covered")
    bare = card(w, "barrier", "Nobody addresses me", severity=5)
    link(w, card(w, "opportunity", "Fix"), covered)
    finding = analyse(w).finding("uncovered")
    assert [r.id for r in finding.cards] == [bare]
    assert "Nobody addresses me" in finding.answer


def test_barrier_hitting_most_actors_ranks_first() -> None:
    w = Workshop.new("x", language="en")
    big, small = card(w, "barrier", "Big"), card(w, "barrier", "Small")
    actors = [card(w, "actor", f"A{i}") for i in range(3)]
    for a in actors:
        link(w, a, big)
    link(w, actors[0], small)
    refs = analyse(w).finding("barriers_hit").cards
    assert [(r.id, r.score) for r in refs] == [(big, 3), (small, 1)]


def test_two_disconnected_groups_are_two_clusters() -> None:
    w = Workshop.new("x", language="en")
    left = [card(w, "actor", f"L{i}") for i in range(3)]
    right = [card(w, "actor", f"R{i}") for i in range(3)]
    for group in (left, right):
        link(w, group[0], group[1])
        link(w, group[1], group[2])
        link(w, group[2], group[0])
    result = analyse(w)
    assert sorted(map(sorted, result.clusters)) == sorted([sorted(left), sorted(right)])
    assert len(result.finding("clusters").groups) == 2


def test_isolated_actor_stands_alone() -> None:
    w, _centre, _ = star()
    lonely = card(w, "actor", "Lonely")
    card(w, "barrier", "Lonely barrier is no actor")
    finding = analyse(w).finding("alone")
    assert [r.id for r in finding.cards] == [lonely]


def test_priorities_per_round_and_language() -> None:
    w = rich("da")
    finding = analyse(w).finding("priorities")
    assert finding.question == "Hvad prioriterede deltagerne?"
    assert finding.cards[0].title == "Barriere 3" and finding.cards[0].score == 6
    assert finding.groups and finding.groups[0].label.startswith("Vigtigste barrierer")
    en = analyse(w, language="en").finding("priorities")
    assert en.question == "What did the participants prioritise?"


def test_one_canvas_only() -> None:
    w = rich()
    board = w.canvases.ordered()[0].id
    result = analyse(w, board)
    assert all(w.cards.require(r.id).canvas_id == board for f in result.findings for r in f.cards)
    assert build_graph(w, board).number_of_edges() == 0


def test_graph_keeps_fields_and_direction() -> None:
    w = rich()
    g = build_graph(w)
    assert g.number_of_nodes() == len(w.cards) and g.number_of_edges() == len(w.links)
    lk = next(iter(w.links.values()))
    data = g.get_edge_data(lk.source_id, lk.target_id)[lk.id]
    assert data["relation"] == lk.relation and data["directed"] == lk.directed
    assert g.nodes[lk.source_id]["kind"] == w.cards.require(lk.source_id).kind


def test_cache_recomputes_only_after_a_change() -> None:
    w, _centre, leaves = star()
    cache = AnalysisCache(w)
    first = cache.get()
    assert cache.get() is first and cache.computations == 1
    w.cards.update(leaves[0], title="Renamed")
    second = cache.get()
    assert second is not first and cache.computations == 2
    cache.close()
    w.cards.update(leaves[1], title="After close")
    assert cache.stale


def test_services_do_not_import_networkx_or_qt_at_import() -> None:
    code = ("import sys; import coi_desktop.services.analysis, coi_desktop.services.exports, "
            "coi_desktop.services.imports, coi_desktop.cli.export_cmds; "
            "print('networkx' in sys.modules, 'PySide6' in sys.modules); "
            "import coi_desktop.services.report.workshop; "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False", "False"]


def test_singular_sentences() -> None:
    w = Workshop.new("x", language="da")
    card(w, "actor", "Alene")
    card(w, "barrier", "Ubehandlet")
    result = analyse(w)
    assert result.finding("alone").answer == "1 aktør har ingen forbindelser: “Alene”."
    assert result.finding("uncovered").answer.startswith("1 barriere har ingen mulighed")
    en = analyse(w, language="en")
    assert en.finding("alone").answer == "1 actor has no links: “Alene”."


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

KINDS = ("actor", "barrier", "opportunity", "action", "note")


@settings(max_examples=40, deadline=None)
@given(kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=14),
       pairs=st.lists(st.tuples(st.integers(0, 13), st.integers(0, 13)), max_size=25))
def test_findings_agree_with_the_links(kinds: list[str], pairs: list[tuple[int, int]]) -> None:
    w = Workshop.new("x", language="en")
    ids = [card(w, kind, f"{kind} {i}") for i, kind in enumerate(kinds)]
    seen = set()
    for a, b in pairs:
        a, b = a % len(ids), b % len(ids)
        if a != b and (a, b) not in seen and (b, a) not in seen:
            seen.add((a, b))
            link(w, ids[a], ids[b])
    result = analyse(w)
    linked = {x for lk in w.links.values() for x in (lk.source_id, lk.target_id)}
    alone = {r.id for r in result.finding("alone").cards}
    assert alone == {c.id for c in w.cards.values() if c.kind == "actor" and c.id not in linked}
    addressed = {(lk.target_id if w.cards.require(lk.target_id).kind == "barrier" else lk.source_id)
                 for lk in w.links.values()
                 if {w.cards.require(lk.source_id).kind, w.cards.require(lk.target_id).kind}
                 == {"opportunity", "barrier"}}
    uncovered = {r.id for r in result.finding("uncovered").cards}
    assert uncovered == {c.id for c in w.cards.values()
                         if c.kind == "barrier" and c.id not in addressed}
    members = [cid for cluster in result.clusters for cid in cluster]
    assert len(members) == len(set(members))  # no card in two clusters
    assert set(members) <= linked
    assert all(len(cluster) >= 2 for cluster in result.clusters)
    assert all(0 <= v <= 1 for v in result.centrality.values())
