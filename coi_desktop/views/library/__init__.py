"""The barrier library in the main window: a dock, suggestions while typing, seeding.

`install(window)` (listed in views/features.py) adds the Library dock (View → Docks),
opens the library remembered in the settings, attaches suggestions to quick capture and to
the inspector's title field, and adds *Workshop → Barriers from earlier workshops…*. It
keeps to the window's public surface plus `quick_capture` and `inspector.editors["title"]`
(the two text fields it helps). Everything lives in one `LibraryController` per window.
"""

from __future__ import annotations

from typing import Any

from .controller import LibraryController
from .dock import LibraryDock
from .suggest import SuggestionHelper

__all__ = ["LibraryController", "LibraryDock", "SuggestionHelper", "install"]


def install(window: Any) -> LibraryController:
    """Give `window` its library controller (kept as `window.library`)."""
    controller = LibraryController(window)
    window.library = controller
    return controller
