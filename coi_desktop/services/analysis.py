"""What the workshop found: the network of cards and the questions DOMAIN.md asks of it.

`build_graph` turns a workshop (or one canvas) into a networkx graph: cards are nodes with
their fields, links are typed edges (directed relations keep their direction). `analyse`
answers the facilitator's questions (bridge-builders, barriers that hit the most actors,
barriers nobody addresses, actors standing alone, clusters, what the room prioritised) in the
workshop's language; each `Finding` names the cards it rests on. `AnalysisCache` subscribes
to a workshop and recomputes only after a change. networkx is imported inside the functions
so that start-up never pays for it.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import phrasebook
from ..models.entities import Card, field_names
from ..models.events import Change
from ..models.registry import (
    ACTOR,
    ADDRESSES,
    BARRIER,
    BLOCKS,
    CAUSES,
    EXPERIENCES,
    OPPORTUNITY,
    RELATES,
)
from ..models.workshop import Workshop

if TYPE_CHECKING:
    import networkx as nx


#: Above this many cards, betweenness is estimated from a fixed sample of sources.
EXACT_BETWEENNESS_LIMIT = 600
TOP = 5

#: Every sentence the analysis writes: key → (da, en), said through the phrasebook.
TEXT: dict[str, tuple[str, str]] = {
    "bridges": ("Hvem er brobyggerne?", "Who are the bridge-builders?"),
    "bridges_yes": ("{names} binder flest andre kort sammen.",
                    "{names} connects the most other cards."),
    "bridges_no": ("Ingen kort binder andre sammen endnu.", "No card connects others yet."),
    "barriers_hit": ("Hvilke barrierer rammer flest aktører?",
                     "Which barriers affect the most actors?"),
    "barriers_hit_yes": ("{names} rammer flest aktører ({score}).",
                         "{names} affects the most actors ({score})."),
    "barriers_hit_no": ("Ingen barriere er forbundet med en aktør endnu.",
                        "No barrier is linked to an actor yet."),
    "uncovered": ("Hvilke barrierer har ingen mulighed imod sig?",
                  "Which barriers have no opportunity addressing them?"),
    "uncovered_yes": ("{count} barrierer har ingen mulighed imod sig: {names}.",
                      "{count} barriers have no opportunity addressing them: {names}."),
    "uncovered_yes_one": ("1 barriere har ingen mulighed imod sig: {names}.",
                          "1 barrier has no opportunity addressing it: {names}."),
    "uncovered_no": ("Alle barrierer har mindst én mulighed imod sig.",
                     "Every barrier has at least one opportunity addressing it."),
    "alone": ("Hvilke aktører står alene?", "Which actors stand alone?"),
    "alone_yes": ("{count} aktører har ingen forbindelser: {names}.",
                  "{count} actors have no links: {names}."),
    "alone_yes_one": ("1 aktør har ingen forbindelser: {names}.", "1 actor has no links: {names}."),
    "alone_no": ("Alle aktører er forbundet med noget.", "Every actor is linked to something."),
    "clusters": ("Hvilke klynger hænger sammen?", "Which clusters hang together?"),
    "clusters_yes": ("{count} klynger af kort hænger sammen.",
                     "{count} clusters of cards hang together."),
    "clusters_yes_one": ("1 klynge af kort hænger sammen.", "1 cluster of cards hangs together."),
    "clusters_no": ("Der er endnu ingen klynger af forbundne kort.",
                    "There are no clusters of linked cards yet."),
    "cluster_name": ("Klynge omkring {title} ({count} kort)",
                     "Cluster around {title} ({count} cards)"),
    "priorities": ("Hvad prioriterede deltagerne?", "What did the participants prioritise?"),
    "priorities_yes": ("{names} fik flest prikker ({score}).",
                       "{names} received the most dots ({score})."),
    "priorities_tie": ("Delt 1.-plads: {names} fik lige mange prikker ({score}).",
                       "Shared first place: {names} received equally many dots ({score})."),
    "bridges_tie": ("Delt 1.-plads: {names} binder lige mange andre kort sammen.",
                    "Shared first place: {names} connect equally many other cards."),
    "bridges_actors_yes": ("Af aktørerne binder {names} flest andre kort sammen.",
                           "Of the actors, {names} connects the most other cards."),
    "bridges_actors_tie": ("Delt 1.-plads blandt aktørerne: {names} binder lige mange andre kort "
                           "sammen.",
                           "Shared first place among the actors: {names} connect equally many "
                           "other cards."),
    "barriers_hit_tie": ("Delt 1.-plads: {names} rammer lige mange aktører ({score}).",
                         "Shared first place: {names} affect equally many actors ({score})."),
    "shared_rank": ("delt {rank}.-plads", "shared {rank}{suffix} place"),
    "priorities_no": ("Der er ikke afgivet stemmer endnu.", "No votes have been cast yet."),
    "round_name": ("{title}: {dots} prikker", "{title}: {dots} dots"),
    # w3-model: what the barriers block ("blocks": barrier → actor/opportunity)
    "blocked": ("Hvad blokerer barriererne?", "What do the barriers block?"),
    "blocked_no": ("Ingen barriere er markeret som blokerende for en mulighed eller en aktør.",
                   "No barrier is marked as blocking an opportunity or an actor."),
    "blocked_one": ("{barrier} blokerer {targets}.", "{barrier} blocks {targets}."),
    "blocked_yes": ("{count} barrierer blokerer muligheder eller aktører; {names} blokerer "
                    "flest ({score}).",
                    "{count} barriers block opportunities or actors; {names} blocks the most "
                    "({score})."),
    "blocked_tie": ("{count} barrierer blokerer muligheder eller aktører; delt 1.-plads: "
                    "{names} blokerer lige mange ({score}).",
                    "{count} barriers block opportunities or actors; shared first place: "
                    "{names} block equally many ({score})."),
    "blocked_open": ("Ingen mulighed adresserer {names}, så de er de mest presserende.",
                     "No opportunity addresses {names}, so they are the most pressing."),
    "blocked_open_one": ("Ingen mulighed adresserer {names}, så den er den mest presserende.",
                         "No opportunity addresses {names}, so it is the most pressing."),
    "blocked_open_no": ("Alle blokerende barrierer har mindst én mulighed imod sig.",
                        "Every blocking barrier has at least one opportunity addressing it."),
    "blocked_group": ("{title} blokerer", "{title} blocks"),
    "and": ("og", "and"),
    "untitled": ("(uden titel)", "(untitled)"),
}
_say = phrasebook.add("analysis", TEXT)


def text(key: str, language: str, **values: Any) -> str:
    """One analysis sentence in `language` ("da" or "en"), filled in; a `count` or a
    single name of 1 picks the singular sentence (`key_one`) where there is one."""
    single = values.get("count") == 1 or values.get("single") is True
    values.pop("single", None)
    if single and f"{key}_one" in TEXT:
        key = f"{key}_one"
    return _say(key, language, **values)


@dataclass(frozen=True)
class CardRef:
    """A card a finding rests on, with the score that put it there.

    `rank` is the competition rank in its list (1, 1, 3: equal scores share a rank) and
    `shared` says whether another card holds the same rank; 0 where order is no ranking.
    """

    id: str
    title: str
    kind: str
    score: float
    canvas_id: str = ""
    rank: int = 0
    shared: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "kind": self.kind,
                "score": round(self.score, 4), "canvas_id": self.canvas_id,
                "rank": self.rank, "shared": self.shared}


def ranked(refs: Iterable[CardRef], key: Any = None) -> tuple[CardRef, ...]:
    """`refs` (already in order) with competition ranks: equal `key` values share a rank."""
    from dataclasses import replace

    items = list(refs)
    keys = [round(r.score, 9) if key is None else key(r) for r in items]
    out: list[CardRef] = []
    for n, (r, k) in enumerate(zip(items, keys, strict=True)):
        rank = n + 1 if n == 0 or k != keys[n - 1] else out[-1].rank
        shared = keys.count(k) > 1
        out.append(replace(r, rank=rank, shared=shared))
    return tuple(out)


def rank_label(ref: CardRef, language: str) -> str:
    """"1", or "delt 1.-plads"/"shared 1st place" when the rank is shared."""
    if not ref.shared:
        return str(ref.rank)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(ref.rank if ref.rank < 20 else ref.rank % 10,
                                             "th")
    return text("shared_rank", language, rank=ref.rank, suffix=suffix)


def leaders(refs: tuple[CardRef, ...]) -> tuple[CardRef, ...]:
    """The cards that hold first place (one, or several that tie)."""
    return tuple(r for r in refs if r.rank == 1)


def _top_sentence(key: str, refs: tuple[CardRef, ...], lang: str, names: Any) -> str:
    """"A has the most …" only when A is strictly ahead; a tie says so."""
    first = leaders(refs)
    score = _score_text(first[0].score)
    if len(first) == 1:
        return text(f"{key}_yes", lang, names=names(first), score=score)
    return text(f"{key}_tie", lang, names=names(first, limit=len(first)), score=score)


def _score_text(value: float) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.2f}"


@dataclass(frozen=True)
class CardGroup:
    """A named group of cards inside a finding (a cluster, a voting round)."""

    label: str
    cards: tuple[CardRef, ...]

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "cards": [c.to_json() for c in self.cards]}


@dataclass(frozen=True)
class Finding:
    """One question, its answer in one sentence, and the cards it rests on."""

    key: str
    question: str
    answer: str
    cards: tuple[CardRef, ...] = ()
    groups: tuple[CardGroup, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "question": self.question, "answer": self.answer,
                "cards": [c.to_json() for c in self.cards],
                "groups": [g.to_json() for g in self.groups]}


@dataclass
class Analysis:
    """Findings plus the per-card numbers the canvas overlay and the report draw from."""

    language: str
    canvas_id: str | None
    findings: list[Finding] = field(default_factory=list)
    centrality: dict[str, float] = field(default_factory=dict)
    clusters: list[list[str]] = field(default_factory=list)  # card ids, biggest first

    def finding(self, key: str) -> Finding:
        return next(f for f in self.findings if f.key == key)

    def cluster_of(self) -> dict[str, int]:
        return {cid: i for i, ids in enumerate(self.clusters) for cid in ids}

    def to_json(self) -> dict[str, Any]:
        return {"language": self.language, "canvas_id": self.canvas_id,
                "findings": [f.to_json() for f in self.findings]}


# -- the graph ----------------------------------------------------------------------------

_NODE_FIELDS = tuple(n for n in field_names(Card)
                     if n not in ("id", "x", "y", "width", "height", "color", "notes"))


def node_attributes(card: Card) -> dict[str, Any]:
    """A card's fields as graph attributes (tags joined by ", "; empty values left out)."""
    attrs: dict[str, Any] = {}
    for name in _NODE_FIELDS:
        value = getattr(card, name)
        if name == "tags":
            value = ", ".join(value)
        if value is None or value == "":
            continue
        attrs[name] = value
    return attrs


