"""Editing a card's title in place (F2, Enter or double-click) as one undo step.

`TitleEditing` owns the open editor (editor.py), if any. A title typed into a card that was
just added folds into the card's own undo step (AddCards merges it); Escape on a fresh, still
empty card takes the addition back without a trace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QGraphicsView

from coi_desktop.commands.base import undo
from coi_desktop.commands.cards import AddCards, UpdateCards
from coi_desktop.models import CoiError

from .context import CanvasContext
from .editor import TitleEditor
from .navigation import Navigation
from .scene import CanvasScene


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
        self.editor = TitleEditor(self.view.viewport(), card_id, item.card.title, font,
                                  rect.adjusted(-2, -2, 2, 2), self._edited)

    def finish(self, commit: bool) -> None:
        """Close the editor, if open; `commit` keeps what was typed."""
        if self.editor is not None:
            self.editor.finish(commit)

    def card_gone(self) -> None:
        """Cards changed: an editor whose card was removed (undo, another window) closes."""
        if self.editor is not None and self.editor.card_id not in self.ctx.workshop.cards:
            self.finish(commit=False)

    def _edited(self, card_id: str, text: str | None) -> None:
        self.editor = None
        fresh, self._fresh = self._fresh == card_id, None
        card = self.ctx.workshop.cards.get(card_id)
        self.view.setFocus()
        if card is None:
            return
        if text is None or text == card.title:
            if fresh and text is None and not card.title:
                self._drop_fresh_card(card_id)
            return
        self.ctx.push(UpdateCards(self.ctx.workshop, {card_id: {"title": text}},
                                  Q.translate("CanvasView", "Edit card title")))

    def _drop_fresh_card(self, card_id: str) -> None:
        """Escape on a just-added empty card: take the addition back without a trace."""
        stack = self.ctx.undo_stack
        top = stack.command(stack.index() - 1)
        if isinstance(top, AddCards) and [c.id for c in top.cards] == [card_id]:
            top.drop_on_undo = True
            try:
                undo(stack)
            except CoiError as exc:  # the file could not be written: the card stays
                top.drop_on_undo = False
                self.ctx.report(exc)
