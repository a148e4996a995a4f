"""The canvas view: one canvas on screen, composed of small controllers.

`CanvasView(workshop, canvas_id, undo_stack, parent=None, presentation=False)` shows one
canvas. It owns a `CanvasContext` (workshop, canvas, undo stack, read-only flag, default
kind, the one push path) and hands it to its controllers, each with its own state:
`selection` (selection.py), `navigation` (zoom and pan, navigation.py), `titles` (the inline
title editor, titles.py), `arranging` (places for new cards, tidy, align; arranging.py),
`editing` (add, capture, delete, link, group, kind; the scene's gestures; editing.py),
`clipboard` (clipboard.py), `finder` (find and filter, find.py), `keys` (keyboard, wheel,
Space-pan; keys.py), `menu` (right-click menus; menu.py) and `minimap` (minimap.py). The
methods below are the public API the window, the room and the docks call; each forwards to
one controller.

Every edit is one undo command pushed on the shared stack; a refused edit reports the model's
one sentence through `error_occurred` (and the window's `show_error` when there is one). A
presentation view is read-only, hides hidden cards and uses larger type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmapCache, QUndoStack
from PySide6.QtWidgets import QGraphicsView, QWidget

from coi_desktop.models import CoiError, Workshop

from .arranging import Arranging
from .clipboard import Clipboard
from .context import CanvasContext
from .editing import Editing
from .find import Finder
from .identity import ItemMarkers
from .items import CardItem
from .keys import ViewKeys
from .menu import CanvasMenu
from .minimap import Minimap
from .navigation import Navigation
from .scene import CanvasScene
from .selection import Selection
from .speech import CardSpeech
from .titles import TitleEditing

CACHE_KB = 256 * 1024  # QPixmapCache's default 10 MiB holds only ~140 cached cards


class CanvasView(QGraphicsView):
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
        self.context = ctx = CanvasContext(workshop, canvas_id, undo_stack, presentation,
                                           self._report)
        self._scene = scene = CanvasScene(workshop, canvas_id, presentation, parent=self)
        self.setScene(scene)
        self.selection = Selection(scene)
        self.navigation = Navigation(self, scene, ctx, self.selection, self.zoom_changed.emit)
        self.titles = TitleEditing(ctx, self, scene, self.navigation)
        self.arranging = Arranging(ctx, scene, self.selection, self.navigation)
        self.editing = Editing(ctx, scene, self.selection, self.navigation, self.titles,
                               self.arranging,
                               lambda what, record_id: (self.group_activated if what == "group"
                                                        else self.link_activated).emit(record_id))
        self.clipboard = Clipboard(ctx, self.selection, self.navigation, self.editing)
        self.finder = Finder(ctx, scene, self.navigation)
        self.menu = CanvasMenu(ctx, scene, (self.selection, self.navigation, self.editing,
                                            self.clipboard, self.titles, self.arranging))
        self.keys = ViewKeys(self, scene, ctx, (self.selection, self.navigation, self.editing,
                                                self.clipboard, self.finder, self.titles,
                                                self.arranging), self.menu)
        scene.controller = self.editing
        #: Place the selected cards' items on another canvas too (asks which); one step. The
        #: window dispatches "view:place_on_canvas" by name (an attribute keeps the class small).
        self.place_on_canvas = self.editing.place_elsewhere
        self.setObjectName("canvasView")
        self.setAccessibleName(self.tr("Canvas"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if presentation
                         else QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scene.selectionChanged.connect(self._on_selection_changed)
        scene.cards_changed.connect(self.titles.card_gone)
        scene.cards_changed.connect(self.finder.refresh)  # the filter stays applied
        scene.sceneRectChanged.connect(lambda _r: self.navigation.follow_scene_rect())
        self.navigation.follow_scene_rect()
        self.minimap = Minimap(self, scene, self.navigation)
        self.speech = CardSpeech(self, scene, self.selection)
        self.markers = ItemMarkers(workshop, scene)  # "on 3 canvases" on each card
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: self.titles.finish(commit=True))
            bar.valueChanged.connect(lambda _v: self.minimap.follow())
        self.zoom_changed.connect(lambda _z: self.minimap.follow())
        listener, markers = scene.listener, self.markers.listener
        self.destroyed.connect(lambda *_: workshop.unsubscribe(listener))  # no slot on a dead scene
        self.destroyed.connect(lambda *_: workshop.unsubscribe(markers))

    def scene(self) -> CanvasScene:
        return self._scene

    def _report(self, exc: CoiError) -> None:
        self.error_occurred.emit(exc)
        show = getattr(self.window(), "show_error", None)
        if callable(show) and self.window() is not self:
            show(exc)

    def _on_selection_changed(self) -> None:
        self.selection.follow()
        self.speech.announce()
        self.selection_changed.emit()

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab and Shift+Tab step through the cards in reading order; past the last (or
        before the first) card focus leaves the canvas, so the keyboard is never trapped."""
        return self.navigation.step_focus(next_child) or super().focusNextPrevChild(next_child)

    # -- state ----------------------------------------------------------------------------

    def set_default_kind(self, kind: str) -> None:
        """The kind of cards made by double-click and by pasting plain text."""
        self.context.default_kind = kind

    def set_read_only(self, read_only: bool) -> None:
        ro = self.context.read_only = bool(read_only) or self.presentation
        self.titles.finish(commit=not ro)
        self._scene.card_style.editable = not ro
        for item in self._scene.cards.values():
            item.setFlag(CardItem.GraphicsItemFlag.ItemIsMovable, not ro)
            item.update()

    def is_read_only(self) -> bool:
        return self.context.read_only

    def set_font_scale(self, factor: float) -> None:
        self._scene.set_font_scale(factor)

    def set_card_click_handler(self, handler: Callable[[str], bool] | None) -> None:
        self._scene.click_handler = handler

    # -- selection and navigation ---------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        return self.selection.ids()

    def select_cards(self, ids: Iterable[str]) -> None:
        self.selection.select(ids)

    def select_all(self) -> None:
        self.selection.select(self.selection.visible_ids())

    def focus_card(self, card_id: str) -> None:
        """Select the card, centre it and make sure it can be read."""
        self.navigation.focus_card(card_id)

    def zoom(self) -> float:
        return self.navigation.zoom()

    def zoom_in(self) -> None:
        self.navigation.zoom_in()

    def zoom_out(self) -> None:
        self.navigation.zoom_out()

    def reset_zoom(self) -> None:
        self.navigation.reset_zoom()

    def fit_all(self) -> None:
        self.navigation.fit_all()

    def zoom_to_selection(self) -> None:
        self.navigation.zoom_to_selection()

    # -- editing (editing.py, titles.py, clipboard.py) ------------------------------------

    def add_card(self, kind: str, scene_pos: QPointF | None = None, title: str = "") -> str:
        return self.editing.add_card(kind, scene_pos, title)

    def quick_capture(self, kind: str, text: str, undo_text: str | None = None) -> list[str]:
        return self.editing.quick_capture(kind, text, undo_text)

    def edit_selected_title(self) -> None:
        self.keys.edit_selected_title()

    def delete_selection(self, text: str | None = None) -> None:
        self.editing.delete_selection(text)

    def link_selected(self) -> str | None:
        return self.editing.link_selected()

    def align_selection(self, edge: str) -> None:
        self.arranging.align_selection(edge)

    def distribute_selection(self, direction: str) -> None:
        self.arranging.distribute_selection(direction)

    def tidy(self) -> bool:
        """Lay the selected cards (none selected: all) on their zone's grid; one step."""
        return self.arranging.tidy()

    def change_kind(self, kind: str) -> bool:
        """Give the selected cards another kind; one step, fields carried over."""
        return self.editing.change_kind(kind)

    def group_selection(self, title: str) -> str | None:
        return self.editing.group_selection(title)

    def copy(self) -> None:
        self.clipboard.copy()

    def cut(self) -> None:
        self.clipboard.cut()

    def paste(self) -> list[str]:
        return self.clipboard.paste()

    def duplicate(self) -> list[str]:
        return self.clipboard.duplicate()

    # -- find and filter (find.py) --------------------------------------------------------

    # QWidget.find(WId) is a static lookup of a widget by window id that nothing calls on
    # a canvas; "find" here is the app's find-on-canvas, the name the window dispatches.
    def find(self, text: str) -> list[str]:  # type: ignore[override]
        return self.finder.find(text)

    def find_next(self) -> str | None:
        return self.finder.find_next()

    def find_previous(self) -> str | None:
        return self.finder.find_previous()

    def clear_find(self) -> None:
        self.finder.clear_find()

    def set_filter(self, kind: str | None = None, category: str | None = None,
                   tag: str | None = None) -> None:
        self.finder.set_filter(kind, category, tag)

    def clear_filter(self) -> None:
        self.finder.clear_filter()
