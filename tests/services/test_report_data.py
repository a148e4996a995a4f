"""Small hand-made workshops for the analysis, report, export and import tests."""

from __future__ import annotations

from coi_desktop.models import (
    AgendaItem,
    Card,
    Participant,
    VotingRound,
    Workshop,
    new_id,
)

MARKUP = ("<b>unclosed", "x</para>y", '<img src="/etc/hostname"/>',
          '<a href="javascript:alert(1)">x</a>')


def card(w: Workshop, kind: str, title: str, canvas: str | None = None, **fields: object) -> str:
    canvas_id = canvas or w.canvases.ordered()[0].id
    n = len(w.cards)
    c = Card(new_id(), canvas_id, kind, title, x=(n % 10) * 200.0, y=(n // 10) * 120.0,
             **fields)  # type: ignore[arg-type]
    w.cards.add([c])
    return c.id


def link(w: Workshop, a: str, b: str, relation: str | None = None) -> str:
    lk = w.links.new(a, b, relation)
    w.links.add([lk])
    return lk.id


def star(language: str = "en") -> tuple[Workshop, str, list[str]]:
    """An actor in the centre linked to five actors around it."""
    w = Workshop.new("Star", language=language)
    centre = card(w, "actor", "Centre")
    leaves = [card(w, "actor", f"Leaf {i}") for i in range(5)]
    for leaf in leaves:
        link(w, centre, leaf)
    return w, centre, leaves


def rich(language: str = "da", cards_per_kind: int = 4) -> Workshop:
    """Every record type: participants, agenda, canvases, cards of each kind, links, votes."""
    w = Workshop.new("Velfærdsteknologi i Aarhus", language=language, template="barrier_board",
                     date="2026-11-20", location="Aarhus Rådhus", facilitator="Mette Holm",
                     organiser="COI", purpose="Find barriers and opportunities.")
    board = w.canvases.ordered()[0].id
    from coi_desktop.models import Canvas

    net = Canvas(new_id(), "Netværk", "blank", 1)
    w.canvases.add([net])
    w.participants.add([
        Participant(new_id(), "Anna Jensen", "Aarhus Kommune", "municipality", consent=True),
        Participant(new_id(), "Bo Secret", "Firma A/S", "company", consent=False),
        Participant(new_id(), "Carl Hidden", "", "region", consent=False),
    ])
    cats = ["law", "procurement", "economy", "technology"]
    actors = [card(w, "actor", f"Aktør {i}", net.id, sector="municipality", power=3)
              for i in range(cards_per_kind)]
    barriers = [card(w, "barrier", f"Barriere {i}", board, category=cats[i % 4],
                     severity=1 + i % 5, description="Lang beskrivelse " * 5)
                for i in range(cards_per_kind)]
    barriers_net = [card(w, "barrier", f"Netbarriere {i}", net.id, category=cats[i % 4])
                    for i in range(cards_per_kind)]
    opps = [card(w, "opportunity", f"Mulighed {i}", net.id, impact=4, effort=2)
            for i in range(cards_per_kind)]
    card(w, "action", "Ring til KL", net.id, owner="Mette", due_date="2026-12-01",
         status="open")
    card(w, "note", "Husk kaffe", net.id)
    for i, a in enumerate(actors):
        link(w, a, barriers_net[i % len(barriers_net)])
        if i:
            link(w, actors[0], a)
    link(w, opps[0], barriers_net[0])
    r = VotingRound(new_id(), board, "Vigtigste barrierer", ("barrier",))
    w.voting.add(r)
    for i, b in enumerate(barriers):
        if i:
            w.voting.set_count(r.id, b, i * 2)
    w.agenda.add([
        AgendaItem(new_id(), "Velkomst", 10, position=0, started_at="2026-11-20T09:00:00",
                   ended_at="2026-11-20T09:12:00"),
        AgendaItem(new_id(), "Barrierer", 45, board, position=1),
    ])
    return w


def test_rich_workshop_is_valid() -> None:
    w = rich()
    assert len(w.cards) == 18 and w.links and w.voting.votes
