"""Zoom and pan of one canvas view: zoom around the cursor, fit, and bring cards into view.

`Navigation` owns nothing but the view's transform. Zoom stays between MIN_ZOOM and
MAX_ZOOM; fitting never zooms in beyond 150 % (three cards should not fill the screen).
`content_rect` reads the model, not the items, so it stays cheap on a big board.

The view does not jump when the scene grows (a card dragged past the edge grows the scene's
rect): the view keeps its own scene rect, the scene's plus one viewport on every side, so the
point in the middle of the screen can always stay there, and `follow_scene_rect` puts it back
after each change of the scene's rect, the zoom or the viewport's size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsView

from .context import CanvasContext
from .scene import CanvasScene
from .selection import Selection

MIN_ZOOM, MAX_ZOOM = 0.04, 4.0
STEP = 1.25


class Navigation:
    """Zoom, fit and focus for one view (see the module docstring)."""

    def __init__(self, view: QGraphicsView, scene: CanvasScene, ctx: CanvasContext,
                 selection: Selection, zoomed: Callable[[float], None]) -> None:
        self.view = view
        self.scene = scene
        self.ctx = ctx
        self.selection = selection
        self._zoomed = zoomed

    def zoom(self) -> float:
        return self.view.transform().m11()

    def set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        """Zoom to `value`, keeping the scene point under `anchor` (view coords) in place."""
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        current = self.zoom()
        if abs(value - current) < 1e-9:
            return
        view = self.view
        vp_center = QPointF(view.viewport().rect().center())
        anchor = anchor if anchor is not None else vp_center
        before = view.mapToScene(anchor.toPoint())
        centre = view.mapToScene(vp_center.toPoint())
        view.scale(value / current, value / current)
        after = view.mapToScene(anchor.toPoint())
        self.follow_scene_rect()
        view.centerOn(centre + (before - after))
        self._zoomed(self.zoom())

    def centre(self) -> QPointF:
        """The scene point in the middle of the viewport (exact: no whole-pixel rounding,
        so keeping it through many changes does not creep)."""
        inverse, _ok = self.view.viewportTransform().inverted()
        return inverse.map(QRectF(self.view.viewport().rect()).center())

    def follow_scene_rect(self) -> None:
        """Give the view the scene's rect plus one viewport on each side, keeping the
        middle of the screen where it is (see the module docstring)."""
        view = self.view
        centre = self.centre()
        zoom = max(self.zoom(), MIN_ZOOM)
        size = view.viewport().size()
        dx, dy = size.width() / zoom, size.height() / zoom
        padded = self.scene.sceneRect().adjusted(-dx, -dy, dx, dy)
        if padded != view.sceneRect():
            view.setSceneRect(padded)
            view.centerOn(centre)

    def cursor_anchor(self) -> QPointF | None:
        viewport = self.view.viewport()
        pos = viewport.mapFromGlobal(self.view.cursor().pos())
        return QPointF(pos) if viewport.rect().contains(pos) else None

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() * factor, anchor if anchor is not None else self.cursor_anchor())

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0, self.cursor_anchor())

    def fit(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.set_zoom(1.5)
        elif self.zoom() < MIN_ZOOM:
            self.set_zoom(MIN_ZOOM)
        self.follow_scene_rect()
        self.view.centerOn(rect.center())
        self._zoomed(self.zoom())

    def content_rect(self) -> QRectF:
        """The board and every card on it (from the model, kept by the scene until the next
        change: cheap even on a big board)."""
        return self.scene.content_rect().adjusted(-20, -20, 20, 20)

    def fit_all(self) -> None:
        self.fit(self.content_rect())

    def zoom_to_selection(self) -> None:
        items = self.scene.selectedItems()
        if not items:
            self.fit_all()
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        self.fit(rect.adjusted(-60, -60, 60, 60))

    def visible_rect(self) -> QRectF:
        """The part of the scene the view shows."""
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def focus_card(self, card_id: str) -> None:
        """Select the card, centre it and make sure it can be read."""
        item = self.scene.card_item(card_id)
        if item is None:
            return
        self.selection.select([card_id])
        if self.zoom() < 0.6:
            self.set_zoom(0.8)
        self.view.centerOn(item.scene_card_rect().center())

    def ensure_visible(self, card_id: str) -> None:
        item = self.scene.card_item(card_id)
        if item is not None:
            self.view.ensureVisible(item.scene_card_rect(), 40, 40)

    def focus_neighbour(self, dx: int, dy: int) -> bool:
        """Focus the nearest card in direction (dx, dy) from the selected one (Alt+arrow):
        the closest whose middle lies within 60° of that direction."""
        current = self.selection.ids()
        items = [i for i in self.scene.cards.values() if i.isVisible()]
        if not items:
            return False
        if not current or current[0] not in self.scene.cards:
            self.step_focus(True)
            return True
        here = self.scene.cards[current[0]].scene_card_rect().center()
        best: tuple[float, str] | None = None
        for item in items:
            if item.card_id == current[0]:
                continue
            d = item.scene_card_rect().center() - here
            along = d.x() * dx + d.y() * dy
            across = abs(d.x() * dy - d.y() * dx)
            if along <= 0 or across > along * 1.8:
                continue
            score = along + 2 * across  # straight ahead beats diagonal
            if best is None or score < best[0]:
                best = (score, item.card_id)
        if best is None:
            return False
        self.focus_card(best[1])
        return True

    def step_focus(self, forward: bool) -> bool:
        """Tab order: focus the next (or previous) card in reading order; False past the
        last (or before the first), so focus can leave the canvas."""
        items = sorted((i for i in self.scene.cards.values() if i.isVisible()),
                       key=lambda i: (round(i.pos().y() / 40), i.pos().x()))
        ids = [i.card_id for i in items]
        current = self.selection.ids()
        index = ids.index(current[0]) if current and current[0] in ids else None
        if index is None:
            index = 0 if forward else len(ids) - 1
        else:
            index += 1 if forward else -1
        if not 0 <= index < len(ids):
            self.scene.clearSelection()
            return False
        self.focus_card(ids[index])
        return True
