"""Today's benchmark scripts run against two versions of the code, in alternation (issue 10).

Issue 10's check: "every benchmark's ratio within 10 % of before the change". Two commits
are exported (`git archive`) into a folder, today's benchmarks/ is copied into both, and each
benchmark runs on the old tree, then the new (the order swaps every round), so both see the
same machine load. Both run with this interpreter and its packages (only the code differs).

The old code (before issue 10's architecture change) had `workshop.add_cards(...)`,
`cards_on(...)`, `ordered_canvases()` where today's scripts call `workshop.cards.add(...)`,
`cards.on(...)`, `canvases.ordered()`. For the old tree a `sitecustomize` shim gives its
tables those names, each forwarding to the old method that does the same; nothing measured
goes through the shim (it is only used to build the test workshops).

    python benchmarks/before_after.py run --old def54a0 --new HEAD --rounds 2 --out ba.json
    python benchmarks/before_after.py table ba.json --md docs/dev/benchmarks-before-after.md
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ("report", "canvas", "startup", "demo", "storage", "consolidate")

SHIM = '''"""Old-API shim: today's benchmark scripts on code before issue 10 (before_after.py)."""
import os
import sys

if os.environ.get("COI_OLD_API_SHIM"):
    root = os.environ["COI_OLD_API_SHIM"]
    if root not in sys.path:
        sys.path.insert(0, root)
    import weakref

    from coi_desktop.models import journal, workshop as _wmod

    _owners = weakref.WeakValueDictionary()
    _init = _wmod.Workshop.__init__

    def __init__(self, *a, **k):
        _init(self, *a, **k)
        _owners[id(self._journal)] = self

    _wmod.Workshop.__init__ = __init__
    T = journal.Table

    def _o(t):
        return _owners[id(t._journal)]

    T.add = lambda t, recs: getattr(_o(t), f"add_{t._name}")(list(recs))
    T.on = lambda t, cid: list(getattr(_o(t), f"{t._name}_on")(cid))
    T.require = lambda t, k: t[k]
    T.ordered = lambda t: list(_o(t).ordered_canvases())
    T.move = lambda t, pos: _o(t).move_cards(pos)