def representatives(workshop: Workshop) -> dict[str, str]:
    """Card id → the id of the card that stands for its item (the placement on the first
    canvas): the whole workshop counts each item once, whatever canvases it is on."""
    order = {c.id: n for n, c in enumerate(workshop.canvases.ordered())}
    out: dict[str, str] = {}
    for placements in workshop.cards.by_item().values():
        first = min(placements, key=lambda c: (order.get(c.canvas_id, 0), c.id))
        out.update((c.id, first.id) for c in placements)
    return out


def _selected(workshop: Workshop, canvas_id: str | None) -> tuple[list[Card], list[Any]]:
    """The cards and links to analyse. For the whole workshop, one card per item and its
    links from every canvas merged onto it (each joining pair and relation once)."""
    if canvas_id is None:
        from dataclasses import replace

        rep = representatives(workshop)
        cards = [c for c in workshop.cards.values() if rep[c.id] == c.id]
        seen: set[tuple[str, str, str]] = set()
        links = []
        for link in sorted(workshop.links.values(), key=lambda lk: lk.id):
            a, b = rep.get(link.source_id), rep.get(link.target_id)
            if a is None or b is None or a == b:
                continue
            key = (a, b, link.relation) if link.directed else (min(a, b), max(a, b),
                                                               link.relation)
            if key in seen:
                continue
            seen.add(key)
            links.append(replace(link, source_id=a, target_id=b))
    else:
        workshop.canvases.require(canvas_id)
        cards, links = workshop.cards.on(canvas_id), workshop.links.on(canvas_id)
    return sorted(cards, key=lambda c: c.id), sorted(links, key=lambda link: link.id)


