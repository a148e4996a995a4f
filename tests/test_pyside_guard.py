"""Guard against the PySide6 6.12.0 crash on CPython 3.11 (shared FIELD-NOTES.md).

There, every call of a method returning nothing (`setPos`, `QPainter.setPen`, …) lowered the
reference count of `None` by one until Python aborted with "deallocating None" after a few
thousand calls: building a board of cards or panning it killed the app. Two checks: the calls
really leave `None` alone (run in a child process, so a crash fails this test instead of killing
the test run), and the dependency markers can never resolve 6.12.0 on Python 3.11.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
CALLS = 50_000

CHILD = f"""
import json, sys
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

app = QApplication([])
item = QGraphicsRectItem(0.0, 0.0, 180.0, 100.0)
image = QImage(32, 32, QImage.Format.Format_ARGB32)
image.fill(0)
pen, brush = QPen(QColor("#0072b2")), QBrush(QColor("#f0e442"))
rect = QRectF(4.0, 4.0, 12.0, 12.0)
counts = {{"start": sys.getrefcount(None)}}
for i in range({CALLS}):
    item.setPos(float(i % 300), 2.0)
counts["after_setPos"] = sys.getrefcount(None)
painter = QPainter(image)
for _ in range({CALLS}):
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawRect(rect)
painter.end()
counts["after_painter"] = sys.getrefcount(None)
counts["painted"] = image.pixelColor(10, 10).name()
print(json.dumps(counts))
"""


def test_void_calls_do_not_drain_the_reference_count_of_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          env=env, timeout=240)
    assert done.returncode == 0, (
        f"the child died ({done.returncode}) after void Qt calls: {done.stderr[-400:]}")
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    assert counts["after_setPos"] >= counts["start"] - 10, counts
    assert counts["after_painter"] >= counts["start"] - 10, counts
    assert counts["painted"] == "#f0e442"  # the painter calls really did something


def _pyside_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(line) for line in project["dependencies"]]
    return [r for r in reqs if r.name.lower().startswith("pyside6")]


def _allowed(python: str, version: str) -> list[str]:
    """Which PySide6 requirements active on `python` would accept `version`."""
    env = {**default_environment(), "python_version": python,
           "python_full_version": f"{python}.7"}
    return [str(r) for r in _pyside_requirements()
            if (r.marker is None or r.marker.evaluate(env))
            and r.specifier.contains(version, prereleases=True)]


def test_python_311_can_never_resolve_pyside6_6_12_0() -> None:
    assert _pyside_requirements(), "PySide6 must stay a runtime dependency"
    for bad in ("6.12.0", "6.12.0.1", "6.12.0rc1"):
        assert _allowed("3.11", bad) == [], f"Python 3.11 could install PySide6 {bad}"
    assert _allowed("3.11", "6.11.3"), "Python 3.11 must still get a working PySide6"


def test_newer_pythons_still_get_a_pyside6() -> None:
    assert _allowed("3.12", "6.11.3") or _allowed("3.12", "6.12.0")
    assert _allowed("3.13", "6.12.0") or _allowed("3.13", "6.11.3")


def test_the_installed_pyside6_is_not_the_crashing_one() -> None:
    installed = Version(metadata.version("PySide6-Essentials"))
    if sys.version_info < (3, 12):
        assert not (Version("6.12.0") <= installed < Version("6.12.1")), installed
