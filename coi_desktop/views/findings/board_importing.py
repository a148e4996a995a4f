"""File → Board from Miro or Mural (CSV)…: a board export's stickies as cards on a new canvas.

The entry sits beside File → Import elements and connections (the Kumu import). It asks for
the file, reads it off the GUI thread (`Task`, with a window-modal progress dialog whose
Cancel drops the reading: nothing changes), then opens the preview
(views/board_import_dialog.py) where the facilitator maps each sticky colour to a card kind.
A file that is not a board export is one sentence and no preview.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from coi_desktop.models import CoiError
from coi_desktop.views.consolidation.worker import Task

if TYPE_CHECKING:
    from ..board_import_dialog import BoardImportDialog

#: The Kumu import's action, which this entry follows in the File menu.
AFTER = "file.import_network"


class BoardImporter(QObject):
    """The board import entry of one window (see the module docstring)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: BoardImportDialog | None = None
        self._name = ""
        self.action = QAction(self)
        self.action.setObjectName("file.import_board")
        self.action.triggered.connect(self.ask_and_import)
        file_menu = window.menu("file")
        actions = file_menu.actions()
        kumu = next((n for n, a in enumerate(actions) if a.objectName() == AFTER), None)
        if kumu is not None and kumu + 1 < len(actions):
            file_menu.insertAction(actions[kumu + 1], self.action)
        else:
            file_menu.addAction(self.action)
        session = getattr(window, "session", None)
        if session is not None and hasattr(session, "read_only_changed"):
            session.read_only_changed.connect(self._follow_read_only)
        self._follow_read_only()
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Board from Miro or Mural (CSV)…"))
        self.action.setStatusTip(self.tr(
            "Add the stickies of a Miro or Mural board export as cards on a new canvas, "
            "their kinds chosen by colour"))

    def _follow_read_only(self, *_args: Any) -> None:
        self.action.setEnabled(not getattr(self.window_, "read_only", False))

    def _start_dir(self) -> str:
        path = getattr(getattr(self.window_, "workshop_file", None), "path", None)
        return str(Path(path).parent) if path else os.path.expanduser("~")

    def ask_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window_.widget(), self.tr("Board from Miro or Mural"), self._start_dir(),
            self.tr("Board exports (*.csv *.xlsx);;All files (*)"))
        if path:
            self.read(path)

    # -- reading off the GUI thread --------------------------------------------------------

    def read(self, path: str) -> bool:
        """Start reading `path`; the preview opens when it has been read. False when nothing
        was started (read-only, or a reading already under way)."""
        if self.task is not None:
            return False
        if getattr(self.window_, "read_only", False):
            self.window_.show_error(CoiError(
                "This workshop is open read-only; nothing can be imported into it.",
                "Workshoppen er åbnet skrivebeskyttet; der kan ikke importeres til den."))
            return False
        name = Path(path).name

        def job(progress: Any, cancelled: Any) -> Any:
            from coi_desktop.services.board_import import read_board

            progress(0, 0, name)
            board = read_board(path)
            if not board.stickies and not board.problems:
                raise CoiError(f"{name} holds no stickies with text.",
                               f"{name} har ingen sedler med tekst.")
            return board

        dialog = QProgressDialog(self.tr("Reading %1…").replace("%1", name), self.tr("Cancel"),
                                 0, 0, self.window_.widget())
        dialog.setObjectName("board_import.progress")
        dialog.setWindowTitle(self.tr("Board from Miro or Mural"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a small file is read before it would flash up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress = dialog
        task = Task(job)  # no parent: closing the window must not destroy a running thread
        self._name = name
        # Bound slots of this GUI-thread object run queued in the GUI thread (a lambda
        # would run in the worker thread: worker.py).
        task.succeeded.connect(self._read)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        task.start_tracked()
        return True

    def cancel(self) -> None:
        """Drop the reading under way: no preview opens, nothing changes."""
        if self.task is None:
            return
        self.task.cancel()
        self._close_progress()
        self.window_.show_status(self.tr("The board import was cancelled; nothing changed."))

    def _read(self, board: Any) -> None:
        from ..board_import_dialog import BoardImportDialog

        task = self.task
        if task is None or task.is_cancelling():
            return
        self._close_progress()
        dialog = BoardImportDialog(self.window_, board, self._name, self.window_.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: BoardImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _failed(self, exc: BaseException) -> None:
        task = self.task
        if task is not None and task.is_cancelling():
            return
        self._close_progress()
        self.window_.show_error(exc)

    def _finished(self) -> None:
        task, self.task = self.task, None
        self._close_progress()
        if task is not None:
            task.wait()  # never let a QThread go while it is still ending
            task.deleteLater()

    def is_reading(self) -> bool:
        return self.task is not None

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
