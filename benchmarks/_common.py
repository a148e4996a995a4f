"""What every benchmark shares: one measurement per fresh process, peak memory, ratios.

Each side of a comparison (ours, the baseline) runs in its own child process, so its peak
resident memory (`ru_maxrss`) is its own and neither warms the other's caches. A benchmark
script re-invokes itself with `--child NAME JSON-ARGS`; the child runs one registered
measurement and prints one JSON line, to which `peak_rss_mib` is added.

    result = run_child(__file__, "ours", {"cards": 2000})
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Measurement = Callable[..., dict[str, Any]]


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, in MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def ratio(ours: float | None, base: float | None, digits: int = 2) -> float | None:
    return round(ours / base, digits) if ours is not None and base else None


def run_child(script: str, name: str, args: dict[str, Any], timeout: float = 1800,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run measurement `name` of `script` in a fresh interpreter; its JSON result."""
    child_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                   "offscreen"),
                 **(env or {})}
    done = subprocess.run([sys.executable, script, "--child", name, json.dumps(args)],
                          capture_output=True, text=True, timeout=timeout, env=child_env,
                          cwd=str(ROOT))
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{Path(script).name} {name} {args} failed ({done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def child_main(measurements: dict[str, Measurement]) -> bool:
    """If this process is a child (`--child NAME ARGS`), run it, print JSON, return True."""
    if len(sys.argv) < 4 or sys.argv[1] != "--child":
        return False
    result = measurements[sys.argv[2]](**json.loads(sys.argv[3]))
    result["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(result), flush=True)
    return True
