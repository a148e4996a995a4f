"""File → Export and File → Import elements and connections, for one main window.

Each export asks for a target, then writes it atomically through `services`; the PDF report
runs with a window-modal progress dialog whose Cancel stops the build and leaves no file.
The build runs in the GUI thread (the model is not thread-safe) and keeps the dialog alive
by processing events from its progress callback. Errors show as one sentence.

File → Import elements and connections reads the files in a worker thread
(`views.worker.run_with_progress`: a progress dialog with Cancel when it takes a while);
the rows are then checked against the workshop and added in the GUI thread, in one undo
step. A cancelled or refused read changes nothing.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from coi_desktop.commands.base import push
from coi_desktop.models import CoiError

EXPORTS = ("pdf", "xlsx", "csv", "graphml", "json", "png", "svg")


class Exporter(QObject):
    """The export and import actions of one window (see the module docstring)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.workshop = window.workshop
        self.actions: dict[str, QAction] = {}
        menu = window.menu("file.export")
        for key in EXPORTS:
            action = QAction(self)
            action.setObjectName(f"export.{key}")
            action.triggered.connect(lambda _c=False, k=key: self.ask_and_export(k))
            menu.addAction(action)
            self.actions[key] = action
        self.import_action = QAction(self)
        self.import_action.setObjectName("file.import_network")
        self.import_action.triggered.connect(self.ask_and_import)
        self.import_action.setEnabled(not getattr(window, "read_only", False))
        file_menu = window.menu("file")
        before = next((a for a in file_menu.actions()
                       if a.menu() is not None and a.menu() is menu), None)
        if before is not None:
            file_menu.insertAction(before, self.import_action)
        else:
            file_menu.addAction(self.import_action)
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "pdf": self.tr("&Report (PDF)…"), "xlsx": self.tr("&Excel / Kumu (XLSX)…"),
            "csv": self.tr("&CSV for Kumu…"), "graphml": self.tr("&GraphML (Gephi, yEd)…"),
            "json": self.tr("&JSON (whole workshop)…"),
            "png": self.tr("Canvas picture (&PNG)…"), "svg": self.tr("Canvas picture (&SVG)…"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.import_action.setText(self.tr("&Import elements and connections…"))
        self.import_action.setStatusTip(self.tr(
            "Add a network from Kumu-style CSV or Excel files as a new canvas"))

    # -- targets --------------------------------------------------------------------------

    def _start_dir(self) -> str:
        path = getattr(getattr(self.window_, "workshop_file", None), "path", None)
        return str(Path(path).parent) if path else os.path.expanduser("~")

    def _base_name(self) -> str:
        path = getattr(getattr(self.window_, "workshop_file", None), "path", None)
        return Path(path).stem if path else "workshop"

    def suggested_name(self, key: str) -> str:
        """The file name offered for `key`: a picture is of one canvas, so it names it
        ("demo.png" for the third of three canvases said nothing of which one)."""
        base = self._base_name()
        if key in ("png", "svg"):
            canvas = self.workshop.canvases.get(self.window_.current_canvas_id())
            if canvas is not None and canvas.name.strip():
                name = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", canvas.name).split())
                name = name.strip(" .")[:80]
                if name:
                    base = f"{base} - {name}"
        return f"{base}.{key}"

    def ask_target(self, key: str) -> str | None:
        start = os.path.join(self._start_dir(), self.suggested_name(key))
        if key == "csv":
            folder = QFileDialog.getExistingDirectory(
                self.window_, self.tr("Folder for elements.csv and connections.csv"),
                self._start_dir())
            return folder or None
        filters = {"pdf": self.tr("PDF report (*.pdf)"), "xlsx": self.tr("Excel (*.xlsx)"),
                   "graphml": self.tr("GraphML (*.graphml)"), "json": self.tr("JSON (*.json)"),
                   "png": self.tr("PNG picture (*.png)"), "svg": self.tr("SVG picture (*.svg)")}
        target, _ = QFileDialog.getSaveFileName(self.window_, self.tr("Export"),
                                                start, filters[key])
        if not target:
            return None
        return target if target.lower().endswith(f".{key}") else f"{target}.{key}"

    def ask_and_export(self, key: str) -> None:
        target = self.ask_target(key)
        if target:
            self.export(key, target)

    # -- exporting ------------------------------------------------------------------------

    def export(self, key: str, target: str) -> bool:
        """Write one export; returns whether a file was written."""
        from coi_desktop.services import exports  # reportlab/openpyxl load on first use

        canvas_id = self.window_.current_canvas_id()
        try:
            if key == "pdf":
                return self.export_report(target)
            if key == "xlsx":
                exports.export_xlsx(self.workshop, target)
            elif key == "csv":
                exports.export_csv(self.workshop, target)
            elif key == "graphml":
                exports.export_graphml(self.workshop, target)
            elif key == "json":
                exports.export_json(self.workshop, target)
            else:
                from .picture import export_png, export_svg

                (export_png if key == "png" else export_svg)(self.workshop, canvas_id, target)
        except Exception as exc:
            self.window_.show_error(exc)
            return False
        self._status(self.tr("Exported to %1").replace("%1", target))
        return True

    def export_report(self, target: str) -> bool:
        from coi_desktop.services.report.base import Cancelled
        from coi_desktop.services.report.workshop import export_report

        dialog = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 100,
                                 self.window_)
        dialog.setObjectName("export.progress")
        dialog.setWindowTitle(self.tr("Report (PDF)"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog: QProgressDialog | None = dialog

        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] < 0.05 and done < total:
                return  # a big report steps tens of thousands of times: update 20× a second
            last[0] = now
            if dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(min(done, total))
            QCoreApplication.processEvents()

        try:
            export_report(self.workshop, target, progress=progress,
                          cancelled=dialog.wasCanceled,  # the Library dock's (issue 16):
                          library=getattr(getattr(self.window_, "library", None), "library",
                                          None))
        except Cancelled:
            self._status(self.tr("The export was cancelled; no file was written."))
            return False
        except Exception as exc:
            self.window_.show_error(exc)
            return False
        finally:
            dialog.close()
            dialog.deleteLater()
            self.progress_dialog = None
        self._status(self.tr("Exported to %1").replace("%1", target))
        return True

    # -- importing ------------------------------------------------------------------------

    def ask_and_import(self) -> None:
        elements, _ = QFileDialog.getOpenFileName(
            self.window_, self.tr("Elements (Kumu layout)"), self._start_dir(),
            self.tr("Spreadsheets (*.csv *.xlsx)"))
        if not elements:
            return
        connections: str | None = None
        if not elements.lower().endswith(".xlsx"):
            chosen, _ = QFileDialog.getOpenFileName(
                self.window_, self.tr("Connections (optional)"), str(Path(elements).parent),
                self.tr("Spreadsheets (*.csv *.xlsx)"))
            connections = chosen or None
        self.import_files(elements, connections)

    def import_files(self, elements: str, connections: str | None,
                     canvas_name: str | None = None) -> bool:
        """Import a network as a new canvas in one undo step; errors show one message.

        The files are read in a worker thread (a progress dialog with Cancel appears if that
        takes a while); the workshop is checked and changed here, in the GUI thread."""
        from coi_desktop.commands.imports import import_network_command, read_only_refusal

        from ..worker import run_with_progress

        if getattr(self.window_, "read_only", False):
            self.window_.show_error(read_only_refusal())
            return False

        def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
                ) -> Any:
            from coi_desktop.services import imports  # the module's name: tests replace it

            return imports.read_network(elements, connections, progress=progress,
                                        cancelled=cancelled)

        outcome = run_with_progress(
            self.window_, job, title=self.tr("Import elements and connections"),
            label=self.tr("Reading %1…").replace("%1", Path(elements).name),
            describe=lambda name: self.tr("Reading %1…").replace("%1", name),
            name="import.progress")
        if outcome.cancelled:
            self._status(self.tr("The import was cancelled; nothing was changed."))
            return False
        if outcome.error is not None:
            self.window_.show_error(outcome.error)
            return False
        try:
            plan = outcome.value.plan(self.workshop, canvas_name)
            push(self.window_.undo_stack, import_network_command(self.workshop, plan))
        except CoiError as exc:
            self.window_.show_error(exc)
            return False
        self.window_.set_current_canvas(plan.canvas.id)
        self._status(self.tr("Imported %1 cards and %2 links.")
                     .replace("%1", str(len(plan.cards))).replace("%2", str(len(plan.links))))
        return True

    def _status(self, text: str) -> None:
        bar = getattr(self.window_, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 6000)
