"""Demo generator benchmark: `build_demo(cards=N)` against adding N plain cards, same run.

The baseline builds N bare note cards and adds them to a fresh workshop in one `add_cards`
call (the least work the model can do for N cards); the figure is the demo's time divided by
that (it also writes text, places cards in zones, adds links, votes and the agenda). Prints JSON,
with the process's peak resident memory after each size (both sides run in this process).

    python benchmarks/demo.py [--cards 2000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coi_desktop.models import Card, Workshop
from coi_desktop.services.demo import build_demo


def _best(run: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def _baseline(n: int) -> None:
    ws = Workshop.new("Baseline", language="en")
    canvas = ws.canvases.ordered()[0].id
    ws.cards.add([Card(f"c{i}", canvas, "note", f"Card {i}", x=float(i % 100) * 200,
                       y=float(i // 100) * 120) for i in range(n)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = []
    for n in args.cards:
        demo = _best(lambda n=n: build_demo(cards=n, seed=1), args.repeat)
        base = _best(lambda n=n: _baseline(n), args.repeat)
        ws = build_demo(cards=n, seed=1)
        results.append({"cards": n, "canvases": len(ws.canvases), "links": len(ws.links),
                        "demo_s": round(demo, 3), "baseline_add_cards_s": round(base, 3),
                        "ratio": round(demo / base, 2),
                        "peak_rss_mib": round(
                            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
    print(json.dumps({"benchmark": "demo", "results": results}, indent=2))


if __name__ == "__main__":
    main()
