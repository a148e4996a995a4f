"""models, storage and services never import PySide6 (docs/architecture.md, "Layers")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pure_layers_do_not_import_qt() -> None:
    code = ("import sys, pkgutil, importlib\n"
            "import coi_desktop.models, coi_desktop.storage, coi_desktop.services\n"
            "for pkg in (coi_desktop.models, coi_desktop.storage, coi_desktop.services):\n"
            "    for mod in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
            "        importlib.import_module(mod.name)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"PySide6 imported by a pure layer: {result.stdout}"


def test_the_check_really_sees_qt() -> None:
    """The same probe reports PySide6 when something does import it (the test can fail)."""
    code = "import sys, PySide6.QtCore\nprint('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip() == "True"