def build_graph(workshop: Workshop, canvas_id: str | None = None) -> nx.MultiDiGraph:
    """Cards as nodes (with their fields), links as edges keyed by link id."""
    return _graph_of(*_selected(workshop, canvas_id))


def _graph_of(cards: list[Card], links: list[Any]) -> nx.MultiDiGraph:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for card in cards:
        graph.add_node(card.id, **node_attributes(card))
    for link in links:
        attrs = {"relation": link.relation, "directed": link.directed,
                 "canvas_id": link.canvas_id}
        if link.label:
            attrs["label"] = link.label
        graph.add_edge(link.source_id, link.target_id, key=link.id, **attrs)
    return graph


def _simple_undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in graph.edges()))
    return simple


# -- analysis -----------------------------------------------------------------------------

def analyse(workshop: Workshop, canvas_id: str | None = None,
            language: str | None = None) -> Analysis:
    """Answer DOMAIN.md's questions about the workshop (or one canvas)."""

    lang = language or workshop.info.language
    cards, links = _selected(workshop, canvas_id)
    by_id = {c.id: c for c in cards}
    graph = _simple_undirected(_graph_of(cards, links))
    if graph.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        centrality = betweenness(graph, k=min(300, graph.number_of_nodes()))
    else:
        centrality = betweenness(graph)
    clusters = _clusters(graph, centrality, by_id)
    result = Analysis(lang, canvas_id, centrality=centrality, clusters=clusters)

    def ref(cid: str, score: float) -> CardRef:
        card = by_id[cid]
        return CardRef(cid, card.title.strip() or text("untitled", lang), card.kind, score,
                       card.canvas_id)

    def names(refs: Iterable[CardRef], limit: int = TOP) -> str:
        return join_names([f"\u201c{r.title}\u201d" for r in list(refs)[:limit]], lang)

    # Bridge-builders: actors first (the sentence names only them), then any card.
    central = [c for c in cards if centrality.get(c.id, 0) > 0]
    actors = [c for c in central if c.kind == ACTOR]
    by_rank = sorted(central, key=lambda c: (c.kind != ACTOR, -centrality[c.id], c.title))
    bridges = ranked((ref(c.id, centrality[c.id]) for c in by_rank),
                     key=lambda r: (r.kind != ACTOR, round(r.score, 9)))[:TOP]
    bridge_key = "bridges_actors" if actors and len(actors) < len(central) else "bridges"
    result.findings.append(Finding(
        "bridges", text("bridges", lang),
        _top_sentence(bridge_key, bridges, lang, names) if bridges
        else text("bridges_no", lang),
        bridges))

    actors_of, addressed = _barrier_links(links, by_id)
    blocked = _blocked(links, by_id)  # w3-model: barrier id → the cards it blocks
    barriers = [c for c in cards if c.kind == BARRIER]
    hit = sorted((b for b in barriers if actors_of.get(b.id)),
                 key=lambda b: (-len(actors_of[b.id]), -(b.severity or 0), b.title))
    hit_refs = ranked(ref(b.id, len(actors_of[b.id])) for b in hit)[:TOP]
    result.findings.append(Finding(
        "barriers_hit", text("barriers_hit", lang),
        _top_sentence("barriers_hit", hit_refs, lang, names) if hit_refs
        else text("barriers_hit_no", lang), hit_refs))

    uncovered = sorted((b for b in barriers if b.id not in addressed),
                       key=lambda b: (-(b.severity or 0), -len(blocked.get(b.id, ())),
                                      -len(actors_of.get(b.id, ())), b.title))
    un_refs = tuple(ref(b.id, b.severity or 0) for b in uncovered)
    result.findings.append(Finding(
        "uncovered", text("uncovered", lang),
        text("uncovered_yes", lang, count=len(un_refs), names=names(un_refs))
        if un_refs else text("uncovered_no", lang), un_refs))
    result.findings.append(_blocked_finding(blocked, addressed, by_id, lang, ref, names))

    alone = sorted((c for c in cards if c.kind == ACTOR and graph.degree(c.id) == 0),
                   key=lambda c: c.title)
    alone_refs = tuple(ref(c.id, 0) for c in alone)
    result.findings.append(Finding(
        "alone", text("alone", lang),
        text("alone_yes", lang, count=len(alone_refs), names=names(alone_refs))
        if alone_refs else text("alone_no", lang), alone_refs))

    groups = []
    for ids in clusters:
        members = tuple(ref(cid, centrality.get(cid, 0)) for cid in ids)
        groups.append(CardGroup(text("cluster_name", lang, title=members[0].title,
                                     count=len(members)), members))
    result.findings.append(Finding(
        "clusters", text("clusters", lang),
        text("clusters_yes", lang, count=len(groups)) if groups else text("clusters_no", lang),
        tuple(g.cards[0] for g in groups), tuple(groups)))

    result.findings.append(_priorities(workshop, canvas_id, by_id, lang, ref, names))
    return result


