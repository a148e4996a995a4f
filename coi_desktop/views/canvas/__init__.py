"""The interactive canvas: a scene that follows the workshop, and the view around it.

`CanvasView(workshop, canvas_id, undo_stack, parent=None, presentation=False)` is what the
main window puts in a tab and the projector shows; `CanvasScene` holds the items and the
overlays (vote badges, analysis emphasis). See docs/architecture.md for the contracts.
"""

from __future__ import annotations

from .palette import CATEGORY_COLORS, KIND_COLORS, category_color, kind_color
from .scene import CanvasScene
from .view import CanvasView

__all__ = ["CATEGORY_COLORS", "KIND_COLORS", "CanvasScene", "CanvasView", "category_color",
           "kind_color"]
