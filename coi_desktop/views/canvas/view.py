"""The canvas view: navigation, keys and the public API the window and the room use.

`CanvasView(workshop, canvas_id, undo_stack, parent=None, presentation=False)` shows one
canvas. It zooms around the cursor (Ctrl+wheel, Ctrl +/-), pans with the wheel and
Space-drag, and forwards editing to its mixins (editing, clipboard, find). Every edit is one
undo command pushed on the shared stack; a refused edit reports the model's one sentence
through `error_occurred` (and the window's `show_error` when there is one). A presentation
view is read-only, hides hidden cards and uses larger type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmapCache,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from coi_desktop.commands.base import WorkshopCommand, push
from coi_desktop.models import CoiError, Workshop

from .clipboard import ClipboardMixin
from .editing import EditingMixin
from .editor import TitleEditor
from .find import FindMixin
from .items import FLAT_LOD, CardItem
from .scene import CanvasScene

MIN_ZOOM, MAX_ZOOM = 0.04, 4.0
STEP = 1.25
CACHE_KB = 256 * 1024  # QPixmapCache's default 10 MiB holds only ~140 cached cards


class CanvasView(EditingMixin, ClipboardMixin, FindMixin, QGraphicsView):
    """One canvas of a workshop on screen (see the module docstring)."""

    selection_changed = Signal()
    zoom_changed = Signal(float)
    error_occurred = Signal(object)  # a CoiError the model raised for a gesture
    group_activated = Signal(str)  # double-click on a group's title (rename it)
    link_activated = Signal(str)  # double-click on a link (edit its relation/label)

    def __init__(self, workshop: Workshop, canvas_id: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None, presentation: bool = False) -> None:
        super().__init__(parent)
        if QPixmapCache.cacheLimit() < CACHE_KB:
            QPixmapCache.setCacheLimit(CACHE_KB)  # cards are cached as pixmaps (items.py)
        self.workshop = workshop
        self.canvas_id = canvas_id
        self.undo_stack = undo_stack
        self.presentation = presentation
        self._read_only = presentation
        self._default_kind = "note"
        self._last_added: str | None = None
        self._editor: TitleEditor | None = None
        self._fresh_edit: str | None = None
        self._selection_order: list[str] = []
        self._found: list[str] = []
        self._found_index = -1
        self._filter: tuple[str | None, str | None, str | None] = (None, None, None)
        self._paste_round = 0
        self._space_panning = False
        self._scene = CanvasScene(workshop, canvas_id, presentation, parent=self)
        self._scene.controller = self
        self.setScene(self._scene)
        self.setObjectName("canvasView")
        self.setAccessibleName(self.tr("Canvas"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scene.selectionChanged.connect(self._on_selection_changed)
        self._scene.cards_changed.connect(self._on_cards_changed)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        listener = self._scene.listener
        self.destroyed.connect(lambda *_: workshop.unsubscribe(listener))  # no slot on a dead scene
        if presentation:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def scene(self) -> CanvasScene:
        return self._scene

    def paintEvent(self, event: QPaintEvent) -> None:
        # Below the flat level of detail one overview item paints all cards (overview.py);
        # checked here so it follows every change of the transform, whoever makes it.
        self._scene.set_overview(self.transform().m11() < FLAT_LOD)
        super().paintEvent(event)

    # -- state ----------------------------------------------------------------------------

    def set_default_kind(self, kind: str) -> None:
        """The kind of cards made by double-click and by pasting plain text."""
        self._default_kind = kind

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = bool(read_only) or self.presentation
        self._finish_editor(commit=not self._read_only)
        self._scene.style.editable = not self._read_only
        movable = CardItem.GraphicsItemFlag.ItemIsMovable
        for item in self._scene.cards.values():
            item.setFlag(movable, not self._read_only)
            item.update()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_font_scale(self, factor: float) -> None:
        self._scene.set_font_scale(factor)

    def set_card_click_handler(self, handler: Callable[[str], bool] | None) -> None:
        self._scene.click_handler = handler

    def _push(self, command: WorkshopCommand | Callable[[], WorkshopCommand | None]) -> bool:
        """Push one command (or build it first); a refusal is reported, never raised."""
        if self._read_only:
            return False
        try:
            if not isinstance(command, WorkshopCommand):
                built = command()
                if built is None:
                    return True
                command = built
            push(self.undo_stack, command)
        except CoiError as exc:
            self._report(exc)
            return False
        return True

    def _report(self, exc: CoiError) -> None:
        self.error_occurred.emit(exc)
        show = getattr(self.window(), "show_error", None)
        if callable(show) and self.window() is not self:
            show(exc)

    # -- selection ------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        selected = set(self._scene.selected_card_ids())
        self._selection_order = [i for i in self._selection_order if i in selected]
        self._selection_order += [i for i in selected if i not in self._selection_order]
        self.selection_changed.emit()

    def _on_cards_changed(self) -> None:
        if self._editor is not None and self._editor.card_id not in self.workshop.cards:
            self._finish_editor(commit=False)  # its card was removed (undo, another window)
        if any(self._filter):
            self._apply_filter()

    def selected_card_ids(self) -> list[str]:
        return self._scene.selected_card_ids()

    def select_cards(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        self._scene.blockSignals(True)
        self._scene.clearSelection()
        for cid in ids:
            item = self._scene.card_item(cid)
            if item is not None:
                item.setSelected(True)
        self._scene.blockSignals(False)
        self._scene._on_selection_changed()
        self._on_selection_changed()

    def select_all(self) -> None:
        self.select_cards(cid for cid, item in self._scene.cards.items() if item.isVisible())

    def focus_card(self, card_id: str) -> None:
        """Select the card, centre it and make sure it can be read."""
        item = self._scene.card_item(card_id)
        if item is None:
            return
        self.select_cards([card_id])
        if self.zoom() < 0.6:
            self._set_zoom(0.8)
        self.centerOn(item.scene_card_rect().center())

    def _ensure_visible(self, card_id: str) -> None:
        item = self._scene.card_item(card_id)
        if item is not None:
            self.ensureVisible(item.scene_card_rect(), 40, 40)

    # -- zoom -----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def _set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        """Zoom to `value`, keeping the scene point under `anchor` (view coords) in place."""
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        current = self.zoom()
        if abs(value - current) < 1e-9:
            return
        vp_center = QPointF(self.viewport().rect().center())
        anchor = anchor if anchor is not None else vp_center
        before = self.mapToScene(anchor.toPoint())
        centre = self.mapToScene(vp_center.toPoint())
        self.scale(value / current, value / current)
        after = self.mapToScene(anchor.toPoint())
        self.centerOn(centre + (before - after))
        self.zoom_changed.emit(self.zoom())

    def _cursor_anchor(self) -> QPointF | None:
        pos = self.viewport().mapFromGlobal(self.cursor().pos())
        return QPointF(pos) if self.viewport().rect().contains(pos) else None

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * STEP, self._cursor_anchor())

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / STEP, self._cursor_anchor())

    def reset_zoom(self) -> None:
        self._set_zoom(1.0, self._cursor_anchor())

    def _fit(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self._set_zoom(1.5)
        elif self.zoom() < MIN_ZOOM:
            self._set_zoom(MIN_ZOOM)
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def content_rect(self) -> QRectF:
        """The board and every card on it (from the model: cheap even on a big board)."""
        rect = self._scene.board.boundingRect()
        for c in self.workshop.cards.on(self.canvas_id):
            if c.x < rect.left() or c.y < rect.top() or c.x + c.width > rect.right() \
                    or c.y + c.height > rect.bottom():
                rect = rect.united(QRectF(c.x, c.y, c.width, c.height))
        return rect.adjusted(-20, -20, 20, 20)

    def fit_all(self) -> None:
        self._fit(self.content_rect())

    def zoom_to_selection(self) -> None:
        items = self._scene.selectedItems()
        if not items:
            self.fit_all()
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        self._fit(rect.adjusted(-60, -60, 60, 60))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self._set_zoom(self.zoom() * (STEP ** steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and not self.presentation:
            self._space_panning = True
            self.setInteractive(False)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        handlers: list[tuple[bool, Callable[[], object]]] = [
            (event.matches(QKeySequence.StandardKey.ZoomIn)
             or (ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)), self.zoom_in),
            (event.matches(QKeySequence.StandardKey.ZoomOut)
             or (ctrl and key == Qt.Key.Key_Minus), self.zoom_out),
            (ctrl and key == Qt.Key.Key_0, self.reset_zoom),
            (event.matches(QKeySequence.StandardKey.SelectAll), self.select_all),
            (event.matches(QKeySequence.StandardKey.Copy), self.copy),
            (event.matches(QKeySequence.StandardKey.Cut), self.cut),
            (event.matches(QKeySequence.StandardKey.Paste), self.paste),
            (ctrl and key == Qt.Key.Key_D, self.duplicate),
            (key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl,
             self.delete_selection),
            (key == Qt.Key.Key_F2 or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                                      and not ctrl), self.edit_selected_title),
            (key == Qt.Key.Key_L and not ctrl and not mods & Qt.KeyboardModifier.AltModifier,
             self.link_selected),
            (key == Qt.Key.Key_Escape, self._escape),
        ]
        for matched, handler in handlers:
            if matched:
                handler()
                event.accept()
                return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.selected_card_ids() and not self._read_only:
            step = 50.0 if mods & Qt.KeyboardModifier.ShiftModifier else 10.0
            dx, dy = arrows[key]
            pos = {cid: (c.x + dx * step, c.y + dy * step)
                   for cid in self.selected_card_ids() for c in [self.workshop.cards.require(cid)]}
            self._move(pos, self.tr("Move cards"), nudge=True)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_panning:
            self._space_panning = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            return
        super().keyReleaseEvent(event)

    def _escape(self) -> None:
        if self._found:
            self.clear_find()
        else:
            self._scene.clearSelection()

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab and Shift+Tab step through the cards in reading order; past the last (or
        before the first) card focus leaves the canvas, so the keyboard is never trapped."""
        items = sorted((i for i in self._scene.cards.values() if i.isVisible()),
                       key=lambda i: (round(i.pos().y() / 40), i.pos().x()))
        ids = [i.card_id for i in items]
        current = self.selected_card_ids()
        index = ids.index(current[0]) if current and current[0] in ids else None
        if index is None:
            index = 0 if next_child else len(ids) - 1
        else:
            index += 1 if next_child else -1
        if not 0 <= index < len(ids):
            self._scene.clearSelection()
            return super().focusNextPrevChild(next_child)
        self.focus_card(ids[index])
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Canvas"))
            self._scene.relayout()  # the "hidden" marker and other card text
        super().changeEvent(event)

    def _on_scrolled(self) -> None:
        if self._editor is not None:
            self._finish_editor(commit=True)
