"""Mouse gestures on the canvas scene: drag, link from the handle, double-click, group drags,
tooltips. One `SceneMouse` per scene; the scene forwards its mouse events here.

While the mouse is down the card items move themselves (Qt's movable items) and their links
follow live; on release the start and end positions go to the controller as one
`{card_id: (old, new)}` mapping, which becomes one undo command. Dragging from a card's
handle draws a provisional line; releasing it on another card asks the controller for a
link. A click handler (voting) may consume a click on a card. The scene is reached through
the small `MouseScene` protocol, so this module does not import the scene.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from coi_desktop.models import Workshop

from . import palette
from .group_item import TITLE_H, GroupItem
from .identity import also_on_text
from .items import CardItem
from .link_item import LinkItem
from .style import CardStyle
from .text import clean

Pos = tuple[float, float]
Size = tuple[float, float]
#: Sizes a card may be resized to (scene units): room for a band and a line, up to a poster.
CARD_MIN, CARD_MAX = (120.0, 70.0), (720.0, 480.0)
Moves = dict[str, tuple[Pos, Pos]]


class SceneController(Protocol):
    """What the scene's gestures ask of the view's side (the editing controller)."""

    def cards_dragged(self, moves: Moves) -> bool: ...
    def group_moved(self, group_id: str, pos: Pos, moves: Moves) -> bool: ...
    def link_requested(self, source_id: str, target_id: str) -> None: ...
    def empty_double_clicked(self, pos: QPointF) -> None: ...
    def card_double_clicked(self, card_id: str) -> None: ...
    def group_double_clicked(self, group_id: str) -> None: ...
    def link_double_clicked(self, link_id: str) -> None: ...
    def card_resized(self, card_id: str, old: Size, new: Size) -> bool: ...
    def group_resized(self, group_id: str, old: Size, new: Size) -> bool: ...


class MouseScene(Protocol):
    """The part of the canvas scene the gestures use."""

    workshop: Workshop
    presentation: bool
    card_style: CardStyle
    cards: dict[str, CardItem]
    groups: dict[str, GroupItem]
    controller: SceneController | None
    click_handler: Callable[[str], bool] | None

    def card_at(self, pos: QPointF) -> CardItem | None: ...
    def selectedItems(self) -> list[QGraphicsItem]: ...
    def items(self, pos: QPointF) -> list[QGraphicsItem]: ...
    def addItem(self, item: QGraphicsItem) -> None: ...
    def removeItem(self, item: QGraphicsItem) -> None: ...
    def set_live(self, ids: Iterable[str]) -> None: ...
    def update_links_of(self, card_ids: Iterable[str]) -> None: ...


Base = Callable[[QGraphicsSceneMouseEvent], None]


class SceneMouse:
    """Mouse handling of one canvas scene (see the module docstring)."""

    def __init__(self, scene: MouseScene) -> None:
        self.scene = scene
        self._drag_start: dict[str, QPointF] = {}
        self._link_from: CardItem | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._link_target: CardItem | None = None
        self._resizing: tuple[CardItem, Size, QPointF] | None = None

    # -- press, move, release -------------------------------------------------------------

    def press(self, event: QGraphicsSceneMouseEvent, base: Base) -> None:
        s = self.scene
        pos = event.scenePos()
        card = s.card_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if card is not None:
            if s.click_handler is not None and s.click_handler(card.card_id):
                event.accept()
                return
            if s.card_style.editable and (card.hovered or card.isSelected()) \
                    and card.handle_rect().contains(card.mapFromScene(pos)):
                self._start_link(card, pos)
                event.accept()
                return
            if s.card_style.editable and (card.hovered or card.isSelected()) \
                    and card.grip_rect().contains(card.mapFromScene(pos)):
                self._resizing = (card, (card.card.width, card.card.height), pos)
                event.accept()
                return
        base(event)
        if event.button() == Qt.MouseButton.LeftButton and s.card_style.editable:
            self._drag_start = {i.card_id: i.pos() for i in s.selectedItems()
                                if isinstance(i, CardItem)}
            s.set_live(self._drag_start)

    def move(self, event: QGraphicsSceneMouseEvent, base: Base) -> None:
        if self._resizing is not None:
            item, (w, h), start = self._resizing
            delta = event.scenePos() - start
            item.preview_size(min(max(w + delta.x(), CARD_MIN[0]), CARD_MAX[0]),
                              min(max(h + delta.y(), CARD_MIN[1]), CARD_MAX[1]))
            self.scene.update_links_of([item.card_id])
            event.accept()
            return
        if self._link_line is not None and self._link_from is not None:
            start = self._link_from.scene_card_rect().center()
            self._link_line.setLine(QLineF(start, event.scenePos()))
            target = self.scene.card_at(event.scenePos())
            self._set_link_target(target if target is not self._link_from else None)
            event.accept()
            return
        base(event)
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            self.scene.update_links_of(self._drag_start)

    def release(self, event: QGraphicsSceneMouseEvent, base: Base) -> None:
        if self._resizing is not None:
            resized, before, _start = self._resizing
            self._resizing = None
            event.accept()
            after = (resized.card.width, resized.card.height)
            controller = self.scene.controller
            if after != before and (controller is None or not controller.card_resized(
                    resized.card_id, before, after)):
                record = self.scene.workshop.cards.get(resized.card_id)
                if record is not None:
                    resized.set_card(record)  # refused: back to the model's size
                    self.scene.update_links_of([resized.card_id])
            return
        if self._link_line is not None:
            self._finish_link(event.scenePos())
            event.accept()
            return
        base(event)
        start, self._drag_start = self._drag_start, {}
        self.scene.set_live(())
        if event.button() != Qt.MouseButton.LeftButton or not start:
            return
        moves: Moves = {}
        for cid, old in start.items():
            item = self.scene.cards.get(cid)
            if item is not None and item.pos() != old:
                moves[cid] = ((old.x(), old.y()), (item.pos().x(), item.pos().y()))
        if moves:
            self.finish_card_moves(moves)

    def finish_card_moves(self, moves: Moves) -> None:
        """Hand a finished drag to the controller; if it refuses, put the items back."""
        controller = self.scene.controller
        if controller is None or not controller.cards_dragged(moves):
            self.snap_back(moves)

    def snap_back(self, ids: Iterable[str]) -> None:
        """Return items to the model's positions (a refused or read-only gesture)."""
        ids = list(ids)
        for cid in ids:
            item = self.scene.cards.get(cid)
            card = self.scene.workshop.cards.get(cid)
            if item is not None and card is not None:
                item.setPos(card.x, card.y)
        self.scene.update_links_of(ids)

    def double_click(self, event: QGraphicsSceneMouseEvent, base: Base) -> None:
        controller = self.scene.controller
        if event.button() != Qt.MouseButton.LeftButton or controller is None:
            base(event)
            return
        pos = event.scenePos()
        event.accept()
        card = self.scene.card_at(pos)
        if card is not None:
            controller.card_double_clicked(card.card_id)
            return
        for item in self.scene.items(pos):
            if isinstance(item, GroupItem):
                if item.mapFromScene(pos).y() <= TITLE_H:
                    controller.group_double_clicked(item.group_id)
                    return
            elif isinstance(item, LinkItem):
                controller.link_double_clicked(item.link_id)
                return
        controller.empty_double_clicked(pos)

    # -- links from the handle ------------------------------------------------------------

    def _start_link(self, card: CardItem, pos: QPointF) -> None:
        self._link_from = card
        line = QGraphicsLineItem(QLineF(card.scene_card_rect().center(), pos))
        line.setPen(QPen(palette.SELECTION, 2.5, Qt.PenStyle.DashLine))
        line.setZValue(50)
        self.scene.addItem(line)
        self._link_line = line

    def _set_link_target(self, target: CardItem | None) -> None:
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

    def _finish_link(self, pos: QPointF) -> None:
        source, line = self._link_from, self._link_line
        self._link_from, self._link_line = None, None
        self._set_link_target(None)
        if line is not None:
            self.scene.removeItem(line)
        target = self.scene.card_at(pos)
        controller = self.scene.controller
        if source is not None and target is not None and target is not source \
                and controller is not None:
            controller.link_requested(source.card_id, target.card_id)

    # -- groups (GroupItem's host) --------------------------------------------------------

    def editable(self) -> bool:
        return self.scene.card_style.editable

    def group_card_positions(self, group_id: str) -> dict[str, QPointF]:
        return {c.id: QPointF(c.x, c.y) for c in self.scene.workshop.groups.cards_in(group_id)
                if c.id in self.scene.cards}

    def shift_cards(self, start: dict[str, QPointF], delta: QPointF) -> None:
        self.scene.set_live(start)
        for cid, pos in start.items():
            self.scene.cards[cid].setPos(pos + delta)
        self.scene.update_links_of(start)

    def group_resized(self, group_id: str, old: Size, new: Size) -> None:
        controller = self.scene.controller
        if controller is None or not controller.group_resized(group_id, old, new):
            self.scene.groups[group_id].set_group(self.scene.workshop.groups[group_id])

    def end_live(self) -> None:
        self.scene.set_live(())

    def group_dragged(self, group_id: str, new_pos: QPointF, carried: dict[str, QPointF],
                      delta: QPointF) -> None:
        moves = {cid: ((p.x(), p.y()), (p.x() + delta.x(), p.y() + delta.y()))
                 for cid, p in carried.items()}
        controller = self.scene.controller
        ok = controller is not None and controller.group_moved(
            group_id, (new_pos.x(), new_pos.y()), moves)
        if not ok:
            self.scene.groups[group_id].set_group(self.scene.workshop.groups[group_id])
            self.snap_back(carried)

    # -- tooltips: the whole text, built only when asked ----------------------------------

    def help(self, event: QGraphicsSceneHelpEvent) -> None:
        card = self.scene.card_at(event.scenePos())
        if card is None:
            for item in self.scene.items(event.scenePos()):
                if isinstance(item, LinkItem):
                    QToolTip.showText(event.screenPos(), self.link_tooltip(item))
                    return
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), self.card_tooltip(card))

    def card_tooltip(self, item: CardItem) -> str:
        c, w = item.card, self.scene.workshop
        presentation = self.scene.presentation
        parts = [f"<b>{html.escape(clean(c.title, 2000))}</b>",
                 html.escape(w.terms.label("card_kind", c.kind))]
        if c.description:
            parts.append(html.escape(c.description[:4000]).replace("\n", "<br>"))
        if c.tags:
            parts.append(html.escape(", ".join(c.tags)))
        owner = self.scene.card_style.owner_for(c)
        if owner:
            parts.append(html.escape(QCoreApplication.translate("CanvasView", "Owner: %1")
                                     .replace("%1", owner)))
        also = also_on_text(w, c, item.copies)
        if also:
            parts.append(f"<i>{html.escape(also)}</i>")
        if c.notes and not presentation:
            notes = QCoreApplication.translate("CanvasView", "Notes")
            parts.append(f"<i>{html.escape(notes)}:</i> "
                         + html.escape(c.notes[:2000]).replace("\n", "<br>"))
        if c.hidden and not presentation:
            parts.append(f"<i>{html.escape(self.scene.card_style.hidden_text)}</i>")
        return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(parts) + "</p>"

    def link_tooltip(self, item: LinkItem) -> str:
        link = item.link
        text = self.scene.workshop.terms.label("relation", link.relation)
        if link.label:
            text += f": {link.label}"
        return f"<p>{html.escape(text)}</p>"
