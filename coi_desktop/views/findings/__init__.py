"""What the workshop found, in the app: the Analysis dock, File → Export and the network import.

`install(window)` adds the Analysis dock (findings, click to show a card, the "show on
canvas" overlay), the File → Export submenu (report PDF with progress and cancel, XLSX and
CSV for Kumu, GraphML, JSON, canvas pictures PNG/SVG), File → Import elements and
connections… and File → Board from Miro or Mural (CSV)… (board_importing.py). Heavy
libraries (networkx, reportlab, openpyxl) load only when used.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .board_importing import BoardImporter
from .dock import AnalysisDock
from .exporting import Exporter

__all__ = ["AnalysisDock", "Exporter", "install"]


def install(window: Any) -> Exporter:
    dock = AnalysisDock(window)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.hide()  # opened from View → Panels; computing starts only when shown
    exporter = Exporter(window)
    window.analysis_dock = dock
    window.exporter = exporter
    window.board_importer = BoardImporter(window)  # after the Kumu import's entry
    return exporter
