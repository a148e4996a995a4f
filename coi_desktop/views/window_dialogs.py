"""The Workshop and Help menus of one main window: details, taxonomies, possible duplicates,
shortcuts, about.

`DialogController` is one of the window's controllers: each method opens one dialog and
pushes the undo commands it returns (none in a read-only window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .surface import WindowSurface


class DialogController(QObject):
    """Workshop and Help dialogs of one window (see the module docstring)."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.widget())
        self.window = window

    def details(self, page: int = 0) -> None:
        from .dialogs.details import WorkshopDetailsDialog

        window = self.window
        dialog = WorkshopDetailsDialog(window.workshop, window.content_language(),
                                       window.read_only, window.widget())
        dialog.set_page(page)
        if dialog.exec() and not window.read_only:
            for command in dialog.commands():
                window.push(command)

    def taxonomies(self) -> None:
        self.details(page=1)

    def duplicates(self) -> None:
        """Workshop → Possible duplicates… (each merge is one undo step, pushed as made)."""
        from .dialogs.duplicates import DuplicatesDialog

        window = self.window
        DuplicatesDialog(window.workshop, window.push, window.read_only, window.widget()).exec()

    def shortcuts(self) -> None:
        from .dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.window.widget()).exec()

    def about(self) -> None:
        from .dialogs.about import show_about

        show_about(self.window.widget())
