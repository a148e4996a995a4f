"""File → Board from Miro or Mural (CSV)…: a board export's stickies as cards on a new canvas.

The entry sits beside File → Import elements and connections (the Kumu import). It asks for
the file, reads it off the GUI thread (`views.worker.run_with_progress`, as the other imports:
a progress dialog whose Cancel drops the reading, nothing changes), then opens the preview
(views/board_import_dialog.py) where the facilitator maps each sticky colour to a card kind.
A file that is not a board export is one sentence and no preview.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from coi_desktop.models import CoiError

if TYPE_CHECKING:
    from ..board_import_dialog import BoardImportDialog

#: The Kumu import's action, which this entry follows in the File menu.
AFTER = "file.import_network"


class BoardImporter(QObject):
    """The board import entry of one window (see the module docstring)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialog: BoardImportDialog | None = None
        self._reading = False
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
        """Read `path` off the GUI thread (`run_with_progress`: a progress dialog with Cancel
        when it takes a while), then open the preview. False when nothing was read (the
        workshop is read-only, or a reading is already under way)."""
        from coi_desktop.commands.imports import read_only_refusal

        from ..worker import run_with_progress

        if self._reading:
            return False
        if getattr(self.window_, "read_only", False):
            self.window_.show_error(read_only_refusal())
            return False
        name = Path(path).name

        def job(progress: Any, cancelled: Any) -> Any:
            from coi_desktop.services import board_import  # the module's name: tests replace it

            progress(0, 0, name)
            board = board_import.read_board(path)
            if not board.stickies and not board.problems:
                raise CoiError(f"{name} holds no stickies with text.",
                               f"{name} har ingen sedler med tekst.")
            return board

        self._reading = True
        try:
            outcome = run_with_progress(
                self.window_.widget(), job, title=self.tr("Board from Miro or Mural"),
                label=self.tr("Reading %1…").replace("%1", name), name="board_import.progress")
        finally:
            self._reading = False
        if outcome.cancelled:
            self.window_.show_status(self.tr("The board import was cancelled; nothing changed."))
        elif outcome.error is not None:
            self.window_.show_error(outcome.error)
        else:
            self._preview(outcome.value, name)
        return True

    def _preview(self, board: Any, name: str) -> None:
        from ..board_import_dialog import BoardImportDialog

        dialog = BoardImportDialog(self.window_, board, name, self.window_.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: BoardImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def is_reading(self) -> bool:
        return self._reading
