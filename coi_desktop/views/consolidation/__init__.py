"""File → Consolidate workshops…: the analysts' window over many workshop files.

`install(window)` adds the menu entry to the main window's File menu; the one
`ConsolidationWindow` it opens lives as long as the main window and is raised when asked
for again. `open_window(parent)` opens it from anywhere else (the welcome screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from .window import ConsolidationWindow

__all__ = ["ConsolidationWindow", "install", "open_window"]


def __getattr__(name: str) -> Any:
    """`ConsolidationWindow` is loaded on first use: the window and its worker are not
    needed before the analyst opens it (start-up does not pay for them)."""
    if name == "ConsolidationWindow":
        from .window import ConsolidationWindow

        return ConsolidationWindow
    raise AttributeError(name)


def open_window(parent: Any = None) -> ConsolidationWindow:
    """Show (creating on first use) the consolidation window belonging to `parent`."""
    from .window import ConsolidationWindow
    existing = getattr(parent, "consolidation_window", None)
    if isinstance(existing, ConsolidationWindow):
        window = existing
    else:
        language = getattr(parent, "language", None)
        window = ConsolidationWindow(parent, language if callable(language) else None)
        if parent is not None:
            parent.consolidation_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def install(window: Any) -> QAction:
    """Add File → Consolidate workshops… to `window`."""
    menu = window.menu("file")
    action = QAction(QCoreApplication.translate("Consolidation", "Consolidate workshops…"),
                     window)
    action.setObjectName("file.consolidate")
    action.setStatusTip(QCoreApplication.translate(
        "Consolidation", "Merge many workshop files into one database for analysis"))
    action.triggered.connect(lambda: open_window(window))
    actions = menu.actions()
    close = next((i for i, a in enumerate(actions) if a.objectName() == "file.close"), None)
    if close is not None and close > 0 and actions[close - 1].isSeparator():
        menu.insertAction(actions[close - 1], action)  # with Save a copy and Export
    elif close is not None:
        menu.insertAction(actions[close], action)
    else:
        menu.addAction(action)

    def retranslate() -> None:
        action.setText(QCoreApplication.translate("Consolidation", "Consolidate workshops…"))
        action.setStatusTip(QCoreApplication.translate(
            "Consolidation", "Merge many workshop files into one database for analysis"))

    signal = getattr(window, "language_changed", None)
    if signal is not None:
        signal.connect(retranslate)
    return action
