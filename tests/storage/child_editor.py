"""A second process for the lock and crash tests (run as a script, never collected).

`hold PATH`: open PATH for writing, print "ready", then for each stdin line "TITLE" set the
title of card b1 and print "ok"; close at end of input.
`try PATH`: try to open PATH for writing; print "opened" or the error class and sentence.
`loop PATH`: edit forever in batches (see test_crash.py), printing each committed batch number,
closing and reopening the file every 7 batches.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coi_desktop.models import Card
from coi_desktop.storage import WorkshopFileError, open_workshop

MOVED = 50  # cards moved together in every batch
ADDED = 5  # cards added (and later removed) together


def hold(path: Path) -> None:
    with open_workshop(path, snapshot_dir=path.parent / "snaps") as wf:
        print("ready", flush=True)
        for line in sys.stdin:
            wf.workshop.cards.update("b1", title=line.strip())
            print("ok", flush=True)


def attempt(path: Path) -> None:
    try:
        wf = open_workshop(path, snapshot_dir=path.parent / "snaps")
    except WorkshopFileError as exc:
        print(type(exc).__name__, exc.text("en"), sep="\n", flush=True)
    else:
        wf.close()
        print("opened", flush=True)


def loop(path: Path) -> None:
    wf = open_workshop(path, snapshot_dir=path.parent / "snaps")
    w = wf.workshop
    canvas = next(iter(w.canvases))
    movers = sorted(c for c in w.cards if c.startswith("m"))
    n = int(max(w.cards[c].x for c in movers)) + 1
    print("ready", flush=True)
    while True:
        if n % 7 == 0:  # close (checkpoint, back to one file) and reopen now and then
            wf.close()
            wf = open_workshop(path, snapshot_dir=path.parent / "snaps")
            w = wf.workshop
        w.cards.move({c: (float(n), float(-n)) for c in movers})
        ids = [f"b{n}-{k}" for k in range(ADDED)]
        w.cards.add([Card(i, canvas, "note", str(n)) for i in ids])
        w.links.add([w.links.new(ids[0], other) for other in ids[1:]])
        old = [c for c in w.cards if c.startswith(f"b{n - 3}-")]
        if old:
            w.cards.remove(old)
        w.update_info(notes=str(n))
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    {"hold": hold, "try": attempt, "loop": loop}[sys.argv[1]](Path(sys.argv[2]))
