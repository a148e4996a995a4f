"""At start the app removes the temporary files a killed run left in its own folders, and keeps
those of an instance that is still running (younger than `STALE_S`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from coi_desktop.storage.copies import default_snapshot_dir
from coi_desktop.storage.private import STALE_S
from coi_desktop.views import application, paths

from .conftest import make_file

ROOT = Path(__file__).resolve().parents[2]


def _leftover(folder: Path, name: str, age_s: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"SQLite format 3\0 half a snapshot")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_stale_leftovers_go_and_fresh_ones_stay(shell_env: Any, tmp_path: Path) -> None:
    per_file = paths.snapshot_dir(tmp_path / "a.coi")
    stale = [_leftover(per_file, ".a--1234--2026.coi.ab12cd.tmp", STALE_S + 60),
             _leftover(paths.data_dir() / "demo", ".demo-da.coi.zz99yy.tmp", STALE_S + 60),
             _leftover(default_snapshot_dir(), ".w--9--2026.coi.qq11rr.tmp-journal",
                       STALE_S * 10)]
    fresh = _leftover(per_file, ".a--1234--2027.coi.cd34ef.tmp", 5)  # a running instance's
    mine = _leftover(per_file, "a--1234--2026.coi", STALE_S * 10)  # a real snapshot
    removed = application.clean_leftovers_at_start()
    assert sorted(removed) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and mine.exists()


def test_a_real_start_cleans_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(data),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_RUNTIME_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    folder = data / "coi-desktop" / "snapshots"  # storage's default snapshot folder
    stale = _leftover(folder, ".w--1--2026.coi.ab12cd.tmp", STALE_S + 60)
    fresh = _leftover(folder, ".w--1--2026.coi.cd34ef.tmp", 1)
    workshop = make_file(tmp_path, "start.coi")
    app = subprocess.Popen([sys.executable, "-m", "coi_desktop", str(workshop)], cwd=ROOT,
                           env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while stale.exists():
            assert app.poll() is None, app.stderr.read() if app.stderr else ""
            assert time.monotonic() < deadline, "the stale leftover was never removed"
            time.sleep(0.1)
        assert fresh.exists()
    finally:
        app.terminate()
        app.wait(timeout=30)