def betweenness(graph: nx.Graph, k: int | None = None) -> dict[str, float]:
    """`nx.betweenness_centrality(graph, k=k, seed=0)`: the same numbers, faster.

    networkx's search gives EVERY node of the graph a predecessor list and a path count for
    each source (3,000 lists for each of 300 sources at 3,000 cards: half the analysis);
    this one only the nodes the source reaches. Same sampled sources, same visiting order,
    same sums and networkx's own rescaling, so each figure is identical to the last bit
    (tests/services/test_analysis_betweenness.py). If networkx's internals change, networkx.
    """
    import networkx as nx

    try:
        from networkx.algorithms.centrality.betweenness import _rescale
    except ImportError:  # pragma: no cover - a networkx without the helper
        return dict(nx.betweenness_centrality(graph, k=k, seed=0))
    if k == len(graph):
        k = None  # as networkx: every node a source
    sources = list(graph) if k is None else random.Random(0).sample(list(graph.nodes()), k)
    result = dict.fromkeys(graph, 0.0)
    adjacency = graph.adj
    for s in sources:
        order: list[str] = []
        preds: dict[str, list[str]] = {s: []}
        sigma, dist = {s: 1.0}, {s: 0}
        queue = deque([s])
        while queue:  # breadth first: shortest paths and their counts
            v = queue.popleft()
            order.append(v)
            dv, sigma_v = dist[v] + 1, sigma[v]
            for w in adjacency[v]:
                if w not in dist:
                    queue.append(w)
                    dist[w], sigma[w], preds[w] = dv, 0.0, []
                if dist[w] == dv:
                    sigma[w] += sigma_v
                    preds[w].append(v)
        delta = dict.fromkeys(order, 0.0)  # (networkx starts from int 0: same sums)
        while order:  # back from the farthest: each node's share of the paths
            w = order.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                result[w] += delta[w]
    try:
        return dict(_rescale(result, len(graph), normalized=True, directed=False,
                             endpoints=False, sampled_nodes=None if k is None else sources))
    except TypeError:  # pragma: no cover - another signature: let networkx do it all
        return dict(nx.betweenness_centrality(graph, k=k, seed=0))


