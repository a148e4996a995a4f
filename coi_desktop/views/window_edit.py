"""The Edit menu of one main window: undo and redo, new cards and their kind, groups, find.

`EditController` is one of the window's controllers. The kind new cards get lives in the
window's `Session` (`default_kind`); the toolbar chooser, quick capture and the Alt+1…5
actions all follow its `default_kind_changed` signal, so they can never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit

from ..models.errors import CoiError
from ..models.taxonomy import CARD_KINDS
from .actions import WindowActions

if TYPE_CHECKING:
    from .find_bar import FindBar
    from .quick_capture import QuickCapture
    from .surface import WindowSurface


class EditController(QObject):
    """Edit commands of one window (see the module docstring)."""

    def __init__(self, window: WindowSurface, actions: WindowActions, kind_combo: QComboBox,
                 quick_capture: QuickCapture, find_bar: FindBar) -> None:
        super().__init__(window.widget())
        self.window = window
        self.actions = actions
        self.kind_combo = kind_combo
        self.quick_capture = quick_capture
        self.find_bar = find_bar
        kind_combo.activated.connect(lambda i: self.set_card_kind(kind_combo.itemData(i)))
        quick_capture.capture.connect(self.capture)
        quick_capture.kind_chosen.connect(self.set_card_kind)
        window.session.default_kind_changed.connect(self._show_kind)

    # -- undo -------------------------------------------------------------------------------

    def undo(self) -> None:
        self._undo_redo(forward=False)

    def redo(self) -> None:
        self._undo_redo(forward=True)

    def _undo_redo(self, forward: bool) -> None:
        """Undo or redo; a refusal (the file could not be written) shows its sentence and
        leaves the workshop and the undo history as they were."""
        from ..commands.base import redo, undo

        try:
            (redo if forward else undo)(self.window.undo_stack)
        except CoiError as exc:
            self.window.show_error(exc)

    # -- cards ------------------------------------------------------------------------------

    def add_card(self) -> None:
        if not self.window.read_only:
            # add_card opens the title editor on the new card itself, as a fresh card that
            # Escape takes back; opening it again here made Escape leave an empty card.
            self.window.call_view("add_card", self.card_kind())

    def group(self) -> None:
        title, ok = QInputDialog.getText(self.window.widget(), self.tr("Group selected cards"),
                                         self.tr("Title of the group:"),
                                         QLineEdit.EchoMode.Normal, self.tr("Group"))
        if ok:
            self.window.call_view("group_selection", title.strip() or self.tr("Group"))

    def focus_quick_capture(self) -> None:
        self.quick_capture.focus()

    def capture(self, kind: str, text: str) -> None:
        if self.window.read_only:
            return
        if self.window.call_view("quick_capture", kind, text) is not None:
            self.quick_capture.clear()

    # -- the kind of new cards --------------------------------------------------------------

    def card_kind(self) -> str:
        return self.window.session.default_kind

    def set_card_kind(self, kind: str) -> None:
        """The kind new cards get (toolbar chooser, quick capture, Alt+1…5)."""
        self.window.session.set_default_kind(kind)
        self._show_kind(kind)

    def _show_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.quick_capture.set_kind(kind)
        if kind in self.actions.kind_actions:
            self.actions.kind_actions[kind].setChecked(True)

    def kind_names(self) -> dict[str, str]:
        """Card kinds as the workshop names them, in the interface language (an English
        interface says "Barrier" even on a Danish workshop's toolbar)."""
        lang = self.window.language()
        return {k: self.window.workshop.terms.label("card_kind", k, lang) for k in CARD_KINDS}

    def refresh_kind_names(self) -> None:
        names = self.kind_names()
        combo = self.kind_combo
        combo.blockSignals(True)
        combo.clear()
        for kind, label in names.items():
            combo.addItem(label, kind)
        combo.setCurrentIndex(max(combo.findData(self.card_kind()), 0))
        combo.blockSignals(False)
        self.quick_capture.set_kind_names(names)
        for kind, action in self.actions.kind_actions.items():
            action.setText(names[kind])

    # -- find -------------------------------------------------------------------------------

    def find(self) -> None:
        self.find_bar.set_view(self.window.current_view())
        self.find_bar.open_bar(self.window.language())  # its choices are interface text

    def find_next(self) -> None:
        if not self.find_bar.isVisible():
            self.find()
        self.find_bar.find_next()

    def find_previous(self) -> None:
        if not self.find_bar.isVisible():
            self.find()
        self.find_bar.find_previous()
