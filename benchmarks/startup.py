"""Start-up time: `main.py --quit-after-first-frame` on a 2,000-card workshop against a bare
PySide6 window (QMainWindow + empty QGraphicsView) started and painted once, in the same run.

Each program runs in a fresh subprocess, several times; the figure is the median wall time
from launch until the first frame is reported, plus COI Desktop's own first-frame time and
whether networkx or reportlab had been imported before the first frame (they must not be).
Prints JSON.

    python benchmarks/startup.py [--cards 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time, json
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
view = QGraphicsView(QGraphicsScene(0, 0, 3200, 2000))
window.setCentralWidget(view)
window.resize(1440, 900)

class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(json.dumps(
                {"first_frame_ms": round((time.perf_counter() - t0) * 1000, 1)})),
                app.exit(0)))
        return False

watch = First()
view.viewport().installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""


def make_file(folder: Path, cards: int) -> Path:
    sys.path.insert(0, str(ROOT))
    from coi_desktop.storage import create_workshop_file

    try:
        from coi_desktop.services.demo import build_demo

        workshop = build_demo(cards=cards)
    except ImportError:  # no demo generator: plain cards through the model
        from coi_desktop.models import Card, Workshop, new_id

        workshop = Workshop.new("Start-up", language="en", template="blank")
        canvas = workshop.canvases.ordered()[0].id
        workshop.cards.add([Card(new_id(), canvas, "barrier", f"Card {n}",
                                 x=200.0 * (n % 50), y=120.0 * (n // 50))
                            for n in range(cards)])
    path = folder / "startup.coi"
    create_workshop_file(path, workshop)
    return path


def run(argv: list[str], env: dict[str, str]) -> tuple[float, dict[str, object]]:
    """Launch; the time is when the first-frame JSON line reaches us (not the exit)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=str(ROOT))
    assert process.stdout is not None
    line = ""
    for line in process.stdout:
        if line.startswith("{"):
            break
    wall = (time.perf_counter() - start) * 1000
    _out, err = process.communicate(timeout=120)
    if process.returncode != 0 or not line.startswith("{"):
        raise SystemExit(f"{argv[1]} failed ({process.returncode}): {err[-2000:]}")
    return wall, json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = make_file(folder, args.cards)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "HOME": tmp, "XDG_CONFIG_HOME": f"{tmp}/config",
               "XDG_DATA_HOME": f"{tmp}/data", "XDG_CACHE_HOME": f"{tmp}/cache",
               "PYTHONPATH": str(ROOT)}
        bare_script = folder / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        coi_walls, coi_frames, bare_walls, bare_frames = [], [], [], []
        imported: dict[str, object] = {}
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            wall, report = run([sys.executable, "main.py", "--quit-after-first-frame",
                                str(path)], env)
            coi_walls.append(wall)
            coi_frames.append(float(report["first_frame_ms"]))  # type: ignore[arg-type]
            imported = report.get("imported_before_first_frame", {})  # type: ignore[assignment]
            wall, report = run([sys.executable, str(bare_script)], env)
            bare_walls.append(wall)
            bare_frames.append(float(report["first_frame_ms"]))  # type: ignore[arg-type]
    coi_wall, bare_wall = statistics.median(coi_walls), statistics.median(bare_walls)
    print(json.dumps({
        "cards": args.cards, "runs": args.runs,
        "coi_desktop": {"launch_to_first_frame_ms": round(coi_wall, 1),
                        "first_frame_in_process_ms": round(statistics.median(coi_frames), 1)},
        "bare_pyside6_window": {"launch_to_first_frame_ms": round(bare_wall, 1),
                                "first_frame_in_process_ms":
                                    round(statistics.median(bare_frames), 1)},
        "ratio_launch_to_first_frame": round(coi_wall / bare_wall, 2),
        "imported_before_first_frame": imported,
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
