"""How the main window shows its state: title, enabled commands, undo texts, counts, zoom,
and the snapshot interval. `WindowStatus` is one of the window's controllers.

The title names the workshop and its file; "(edited)" comes from the undo stack's clean
state only: every change is already in the file, so nothing is ever "unsaved".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ..models.errors import CoiError
from . import settings, theming
from .actions import EDITING, NEEDS_SELECTION, WindowActions

if TYPE_CHECKING:
    from .canvas_tabs import CanvasTabs
    from .quick_capture import QuickCapture
    from .surface import WindowSurface


class WindowStatus(QObject):
    """Title, status bar labels and which commands are enabled (see the module docstring)."""

    def __init__(self, window: WindowSurface, actions: WindowActions, tabs: CanvasTabs,
                 quick_capture: QuickCapture) -> None:
        super().__init__(window.widget())
        self.window = window
        self.actions = actions
        self.tabs = tabs
        self.quick_capture = quick_capture
        self.closed = False
        bar = window.widget().statusBar()
        self.zoom_label = QLabel(bar)
        self.count_label = QLabel(bar)
        self.mode_label = QLabel(bar)
        self.mode_label.setObjectName("status.mode")
        self.restyle()
        for label in (self.mode_label, self.count_label, self.zoom_label):
            bar.addPermanentWidget(label)
        stack = window.undo_stack
        stack.cleanChanged.connect(lambda _c: self.update_title())
        stack.indexChanged.connect(self.after_edit)
        stack.canUndoChanged.connect(lambda _c: self.update_actions())
        stack.canRedoChanged.connect(lambda _c: self.update_actions())
        stack.undoTextChanged.connect(lambda _t: self.update_undo_texts())
        stack.redoTextChanged.connect(lambda _t: self.update_undo_texts())

    def restyle(self) -> None:
        """Colours that follow the theme (a quiet grey on light, light grey on dark)."""
        self.mode_label.setStyleSheet(f"color: {theming.muted_text_colour()}; padding: 0 8px;")

    def after_edit(self, _index: int) -> None:
        window = self.window
        minutes = settings.snapshot_minutes()
        if minutes and not window.read_only and not self.closed:
            try:
                window.workshop_file.maybe_snapshot(minutes * 60)
            except CoiError as exc:
                window.show_status(exc.text(window.language()), 8000)
        self.update_actions()

    def apply_snapshot_setting(self) -> None:
        """Let the store keep a snapshot of the file as opened and then one per interval."""
        minutes = settings.snapshot_minutes()
        if not self.window.read_only and hasattr(self.window.workshop_file, "auto_snapshot_s"):
            self.window.workshop_file.auto_snapshot_s = minutes * 60 if minutes else None

    def retranslate(self) -> None:
        self.mode_label.setText(self.tr("Read-only") if self.window.read_only
                                else self.tr("Every change is saved in the file"))
        self.mode_label.setToolTip(str(self.window.workshop_file.path))
        self.update_undo_texts()
        self.update_counts()
        self.update_title()

    def show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def update_counts(self) -> None:
        self.count_label.setText(
            self.tr("%1 cards").replace("%1", str(len(self.window.workshop.cards))))

    def update_title(self) -> None:
        window = self.window
        parts = [window.workshop.info.title or self.tr("Untitled workshop"),
                 Path(window.workshop_file.path).name]
        if window.read_only:
            parts[1] = self.tr("%1 (read-only)").replace("%1", parts[1])
        elif not window.undo_stack.isClean():
            parts[1] = self.tr("%1 (edited)").replace("%1", parts[1])
        window.widget().setWindowTitle(" — ".join([*parts, "COI Desktop"]))
        window.widget().setWindowFilePath(str(window.workshop_file.path))

    def update_actions(self, selected: int | None = None) -> None:
        a = self.actions.actions
        window = self.window
        read_only = window.read_only
        if selected is None:
            view = window.current_view() if self.tabs.count() else None
            selected = len(view.selected_card_ids()) if view is not None else 0
        has_view = self.tabs.count() > 0
        for key, action in a.items():
            refused = key in EDITING and read_only
            too_few = selected < NEEDS_SELECTION.get(key, 0)
            no_view = key.startswith(("view.zoom", "view.fit", "view.reset")) and not has_view
            action.setEnabled(not (refused or too_few or no_view))
        a["edit.undo"].setEnabled(window.undo_stack.canUndo())
        a["edit.redo"].setEnabled(window.undo_stack.canRedo())
        a["edit.paste"].setEnabled(not read_only and has_view)
        a["edit.copy"].setEnabled(selected > 0)
        order = [c.id for c in window.workshop.canvases.ordered()]
        current = window.current_canvas_id()
        pos = order.index(current) if current in order else -1
        if not read_only:
            a["canvas.delete"].setEnabled(len(order) > 1)
            a["canvas.move_left"].setEnabled(pos > 0)
            a["canvas.move_right"].setEnabled(0 <= pos < len(order) - 1)
        self.quick_capture.setEnabled(not read_only and has_view)

    def update_undo_texts(self) -> None:
        a = self.actions.actions
        stack = self.window.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        a["edit.undo"].setText(self.tr("&Undo %1").replace("%1", _menu_phrase(undo)) if undo
                               else self.tr("&Undo"))
        a["edit.redo"].setText(self.tr("&Redo %1").replace("%1", _menu_phrase(redo)) if redo
                               else self.tr("&Redo"))
        for key, text in (("edit.undo", undo), ("edit.redo", redo)):
            plain = (self.tr("&Undo %1") if key == "edit.undo" else self.tr("&Redo %1"))
            a[key].setToolTip(plain.replace("&", "").replace("%1", _phrase(text)) if text
                              else a[key].text().replace("&", ""))


def _phrase(text: str) -> str:
    """A command's name inside "Undo …": "Move cards" → "move cards" (not "GDPR …")."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _menu_phrase(text: str) -> str:
    """`_phrase` for a menu text: an '&' in a card title is shown, not a mnemonic."""
    return _phrase(text).replace("&", "&&")