def _barrier_links(links: list[Any], by_id: dict[str, Card]
                   ) -> tuple[dict[str, set[str]], set[str]]:
    """Actors linked to each barrier, and the barriers some opportunity addresses.

    A link counts when its relation says so ("experiences", "addresses"; a barrier that
    "blocks" an actor affects it) or is the neutral "relates to" in either direction (a
    facilitator draws lines both ways), or when it runs from the actor or opportunity to the
    barrier; "causes" never counts as help, nor does "blocks".
    """
    actors_of: dict[str, set[str]] = {}
    addressed: set[str] = set()
    for link in links:
        a, b = by_id.get(link.source_id), by_id.get(link.target_id)
        if a is None or b is None or link.relation == CAUSES:
            continue
        for first, second, forward in ((a, b, True), (b, a, False)):
            if second.kind != BARRIER:
                continue
            if first.kind == ACTOR and (
                    forward or link.relation in (EXPERIENCES, RELATES, BLOCKS)):
                actors_of.setdefault(second.id, set()).add(first.id)
            if first.kind == OPPORTUNITY and (
                    forward or link.relation in (ADDRESSES, RELATES)):
                addressed.add(second.id)
    return actors_of, addressed


# -- what the barriers block (w3-model) -----------------------------------------------------

def _blocked(links: list[Any], by_id: dict[str, Card]) -> dict[str, set[str]]:
    """Barrier id → the actors and opportunities it blocks ("blocks" links as the registry
    allows them; a link from a file made before the rule, joining other kinds, is left out)."""
    out: dict[str, set[str]] = {}
    for link in links:
        a, b = by_id.get(link.source_id), by_id.get(link.target_id)
        if (link.relation == BLOCKS and a is not None and b is not None and a.kind == BARRIER
                and b.kind in (ACTOR, OPPORTUNITY)):
            out.setdefault(a.id, set()).add(b.id)
    return out


