"""Consolidation's services and CLI load without Qt; its window loads nothing heavy up front."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _modules_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                      "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_services_and_cli_do_not_import_qt() -> None:
    loaded = _modules_after(
        "import pkgutil, importlib, coi_desktop.services.consolidation as p\n"
        "for m in pkgutil.iter_modules(p.__path__, p.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "import coi_desktop.cli.consolidate_cmd")
    assert "coi_desktop.services.consolidation.report" in loaded
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6")}


def test_window_module_defers_heavy_imports() -> None:
    loaded = _modules_after("from coi_desktop.views.consolidation import ConsolidationWindow")
    assert "PySide6.QtWidgets" in loaded and "coi_desktop.views.consolidation.window" in loaded
    heavy = {"networkx", "reportlab", "sqlite_utils", "openpyxl", "rapidfuzz"}
    assert not {m.split(".")[0] for m in loaded} & heavy
