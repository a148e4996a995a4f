"""Mouse gestures on the canvas scene: drag, link from the handle, double-click, tooltips.

Kept apart from the scene's bookkeeping. While the mouse is down the card items move
themselves (Qt's movable items) and their links follow live; on release the start and end
positions go to the controller as one `{card_id: (old, new)}` mapping, which becomes one undo
command. Dragging from a card's handle draws a provisional line; releasing it on another card
asks the controller for a link. A click handler (voting) may consume a click on a card.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from . import palette
from .group_item import TITLE_H, GroupItem
from .items import CardItem
from .link_item import LinkItem
from .text import clean

if TYPE_CHECKING:
    from .scene import CanvasScene

Pos = tuple[float, float]


class SceneMouseMixin:
    """Mouse handling of `CanvasScene` (see the module docstring)."""

    def _init_mouse(self: CanvasScene) -> None:
        self._drag_start: dict[str, QPointF] = {}
        self._link_from: CardItem | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._link_target: CardItem | None = None

    def mousePressEvent(self: CanvasScene, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        card = self.card_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if card is not None:
            if self.click_handler is not None and self.click_handler(card.card_id):
                event.accept()
                return
            if self.style.editable and (card.hovered or card.isSelected()) \
                    and card.handle_rect().contains(card.mapFromScene(pos)):
                self._start_link(card, pos)
                event.accept()
                return
        super().mousePressEvent(event)  # type: ignore[misc]
        if event.button() == Qt.MouseButton.LeftButton and self.style.editable:
            self._drag_start = {i.card_id: i.pos() for i in self.selectedItems()
                                if isinstance(i, CardItem)}
            self.set_live(self._drag_start)

    def mouseMoveEvent(self: CanvasScene, event: QGraphicsSceneMouseEvent) -> None:
        if self._link_line is not None and self._link_from is not None:
            start = self._link_from.scene_card_rect().center()
            self._link_line.setLine(QLineF(start, event.scenePos()))
            target = self.card_at(event.scenePos())
            self._set_link_target(target if target is not self._link_from else None)
            event.accept()
            return
        super().mouseMoveEvent(event)  # type: ignore[misc]
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            self.update_links_of(self._drag_start)

    def mouseReleaseEvent(self: CanvasScene, event: QGraphicsSceneMouseEvent) -> None:
        if self._link_line is not None:
            self._finish_link(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)  # type: ignore[misc]
        start, self._drag_start = self._drag_start, {}
        self.set_live(())
        if event.button() != Qt.MouseButton.LeftButton or not start:
            return
        moves: dict[str, tuple[Pos, Pos]] = {}
        for cid, old in start.items():
            item = self.cards.get(cid)
            if item is not None and item.pos() != old:
                moves[cid] = ((old.x(), old.y()), (item.pos().x(), item.pos().y()))
        if moves:
            self.finish_card_moves(moves)

    def finish_card_moves(self: CanvasScene, moves: dict[str, tuple[Pos, Pos]]) -> None:
        """Hand a finished drag to the controller; if it refuses, put the items back."""
        ok = self.controller is not None and self.controller.cards_dragged(moves)
        if not ok:
            self.snap_back(moves)

    def snap_back(self: CanvasScene, ids: Any) -> None:
        """Return items to the model's positions (a refused or read-only gesture)."""
        for cid in ids:
            item = self.cards.get(cid)
            card = self.workshop.cards.get(cid)
            if item is not None and card is not None:
                item.setPos(card.x, card.y)
        self.update_links_of(ids)

    def mouseDoubleClickEvent(self: CanvasScene, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.controller is None:
            super().mouseDoubleClickEvent(event)  # type: ignore[misc]
            return
        pos = event.scenePos()
        card = self.card_at(pos)
        if card is not None:
            self.controller.card_double_clicked(card.card_id)
            event.accept()
            return
        for item in self.items(pos):
            if isinstance(item, GroupItem):
                if item.mapFromScene(pos).y() <= TITLE_H:
                    self.controller.group_double_clicked(item.group_id)
                    event.accept()
                    return
            elif isinstance(item, LinkItem):
                self.controller.link_double_clicked(item.link_id)
                event.accept()
                return
        self.controller.empty_double_clicked(pos)
        event.accept()

    # -- links from the handle ------------------------------------------------------------

    def _start_link(self: CanvasScene, card: CardItem, pos: QPointF) -> None:
        self._link_from = card
        line = QGraphicsLineItem(QLineF(card.scene_card_rect().center(), pos))
        pen = QPen(palette.SELECTION, 2.5, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(50)
        self.addItem(line)
        self._link_line = line

    def _set_link_target(self: CanvasScene, target: CardItem | None) -> None:
        """Show which card a link being drawn would end on (it gets a ring)."""
        old = self._link_target
        if old is target:
            return
        if old is not None and shiboken6.isValid(old):
            old.targeted = False
            old.update()
        if target is not None:
            target.targeted = True
            target.update()
        self._link_target = target

    def _finish_link(self: CanvasScene, pos: QPointF) -> None:
        source, line = self._link_from, self._link_line
        self._link_from, self._link_line = None, None
        self._set_link_target(None)
        if line is not None:
            self.removeItem(line)
        target = self.card_at(pos)
        if source is not None and target is not None and target is not source \
                and self.controller is not None:
            self.controller.link_requested(source.card_id, target.card_id)

    # -- groups ---------------------------------------------------------------------------

    def group_card_positions(self: CanvasScene, group_id: str) -> dict[str, QPointF]:
        return {c.id: QPointF(c.x, c.y) for c in self.workshop.groups.cards_in(group_id)
                if c.id in self.cards}

    def shift_cards(self: CanvasScene, start: dict[str, QPointF], delta: QPointF) -> None:
        if self.overview_on and set(start) != self.overview.live:
            self.set_live(start)
        for cid, pos in start.items():
            self.cards[cid].setPos(pos + delta)
        self.update_links_of(start)

    def group_dragged(self: CanvasScene, group_id: str, new_pos: QPointF,
                      carried: dict[str, QPointF], delta: QPointF) -> None:
        moves = {cid: ((p.x(), p.y()), (p.x() + delta.x(), p.y() + delta.y()))
                 for cid, p in carried.items()}
        ok = self.controller is not None and self.controller.group_moved(
            group_id, (new_pos.x(), new_pos.y()), moves)
        if not ok:
            self.groups[group_id].set_group(self.workshop.groups[group_id])
            self.snap_back(carried)

    # -- tooltips: the whole text, built only when asked ----------------------------------

    def helpEvent(self: CanvasScene, event: QGraphicsSceneHelpEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is None:
            for item in self.items(event.scenePos()):
                if isinstance(item, LinkItem):
                    QToolTip.showText(event.screenPos(), self.link_tooltip(item))
                    return
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), self.card_tooltip(card))

    def card_tooltip(self: CanvasScene, item: CardItem) -> str:
        c, w = item.card, self.workshop
        parts = [f"<b>{html.escape(clean(c.title, 2000))}</b>",
                 html.escape(w.terms.label("card_kind", c.kind))]
        if c.description:
            parts.append(html.escape(c.description[:4000]).replace("\n", "<br>"))
        if c.tags:
            parts.append(html.escape(", ".join(c.tags)))
        if c.notes and not self.presentation:
            notes = QCoreApplication.translate("CanvasView", "Notes")
            parts.append(f"<i>{html.escape(notes)}:</i> "
                         + html.escape(c.notes[:2000]).replace("\n", "<br>"))
        if c.hidden and not self.presentation:
            parts.append(f"<i>{html.escape(self.style.hidden_text)}</i>")
        return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(parts) + "</p>"

    def link_tooltip(self: CanvasScene, item: LinkItem) -> str:
        link = item.link
        text = self.workshop.terms.label("relation", link.relation)
        if link.label:
            text += f": {link.label}"
        return f"<p>{html.escape(text)}</p>"
