"""Shared test set-up: Qt offscreen, isolated settings and data folders, a fresh workshop."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COI_LANG", "en")

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own HOME/XDG folders so settings, snapshots and logs never leak."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def extra_kind() -> Iterator[Any]:
    """A sixth card kind ("risk") registered for one test, the registry restored afterwards.

    Used by tests/test_registry.py (model, file, exports, report) and open to the views'
    tests (palette, inspector): registering it is the only change they need.
    """
    from coi_desktop.models.registry import CAUSES, REGISTRY, CardKind

    risk = CardKind("risk", "Risiko", "Risk", "kind.risk", ("severity", "owner"),
                    kumu_type="Risk", export_columns=(("Severity", "severity"), ("Owner", "owner")),
                    report_columns=(("severity", 14), ("owner", 30)), colour="#882255",
                    fill="#F1DCE6")
    with REGISTRY.restoring():
        yield REGISTRY.register_kind(risk, relations=[CAUSES])


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard while Python still runs. Tests put QMimeData made in Python on it;
    left there, Qt's exit handlers delete it after Python has stopped, and the process ends
    with SIGSEGV (exit 139) after every test passed (the app hands its clipboard over at
    quit: views/canvas/clipboard.py, hand_over_clipboard)."""
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