'''


def export(commit: str, folder: Path) -> Path:
    """`commit`'s files in `folder`, with today's benchmarks/ in place of its own."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    shutil.rmtree(folder / "benchmarks", ignore_errors=True)
    shutil.copytree(ROOT / "benchmarks", folder / "benchmarks",
                    ignore=shutil.ignore_patterns("results.json", "__pycache__"))
    return folder


def run_one(tree: Path, name: str, shim: Path | None) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    env.pop("COI_OLD_API_SHIM", None)
    if shim is not None:
        env.update(PYTHONPATH=str(shim), COI_OLD_API_SHIM=str(tree))
    start = time.time()
    done = subprocess.run([sys.executable, f"benchmarks/{name}.py"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=3600)
    text = done.stdout
    try:
        data: dict[str, Any] = json.loads(text[text.index("{"):])
    except ValueError:
        data = {"error": done.returncode, "stderr": done.stderr[-1500:]}
    return {"bench": name, "when": start, "wall_s": round(time.time() - start, 1),
            "data": data}


def run(args: argparse.Namespace) -> None:
    work = Path(args.work)
    trees = {"old": export(args.old, work / "old"), "new": export(args.new, work / "new")}
    shim = work / "shim"
    shim.mkdir(exist_ok=True)
    (shim / "sitecustomize.py").write_text(SHIM, encoding="utf-8")
    out = Path(args.out)
    summary: dict[str, Any] = {"old": args.old, "new": args.new, "runs": []}
    for n in range(args.rounds):
        for name in args.only or SCRIPTS:
            for side in ("old", "new") if n % 2 == 0 else ("new", "old"):
                print(f"round {n + 1}: {name} on {side}", file=sys.stderr, flush=True)
                result = run_one(trees[side], name, shim if side == "old" else None)
                summary["runs"].append({"tree": side, **result})
                out.write_text(json.dumps(summary, indent=1), encoding="utf-8")


# -- the table ----------------------------------------------------------------------------

Pick = Callable[[dict[str, Any]], Any]


def _row(results: str, key: str, **match: Any) -> Pick:
    def pick(data: dict[str, Any]) -> Any:
        for r in data.get(results, []):
            if all(r.get(k) == v for k, v in match.items()):
                value = r
                for part in key.split("."):
                    value = value[part]
                return value
        return None
    return pick


def _key(*path: str) -> Pick:
    def pick(data: dict[str, Any]) -> Any:
        value: Any = data
        for part in path:
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value
    return pick


#: (benchmark script, figure as shown, how to read it from the script's JSON)
FIGURES: list[tuple[str, str, Pick]] = [
    ("report", "PDF report 200 cards / plain reportlab", _row("results", "ratio", cards=200)),
    ("report", "PDF report 3,000 cards / plain reportlab", _row("results", "ratio", cards=3000)),
    ("report", "PDF report 3,000 cards / plain reportlab (CPU)",
     _row("results", "ratio_cpu", cards=3000)),
    ("report", "PDF report 10,000 cards / plain reportlab",
     _row("results", "ratio", cards=10000)),
    ("report", "PDF report 10,000 cards: peak memory ours / plain",
     _row("results", "peak_rss_ratio", cards=10000)),
    *[("canvas", f"canvas {n:,} cards: {label} / naive",
       _row("results", f"ratio.{key}", cards=n))
      for n in (500, 2000, 10000)
      for key, label in (("build_ms", "build"), ("first_frame_ms", "first frame"),
                         ("fit_ms", "fit-all frame"),
                         ("pan_unseen_p95_ms", "pan to unseen p95"),
                         ("zoom_cold_p95_ms", "zoom step cold p95"),
                         ("first_drag_ms", "first drag"))],
    ("canvas", "projector open, 2,000 cards / naive view in a new window",
     _key("projector", "ratio")),
    *[("startup", f"start-up {n:,} cards ({layout}) / bare window",
       _row("results", "ratio_launch_to_first_frame", cards=n, layout=layout))
      for n, layout in ((2000, "spread"), (10000, "spread"), (10000, "one canvas"))],
    *[("startup", f"start-up {n:,} cards ({layout}), first open of the file / bare window",
       _row("results", "first_open.ratio_launch_to_first_frame", cards=n, layout=layout))
      for n, layout in ((2000, "spread"), (10000, "spread"), (10000, "one canvas"))],
    ("demo", "demo generator 2,000 cards / bare add_cards", _row("results", "ratio", cards=2000)),
    ("demo", "demo generator 10,000 cards / bare add_cards",
     _row("results", "ratio", cards=10000)),
    ("storage", "single-edit commit / raw sqlite3 (time)",
     _key("single_edit_commit_vs_raw_time_ratio")),
    ("storage", "single-edit commit / raw sqlite3 (CPU)",
     _key("single_edit_commit_vs_raw_cpu_ratio")),
    ("storage", "50-card move: cards/s / raw rows/s", _key(
        "store_50_card_moves_cards_per_s_vs_raw_rows_ratio")),
    ("storage", "open 2,000-card file / raw SELECT", _key("open_2000_vs_raw_select_ratio")),
    ("storage", "open 10,000-card file / raw SELECT", _key("open_10000_vs_raw_select_ratio")),
    ("storage", "open 2,000-card file seen before / raw SELECT",
     _key("open_again_2000_vs_raw_select_ratio")),
    ("storage", "open 10,000-card file seen before / raw SELECT",
     _key("open_again_10000_vs_raw_select_ratio")),
    ("consolidate", "consolidation / ATTACH + INSERT", _key("ratio_ours_to_baseline")),
    ("consolidate", "consolidation / ATTACH + INSERT (CPU)", _key("ratio_cpu_ours_to_baseline")),
    ("consolidate", "consolidation re-run, unchanged / ATTACH + INSERT",
     _key("ratio_rerun_to_baseline")),
]

#: Figures where a larger ratio is better (a rate against a rate), not worse.
HIGHER_IS_BETTER = {"50-card move: cards/s / raw rows/s"}


def table(summary: dict[str, Any]) -> dict[str, Any]:
    """Per figure: each side's values (one per round), their median, and the change."""
    rows = []
    for script, figure, pick in FIGURES:
        values: dict[str, list[float]] = {"old": [], "new": []}
        errors: dict[str, str] = {}
        for run in summary["runs"]:
            if run["bench"] != script:
                continue
            if "error" in run["data"]:
                errors[run["tree"]] = run["data"].get("stderr", "")[-300:]
                continue
            value = pick(run["data"])
            if isinstance(value, int | float):
                values[run["tree"]].append(float(value))
        before = statistics.median(values["old"]) if values["old"] else None
        after = statistics.median(values["new"]) if values["new"] else None
        change = (round((after - before) / before * 100, 1)
                  if before and after is not None else None)
        worse = None if change is None else (
            change < -10 if figure in HIGHER_IS_BETTER else change > 10)
        rows.append({"benchmark": script, "figure": figure, "before": before, "after": after,
                     "before_runs": values["old"], "after_runs": values["new"],
                     "change_percent": change, "worse_by_more_than_10_percent": worse,
                     "errors": errors or None})
    return {"old": summary.get("old"), "new": summary.get("new"), "rows": rows}


def markdown(result: dict[str, Any]) -> str:
    out = ["| benchmark | figure (same-run ratio) | before | after | change | note |",
           "|---|---|---|---|---|---|"]
    for r in result["rows"]:
        def fmt(v: float | None) -> str:
            return "–" if v is None else f"{v:g}×"
        change = "–" if r["change_percent"] is None else f"{r['change_percent']:+.1f} %"
        note = ""
        if r["errors"]:
            note = "did not run on " + ", ".join(sorted(r["errors"]))
        elif r["worse_by_more_than_10_percent"]:
            note = "**worse by more than 10 %**"
        if r["figure"] in HIGHER_IS_BETTER:
            note = (note + "; " if note else "") + "higher is better"
        out.append(f"| {r['benchmark']} | {r['figure']} | {fmt(r['before'])} | "
                   f"{fmt(r['after'])} | {change} | {note} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run every benchmark on both trees in alternation")
    r.add_argument("--old", required=True, help="commit before the change")
    r.add_argument("--new", default="HEAD", help="commit after the change")
    r.add_argument("--rounds", type=int, default=2)
    r.add_argument("--only", nargs="+", choices=SCRIPTS)
    r.add_argument("--work", default=str(Path.cwd() / "before-after-trees"))
    r.add_argument("--out", default="before-after.json")
    t = sub.add_parser("table", help="the before/after table of a run's JSON")
    t.add_argument("json")
    t.add_argument("--out-json", help="also write the table as JSON here")
    args = parser.parse_args()
    if args.command == "run":
        run(args)
        return 0
    result = table(json.loads(Path(args.json).read_text(encoding="utf-8")))
    if args.out_json:
        Path(args.out_json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
