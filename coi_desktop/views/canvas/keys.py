"""Keyboard and wheel gestures of a canvas view, as an event filter the view installs.

Ctrl+wheel and Ctrl +/-/0 zoom around the cursor; Space held down pans with the mouse;
arrows nudge the selected cards (Shift: further), one undo step per run of nudges, and
Alt+arrows move to the next card in that direction (Tab: in reading order); Delete,
F2/Enter, L, Ctrl+C/X/V/D and Escape reach the editing, clipboard and find controllers;
Ctrl+Alt+1…5 change the selected cards' kind, Ctrl+Shift+T tidies and Ctrl+Shift+P places
the selection on another canvas too (menu.py shows them);
a right-click opens the context menu of what is under the mouse (menu.py).
The filter also keeps the zoomed-out overview in step with the transform before each paint
and retranslates on a language change. Keys it does not use go on to the view as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from coi_desktop.models.taxonomy import CARD_KINDS

from .arranging import Arranging
from .clipboard import Clipboard
from .context import CanvasContext
from .editing import Editing
from .find import Finder
from .items import FLAT_LOD
from .menu import CanvasMenu
from .navigation import STEP, Navigation
from .scene import CanvasScene
from .selection import Selection
from .titles import TitleEditing

KIND_DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class ViewKeys(QObject):
    """Keys, wheel, paint and language events of one view (see the module docstring)."""

    def __init__(self, view: QGraphicsView, scene: CanvasScene, ctx: CanvasContext,
                 parts: tuple[Selection, Navigation, Editing, Clipboard, Finder, TitleEditing,
                              Arranging],
                 menu: CanvasMenu) -> None:
        super().__init__(view)
        self.menu = menu
        self.view = view
        self.scene = scene
        self.ctx = ctx
        self.selection, self.navigation, self.editing, self.clipboard, self.finder, \
            self.titles, self.arranging = parts
        self.space_panning = False
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view:
            if kind == QEvent.Type.KeyPress:
                return self.key_press(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.KeyRelease:
                return self.key_release(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.LanguageChange:
                self.view.setAccessibleName(Q.translate("CanvasView", "Canvas"))
                self.scene.relayout()  # the "hidden" marker and other card text
            return False
        if kind == QEvent.Type.Resize:
            self.navigation.follow_scene_rect()
        elif kind == QEvent.Type.Paint:
            # Below the flat level of detail one overview item paints all cards
            # (overview.py); checked here so it follows every change of the transform.
            self.scene.set_overview(self.navigation.zoom() < FLAT_LOD)
        elif kind == QEvent.Type.Wheel:
            return self.wheel(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.ContextMenu:
            self.context_menu(event)  # type: ignore[arg-type]
            return True
        return False

    def context_menu(self, event: QContextMenuEvent) -> None:
        self.titles.finish(commit=True)
        menu = self.menu.build(self.view.mapToScene(event.pos()), self.view)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def wheel(self, event: QWheelEvent) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.navigation.zoom_by(STEP ** steps, event.position())
        event.accept()
        return True

    def _handlers(self, event: QKeyEvent) -> Sequence[tuple[bool, Callable[[], object]]]:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        nav, clip = self.navigation, self.clipboard
        return [
            (event.matches(QKeySequence.StandardKey.ZoomIn)
             or (ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)), nav.zoom_in),
            (event.matches(QKeySequence.StandardKey.ZoomOut)
             or (ctrl and key == Qt.Key.Key_Minus), nav.zoom_out),
            (ctrl and key == Qt.Key.Key_0, nav.reset_zoom),
            (event.matches(QKeySequence.StandardKey.SelectAll),
             lambda: self.selection.select(self.selection.visible_ids())),
            (ctrl and bool(mods & Qt.KeyboardModifier.ShiftModifier) and key == Qt.Key.Key_C,
             clip.copy_image),
            (event.matches(QKeySequence.StandardKey.Copy), clip.copy),
            (event.matches(QKeySequence.StandardKey.Cut), clip.cut),
            (event.matches(QKeySequence.StandardKey.Paste), clip.paste),
            (ctrl and key == Qt.Key.Key_D, clip.duplicate),
            (key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl,
             self.editing.delete_selection),
            (key == Qt.Key.Key_F2 or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                                      and not ctrl), self.edit_selected_title),
            (key == Qt.Key.Key_L and not ctrl and not mods & Qt.KeyboardModifier.AltModifier,
             self.editing.link_selected),
            (key == Qt.Key.Key_Escape, self.escape),
            (ctrl and bool(mods & Qt.KeyboardModifier.ShiftModifier) and key == Qt.Key.Key_T,
             self.arranging.tidy),
            (ctrl and bool(mods & Qt.KeyboardModifier.ShiftModifier) and key == Qt.Key.Key_P,
             self.editing.place_elsewhere),
            *[(ctrl and bool(mods & Qt.KeyboardModifier.AltModifier) and key == digit,
               self._kind_setter(kind))
              for digit, kind in zip(KIND_DIGITS, CARD_KINDS, strict=False)],
        ]

    def _kind_setter(self, kind: str) -> Callable[[], object]:
        return lambda: self.editing.change_kind(kind)

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and not self.ctx.presentation:
            self.space_panning = True
            self.view.setInteractive(False)
            self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return True
        for matched, handler in self._handlers(event):
            if matched:
                handler()
                event.accept()
                return True
        ids = self.selection.ids()
        if key in ARROWS and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            dx, dy = ARROWS[Qt.Key(key)]
            self.navigation.focus_neighbour(dx, dy)  # move between cards, not the card
            event.accept()
            return True
        if key in ARROWS and ids and not self.ctx.read_only:
            step = 50.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 10.0
            dx, dy = ARROWS[Qt.Key(key)]
            w = self.ctx.workshop
            pos = {cid: (w.cards[cid].x + dx * step, w.cards[cid].y + dy * step) for cid in ids}
            self.arranging.move(pos, Q.translate("CanvasView", "Move cards"), nudge=True)
            event.accept()
            return True
        return False

    def key_release(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.space_panning:
            self.space_panning = False
            self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.view.setInteractive(True)
            return True
        return False

    def edit_selected_title(self) -> None:
        ids = self.selection.ids()
        if ids and not self.ctx.read_only:
            self.titles.edit(ids[0])

    def escape(self) -> None:
        if self.finder.found:
            self.finder.clear_find()
        else:
            self.scene.clearSelection()
