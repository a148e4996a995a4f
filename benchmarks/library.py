"""Library benchmark: suggestion latency per keystroke against a plain FTS5 query.

Builds a library of N entries (default 50,000: barriers, opportunities and actions made of
the demo generator's Danish phrase fragments, with facets, workshops and what-helped links)
through the real writer, opens it through the real untrusted open (checks, in-memory copy,
FTS5 index built), then "types" target titles one keystroke at a time and, for every
keystroke with at least three letters, measures in the same run and on the same in-memory
FTS5 table:

- ours: `Library.suggest(prefix, kind)`: Snowball Danish stemming of the words, stopwords
  out, the last word as a prefix of a stem or a word, BM25 then workshops; the any-word
  fallback when no entry holds every word;
- baseline: `Library.plain_search(prefix)`: the words as typed, the last as a prefix, one
  FTS5 MATCH ordered by rank (no stemming, no fallback).

Prints JSON: p50/p95/max in milliseconds for both, the p95 ratio, the open time (checks +
copy + index), the file size, and peak memory (`ru_maxrss`). Goal: ours p95 <= 50 ms.

    python benchmarks/library.py [--entries 50000] [--words 60]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("barrier", "opportunity", "action")
TECH = ("welfare", "rpa", "ai", "data", "other")
PHASES = ("need", "market_dialogue", "procurement", "development", "implementation",
          "spreading", "evaluation")
SECTORS = ("state", "region", "municipality", "company", "sme", "cluster", "knowledge")
CATEGORIES = ("law", "procurement", "economy", "organisation", "culture", "skills",
              "technology", "ethics", "market", "users", "spreading")


def make_library(path: Path, n: int, seed: int = 1) -> list[tuple[str, str]]:
    """Write a library of `n` entries to `path`; returns (kind, name) of every entry."""
    from coi_desktop.services import demo_phrases as ph
    from coi_desktop.services.consolidation.similarity import normalise
    from coi_desktop.services.library.build import _Entry, _write
    from coi_desktop.services.library.matching import entry_id

    rng = random.Random(seed)
    patterns = {
        "barrier": [da for pats in ph.BARRIER_PATTERNS.values() for da, _ in pats],
        "opportunity": [da for da, _ in ph.OPPORTUNITY_PATTERNS],
        "action": [da for da, _ in ph.ACTION_PATTERNS],
    }
    places = [da for da, _ in ph.PLACES] + [f" i {t}" for t in ph.TOWNS]
    entries: dict[str, _Entry] = {}
    names: list[tuple[str, str]] = []
    workshops = [f"w{i:04d}" for i in range(max(50, n // 40))]
    while len(entries) < n:
        kind = rng.choices(KINDS, (6, 3, 1))[0]
        text = rng.choice(patterns[kind])
        for slot in ("{p}", "{town}", "{company}", "{region}", "{cluster}", "{college}"):
            if slot in text:
                source = {"{p}": [da for da, _ in ph.PROCESSES], "{town}": ph.TOWNS,
                          "{company}": ph.COMPANIES, "{region}": ph.REGIONS,
                          "{cluster}": ph.CLUSTERS, "{college}": ph.COLLEGES}[slot]
                text = text.replace(slot, rng.choice(source))
        text = text.replace("{u}", "")
        name = (text + rng.choice(places) + f" ({rng.randint(1, 99)})").strip()
        normal = normalise(name)
        eid = entry_id(kind, normal)
        if eid in entries:
            continue
        e = _Entry(eid, kind, name, normal)
        for w in rng.sample(workshops, rng.choice((1, 1, 1, 2, 2, 3, 5))):
            e.workshops[w] = [1, rng.randint(0, 6)]
            e.facets.add(("technology", rng.choice(TECH), w))
            e.facets.add(("phase", rng.choice(PHASES), w))
            e.facets.add(("sector", rng.choice(SECTORS), w))
            if kind == "barrier":
                e.facets.add(("category", rng.choice(CATEGORIES), w))
        entries[eid] = e
        names.append((kind, name))
    ids = {k: [e.entry_id for e in entries.values() if e.kind == k] for k in KINDS}
    helped = {(b, rng.choice(ids["opportunity"] + ids["action"]), "w0000")
              for b in ids["barrier"][: n // 5]}
    _write(entries, helped, [], 1, path)
    return names


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--words", type=int, default=60, help="titles typed (keystrokes: ~30 "
                        "each)")
    parser.add_argument("--make", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:  # child process: write the library, print the titles
        print(json.dumps(make_library(Path(args.make), args.entries), ensure_ascii=False))
        return
    from coi_desktop.services.library import Library

    with tempfile.TemporaryDirectory(prefix="coi-lib-bench-") as folder:
        path = Path(folder) / "bench.coilib"
        t0 = time.perf_counter()
        # built in a child, so the peak memory below is that of opening and searching only
        made = subprocess.run([sys.executable, __file__, "--entries", str(args.entries),
                               "--make", str(path)], check=True, capture_output=True,
                              text=True)
        names = [tuple(x) for x in json.loads(made.stdout)]
        build_s = time.perf_counter() - t0
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        lib = Library.open(path)
        open_s = time.perf_counter() - t0
        rng = random.Random(7)
        targets = rng.sample(names, args.words)
        ours: list[float] = []
        plain: list[float] = []
        hits = 0
        for kind, name in targets:
            for end in range(1, len(name) + 1):
                prefix = name[:end]
                if sum(ch.isalnum() for ch in prefix) < 3:
                    continue
                t = time.perf_counter()
                found = lib.suggest(prefix, kind)
                ours.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                lib.plain_search(prefix)
                plain.append((time.perf_counter() - t) * 1000)
                if end == len(name):  # the whole title typed: is it the first suggestion?
                    hits += bool(found and found[0].name == name)
        lib.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        size = path.stat().st_size
    result = {
        "benchmark": "library suggestions per keystroke",
        "entries": args.entries, "keystrokes": len(ours), "titles_typed": args.words,
        "ours_ms": {"p50": round(statistics.median(ours), 3),
                    "p95": round(percentile(ours, 95), 3), "max": round(max(ours), 3)},
        "plain_fts5_ms": {"p50": round(statistics.median(plain), 3),
                          "p95": round(percentile(plain, 95), 3), "max": round(max(plain), 3)},
        "ratio_p95": round(percentile(ours, 95) / max(percentile(plain, 95), 1e-9), 2),
        "ratio_p50": round(statistics.median(ours) / max(statistics.median(plain), 1e-9), 2),
        "goal_p95_ms": 50, "goal_met": percentile(ours, 95) <= 50,
        "whole_title_suggested_first_share": round(hits / max(1, args.words), 3),
        "open_s": round(open_s, 3), "build_s": round(build_s, 2), "file_bytes": size,
        "peak_rss_mb": round(rss / 1024, 1),
        "rss_before_open_mb": round(rss_before / 1024, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
