"""The outline dock: every item of the workshop by kind, with counts and a search box.

One row per item, however many canvases it is placed on (schema v3: a card is a placement of
an item): the demo listed "Hjemmeplejen i Vesterå" three times and counted 25 actors where
the workshop has fewer. An item on several canvases says "on 2 canvases" at the right and
opens to one row per canvas; the heading counts items. Activating a row (click, Enter)
switches to its canvas and focuses the card there; an item's own row goes to its placement
on the current canvas, or to its first. The list
follows the model's changes, rebuilt at most once per event-loop turn and only while the
dock is visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.entities import Canvas, Card
from ...models.events import Change
from ...models.taxonomy import CARD_KINDS

if TYPE_CHECKING:
    from ..surface import WindowSurface

CARD_ROLE = Qt.ItemDataRole.UserRole
CANVAS_ROLE = Qt.ItemDataRole.UserRole + 2  # the card's canvas name, when there are several
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3  # an item's row: the item id (it has no one card)


class CanvasNameDelegate(QStyledItemDelegate):
    """Draws a card's canvas name, muted and right-aligned, in the room its title leaves.

    The same actor on two canvases was listed twice with nothing to tell the two apart; a
    column of its own would cut the titles in a narrow dock, so the name only uses spare room.
    """

    GAP = 16
    MIN_WIDTH = 48

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        canvas = index.data(CANVAS_ROLE)
        if not canvas:
            return
        spare = self.spare_rect(option, index)
        if spare.width() < self.MIN_WIDTH:
            return
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.placeholderText().color())
        text = option.fontMetrics.elidedText(str(canvas), Qt.TextElideMode.ElideRight,
                                             spare.width())
        painter.drawText(spare, int(Qt.AlignmentFlag.AlignRight
                                    | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def spare_rect(self, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> QRect:
        """The part of the row right of the title (empty when the title fills it)."""
        title = option.fontMetrics.horizontalAdvance(str(index.data() or ""))
        icon = option.decorationSize.width() + 6 if index.data(
            Qt.ItemDataRole.DecorationRole) else 0
        left = option.rect.left() + 6 + icon + title + self.GAP
        return QRect(left, option.rect.top(), max(0, option.rect.right() - 4 - left),
                     option.rect.height())


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawRoundedRect(0, 0, size, size, 3, 3)
    p.end()
    return QIcon(pixmap)


def kind_colour(kind: str) -> str:
    from ..canvas.palette import kind_color  # any registered kind, as the canvas paints it

    return kind_color(kind).name()


class OutlineDock(QDockWidget):
    """All cards by kind; see the module docstring."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.widget())
        self.window_ = window
        self.workshop = window.workshop
        self.setObjectName("dock.outline")
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit(body)
        self.search.setObjectName("outline.search")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("outline.tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setItemDelegate(CanvasNameDelegate(self.tree))
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setMinimumWidth(220)
        self._dirty = True
        self._collapsed: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=50)
        self._timer.timeout.connect(self.rebuild)
        self.search.textChanged.connect(lambda _t: self.rebuild())
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.tree.itemCollapsed.connect(lambda i: self._collapsed.add(i.data(0, CARD_ROLE + 1)))
        self.tree.itemExpanded.connect(
            lambda i: self._collapsed.discard(i.data(0, CARD_ROLE + 1)))
        self.visibilityChanged.connect(lambda v: v and self._dirty and self._timer.start())
        self.workshop.subscribe(self._on_change)
        self.retranslate()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("cards_moved", "groups_updated"):
            return  # moving changes neither titles, kinds nor the order (by title) shown here
        if any(isinstance(r, (Card, Canvas)) for r in (*change.upserted, *change.removed)) \
                or change.kind in ("terms_changed", "info_updated"):
            self._dirty = True
            if self.isVisible():
                self._timer.start()

    def detach(self) -> None:
        self.workshop.unsubscribe(self._on_change)

    def rebuild(self) -> None:
        self._dirty = False
        lang = self.window_.language()  # headings are the program's words
        needle = self.search.text().strip().casefold()
        canvases = {c.id: (c.position, c.name) for c in self.workshop.canvases.values()}
        by_kind: dict[str, dict[str, list[Card]]] = {k: {} for k in CARD_KINDS}
        for card in self.workshop.cards.values():
            if needle and needle not in card.title.casefold() \
                    and needle not in card.description.casefold() \
                    and not any(needle in t.casefold() for t in card.tags):
                continue
            by_kind.setdefault(card.kind, {}).setdefault(card.item, []).append(card)
        current = self.tree.currentItem()
        selected = current.data(0, CARD_ROLE) if current is not None else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for kind, items in by_kind.items():
            label = self.workshop.terms.label("card_kind", kind, lang)
            top = QTreeWidgetItem([f"{label} ({len(items)})"])
            top.setData(0, CARD_ROLE + 1, kind)
            top.setIcon(0, swatch(kind_colour(kind)))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for placements in items.values():
                placements.sort(key=lambda c: canvases.get(c.canvas_id, (0, ""))[0])
            rows = sorted(items.values(), key=lambda ps: (
                canvases.get(ps[0].canvas_id, (0, ""))[0], ps[0].title.casefold()))
            for placements in rows:
                row = self._item_row(placements, canvases, selected)
                top.addChild(row)
                if row.data(0, CARD_ROLE) == selected:
                    self.tree.setCurrentItem(row)
            self.tree.addTopLevelItem(top)
            top.setExpanded(kind not in self._collapsed or bool(needle))
        self.tree.setUpdatesEnabled(True)

    def _item_row(self, placements: list[Card], canvases: dict[str, tuple[int, str]],
                  selected: object) -> QTreeWidgetItem:
        """One item's row; with a row per canvas under it when it is on several."""
        card = placements[0]
        title = " ".join(card.title.split()) or self.tr("(no title)")
        row = QTreeWidgetItem([title])
        names = [canvases.get(c.canvas_id, (0, ""))[1] for c in placements]
        if len(placements) == 1:
            row.setData(0, CARD_ROLE, card.id)
            row.setToolTip(0, f"{card.title}\n— {names[0]}")
            if len(canvases) > 1:
                row.setData(0, CANVAS_ROLE, names[0])
            return row
        row.setData(0, ITEM_ROLE, card.item)
        row.setData(0, CANVAS_ROLE, self.tr("on %1 canvases").replace("%1", str(len(names))))
        row.setToolTip(0, card.title + "".join(f"\n— {n}" for n in names))
        for placement, name in zip(placements, names, strict=True):
            child = QTreeWidgetItem([name])
            child.setData(0, CARD_ROLE, placement.id)
            child.setToolTip(0, f"{card.title}\n— {name}")
            row.addChild(child)
            if placement.id == selected:
                row.setExpanded(True)
                self.tree.setCurrentItem(child)
        return row

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = item.data(0, CARD_ROLE)
        item_id = item.data(0, ITEM_ROLE)
        if item_id:  # an item's own row: its card on this canvas, or its first
            here = self.window_.current_canvas_id()
            placements = list(self.workshop.cards.placements(item_id))
            chosen = next((c for c in placements if c.canvas_id == here), None)
            first = item.child(0)
            if chosen is not None:
                card_id = chosen.id
            elif first is not None:
                card_id = first.data(0, CARD_ROLE)
        if not card_id or card_id not in self.workshop.cards:
            return
        card = self.workshop.cards.require(card_id)
        self.window_.set_current_canvas(card.canvas_id)
        view = self.window_.current_view()
        if view is not None:
            view.focus_card(card_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outline"))
        self.search.setPlaceholderText(self.tr("Search cards"))
        self.search.setAccessibleName(self.tr("Search the outline"))
        self.tree.setAccessibleName(self.tr("All cards by kind"))
        self._dirty = True
        if self.isVisible():
            self._timer.start()
