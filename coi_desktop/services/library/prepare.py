"""Experience flowing back into a workshop: seeding a barrier board, and the report sentence.

`seed_barriers` puts the barriers raised in the most earlier workshops (for a technology
and phase) on a barrier board, each in its category's column, marked "from earlier
workshops" in the card's description (drawn on the canvas and the projector, printed in the
report) and by a tag, and carrying its library id (tag `coilib:…`), for the room to confirm
(keep it, remove the marker tag) or discard (delete it). `recurrence_sentence` is what the
report says about a barrier the library knows: "also raised in N other workshops; what
helped there: …".
"""

from __future__ import annotations

from ...models.entities import CARD_HEIGHT, CARD_WIDTH, Canvas, Card, new_id
from ...models.registry import BARRIER
from ...models.templates import layout_for
from ...models.workshop import Workshop
from .library import Entry, Library

#: The tag that marks a card seeded from a library, per workshop language.
SEEDED_TAG = {"da": "fra tidligere workshops", "en": "from earlier workshops"}
#: Seeded cards are taller than usual, so the mark shows under a long title on the canvas.
SEEDED_HEIGHT = round(CARD_HEIGHT * 1.4)


def _marker(entry: Entry, language: str) -> str:
    n = entry.workshops
    if language == "da":
        return (f"Fra tidligere workshops: rejst i {n} workshop{'s' if n != 1 else ''}. "
                "Bekræft eller kassér.")
    return (f"From earlier workshops: raised in {n} workshop{'s' if n != 1 else ''}. "
            "Confirm or discard.")


def is_seeded(card: Card) -> bool:
    """Whether a card still carries the "from earlier workshops" mark."""
    return any(t in SEEDED_TAG.values() for t in card.tags)


def confirmed(card: Card) -> dict[str, object]:
    """The field changes that confirm a seeded card: the mark (tag and the description's
    first sentences) goes, the library id stays; {} for a card without the mark."""
    if not is_seeded(card):
        return {}
    description = card.description
    for marker in (_marker_prefix("da"), _marker_prefix("en")):
        if description.startswith(marker):
            end = description.find(".", description.find(".", len(marker)) + 1)
            description = description[end + 1:].lstrip() if end >= 0 else ""
    return {"tags": tuple(t for t in card.tags if t not in SEEDED_TAG.values()),
            "description": description}


def _marker_prefix(language: str) -> str:
    return "Fra tidligere workshops: " if language == "da" else "From earlier workshops: "


def plan_seed(workshop: Workshop, library: Library, technology: str | None = None,
              phase: str | None = None, limit: int = 8,
              canvas_id: str | None = None) -> tuple[Canvas | None, list[Card]]:
    """What `seed_barriers` adds, without adding it: (a new barrier board, or None when the
    given canvas or the workshop's first barrier board takes the cards; the cards)."""
    entries = library.search(kind=BARRIER, technology=technology or None,
                             phase=phase or None, limit=limit)
    if not entries:
        return None, []
    if canvas_id is None:
        canvas_id = next((c.id for c in workshop.canvases.ordered()
                          if c.template == "barrier_board"), None)
    new_canvas = None
    if canvas_id is None:
        last = max((c.position for c in workshop.canvases.values()), default=-1)
        new_canvas = Canvas(new_id(), workshop.terms.label("template", "barrier_board"),
                            "barrier_board", last + 1)
        canvas_id = new_canvas.id
    template = new_canvas.template if new_canvas else workshop.canvases.require(canvas_id).template
    language = workshop.info.language
    layout = layout_for(template, workshop.terms.values())
    columns = {z.key: z for z in layout.zones}
    taken: dict[str, int] = {}
    cards = []
    for entry in entries:
        full = library.entry(entry.entry_id) or entry
        category = next((c for c in full.facets.get("category", ())
                         if c in columns and workshop.terms.known("category", c)), "")
        zone = columns.get(category)
        row = taken.get(category, 0)
        taken[category] = row + 1
        if zone is not None:
            x = zone.x + max(0.0, (zone.width - CARD_WIDTH) / 2)
            y = zone.y + 80 + row * (SEEDED_HEIGHT + 20)
        else:  # no category the board knows: a column of its own to the right
            x, y = layout.width + 60, 80 + row * (SEEDED_HEIGHT + 20)
        fields: dict[str, object] = {"category": category} if category else {}
        if phase and workshop.terms.known("phase", phase):
            fields["phase"] = phase
        cards.append(Card(new_id(), canvas_id, BARRIER, full.name,
                          _marker(full, language), x=x, y=y, height=SEEDED_HEIGHT,
                          tags=(SEEDED_TAG.get(language, SEEDED_TAG["en"]), full.tag),
                          **fields))  # type: ignore[arg-type]
    return new_canvas, cards


def seed_barriers(workshop: Workshop, library: Library, technology: str | None = None,
                  phase: str | None = None, limit: int = 8,
                  canvas_id: str | None = None) -> list[Card]:
    """Add the `limit` most recurrent barriers for `technology` and `phase` to a barrier
    board (the given canvas, the workshop's first barrier board, or a new one). Returns the
    cards added (none when the library has no such barrier)."""
    canvas, cards = plan_seed(workshop, library, technology, phase, limit, canvas_id)
    if canvas is not None:
        workshop.canvases.add([canvas])
    if cards:
        workshop.cards.add(cards)
    return cards


def recurrence_sentence(library: Library, card: Card, workshop_id: str,
                        language: str = "da") -> str:
    """"Also raised in N other workshops; what helped there: …" for a barrier the library
    knows (by its library id, else its normalised title); "" when it knows none other."""
    if card.kind != BARRIER:
        return ""
    entry = library.match(card.kind, card.title, card.tags)
    if entry is None:
        return ""
    n = library.other_workshops(entry.entry_id, workshop_id)
    if n == 0:
        return ""
    helped = [h.name for h in library.helped(entry.entry_id, exclude_workshop=workshop_id,
                                             limit=3)]
    if language == "da":
        text = f"Også rejst i {n} {'anden workshop' if n == 1 else 'andre workshops'}"
        return text + (f"; det hjalp dér: {'; '.join(helped)}." if helped else ".")
    text = f"Also raised in {n} other workshop{'s' if n != 1 else ''}"
    return text + (f"; what helped there: {'; '.join(helped)}." if helped else ".")


def recurrence_sentences(library: Library, workshop: Workshop,
                         language: str | None = None) -> dict[str, str]:
    """card id → the sentence, for every barrier of the workshop the library knows."""
    lang = language or workshop.info.language
    out = {}
    for card in workshop.cards.values():
        sentence = recurrence_sentence(library, card, workshop.info.id, lang)
        if sentence:
            out[card.id] = sentence
    return out
