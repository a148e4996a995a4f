"""Noticing that another program changed the open workshop file, and letting the user choose.

The store refuses every edit once another program (sqlite3 in a terminal, a sync tool) has
committed to the file (`WorkshopFile.changed_elsewhere`, SQLite's data_version), so nothing
of theirs is overwritten silently. `FileWatch` asks the store every `INTERVAL_MS` (one cheap
PRAGMA, on every open window: a change is best caught before the facilitator types, even in a
window in the background) and, on a change, shows `ChangedBar` above the canvases and pauses
editing (the window goes read-only) until the user chooses:

- Reload: the window is replaced by one showing the file as it is now (same canvas, zoom and
  place); the undo history starts afresh, and the status bar says so.
- Keep my version: the other program's version is kept as a snapshot, then the workshop as
  this window has it is written over it in one transaction, and editing goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..models.errors import CoiError
from ..theme import theme
from . import theming
from .theming import PALETTE_EVENTS

if TYPE_CHECKING:
    from .surface import WindowSurface

#: How often the file is asked (ms): quick enough to beat most edits, cheap (one PRAGMA).
INTERVAL_MS = 1500


class ChangedBar(QFrame):
    """The bar above the canvases: what happened, and the two ways on."""

    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_watch.bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("file_watch.reload")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("file_watch.keep")
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        self.reload_button.clicked.connect(self.reload_requested)
        self.keep_button.clicked.connect(self.keep_requested)
        self.retranslate()
        self.restyle()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr(
            "Another program changed this file while it was open here. Editing is paused "
            "until you choose: reload the file as it is now, or keep your version and write "
            "it over theirs (theirs is kept as a snapshot)."))
        self.reload_button.setText(self.tr("Re&load"))  # Alt+R opens the Room menu
        self.keep_button.setText(self.tr("&Keep my version"))
        self.setAccessibleName(self.tr("The file was changed by another program"))

    def restyle(self) -> None:
        """A frame in the theme's attention colour, on the window's own background."""
        name = theming.current_theme()
        accent = theme(name).color("editor.border")
        if name == "high_contrast":  # its editor blue is for the white canvas; the window is black
            accent = theming.palette_for(name).color(QPalette.ColorRole.Highlight).name()
        self.setStyleSheet(f"#file_watch\\.bar {{ border: 2px solid {accent}; }}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in PALETTE_EVENTS:
            self.restyle()
        super().changeEvent(event)


class FileWatch(QObject):
    """Polls one window's file and runs the bar's two choices (see the module docstring)."""

    def __init__(self, window: WindowSurface, bar: ChangedBar,
                 refresh: Callable[[], None]) -> None:
        super().__init__(window.widget())
        self.window = window
        self.bar = bar
        self._refresh = refresh  # the window's parts that read read-only when they show
        self._was_read_only = window.session.read_only
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        bar.reload_requested.connect(self.reload)
        bar.keep_requested.connect(self.keep)
        if not window.workshop_file.readonly:
            self.timer.start()

    @property
    def waiting(self) -> bool:
        """True while the bar waits for the user's choice."""
        return not self.bar.isHidden()

    def poll(self) -> bool:
        """Show the bar if the file changed elsewhere; True when it did (or already had)."""
        if self.waiting:
            return True
        if not self.window.workshop_file.changed_elsewhere():
            return False
        self._was_read_only = self.window.session.read_only
        self.window.session.set_read_only(True)  # an edit now would be refused anyway
        self._refresh()
        self.bar.show()
        self.bar.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _resume(self) -> None:
        self.bar.hide()
        self.window.session.set_read_only(self._was_read_only)
        self._refresh()

    def keep(self) -> None:
        """Keep the other program's version as a snapshot, then write this one over it."""
        workshop_file = self.window.workshop_file
        kept = True
        try:
            workshop_file.snapshot_now()
        except CoiError:
            kept = False  # the data folder is full or gone: still the user's choice to make
        try:
            workshop_file.keep_this_version()
        except CoiError as exc:
            self.window.show_error(exc)
            return
        self._resume()
        self.window.show_status(
            self.tr("Your version was written to the file; the other program's version is "
                    "kept as a snapshot (File ▸ Recover from snapshot).") if kept else
            self.tr("Your version was written to the file."), 12000)

    def reload(self) -> None:
        """Show the file as it is now, in a new window in this one's place."""
        shell = self.window.shell
        if shell is None:
            return
        self.timer.stop()
        if shell.reload(self.window) is None and not self.window.widget().isHidden():
            self.timer.start()  # their version could not be opened: this window stays
