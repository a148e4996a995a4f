"""How the main window shows its state: title, enabled commands, undo texts, counts, and
the snapshot interval (a mixin of `MainWindow`, kept apart to keep main_window.py short).

The title names the workshop and its file; "(edited)" comes from the undo stack's clean
state only: every change is already in the file, so nothing is ever "unsaved".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import CoiError
from . import settings
from .actions import EDITING, NEEDS_SELECTION

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowState:
    """State display of the main window; `self` is the MainWindow."""

    def _after_edit(self: MainWindow, _index: int) -> None:
        minutes = settings.snapshot_minutes()
        if minutes and not self.read_only and not self._closed:
            try:
                self.workshop_file.maybe_snapshot(minutes * 60)
            except CoiError as exc:
                self.statusBar().showMessage(exc.text(self.language()), 8000)
        self._update_actions()

    def apply_snapshot_setting(self: MainWindow) -> None:
        """Let the store keep a snapshot of the file as opened and then one per interval."""
        minutes = settings.snapshot_minutes()
        if not self.read_only and hasattr(self.workshop_file, "auto_snapshot_s"):
            self.workshop_file.auto_snapshot_s = minutes * 60 if minutes else None

    def _update_counts(self: MainWindow) -> None:
        self.count_label.setText(self.tr("%1 cards").replace("%1", str(len(self.workshop.cards))))

    def update_title(self: MainWindow) -> None:
        parts = [self.workshop.info.title or self.tr("Untitled workshop"),
                 Path(self.workshop_file.path).name]
        if self.read_only:
            parts[1] = self.tr("%1 (read-only)").replace("%1", parts[1])
        elif not self.undo_stack.isClean():
            parts[1] = self.tr("%1 (edited)").replace("%1", parts[1])
        self.setWindowTitle(" — ".join([*parts, "COI Desktop"]))
        self.setWindowFilePath(str(self.workshop_file.path))

    def _update_actions(self: MainWindow, selected: int | None = None) -> None:
        a = self.window_actions.actions
        if selected is None:
            view = self.current_view() if self.tabs.count() else None
            selected = len(view.selected_card_ids()) if view is not None else 0
        has_view = self.tabs.count() > 0
        for key, action in a.items():
            refused = key in EDITING and self.read_only
            too_few = selected < NEEDS_SELECTION.get(key, 0)
            no_view = key.startswith(("view.zoom", "view.fit", "view.reset")) and not has_view
            action.setEnabled(not (refused or too_few or no_view))
        a["edit.undo"].setEnabled(self.undo_stack.canUndo())
        a["edit.redo"].setEnabled(self.undo_stack.canRedo())
        a["edit.paste"].setEnabled(not self.read_only and has_view)
        a["edit.copy"].setEnabled(selected > 0)
        order = [c.id for c in self.workshop.canvases.ordered()]
        current = self.current_canvas_id()
        pos = order.index(current) if current in order else -1
        if not self.read_only:
            a["canvas.delete"].setEnabled(len(order) > 1)
            a["canvas.move_left"].setEnabled(pos > 0)
            a["canvas.move_right"].setEnabled(0 <= pos < len(order) - 1)
        self.quick_capture.setEnabled(not self.read_only and has_view)

    def _update_undo_texts(self: MainWindow) -> None:
        a = self.window_actions.actions
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
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
