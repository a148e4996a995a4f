"""`main.py --quit-after-first-frame FILE` opens, paints once, reports and exits, without
having imported the analysis (networkx) or report (reportlab) libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import make_file

ROOT = Path(__file__).resolve().parents[2]


def test_first_frame_without_networkx_or_reportlab(tmp_path: Path) -> None:
    path = make_file(tmp_path, "start.coi", cards=300)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit-after-first-frame",
                           str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    assert report["cards"] == 300
    assert report["first_frame_ms"] > 0
    assert report["imported_before_first_frame"] == {"networkx": False, "reportlab": False}
    assert not Path(str(path) + ".lock").exists()


def test_a_file_that_cannot_open_reports_instead_of_hanging(tmp_path: Path) -> None:
    bad = tmp_path / "bad.coi"
    bad.write_bytes(b"garbage" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit-after-first-frame",
                           str(bad)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert "error" in report and "Traceback" not in done.stderr
