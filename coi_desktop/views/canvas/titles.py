"""Editing a card's title in place (F2, Enter or double-click) as one undo step.

`TitleEditing` owns the open editor (editor.py), if any. What is typed reaches the model,
and so the file, SAVE_MS after the last keystroke (a crash loses nothing typed before that),
and every save of one editing session folds into one undo step ("burst"). A title typed into
a card that was just added folds into the card's own undo step (AddCards merges it). Escape
takes the session's saves back, and a fresh card with them, without a trace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGraphicsView

from coi_desktop.commands.base import undo
from coi_desktop.commands.cards import AddCards, UpdateCards
from coi_desktop.models import CoiError, new_id

from .context import CanvasContext
from .editor import TitleEditor
from .navigation import Navigation
from .scene import CanvasScene

SAVE_MS = 200  # a pause of the keys this long saves (well inside 300 ms)


class TitleEditing:
    """The inline title editor of one view (see the module docstring)."""

    def __init__(self, ctx: CanvasContext, view: QGraphicsView, scene: CanvasScene,
                 navigation: Navigation) -> None:
        self.ctx = ctx
        self.view = view
        self.scene = scene
        self.navigation = navigation
        self.editor: TitleEditor | None = None
        self._fresh: str | None = None
        self._burst = ""  # this editing session's id (UpdateCards.burst)
        self._saved = False  # whether this session saved anything yet
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_MS)
        self._timer.timeout.connect(self.save_typed)

    def edit(self, card_id: str, fresh: bool = False) -> None:
        item = self.scene.card_item(card_id)
        if item is None or self.ctx.read_only:
            return
        self.finish(commit=True)
        self.navigation.ensure_visible(card_id)
        rect = self.view.mapFromScene(item.scene_card_rect()).boundingRect()
        font = item.style.title_font
        font.setPixelSize(max(9, round(font.pixelSize() * self.navigation.zoom())))
        self._fresh = card_id if fresh else None
        self._burst, self._saved = new_id(), False
        self.editor = TitleEditor(self.view.viewport(), card_id, item.card.title, font,
                                  rect.adjusted(-2, -2, 2, 2), self._edited)
        self.editor.textChanged.connect(self._timer.start)

    def save_typed(self) -> None:
        """Save what the open editor holds now (a pause in typing): part of its burst."""
        editor = self.editor
        if editor is None:
            return
        self._save(editor.card_id, editor.toPlainText().strip())

    def _save(self, card_id: str, text: str) -> None:
        card = self.ctx.workshop.cards.get(card_id)
        if card is None or text == card.title:
            return
        command = UpdateCards(self.ctx.workshop, {card_id: {"title": text}},
                              Q.translate("CanvasView", "Edit card title"))
        command.burst = self._burst
        if self.ctx.push(command):
            self._saved = True

    def finish(self, commit: bool) -> None:
        """Close the editor, if open; `commit` keeps what was typed."""
        if self.editor is not None:
            self.editor.finish(commit)

    def card_gone(self) -> None:
        """Cards changed: an editor whose card was removed (undo, another window) closes."""
        if self.editor is not None and self.editor.card_id not in self.ctx.workshop.cards:
            self.finish(commit=False)

    def _edited(self, card_id: str, text: str | None) -> None:
        self._timer.stop()
        self.editor = None
        fresh, self._fresh = self._fresh == card_id, None
        card = self.ctx.workshop.cards.get(card_id)
        self.view.setFocus()
        if card is None:
            return
        if text is None:  # Escape: take back this session's saves (and a fresh card)
            if self._saved or (fresh and not card.title):
                self._take_back(card_id, fresh)
            return
        self._save(card_id, text)

    def _take_back(self, card_id: str, fresh: bool) -> None:
        """Undo the top step when it is this session's (or the fresh card's), leaving no
        trace in the history."""
        stack = self.ctx.undo_stack
        top = stack.command(stack.index() - 1)
        ours = (isinstance(top, AddCards) and fresh and [c.id for c in top.cards] == [card_id]) \
            or (isinstance(top, UpdateCards) and top.burst == self._burst and self._burst != "")
        if not ours:
            return
        assert isinstance(top, AddCards | UpdateCards)
        top.drop_on_undo = True
        try:
            undo(stack)
        except CoiError as exc:  # the file could not be written: the step stays
            top.drop_on_undo = False
            self.ctx.report(exc)
