"""The File menu of one main window: new, open, recent, recover, save a copy, quit, drops.

`FileController` is one of the window's controllers. Opening and creating workshops is the
application shell's job (one window per workshop); this controller asks it, and only writes
the copy of its own workshop itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from ..models.errors import CoiError
from . import settings

if TYPE_CHECKING:
    from .surface import WindowSurface


class FileController(QObject):
    """File commands of one window (see the module docstring)."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.widget())
        self.window = window

    def new(self) -> None:
        if self.window.shell is not None:
            self.window.shell.new_workshop(parent=self.window.widget())

    def open(self) -> None:
        if self.window.shell is not None:
            self.window.shell.open_dialog(parent=self.window.widget())

    def open_paths(self, paths: list[str]) -> bool:
        """Open dropped workshop files; False when this window cannot (no shell)."""
        if not paths or self.window.shell is None:
            return False
        for path in paths:
            self.window.shell.open_path(path, parent=self.window.widget())
        return True

    def recover_snapshot(self) -> None:
        from .dialogs.recover import show_recover_dialog

        shell = self.window.shell
        show_recover_dialog(self.window.widget(),
                            shell.open_path if shell is not None else None)

    def save_copy(self) -> None:
        window = self.window
        source = Path(window.workshop_file.path)
        start = str(source.with_name(self.tr("%1 copy.coi").replace("%1", source.stem)))
        target, _ = QFileDialog.getSaveFileName(window.widget(), self.tr("Save a copy as"),
                                                start, self.tr("COI workshops (*.coi)"))
        if not target:
            return
        if not target.lower().endswith(".coi"):
            target += ".coi"
        try:
            window.workshop_file.save_copy(target)
        except CoiError as exc:
            window.show_error(exc)
            return
        window.show_status(self.tr("Saved a copy as %1").replace("%1", target), 8000)

    def quit(self) -> None:
        if self.window.shell is not None:
            self.window.shell.quit()
        else:
            self.window.widget().close()

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = settings.recent_files()
        for n, path in enumerate(files, 1):
            action = menu.addAction(f"&{n % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        if not files:
            empty = menu.addAction(self.tr("(no recent workshops)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list"), settings.clear_recent_files)
