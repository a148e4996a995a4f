"""Hypothesis helpers: random but valid workshops and random edits, made through the model API."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from coi_desktop.models import (
    AgendaItem,
    Canvas,
    Card,
    Group,
    Link,
    Participant,
    ValidationError,
    VotingRound,
    Workshop,
    new_id,
)
from coi_desktop.models.taxonomy import ACTION_STATUSES, CARD_KINDS, CLOSENESS, Term

TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                                 blacklist_characters="\x00\ufffe\uffff"),
               max_size=12)
FLOAT = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
SIZE = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False)
SCORE = st.none() | st.integers(1, 5)
COLOUR = st.just("") | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
DATE = st.just("") | st.dates().map(lambda d: d.isoformat())


def key_of(draw: st.DrawFn, w: Workshop, taxonomy: str) -> str:
    keys = sorted(k for (t, k) in w.terms if t == taxonomy)
    return draw(st.just("") | st.sampled_from(keys)) if keys else ""


def draw_card(draw: st.DrawFn, w: Workshop, canvas_id: str) -> Card:
    people = list(w.participants)
    return Card(
        id=new_id(), canvas_id=canvas_id, kind=draw(st.sampled_from(CARD_KINDS)),
        title=draw(TEXT), description=draw(TEXT), x=draw(FLOAT), y=draw(FLOAT),
        width=draw(SIZE), height=draw(SIZE), color=draw(COLOUR),
        tags=tuple(draw(st.lists(TEXT, max_size=3))),
        participant_id=draw(st.none() | st.sampled_from(people)) if people else None,
        notes=draw(TEXT), hidden=draw(st.booleans()),
        sector=key_of(draw, w, "sector"), role=key_of(draw, w, "role"),
        organisation=draw(TEXT), power=draw(SCORE), interest=draw(SCORE),
        closeness=draw(st.sampled_from(("", *CLOSENESS))),
        category=key_of(draw, w, "category"), severity=draw(SCORE),
        phase=key_of(draw, w, "phase"), impact=draw(SCORE), effort=draw(SCORE),
        technology=key_of(draw, w, "technology"), owner=draw(TEXT), due_date=draw(DATE),
        status=draw(st.sampled_from(("", *ACTION_STATUSES))),
    )


def _canvas(draw: st.DrawFn, w: Workshop) -> str:
    return draw(st.sampled_from(list(w.canvases)))


def op_participant(draw: st.DrawFn, w: Workshop) -> None:
    w.participants.add([Participant(
        new_id(), draw(TEXT.filter(str.strip)) if draw(st.booleans()) else "Ann",
        draw(TEXT), key_of(draw, w, "sector"), key_of(draw, w, "role"), draw(TEXT),
        draw(st.booleans()), draw(st.booleans()))])


def op_canvas(draw: st.DrawFn, w: Workshop) -> None:
    from coi_desktop.models import TEMPLATES
    w.canvases.add([Canvas(new_id(), draw(TEXT), draw(st.sampled_from(sorted(TEMPLATES))),
                           draw(st.integers(0, 9)))])


def op_cards(draw: st.DrawFn, w: Workshop) -> None:
    canvas_id = _canvas(draw, w)
    w.cards.add([draw_card(draw, w, canvas_id) for _ in range(draw(st.integers(1, 4)))])


def op_link(draw: st.DrawFn, w: Workshop) -> None:
    canvas_id = _canvas(draw, w)
    cards = [c.id for c in w.cards.on(canvas_id)]
    if len(cards) < 2:
        return
    a, b = draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique=True))
    relation = draw(st.sampled_from(sorted(k for (t, k) in w.terms if t == "relation")))
    w.links.add([Link(new_id(), canvas_id, a, b, relation, draw(TEXT), draw(st.booleans()))])


def op_group(draw: st.DrawFn, w: Workshop) -> None:
    w.groups.add([Group(new_id(), _canvas(draw, w), draw(TEXT), draw(FLOAT), draw(FLOAT),
                        draw(SIZE), draw(SIZE), draw(COLOUR))])


def op_round(draw: st.DrawFn, w: Workshop) -> None:
    kinds = tuple(draw(st.lists(st.sampled_from(CARD_KINDS), min_size=1, max_size=3,
                                unique=True)))
    w.voting.add(VotingRound(new_id(), _canvas(draw, w), draw(TEXT), kinds,
                            draw(st.integers(1, 8)), draw(st.integers(1, 4)),
                            draw(st.booleans()), False, draw(st.integers(0, 5))))


def op_vote(draw: st.DrawFn, w: Workshop) -> None:
    """A few votes in one round (adding a votable card first when the canvas has none)."""
    if not w.voting:
        op_round(draw, w)
    r = w.voting[draw(st.sampled_from(list(w.voting)))]
    cards = [c.id for c in w.cards.on(r.canvas_id) if c.kind in r.kinds]
    if not cards:
        card = draw_card(draw, w, r.canvas_id)
        w.cards.add([Card(card.id, r.canvas_id, r.kinds[0], card.title)])
        cards = [card.id]
    for _ in range(draw(st.integers(1, 4))):
        card_id = draw(st.sampled_from(cards))
        if draw(st.booleans()) or r.anonymous or not w.participants:
            w.voting.set_count(r.id, card_id, draw(st.integers(0, 40)))
        else:
            w.voting.cast(r.id, card_id, draw(st.sampled_from(list(w.participants))),
                        draw(st.sampled_from((1, 1, 2, -1))))
    if draw(st.integers(0, 3)) == 0:
        w.voting.update(r.id, closed=True)


def op_agenda(draw: st.DrawFn, w: Workshop) -> None:
    canvases = list(w.canvases)
    w.agenda.add([AgendaItem(
        new_id(), draw(TEXT), draw(st.integers(0, 1440)),
        draw(st.none() | st.sampled_from(canvases)) if canvases else None,
        draw(st.integers(0, 20)), draw(TEXT), draw(TEXT))])


def op_terms(draw: st.DrawFn, w: Workshop) -> None:
    from coi_desktop.models.taxonomy import EDITABLE_TAXONOMIES
    taxonomy = draw(st.sampled_from(EDITABLE_TAXONOMIES))
    existing = sorted(k for (t, k) in w.terms if t == taxonomy)
    key = draw(st.sampled_from(existing)) if draw(st.booleans()) else f"k{draw(st.integers(0, 99))}"
    w.terms.put([Term(taxonomy, key, draw(TEXT) + "d", draw(TEXT), draw(st.integers(0, 50)),
                      draw(st.booleans()))])


def op_info(draw: st.DrawFn, w: Workshop) -> None:
    w.update_info(purpose=draw(TEXT), notes=draw(TEXT), date=draw(DATE),
                  language=draw(st.sampled_from(("da", "en"))), location=draw(TEXT))


def op_move(draw: st.DrawFn, w: Workshop) -> None:
    if w.cards:
        ids = draw(st.lists(st.sampled_from(list(w.cards)), min_size=1, max_size=5,
                            unique=True))
        w.cards.move({i: (draw(FLOAT), draw(FLOAT)) for i in ids},
                     {ids[0]: {"hidden": draw(st.booleans())}})


def op_update_card(draw: st.DrawFn, w: Workshop) -> None:
    if w.cards:
        old = w.cards[draw(st.sampled_from(list(w.cards)))]
        new = draw_card(draw, w, old.canvas_id)
        fields = {f: getattr(new, f) for f in ("title", "kind", "tags", "power", "notes",
                                                "participant_id", "width", "due_date")}
        w.cards.update_many({old.id: fields})


def op_remove(draw: st.DrawFn, w: Workshop) -> Any:
    """Remove something (returns the change, so a later op can restore it)."""
    choice = draw(st.sampled_from(("cards", "links", "groups", "participants", "round",
                                   "agenda", "canvas")))
    table = {"cards": w.cards, "links": w.links, "groups": w.groups, "participants":
             w.participants, "round": w.voting, "agenda": w.agenda, "canvas": w.canvases}[choice]
    if not table or (choice == "canvas" and len(w.canvases) < 2):
        return None
    ids = list(table)
    picked = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
    if choice == "cards":
        return w.cards.remove(picked)
    if choice == "links":
        return w.links.remove(picked)
    if choice == "groups":
        return w.groups.remove(picked)
    if choice == "participants":
        return w.participants.remove(picked)
    if choice == "round":
        return w.voting.remove(picked[0])
    if choice == "agenda":
        return w.agenda.remove(picked)
    return w.canvases.remove(picked[0])


def op_misc(draw: st.DrawFn, w: Workshop) -> None:
    """Round closing, agenda timing and reordering, group moves with their cards."""
    what = draw(st.sampled_from(("close", "agenda", "reorder", "group", "canvas")))
    if what == "close" and w.voting:
        w.voting.update(draw(st.sampled_from(list(w.voting))), closed=draw(st.booleans()))
    elif what == "agenda" and w.agenda:
        item = draw(st.sampled_from(list(w.agenda)))
        w.agenda.update(item, started_at="2026-11-29T10:00:00", ended_at=draw(TEXT))
    elif what == "reorder" and w.agenda:
        w.agenda.reorder(draw(st.permutations(list(w.agenda))))
    elif what == "group" and w.groups:
        g = w.groups[draw(st.sampled_from(list(w.groups)))]
        inside = [c.id for c in w.groups.cards_in(g.id)]
        w.groups.update(g.id, {c: (draw(FLOAT), draw(FLOAT)) for c in inside}, x=draw(FLOAT))
    elif what == "canvas":
        w.canvases.reorder(draw(st.permutations(list(w.canvases))))


BUILD_OPS = (op_participant, op_canvas, op_cards, op_cards, op_link, op_group, op_round,
             op_vote, op_vote, op_agenda, op_terms, op_info, op_misc)
EDIT_OPS = (*BUILD_OPS, op_move, op_move, op_update_card, op_remove, op_remove)


def apply_ops(draw: st.DrawFn, w: Workshop, ops: tuple[Any, ...], count: int) -> int:
    """Apply `count` random operations; a refused one (ValidationError) is skipped.

    Every so often the last removal is undone with `restore`. Returns how many changed.
    """
    last_removed = None
    applied = 0
    for _ in range(count):
        op = draw(st.sampled_from(ops))
        try:
            if last_removed is not None and draw(st.integers(0, 4)) == 0:
                w.restore(last_removed.removed)
                last_removed = None
            else:
                # Undo (restore) is offered only right after a removal, as the undo stack does.
                last_removed = None
                last_removed = op(draw, w)
            applied += 1
        except ValidationError:
            pass
    return applied


@st.composite
def workshops(draw: st.DrawFn, max_ops: int = 25) -> Workshop:
    w = Workshop.new(draw(TEXT.filter(str.strip)), language=draw(st.sampled_from(("da", "en"))),
                     template=draw(st.sampled_from(("blank", "onion", "barrier_board"))))
    apply_ops(draw, w, BUILD_OPS, draw(st.integers(0, max_ops)))
    return w