def _blocked_finding(blocked: dict[str, set[str]], addressed: set[str],
                     by_id: dict[str, Card], lang: str, ref: Any, names: Any) -> Finding:
    """Which barriers block which opportunities and actors, the one blocking most first (a
    tie is said as one); a blocking barrier no opportunity addresses is the most pressing,
    and the answer names it (it also leads among equals in "uncovered")."""
    question = text("blocked", lang)
    if not blocked:
        return Finding("blocked", question, text("blocked_no", lang))
    blockers: dict[str, int] = {}
    for targets in blocked.values():
        for t in targets:
            blockers[t] = blockers.get(t, 0) + 1
    order = sorted(blocked, key=lambda b: (-len(blocked[b]), b in addressed,
                                           -(by_id[b].severity or 0), by_id[b].title, b))
    refs = ranked(ref(b, len(blocked[b])) for b in order)
    groups = tuple(CardGroup(text("blocked_group", lang, title=f"\u201c{r.title}\u201d"),
                             tuple(ref(t, blockers[t]) for t in sorted(
                                 blocked[r.id], key=lambda t: (-blockers[t], by_id[t].kind,
                                                               by_id[t].title, t))))
                   for r in refs)
    if len(refs) == 1:
        answer = text("blocked_one", lang, barrier=names(refs), targets=names(groups[0].cards))
    else:
        first = leaders(refs)
        key = "blocked_yes" if len(first) == 1 else "blocked_tie"
        answer = text(key, lang, count=len(refs), names=names(first, limit=len(first)),
                      score=_score_text(first[0].score))
    open_refs = [r for r in refs if r.id not in addressed]
    answer += " " + (text("blocked_open", lang, count=len(open_refs), names=names(open_refs))
                     if open_refs else text("blocked_open_no", lang))
    return Finding("blocked", question, answer, refs[:TOP * 2], groups[:TOP * 2])


