"""A dock whose content is made when it is first shown or first reached (start-up).

Most feature docks (room roster, voting, agenda, …) are hidden when a workshop opens, yet
building their tables and forms took several milliseconds each before the first frame. A
`LazyDock` is a real `QDockWidget` from the start — object name, title, place in the window,
its View ▸ Panels entry and a saved layout (`restoreState`) work as before — and makes its
content in `build_content()` the first time it is shown, or the first time code reaches for
a content attribute (`dock.table`, a menu action's handler): `__getattr__` builds then. So
nothing a user sees or can do changes; only the work moves to when it is needed.

A subclass sets up what must exist at once in `__init__` (model subscriptions, flags such
as `read_only`), makes its widgets in `build_content()`, and lets methods that only repaint
(refresh on a model change) return early while `built` is False: the build paints fresh.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.built = False

    def build_content(self) -> None:
        """Make the dock's widgets (and fill them); called once."""
        raise NotImplementedError

    def ensure_built(self) -> None:
        if not self.built:
            self.built = True  # first: build_content may read attributes it is making
            self.build_content()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def __getattr__(self, name: str) -> Any:
        # Only names not found the normal way arrive here: content not made yet. Build and
        # look again; anything else (a misspelt name, or before __init__ set `built`) is
        # the usual AttributeError.
        if name.startswith("__") or self.__dict__.get("built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)
