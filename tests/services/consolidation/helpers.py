"""Workshops and hostile files for the consolidation tests (written with the storage layer)."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import struct
from collections.abc import Sequence
from pathlib import Path

from coi_desktop.models import Card, Link, Participant, Workshop, new_id
from coi_desktop.storage import create_workshop_file

FOCUS = [  # (date, technology, phase) per demo workshop
    ("2026-02-10", "rpa", "need"),
    ("2026-05-20", "welfare", "market_dialogue"),
    ("2026-09-03", "ai", "implementation"),
]


def demo_workshop(seed: int) -> Workshop:
    """A demo workshop from the demo generator, with its own date and focus."""
    from coi_desktop.services.demo import build_demo

    ws = build_demo(seed=seed)
    date, technology, phase = FOCUS[seed % len(FOCUS)]
    ws.update_info(date=date, technology=technology, phase=phase,
                   title=f"{ws.info.title} #{seed}")
    return ws


def write_demo_set(folder: Path, n: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(n):
        path = folder / f"workshop-{seed}.coi"
        create_workshop_file(path, demo_workshop(seed))
        paths.append(path)
    return paths


def barrier_workshop(title: str, barriers: Sequence[str], *, date: str = "2026-03-01",
                     actor: str = "", opportunity: str = "",
                     descriptions: dict[str, str] | None = None) -> Workshop:
    """A small hand-made workshop: barriers, optionally one actor and one opportunity linked."""
    ws = Workshop.new(title, template="blank", date=date, technology="ai", phase="need")
    canvas = next(iter(ws.canvases))
    cards = [Card(new_id(), canvas, "barrier", b, (descriptions or {}).get(b, ""),
                  x=200.0 * i, category="procurement") for i, b in enumerate(barriers)]
    ws.cards.add(cards)
    if actor:
        a = Card(new_id(), canvas, "actor", actor, x=0, y=400, sector="municipality",
                 role="buyer")
        ws.cards.add([a])
        ws.links.add([Link(new_id(), canvas, a.id, cards[0].id, "experiences", "", True)])
    if opportunity:
        o = Card(new_id(), canvas, "opportunity", opportunity, x=0, y=800)
        ws.cards.add([o])
        ws.links.add([Link(new_id(), canvas, o.id, cards[0].id, "addresses", "", True)])
    return ws


def add_people(ws: Workshop) -> tuple[Participant, Participant]:
    named = Participant(new_id(), "Karen Named", "Vesterå Kommune", "municipality",
                        email="karen@example.dk", consent=True)
    hidden = Participant(new_id(), "Jens Hemmelig", "Firma ApS", "company",
                         email="jens.hemmelig@example.dk", consent=False)
    ws.participants.add([named, hidden])
    return named, hidden


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


# -- hostile files (FIELD-NOTES: "Workshop files from other people") -----------------------

def make_hostile(folder: Path, good: Path) -> dict[str, Path]:
    """empty, random bytes, newer user_version, extra trigger, extra view, plain SQLite."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {name: folder / f"{name}.coi" for name in
           ("empty", "random", "newer", "trigger", "view", "plain")}
    out["empty"].write_bytes(b"")
    out["random"].write_bytes(random.Random(7).randbytes(8192))
    data = bytearray(good.read_bytes())
    data[60:64] = struct.pack(">I", 99)
    out["newer"].write_bytes(bytes(data))
    for name, sql in (("trigger", "CREATE TRIGGER evil AFTER INSERT ON cards BEGIN "
                                  "DELETE FROM cards; END"),
                      ("view", "CREATE VIEW evil AS SELECT * FROM cards")):
        out[name].write_bytes(good.read_bytes())
        conn = sqlite3.connect(out[name])
        conn.execute(sql)
        conn.commit()
        conn.close()
    conn = sqlite3.connect(out["plain"])
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return out


def info_counts(path: Path) -> dict[str, int]:
    """What `coi-desktop info --json` says about a file: participants, canvases, cards,
    links, and votes (the number of dots, i.e. the sum of the vote rows' counts)."""
    import contextlib
    import io

    from coi_desktop.cli import run

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert run(["info", "--json", str(path)]) == 0
    data = json.loads(buffer.getvalue())
    return {"participants": int(data["participants"]), "canvases": len(data["canvases"]),
            "cards": int(data["cards"]["total"]), "links": int(data["links"]),
            "dots": int(data["votes"])}
