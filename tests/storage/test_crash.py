"""Crash safety: a writer killed with SIGKILL at random moments never leaves a broken file.

A child process (child_editor.py loop) edits in batches: 50 cards moved together (each gets
the batch number as its position), 5 cards added together, 4 links between them, an old batch
of cards removed with its links, the batch number written into the workshop notes. It prints
each batch number once committed. After every kill the file must reopen (taking over the stale
lock), pass PRAGMA integrity_check, show every batch whole or absent, and have kept every batch
the child reported as committed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from coi_desktop.models import Card, Workshop
from coi_desktop.storage import check_file, create_workshop_file, open_workshop

from .child_editor import ADDED, MOVED

CHILD = Path(__file__).with_name("child_editor.py")
KILLS = 30


def _check(path: Path, reported: int) -> int:
    """Reopen after a crash; returns the newest batch number in the file."""
    with open_workshop(path, snapshot_dir=path.parent / "snaps") as wf:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
        w = wf.workshop
        movers = [c for c in w.cards.values() if c.id.startswith("m")]
        assert len(movers) == MOVED
        positions = {(c.x, c.y) for c in movers}
        assert len(positions) == 1, "a move batch was half applied"
        (x, y), = positions
        moved = int(x)
        assert y == -x
        assert moved >= reported, "a committed batch was lost"
        batches = Counter(c.title for c in w.cards.values() if c.id.startswith("b"))
        assert all(n == ADDED for n in batches.values()), f"half a batch of cards: {batches}"
        links = Counter(w.cards[link.source_id].title for link in w.links.values())
        assert all(n == ADDED - 1 for n in links.values()), f"half a batch of links: {links}"
        notes = int(w.info.notes or 0)
        assert notes in (moved, moved - 1)
        assert all(int(t) <= moved for t in batches)
    assert sorted(p for p in os.listdir(path.parent) if not p.startswith("snaps")) \
        == ["w.coi"]
    check_file(path)
    return moved


def test_killed_writer_leaves_whole_batches(tmp_path: Path) -> None:
    w = Workshop.new("Crash")
    canvas = next(iter(w.canvases))
    w.cards.add([Card(f"m{i:02}", canvas, "barrier", f"mover {i}") for i in range(MOVED)])
    path = tmp_path / "w.coi"
    create_workshop_file(path, w)
    rng = random.Random(20261129)
    last = 0
    progressed = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), "loop", str(path)],
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", "the child could not open"
            first = int(child.stdout.readline())  # it is editing: now kill it at random
            time.sleep(rng.uniform(0.0, 0.03))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            reported = [first, *(int(line) for line in child.stdout.read().split())]
        finally:
            child.kill()
            child.wait()
        moved = _check(path, max(reported))
        progressed += moved > last
        last = moved
    assert progressed == KILLS