def _clusters(graph: nx.Graph, centrality: dict[str, float],
              by_id: dict[str, Card]) -> list[list[str]]:
    """Communities of two or more linked cards, biggest first, most central card first."""
    from networkx.algorithms.community import louvain_communities

    linked = graph.subgraph([n for n in graph.nodes if graph.degree(n) > 0])
    if linked.number_of_nodes() == 0:
        return []
    found = louvain_communities(linked, seed=0)
    clusters = [sorted(c, key=lambda cid: (-centrality.get(cid, 0), by_id[cid].title, cid))
                for c in found if len(c) >= 2]
    return sorted(clusters, key=lambda c: (-len(c), by_id[c[0]].title, c[0]))


def _priorities(workshop: Workshop, canvas_id: str | None, by_id: dict[str, Card],
                lang: str, ref: Any, names: Any) -> Finding:
    totals: dict[str, int] = {}
    groups = []
    rep = representatives(workshop) if canvas_id is None else {}
    for voting_round in workshop.voting.ordered(canvas_id):
        counts: dict[str, int] = {}
        for cid, n in workshop.voting.totals(voting_round.id).items():
            key = rep.get(cid, cid)
            if n > 0 and key in by_id:
                counts[key] = counts.get(key, 0) + n
        for cid, n in counts.items():
            totals[cid] = totals.get(cid, 0) + n
        if counts:
            top = sorted(counts, key=lambda cid: (-counts[cid], by_id[cid].title))
            groups.append(CardGroup(
                text("round_name", lang, title=voting_round.title or "—",
                     dots=sum(counts.values())),
                ranked(ref(cid, counts[cid]) for cid in top)[:TOP * 2]))
    top = sorted(totals, key=lambda cid: (-totals[cid], by_id[cid].title))
    refs = ranked(ref(cid, totals[cid]) for cid in top)[:TOP * 2]
    answer = (_top_sentence("priorities", refs, lang, names) if refs
              else text("priorities_no", lang))
    return Finding("priorities", text("priorities", lang), answer, refs, tuple(groups))


def vote_totals(workshop: Workshop, canvas_id: str | None = None) -> dict[str, int]:
    """Dots per card id over every round of one canvas; over all rounds, per item (under the
    id of the card that stands for it, see `representatives`)."""
    rep = representatives(workshop) if canvas_id is None else {}
    totals: dict[str, int] = {}
    for voting_round in workshop.voting.ordered(canvas_id):
        for cid, n in workshop.voting.totals(voting_round.id).items():
            key = rep.get(cid, cid)
            totals[key] = totals.get(key, 0) + n
    return totals


def join_names(items: list[str], language: str) -> str:
    """"a, b and c" in the language."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('and', language)} {items[-1]}"


# -- cache --------------------------------------------------------------------------------

class AnalysisCache:
    """Analyses of one workshop, recomputed only after the workshop changed."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self._results: dict[tuple[str | None, str], Analysis] = {}
        self.computations = 0
        workshop.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self._results.clear()

    @property
    def stale(self) -> bool:
        return not self._results

    def get(self, canvas_id: str | None = None, language: str | None = None) -> Analysis:
        key = (canvas_id, language or self.workshop.info.language)
        if key not in self._results:
            self._results[key] = analyse(self.workshop, canvas_id, key[1])
            self.computations += 1
        return self._results[key]

    def close(self) -> None:
        self.workshop.unsubscribe(self._on_change)
        self._results.clear()
