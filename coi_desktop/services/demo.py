"""A realistic demo workshop, built through the model's own mutation API.

`build_demo()` returns "Softwarerobotter i hjemmeplejen": participants, an agenda, a
power–interest grid with actors in their quadrants, a barrier board with barriers in their
category columns, an impact–effort matrix with opportunities and the actions they lead to,
links of every usual type, a group and two finished voting rounds. `build_demo(cards=N)`
scales it to exactly N cards (up to 10,000) for benchmarks: the hand-written cards come
first, then cards combined from phrase fragments, spread over as many sets of those three
canvases as the zones need so that no two cards in a zone overlap. The text depends only on
`seed`; ids are fresh (cards keep globally unique identities).

The demo uses item identity as a facilitator would: an actor shown on the power–interest grid
and again beside the barrier board is one item placed twice (`Card.item_id`), a barrier on the
board and again in the action plan likewise, so Workshop ▸ Possible duplicates has nothing to
propose and every count, finding and export counts each item once. An action owned by someone
on the roster stores the roster reference (`privacy.owner_ref`), and one of them did not
consent to be named, so every output shows the privacy rules at work.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any

from .. import phrasebook
from ..models.entities import (
    CARD_HEIGHT,
    AgendaItem,
    Canvas,
    Card,
    Group,
    Link,
    Participant,
    VotingRound,
    new_id,
)
from ..models.errors import OutOfRangeError
from ..models.registry import (
    ACTION,
    ACTOR,
    ADDRESSES,
    BARRIER,
    CAUSES,
    COLLABORATES,
    DEPENDS_ON,
    DRIVES,
    EXPERIENCES,
    LEADS_TO,
    NOTE,
    OPPORTUNITY,
)
from ..models.taxonomy import is_directed
from ..models.templates import Zone, layout_for
from ..models.workshop import Workshop
from . import demo_phrases as ph
from . import demo_text as tx
from .demo_layout import (
    GAP,
    LABEL_SPACE,
    STEP_X,
    STEP_Y,
    Near,
    Spec,
    capacity,
    copies,
    free_in_line,
    in_zones,
    strip,
)
from .privacy import owner_ref

MAX_CARDS = 10_000

#: Share of the cards in each area of one set of canvases (sums to 1).
AREA_SHARES: dict[str, float] = {
    "pi_actors": 0.165, "bb_actors": 0.015, "bb_barriers": 0.44, "bb_notes": 0.03,
    "ie_barriers": 0.01, "ie_actors": 0.005, "ie_opps": 0.165, "ie_actions": 0.17,
}
_CURATED_TAGS = {"gdpr": 0, "dpia": 0, "docs_robot": 1, "no_budget": 2, "dialogue": 3,
                 "legal_basis": 4}


def _split(total: int, shares: dict[str, float]) -> dict[str, int]:
    """Whole numbers in proportion to `shares` that sum to `total` (largest remainder)."""
    raw = {k: total * v for k, v in shares.items()}
    counts = {k: int(v) for k, v in raw.items()}
    rest = total - sum(counts.values())
    for k in sorted(raw, key=lambda k: raw[k] - counts[k], reverse=True)[:rest]:
        counts[k] += 1
    return counts


class _Writer:
    """Makes card specs in one language: hand-written ones and combined ones."""

    def __init__(self, language: str, rng: random.Random, n_participants: int) -> None:
        self.i = 0 if language == "da" else 1
        self.rng = rng
        self.n_participants = n_participants
        self.serial = 0

    def t(self, text: tuple[str, str]) -> str:
        return text[self.i]

    def _key(self) -> str:
        self.serial += 1
        return f"g{self.serial}"

    def _fill(self, pattern: tuple[str, str], **slots: str) -> str:
        text = self.t(pattern).format(**slots)
        return text[:1].upper() + text[1:]

    def _slots(self) -> dict[str, str]:
        r = self.rng
        return {"p": self.t(r.choice(ph.PROCESSES)), "u": self.t(r.choice(ph.PLACES)),
                "town": r.choice(ph.TOWNS), "company": r.choice(ph.COMPANIES),
                "region": r.choice(ph.REGIONS), "cluster": r.choice(ph.CLUSTERS),
                "college": r.choice(ph.COLLEGES)}

    def _place(self) -> str:
        """Where, for some titles (" i distrikt Nord"); often nothing."""
        return self.t(self.rng.choice(ph.PLACES))

    def _extras(self, spec: Spec) -> Spec:
        if self.rng.random() < 0.4:
            spec.participant = self.rng.randrange(self.n_participants)
        if self.rng.random() < 0.15:
            spec.tags = (self.t(self.rng.choice(ph.TAGS)),)
        return spec

    # -- the hand-written workshop -------------------------------------------------------

    def curated(self, area: str) -> list[Spec]:
        t = self.t
        if area == "pi_actors":
            return [Spec(k, ACTOR, t(ti), t(de), {
                "sector": se, "role": ro, "organisation": t(org), "power": p, "interest": i},
                who) for k, ti, de, se, ro, org, p, i, who in tx.ACTORS]
        if area == "bb_barriers":  # most severe at the top of each column
            return sorted([Spec(k, BARRIER, t(ti), t(de), {
                "category": c, "severity": s, "phase": ph_}, who, self._tags(k))
                for k, ti, de, c, s, ph_, who in tx.BARRIERS],
                key=lambda spec: -int(spec.fields["severity"]))
        if area == "ie_opps":
            return [Spec(k, OPPORTUNITY, t(ti), t(de), {
                "impact": i, "effort": e, "phase": ph_, "technology": te}, who, self._tags(k))
                for k, ti, de, i, e, ph_, te, who in tx.OPPORTUNITIES]
        if area == "ie_actions":
            return [Spec(k, ACTION, t(ti), t(de), {
                "owner": o, "due_date": d, "status": s}) for k, ti, de, o, d, s in tx.ACTIONS]
        if area == "bb_notes":
            return [Spec(k, NOTE, t(ti), t(de), color="#fff59d" if k == "quote" else "")
                    for k, ti, de in tx.NOTES]
        return []

    def _tags(self, key: str) -> tuple[str, ...]:
        return (self.t(ph.TAGS[_CURATED_TAGS[key]]),) if key in _CURATED_TAGS else ()

    # -- combined from fragments ---------------------------------------------------------

    def zone_values(self, zone: Zone) -> dict[str, Any]:
        return {name: self.rng.choice(sorted(allowed)) for name, allowed in zone.accepts}

    def actor(self, values: dict[str, Any] | None = None) -> Spec:
        sector, role, title, org = self.rng.choice(ph.ACTOR_PATTERNS)
        slots = self._slots()
        values = values or {"power": self.rng.randint(1, 5), "interest": self.rng.randint(1, 5)}
        fields = {"sector": sector, "role": role, "organisation": self.t(org).format(**slots),
                  **values}
        desc = self._fill(self.rng.choice(ph.ACTOR_NOTES), **slots)
        return self._extras(Spec(self._key(), ACTOR, self._fill(title, **slots), desc, fields))

    def barrier(self, values: dict[str, Any] | None = None) -> Spec:
        r = self.rng
        values = values or {"category": r.choice(sorted(ph.BARRIER_PATTERNS))}
        slots = self._slots()
        title = self._fill(r.choice(ph.BARRIER_PATTERNS[values["category"]]), **slots) \
            + self._place()
        fields = {**values, "severity": r.randint(1, 5),
                  "phase": r.choice(["need", "market_dialogue", "procurement", "development",
                                     "implementation", "spreading", "evaluation"])}
        desc = self._fill(r.choice(ph.CONSEQUENCES), **slots)
        return self._extras(Spec(self._key(), BARRIER, title, desc, fields))

    def opportunity(self, values: dict[str, Any]) -> Spec:
        r = self.rng
        slots = self._slots()
        fields = {**values, "phase": r.choice(["market_dialogue", "procurement", "development",
                                               "implementation", "spreading"]),
                  "technology": r.choice(["rpa", "rpa", "rpa", "ai", "data", "welfare"])}
        return self._extras(Spec(self._key(), OPPORTUNITY,
                                  self._fill(r.choice(ph.OPPORTUNITY_PATTERNS), **slots)
                                  + self._place(),
                                  self._fill(r.choice(ph.OPPORTUNITY_NOTES), **slots), fields))

    def action(self, owners: Sequence[str]) -> Spec:
        r = self.rng
        slots = self._slots()
        due = f"2026-{r.randint(4, 12):02d}-{r.randint(1, 28):02d}"
        fields = {"owner": r.choice(owners) if owners else "", "due_date": due,
                  "status": r.choice(["open", "open", "in_progress", "done"])}
        return self._extras(Spec(self._key(), ACTION,
                                  self._fill(r.choice(ph.ACTION_PATTERNS), **slots)
                                  + self._place(), "", fields))

    def note(self) -> Spec:
        return Spec(self._key(), NOTE,
                     self._fill(self.rng.choice(ph.NOTE_PATTERNS), **self._slots()))


class _Builder:
    """Collects the cards, links and groups of every canvas, then adds them in bulk."""

    def __init__(self, ws: Workshop, writer: _Writer, rng: random.Random,
                 participant_ids: list[str]) -> None:
        self.ws, self.w, self.rng, self.pids = ws, writer, rng, participant_ids
        self.cards: list[Card] = []
        self.links: list[Link] = []
        self.groups: list[Group] = []
        self._pairs: set[tuple[str, str]] = set()
        #: spec key → the id of its first card: a copy on another canvas places that item
        self.items: dict[str, str] = {}
        #: roster name → owner reference (an action owned by a participant points at them)
        self.owners = {p.name: owner_ref(p.id) for p in ws.participants.values()}

    def place(self, canvas_id: str, placed: list[tuple[Spec, float, float]],
              ids: dict[str, str]) -> None:
        for spec, x, y in placed:
            pid = self.pids[spec.participant] if spec.participant is not None else None
            fields = spec.fields
            if spec.kind == ACTION and fields.get("owner") in self.owners:
                fields = {**fields, "owner": self.owners[fields["owner"]]}
            card_id = new_id()
            item = self.items.setdefault(spec.key, card_id)
            card = Card(card_id, canvas_id, spec.kind, spec.title, spec.description,
                        x=float(x), y=float(y), color=spec.color, tags=spec.tags,
                        participant_id=pid, item_id="" if item == card_id else item,
                        **fields)
            self.cards.append(card)
            ids[spec.key] = card.id

    def link(self, canvas_id: str, ids: dict[str, str], src: str, dst: str, relation: str,
             label: str = "") -> None:
        if src not in ids or dst not in ids or src == dst:
            return
        pair = (ids[src], ids[dst])
        if pair in self._pairs or pair[::-1] in self._pairs:
            return
        self._pairs.add(pair)
        self.links.append(Link(new_id(), canvas_id, pair[0], pair[1], relation, label,
                               is_directed(relation)))

    def build_set(self, counts: dict[str, int], curated: bool,
                  canvas: dict[str, str]) -> dict[str, dict[str, str]]:
        """One set of the three canvases; returns key → card id per canvas role."""
        w, rng, ws = self.w, self.rng, self.ws
        def cur(area: str) -> list[Spec]:
            return w.curated(area) if curated else []

        pi_l, bb_l, ie_l = (ws.canvases.layout(canvas[r]) for r in ("actors", "barriers",
                                                            "opportunities"))
        pi = in_zones(pi_l, ACTOR, cur("pi_actors"), counts["pi_actors"], rng,
                       lambda z: w.actor(w.zone_values(z)))
        bb = in_zones(bb_l, BARRIER, cur("bb_barriers"), counts["bb_barriers"], rng,
                       lambda z: w.barrier(w.zone_values(z)))
        ie = in_zones(ie_l, OPPORTUNITY, cur("ie_opps"), counts["ie_opps"], rng,
                       lambda z: w.opportunity(w.zone_values(z)))
        actors, barriers = [p[0] for p in pi], [p[0] for p in bb]
        severe = sorted(barriers, key=lambda s: -int(s.fields.get("severity") or 0))
        bb_actors = copies(actors, tx.BARRIER_BOARD_ACTORS if curated else [],
                            counts["bb_actors"], w.actor)
        ie_barriers = copies(severe, tx.OPPORTUNITY_BARRIERS if curated else [],
                              counts["ie_barriers"], w.barrier)
        ie_actors = copies(actors, tx.OPPORTUNITY_ACTORS if curated else [],
                            counts["ie_actors"], w.actor)
        owners = [owner_ref(p.id) for p in ws.participants.values()]
        actions = (cur("ie_actions") + [w.action(owners) for _ in
                                        range(counts["ie_actions"])])[:counts["ie_actions"]]
        notes = (cur("bb_notes") + [w.note() for _ in
                                    range(counts["bb_notes"])])[:counts["bb_notes"]]
        if curated:  # each action under the opportunity that leads to it: fewer crossings
            opp_x = {spec.key: x for spec, x, _ in ie}
            source = {dst: src for _, src, dst, rel, _ in tx.LINKS if rel == LEADS_TO}
            actions.sort(key=lambda a: opp_x.get(source.get(a.key, ""), math.inf))
        per_row = int(bb_l.width // STEP_X)
        per_col = int((ie_l.height - LABEL_SPACE) // STEP_Y)
        barrier_cols = math.ceil(len(ie_barriers) / per_col)
        ids: dict[str, dict[str, str]] = {"actors": {}, "barriers": {}, "opportunities": {}}
        self.place(canvas["actors"], pi, ids["actors"])
        self.place(canvas["barriers"], bb, ids["barriers"])
        near = Near(curated, {"barriers": bb, "opportunities": ie})
        above = near.line_up(strip(
            bb_actors, (GAP, -(CARD_HEIGHT + 60)), per_row, (STEP_X, 0), (0, -STEP_Y)),
            "barriers", 0, "src", {EXPERIENCES})
        self.place(canvas["barriers"], above, ids["barriers"])
        beside = free_in_line(above, bb_l.width, len(notes))
        # the notes: in the line above the board when it has room (a projector fitting the
        # cards then stays low and zooms in), else in lines below the board
        parked = [(n, x, y) for n, (x, y) in zip(notes, beside, strict=True)] if beside \
            else strip(notes, (GAP, bb_l.height + 60), per_row, (STEP_X, 0), (0, STEP_Y))
        self.place(canvas["barriers"], parked, ids["barriers"])
        self.place(canvas["opportunities"], ie, ids["opportunities"])
        self.place(canvas["opportunities"], near.line_up(strip(
            ie_barriers, (-(STEP_X + 120), LABEL_SPACE), per_col, (0, STEP_Y), (-STEP_X, 0)),
            "opportunities", 1, "dst", {ADDRESSES}), ids["opportunities"])
        self.place(canvas["opportunities"], near.line_up(strip(
            ie_actors, (-(STEP_X + 180) - barrier_cols * STEP_X, LABEL_SPACE), per_col,
            (0, STEP_Y), (-STEP_X, 0)), "opportunities", 1, "src", {DRIVES}),
            ids["opportunities"])
        self.place(canvas["opportunities"], strip(actions, (GAP, ie_l.height + 160), 12,
                                                   (STEP_X, 0), (0, STEP_Y)),
                   ids["opportunities"])
        if actions:
            rows = math.ceil(len(actions) / 12)
            self.groups.append(Group(new_id(), canvas["opportunities"], w.t(tx.GROUP_ACTIONS),
                                     0.0, ie_l.height + 110, min(len(actions), 12) * STEP_X + GAP,
                                     50 + rows * STEP_Y))
        if curated:
            for role, src, dst, relation, label in tx.LINKS:
                self.link(canvas[role], ids[role], src, dst, relation, w.t(label))
        self._random_links(canvas, ids, actors, barriers, [p[0] for p in ie], actions,
                           bb_actors, ie_barriers, ie_actors)
        return ids

    def _random_links(self, canvas: dict[str, str], ids: dict[str, dict[str, str]],
                      actors: list[Spec], barriers: list[Spec], opps: list[Spec],
                      actions: list[Spec], bb_actors: list[Spec], ie_barriers: list[Spec],
                      ie_actors: list[Spec]) -> None:
        """Links for the combined cards (keys g…), at rates like a real board."""
        r = self.rng
        def new(specs: list[Spec]) -> list[tuple[int, Spec]]:
            return [(i, s) for i, s in enumerate(specs) if s.key.startswith("g")]

        a, b, o = ids["actors"], ids["barriers"], ids["opportunities"]
        for i, s in new(actors):
            if i and r.random() < 0.35:
                self.link(canvas["actors"], a, r.choice(actors[max(0, i - 8):i]).key, s.key,
                          COLLABORATES)
            if r.random() < 0.1:
                self.link(canvas["actors"], a, s.key, r.choice(actors).key, DEPENDS_ON)
        for _, s in new(barriers):
            if bb_actors and r.random() < 0.5:
                self.link(canvas["barriers"], b, r.choice(bb_actors).key, s.key, EXPERIENCES)
            if r.random() < 0.12:
                self.link(canvas["barriers"], b, s.key, r.choice(barriers).key, CAUSES)
        for _, s in new(opps):
            if ie_barriers and r.random() < 0.6:
                self.link(canvas["opportunities"], o, s.key, r.choice(ie_barriers).key,
                          ADDRESSES)
            if ie_actors and r.random() < 0.3:
                self.link(canvas["opportunities"], o, r.choice(ie_actors).key, s.key, DRIVES)
        for _, s in new(actions):
            if opps and r.random() < 0.9:
                self.link(canvas["opportunities"], o, r.choice(opps).key, s.key, LEADS_TO)


def _votes(ws: Workshop, rng: random.Random, writer: _Writer, canvas: dict[str, str],
           ids: dict[str, dict[str, str]]) -> None:
    """Two finished rounds: named dots on barriers, typed paper counts on opportunities."""
    barriers = [ws.cards[i] for i in ids["barriers"].values()
                if ws.cards[i].kind == BARRIER][:300]
    if barriers:
        rnd = VotingRound(new_id(), canvas["barriers"], writer.t(tx.ROUND_BARRIERS),
                          (BARRIER,), 5, 3)
        ws.voting.add(rnd)
        weights = [float(c.severity or 1) ** 2 for c in barriers]
        for n, pid in enumerate(ws.participants):
            dots: dict[str, int] = {}
            for _ in range(4 if n % 4 == 3 else 5):
                choice = rng.choices(barriers, weights)[0]
                if dots.get(choice.id, 0) < 3:
                    dots[choice.id] = dots.get(choice.id, 0) + 1
            for card_id, count in dots.items():
                ws.voting.cast(rnd.id, card_id, pid, count)
        ws.voting.update(rnd.id, closed=True)
    opps = [ws.cards[i] for i in ids["opportunities"].values()
            if ws.cards[i].kind == OPPORTUNITY][:40]
    if opps:
        rnd = VotingRound(new_id(), canvas["opportunities"], writer.t(tx.ROUND_OPPORTUNITIES),
                          (OPPORTUNITY,), 3, 3, anonymous=True, position=1)
        ws.voting.add(rnd)
        for card in opps:
            count = max(0, 2 * (card.impact or 3) - (card.effort or 3) + rng.randint(-2, 2))
            if count:
                ws.voting.set_count(rnd.id, card.id, count)
        ws.voting.update(rnd.id, closed=True)


def build_demo(cards: int | None = None, seed: int = 0, language: str = "da") -> Workshop:
    """The demo workshop; `cards=N` scales it to exactly N cards (0–10,000)."""
    if cards is not None and (isinstance(cards, bool) or not 0 <= cards <= MAX_CARDS):
        raise OutOfRangeError(f"The number of cards must be from 0 to {MAX_CARDS}.",
                              f"Antallet af kort skal være fra 0 til {MAX_CARDS}.")
    rng = random.Random(seed)
    info = {k: phrasebook.pick(v, language) for k, v in tx.INFO.items() if k != "title"}
    roles = ("actors", "barriers", "opportunities")
    names = {r: phrasebook.pick(tx.CANVASES[r], language) for r in roles}
    ws = Workshop.new(phrasebook.pick(tx.INFO["title"], language), language,
                      "power_interest", names["actors"], date=tx.DATE, technology="rpa",
                      phase="market_dialogue", retention_date=tx.RETENTION_DATE, **info)
    w = _Writer(language, rng, len(tx.PARTICIPANTS))
    people = [Participant(new_id(), name, w.t(org), sector, role, email, consent)
              for name, org, sector, role, email, consent in tx.PARTICIPANTS]
    ws.participants.add(people)
    if cards is None:
        counts = {a: len(w.curated(a)) for a in AREA_SHARES}
        counts.update(bb_actors=len(tx.BARRIER_BOARD_ACTORS),
                      ie_barriers=len(tx.OPPORTUNITY_BARRIERS),
                      ie_actors=len(tx.OPPORTUNITY_ACTORS))
    else:
        counts = _split(cards, AREA_SHARES)
    first = ws.canvases.ordered()[0]
    templates = {"actors": "power_interest", "barriers": "barrier_board",
                 "opportunities": "impact_effort"}
    sets = 1
    for role, kind, area in (("actors", ACTOR, "pi_actors"),
                             ("barriers", BARRIER, "bb_barriers"),
                             ("opportunities", OPPORTUNITY, "ie_opps")):
        cap = capacity(layout_for(templates[role], ws.terms.values()), kind)
        sets = max(sets, math.ceil(counts[area] / cap))
    builder = _Builder(ws, w, rng, [p.id for p in people])
    all_ids: list[tuple[dict[str, str], dict[str, dict[str, str]]]] = []
    for s in range(sets):
        suffix = f" ({s + 1})" if s else ""
        canvas = {"actors": first.id} if s == 0 else {}
        new = [Canvas(new_id(), names[r] + suffix, templates[r], 3 * s + n)
               for n, r in enumerate(roles) if r not in canvas]
        ws.canvases.add(new)
        for c in new:
            canvas[next(r for r in roles if templates[r] == c.template)] = c.id
        share = {a: counts[a] * (s + 1) // sets - counts[a] * s // sets for a in counts}
        all_ids.append((canvas, builder.build_set(share, s == 0, canvas)))
    ws.cards.add(builder.cards)
    ws.links.add(builder.links)
    if builder.groups:
        ws.groups.add(builder.groups)
    _votes(ws, rng, w, *all_ids[0])
    _agenda(ws, w, all_ids[0][0])
    return ws


def _agenda(ws: Workshop, writer: _Writer, canvas: dict[str, str]) -> None:
    def stamp(hhmm: str) -> str:
        return f"{tx.DATE}T{hhmm}:00{tx.TZ}" if hhmm else ""

    ws.agenda.add(
        AgendaItem(new_id(), writer.t(title), minutes, canvas[role] if role else None, n,
                   stamp(start), stamp(end))
        for n, (title, minutes, role, start, end) in enumerate(tx.AGENDA))
