"""Run every benchmark and write one JSON summary (`make bench`).

Runs each script in benchmarks/ in turn (one at a time: the figures are same-run ratios and
must not compete for the CPU), collects their JSON into `benchmarks/results.json` with the
machine and the time, and prints a Markdown table of the headline figures (the one the
README's benchmark section shows). `--quick` runs small sizes only (a smoke run).

    .venv/bin/python benchmarks/run_all.py [--quick] [--only report canvas] [--out FILE]
    .venv/bin/python benchmarks/run_all.py --table-from benchmarks/results.json --readme

`--readme` writes the table into README.md between the `bench:start`/`bench:end` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

#: script → (full arguments, quick arguments)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "report": ([], ["--sizes", "200"]),
    "canvas": ([], ["--cards", "500", "--frames", "10"]),
    "startup": ([], ["--scenarios", "2000:spread", "--runs", "2"]),
    "demo": ([], ["--cards", "2000", "--repeat", "1"]),
    "storage": ([], ["--moves", "300"]),
    "consolidate": ([], ["--files", "20", "--repeat", "1"]),
}


def run(name: str, args: list[str]) -> dict[str, Any]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *args],
                          capture_output=True, text=True, cwd=str(HERE.parent),
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seconds = round(time.perf_counter() - start, 1)
    text = done.stdout
    if done.returncode != 0 or "{" not in text:
        return {"error": f"exit {done.returncode}", "stderr": done.stderr[-2000:],
                "wall_s": seconds}
    try:
        result: dict[str, Any] = json.loads(text[text.index("{"):])
    except json.JSONDecodeError:  # several JSON lines: keep them all
        result = {"lines": [json.loads(ln) for ln in text.splitlines()
                            if ln.startswith("{")]}
    result["wall_s"] = seconds
    return result


def _row(figure: str, ours: Any, base: Any, ratio: Any, memory: Any, goal: str,
         held: Any) -> str:
    verdict = {True: "yes", False: "**no**", None: "–"}[held if isinstance(held, bool)
                                                     else None]
    return f"| {figure} | {ours} | {base} | {ratio} | {memory} | {goal} | {verdict} |"


def table(results: dict[str, Any]) -> str:
    """The headline figures as a Markdown table."""
    rows = ["| figure | ours | baseline | ratio | peak memory (ours / baseline) | goal | "
            "holds |", "|---|---|---|---|---|---|---|"]
    for r in results.get("report", {}).get("results", []):
        goal, held = "", None
        if r["cards"] >= 10000:
            goal, held = "≤ 300 MiB", r.get("goal_peak_rss_at_most_300_mib")
        elif r["cards"] >= 3000:
            goal, held = "≤ 3×", r.get("goal_ratio_at_most_3")
        cpu = f" (CPU {r['ratio_cpu']}×)" if "ratio_cpu" in r else ""
        rows.append(_row(f"PDF report, {r['cards']:,} cards / plain reportlab",
                         f"{r['report_s']} s", f"{r['baseline_s']} s", f"{r['ratio']}×{cpu}",
                         f"{r['report_peak_rss_mib']} / {r['baseline_peak_rss_mib']} MiB",
                         goal, held))
    for r in results.get("startup", {}).get("results", []):
        coi, bare = r["coi_desktop"], r["bare_pyside6_window"]
        goal = "≤ 3×" if r["cards"] <= 2000 else "≤ 4×"
        held = r.get("goal_ratio_at_most_3", r.get("goal_ratio_at_most_4"))
        rows.append(_row(f"start-up to first frame, {r['cards']:,} cards ({r['layout']}) / "
                         "bare window", f"{coi['launch_to_first_frame_ms']} ms",
                         f"{bare['launch_to_first_frame_ms']} ms",
                         f"{r['ratio_launch_to_first_frame']}×",
                         f"{coi['peak_rss_mib']} / {bare['peak_rss_mib']} MiB", goal, held))
        if "first_open" in r:  # the same file never opened before: every row checked
            first = r["first_open"]
            rows.append(_row("… the same, first open of the file (every row checked)",
                             f"{first['launch_to_first_frame_ms']} ms",
                             f"{bare['launch_to_first_frame_ms']} ms",
                             f"{first['ratio_launch_to_first_frame']}×", "", goal,
                             first["ratio_launch_to_first_frame"] <= float(goal[2:-1])))
    for r in results.get("canvas", {}).get("results", []):
        ours, base, ratio, goals = r["ours"], r["baseline"], r["ratio"], r["goals"]
        memory = f"{ours['peak_rss_mib']} / {base['peak_rss_mib']} MiB"
        n = f"{r['cards']:,} cards"
        rows.append(_row(f"canvas fit-all frame, {n} / naive", f"{ours['fit_ms']} ms",
                         f"{base['fit_ms']} ms", f"{ratio['fit_ms']}×", memory, "", None))
        rows.append(_row(f"canvas pan to unseen area p95, {n} / naive",
                         f"{ours['pan_unseen_p95_ms']} ms", f"{base['pan_unseen_p95_ms']} ms",
                         f"{ratio['pan_unseen_p95_ms']}×", memory,
                         "≤ 16 ms" if r["cards"] >= 10000 else "",
                         goals.get("pan_unseen_p95_at_most_16ms")))
        rows.append(_row(f"canvas zoom step, cold cache, p95, {n} / naive",
                         f"{ours['zoom_cold_p95_ms']} ms", f"{base['zoom_cold_p95_ms']} ms",
                         f"{ratio['zoom_cold_p95_ms']}×", memory, "≤ 8 ms",
                         goals.get("zoom_cold_p95_at_most_8ms")))
        rows.append(_row(f"canvas first drag, {n} / naive", f"{ours['first_drag_ms']} ms",
                         f"{base['first_drag_ms']} ms", f"{ratio['first_drag_ms']}×", memory,
                         "≤ 30 ms" if r["cards"] == 2000 else "",
                         goals.get("first_drag_at_most_30ms")))
    shown = results.get("canvas", {}).get("projector")
    if shown:
        rows.append(_row(f"projector open, {shown['cards']:,}-card canvas / naive view "
                         "in a new window", f"{shown['ours']['projector_open_ms']} ms",
                         f"{shown['baseline']['projector_open_ms']} ms", f"{shown['ratio']}×",
                         f"{shown['ours']['peak_rss_mib']} / "
                         f"{shown['baseline']['peak_rss_mib']} MiB", "≤ 50 ms",
                         shown.get("goal_at_most_50ms")))
    for r in results.get("demo", {}).get("results", []):
        rows.append(_row(f"demo generator, {r['cards']:,} cards / bare add_cards",
                         f"{r['demo_s']} s", f"{r['baseline_add_cards_s']} s",
                         f"{r['ratio']}×", f"{r.get('peak_rss_mib', '–')} MiB", "", None))
    for name in ("storage", "consolidate"):  # the hardening engineer's: shown as they print
        result = results.get(name, {})
        ratios = {k: v for k, v in _flat(result).items() if "ratio" in k}
        for key, value in ratios.items():
            goal, held = "", None
            if key == "single_edit_commit_vs_raw_time_ratio":  # issue 14: at most 2x
                goal, held = "≤ 2×", isinstance(value, int | float) and value <= 2
            rows.append(_row(f"{name}: {key}", "", "", value, "", goal, held))
    return "\n".join(rows)


def _flat(data: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            out.update(_flat(v, f"{prefix}{k}."))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out.update(_flat(v, f"{prefix}{i}."))
    else:
        out[prefix.rstrip(".")] = data
    return out


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def write_readme(summary: dict[str, Any], readme: Path) -> None:
    """Replace the table between the README's markers (nothing else is touched)."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme.name} has no {START} … {END} markers")
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    machine = summary["machine"]
    block = (f"{START}\nMeasured {summary['when']} (Python {machine['python']}, "
             f"{machine['cpus']} CPUs{', quick sizes' if summary.get('quick') else ''}):\n\n"
             f"{table(summary['results'])}\n{END}")
    readme.write_text(head + block + tail, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS))
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--table-from", type=Path, help="only print the table of this JSON")
    parser.add_argument("--readme", action="store_true",
                        help="also write the table into README.md's benchmark section")
    args = parser.parse_args()
    if args.table_from:
        summary = json.loads(args.table_from.read_text(encoding="utf-8"))
        print(table(summary["results"]))
        if args.readme:
            write_readme(summary, HERE.parent / "README.md")
        return 0
    results: dict[str, Any] = {}
    for name in args.only or BENCHMARKS:
        full, quick = BENCHMARKS[name]
        print(f"benchmark {name} …", file=sys.stderr, flush=True)
        results[name] = run(name, quick if args.quick else full)
    summary = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                           "system": platform.platform()},
               "quick": args.quick, "results": results}
    args.out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(table(results))
    if args.readme:
        write_readme(summary, HERE.parent / "README.md")
    failed = [name for name, r in results.items() if "error" in r]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
