"""Right-click menus on the canvas: on a card, a link, a group frame, or the empty board.

Each menu holds only what applies where the click was: a card offers its title, its kind,
linking, grouping, tidying and the clipboard; a link and a group offer editing and deleting;
the empty board offers a new card right there, paste, tidy and the view. A read-only view
offers copying and the view only. Every action calls the same controller method as its
menu entry or key elsewhere, so each is one undo step. Shortcuts shown are the canvas's own
(keys.py): Ctrl+Alt+1…5 change the selected cards' kind, Ctrl+Shift+T tidies, Ctrl+Shift+P
places the selected cards' items on another canvas as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from coi_desktop.models.taxonomy import CARD_KINDS

from ..kinds import kind_label
from .arranging import Arranging
from .clipboard import Clipboard
from .context import CanvasContext
from .editing import Editing
from .group_item import GroupItem
from .items import CardItem
from .link_item import LinkItem
from .navigation import Navigation
from .scene import CanvasScene
from .selection import Selection
from .titles import TitleEditing

#: Ctrl+Alt+1 … 5 give the selected cards the kinds in this order.
KIND_KEYS = tuple(f"Ctrl+Alt+{n}" for n in range(1, len(CARD_KINDS) + 1))
TIDY_KEY = "Ctrl+Shift+T"
PLACE_KEY = "Ctrl+Shift+P"


class CanvasMenu:
    """Builds the context menu for a point of one view's scene (see the module docstring)."""

    def __init__(self, ctx: CanvasContext, scene: CanvasScene,
                 parts: tuple[Selection, Navigation, Editing, Clipboard, TitleEditing,
                              Arranging]) -> None:
        self.ctx = ctx
        self.scene = scene
        self.selection, self.navigation, self.editing, self.clipboard, self.titles, \
            self.arranging = parts

    def build(self, pos: QPointF, parent: QWidget | None = None) -> QMenu:
        """The menu for a right-click at scene point `pos` (selects a card clicked outside
        the selection, as every drawing program does)."""
        menu = QMenu(parent)
        menu.setObjectName("canvasMenu")
        card = self.scene.card_at(pos)
        if card is not None:
            if card.card_id not in self.selection.ids():
                self.selection.select([card.card_id])
            self._card_menu(menu, card)
            return menu
        for item in self.scene.items(pos):
            if isinstance(item, LinkItem):
                self._record_menu(menu, "link", item.link_id)
                return menu
            if isinstance(item, GroupItem):
                self._record_menu(menu, "group", item.group_id)
                return menu
        self._board_menu(menu, pos)
        return menu

    def _add(self, menu: QMenu, key: str, text: str, slot: Callable[[], object],
             shortcut: str = "", enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(f"canvasMenu.{key}")
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(enabled)
        return action

    def _card_menu(self, menu: QMenu, card: CardItem) -> None:
        editable = not self.ctx.read_only
        count = len(self.selection.ids())
        if editable:
            self._add(menu, "edit_title", Q.translate("CanvasMenu", "Edit title"),
                      lambda: self.titles.edit(card.card_id), "F2")
            kinds = menu.addMenu(Q.translate("CanvasMenu", "Change kind"))
            kinds.setObjectName("canvasMenu.kinds")
            for kind, key in zip(CARD_KINDS, KIND_KEYS, strict=False):
                action = self._add(kinds, f"kind.{kind}", kind_label(kind),
                                   self._kind_setter(kind), key)
                action.setCheckable(True)
                action.setChecked(card.card.kind == kind and count == 1)
            self._add(menu, "link", Q.translate("CanvasMenu", "Link selected cards"),
                      self.editing.link_selected, "L", count >= 2)
            self._add(menu, "group", Q.translate("CanvasMenu", "Group selected cards"),
                      lambda: self.editing.group_selection(""))
            self._add(menu, "tidy", Q.translate("CanvasMenu", "Tidy selected cards"),
                      self.arranging.tidy, TIDY_KEY)
            menu.addSeparator()
            self._add(menu, "cut", Q.translate("CanvasMenu", "Cut"), self.clipboard.cut, "Ctrl+X")
        self._add(menu, "copy", Q.translate("CanvasMenu", "Copy"), self.clipboard.copy, "Ctrl+C")
        self._add(menu, "copy_image", Q.translate("CanvasMenu", "Copy as picture"),
                  self.clipboard.copy_image, "Ctrl+Shift+C")
        if editable:
            self._add(menu, "duplicate", Q.translate("CanvasMenu", "Duplicate"),
                      self.clipboard.duplicate, "Ctrl+D")
            self._add(menu, "place", Q.translate("CanvasMenu", "Place on another canvas…"),
                      self.editing.place_elsewhere, PLACE_KEY)
            menu.addSeparator()
            self._add(menu, "delete", Q.translate("CanvasMenu", "Delete"),
                      self.editing.delete_selection, "Del")

    def _kind_setter(self, kind: str) -> Callable[[], object]:
        return lambda: self.editing.change_kind(kind)

    def _record_menu(self, menu: QMenu, what: str, record_id: str) -> None:
        """A link or a group: edit it (the window's dialog) or delete it."""
        editable = not self.ctx.read_only
        select = self.scene.links if what == "link" else self.scene.groups
        if what == "link":
            self._add(menu, "edit_link", Q.translate("CanvasMenu", "Edit link…"),
                      lambda: self.editing.link_double_clicked(record_id), enabled=editable)
            text = Q.translate("CanvasMenu", "Delete link")
        else:
            self._add(menu, "rename_group", Q.translate("CanvasMenu", "Rename group…"),
                      lambda: self.editing.group_double_clicked(record_id), enabled=editable)
            text = Q.translate("CanvasMenu", "Delete group")

        def delete() -> None:
            self.scene.clearSelection()
            item = select.get(record_id)
            if item is not None:
                item.setSelected(True)
                self.editing.delete_selection()

        self._add(menu, "delete", text, delete, "Del", editable)

    def _board_menu(self, menu: QMenu, pos: QPointF) -> None:
        if not self.ctx.read_only:
            default = self.ctx.default_kind
            here = Q.translate("CanvasMenu", "Add %1 card here")
            self._add(menu, "add_here", here.replace("%1", kind_label(default)),
                      lambda: self.editing.add_card(default, pos))
            others = menu.addMenu(Q.translate("CanvasMenu", "Add card here"))
            others.setObjectName("canvasMenu.add")
            for kind in CARD_KINDS:
                self._add(others, f"add.{kind}", kind_label(kind), self._adder(kind, pos))
            self._add(menu, "paste", Q.translate("CanvasMenu", "Paste"),
                      self.clipboard.paste, "Ctrl+V")
            self._add(menu, "tidy", Q.translate("CanvasMenu", "Tidy this canvas"),
                      self._tidy_all, TIDY_KEY)
            menu.addSeparator()
        self._add(menu, "select_all", Q.translate("CanvasMenu", "Select all"),
                  lambda: self.selection.select(self.selection.visible_ids()), "Ctrl+A")
        self._add(menu, "fit_all", Q.translate("CanvasMenu", "Show the whole canvas"),
                  self.navigation.fit_all,
                  "Shift+1")

    def _adder(self, kind: str, pos: QPointF) -> Callable[[], object]:
        return lambda: self.editing.add_card(kind, pos)

    def _tidy_all(self) -> None:
        self.scene.clearSelection()
        self.arranging.tidy()
