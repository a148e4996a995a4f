"""Benchmark of the .coi store; prints JSON. Not part of the test run.

Figures, each next to a baseline measured in the same run on the same disk:
- committed single-card moves/s and 50-card moves/s through the write-through store, against
  raw sqlite3 single-row UPDATE commits/s with the same pragmas (WAL, synchronous=NORMAL, one
  transaction per edit: stated under "settings"); the single-edit figure as a time ratio
  (issue 14's goal: at most 2×), by the clock and by CPU time (steadier on a shared machine),
  with both absolute times; the process's peak memory;
- time to open (untrusted checks + lock + load) a 2,000- and a 10,000-card file, and to
  read_workshop it, against a raw `SELECT *` of the same rows: first opens (every row
  checked) and opens of a file seen before (its rows not checked again: `open_again_*`).

Usage: .venv/bin/python benchmarks/storage.py [--dir FOLDER] (default: a temp folder in the
current directory, so the figures are for a real disk, not a tmpfs /tmp).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coi_desktop.models import CARD_KINDS, Card, Link, Workshop
from coi_desktop.storage import create_workshop_file, open_workshop, read_workshop


def build(cards: int, seed: int = 1) -> Workshop:
    rng = random.Random(seed)
    w = Workshop.new("Benchmark", language="da")
    canvas = next(iter(w.canvases))
    batch = []
    for i in range(cards):
        kind = rng.choice(CARD_KINDS)
        batch.append(Card(
            f"c{i:05}", canvas, kind, f"Kort {i} om velfærdsteknologi",
            description="En beskrivelse med lidt tekst " * rng.randint(0, 4),
            x=rng.uniform(-5000, 5000), y=rng.uniform(-5000, 5000), tags=("a", "b"),
            severity=rng.randint(1, 5) if kind == "barrier" else None,
            impact=rng.randint(1, 5) if kind == "opportunity" else None))
    w.cards.add(batch)
    w.links.add([Link(f"l{i}", canvas, f"c{i:05}", f"c{i + 1:05}", "relates")
                 for i in range(0, cards - 1, 3)])
    return w


_CPU: dict[str, list[float]] = {}


def _single(w: Workshop, ids: list[str], n: int, start: int, label: str = "") -> float:
    t, c = time.perf_counter(), time.process_time()
    for i in range(start, start + n):
        w.cards.move({ids[i % len(ids)]: (float(i), 1.5)})
    if label:
        _CPU.setdefault(label, []).append((time.process_time() - c) / n)
    return n / (time.perf_counter() - t)


def _bulk(w: Workshop, ids: list[str], n: int, start: int) -> float:
    t = time.perf_counter()
    for i in range(start, start + n):
        w.cards.move({cid: (float(i), float(j)) for j, cid in enumerate(ids[:50])})
    return n / (time.perf_counter() - t)


def _raw(conn: sqlite3.Connection, ids: list[str], n: int, start: int) -> float:
    t, c = time.perf_counter(), time.process_time()
    for i in range(start, start + n):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE cards SET x = ?, y = ? WHERE id = ?", (float(i), 1.5,
                                                                 ids[i % len(ids)]))
        conn.execute("COMMIT")
    _CPU.setdefault("raw", []).append((time.process_time() - c) / n)
    return n / (time.perf_counter() - t)


def moves(folder: Path, total: int, rounds: int = 10) -> dict[str, object]:
    """Store, raw sqlite3 and model-only moves, interleaved in short rounds (medians), so a
    busy machine slows all of them alike and the ratios stay meaningful."""
    path = folder / "moves.coi"
    create_workshop_file(path, build(200))
    raw_path = folder / "raw.db"
    shutil.copyfile(path, raw_path)
    conn = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    bare = build(200)  # no store attached: what the model itself costs
    n = max(total // rounds, 10)
    figures: dict[str, list[float]] = {k: [] for k in ("store1", "store50", "raw", "model1",
                                                       "model50")}
    with open_workshop(path, snapshot_dir=folder / "snaps") as wf:
        wf.auto_snapshot_s = None
        ids = sorted(wf.workshop.cards)
        for r in range(rounds):
            figures["store1"].append(_single(wf.workshop, ids, n, r * n, "store"))
            figures["raw"].append(_raw(conn, ids, n, r * n))
            figures["store50"].append(_bulk(wf.workshop, ids, max(n // 10, 5), r * n))
            figures["model1"].append(_single(bare, ids, n, r * n, "model"))
            figures["model50"].append(_bulk(bare, ids, max(n // 10, 5), r * n))
    conn.close()
    med = {k: statistics.median(v) for k, v in figures.items()}
    cpu = {k: min(v) for k, v in _CPU.items()}  # CPU time per edit: steadier on a busy machine
    return {
        "settings": {"journal_mode": "WAL", "synchronous": "NORMAL", "foreign_keys": "ON",
                     "transactions": "one per edit (BEGIN IMMEDIATE … COMMIT) on both sides"},
        "single_edit_commit_ms": round(1000 / med["store1"], 4),
        "raw_sqlite_commit_ms": round(1000 / med["raw"], 4),
        "single_edit_commit_vs_raw_time_ratio": round(med["raw"] / med["store1"], 2),
        "single_edit_commit_cpu_us": round(cpu["store"] * 1e6, 1),
        "raw_sqlite_commit_cpu_us": round(cpu["raw"] * 1e6, 1),
        "model_only_edit_cpu_us": round(cpu["model"] * 1e6, 1),
        "single_edit_commit_vs_raw_cpu_ratio": round(cpu["store"] / cpu["raw"], 2),
        # The store's own part (change event → COMMIT, with the check that no other program
        # wrote the file): the edit's CPU time minus the model's, next to the raw commit.
        "store_part_cpu_us": round((cpu["store"] - cpu["model"]) * 1e6, 1),
        "store_part_vs_raw_cpu_ratio": round((cpu["store"] - cpu["model"]) / cpu["raw"], 2),
        "store_single_card_moves_per_s": round(med["store1"], 1),
        "store_50_card_moves_per_s": round(med["store50"], 1),
        "raw_sqlite_single_row_commits_per_s": round(med["raw"], 1),
        "store_single_vs_raw_ratio": round(med["store1"] / med["raw"], 3),
        "store_50_card_moves_vs_raw_ratio": round(med["store50"] / med["raw"], 4),
        "store_50_card_moves_cards_per_s_vs_raw_rows_ratio":
            round(50 * med["store50"] / med["raw"], 2),
        "model_only_single_card_moves_per_s": round(med["model1"], 1),
        "model_only_50_card_moves_per_s": round(med["model50"], 1),
        "store_share_of_single_move_time": round(1 - med["store1"] / med["model1"], 2),
        "store_share_of_50_card_move_time": round(1 - med["store50"] / med["model50"], 2),
    }


def open_times(folder: Path, cards: int, repeats: int = 3) -> dict[str, float]:
    """Open and read a file never seen before (a fresh data folder each time: no remembered
    digest, storage/verified.py, so every row is checked, as for a file from someone else)
    and again once it was (the usual case: the facilitator's own file)."""
    path = folder / f"open-{cards}.coi"
    create_workshop_file(path, build(cards))
    times: dict[str, list[float]] = {k: [] for k in ("first", "first_read", "again",
                                                    "again_read", "raw")}
    seen = folder / "data-seen"

    def timed(key: str, data: Path, job: Callable[[], object]) -> None:
        os.environ["XDG_DATA_HOME"] = str(data)
        t = time.perf_counter()
        job()
        times[key].append(time.perf_counter() - t)

    def open_close() -> None:
        wf = open_workshop(path, snapshot_dir=folder / "snaps")
        assert len(wf.workshop.cards) == cards
        wf.close()

    os.environ["XDG_DATA_HOME"] = str(seen)
    read_workshop(path)  # seen once
    # Opened before first: opening for writing and closing rewrites the file's header (the
    # journal mode goes to WAL and back), and only the data folder of that open remembers
    # the new bytes, so a first open in between would make the next one a first open too.
    for _ in range(repeats):
        timed("again", seen, open_close)
        timed("again_read", seen, lambda: read_workshop(path))
    for n in range(repeats):
        timed("first", folder / f"data-{n}-a", open_close)
        timed("first_read", folder / f"data-{n}-b", lambda: read_workshop(path))
        t = time.perf_counter()
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = conn.execute("SELECT * FROM cards").fetchall()
        conn.execute("SELECT * FROM links").fetchall()
        conn.close()
        times["raw"].append(time.perf_counter() - t)
        assert len(rows) == cards
    o, r, a, ar, s = (statistics.median(times[k]) for k in ("first", "first_read", "again",
                                                             "again_read", "raw"))
    return {f"open_{cards}_cards_s": round(o, 4), f"read_workshop_{cards}_cards_s": round(r, 4),
            f"open_again_{cards}_cards_s": round(a, 4),
            f"read_workshop_again_{cards}_cards_s": round(ar, 4),
            f"raw_select_{cards}_cards_s": round(s, 4),
            f"open_{cards}_vs_raw_select_ratio": round(o / s, 1),
            f"open_again_{cards}_vs_raw_select_ratio": round(a / s, 1),
            "file_bytes_" + str(cards): path.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path.cwd())
    parser.add_argument("--moves", type=int, default=3000, help="single moves per kind")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coi-bench-", dir=args.dir))
    try:
        result: dict[str, object] = {"sqlite": sqlite3.sqlite_version, "folder": str(folder)}
        result.update(moves(folder, args.moves))
        for cards in (2000, 10000):
            result.update(open_times(folder, cards))
        result["peak_memory_mb"] = round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
