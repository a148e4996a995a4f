"""The canvases of one main window: their views and tabs, and the Canvas menu.

`CanvasController` is one of the window's controllers. It builds a canvas view when a tab is
first shown, follows the current tab (the session's `current_canvas_id`, the inspector, the
zoom label), and turns the Canvas menu, the tab bar's context menu and double-clicks on
groups and links into one undo command each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from ..models.templates import TEMPLATES
from . import settings
from .actions import WindowActions

if TYPE_CHECKING:
    from .canvas import CanvasView
    from .canvas_tabs import CanvasTabs
    from .surface import WindowSurface


class CanvasController(QObject):
    """Canvas views, tabs and the Canvas menu of one window (see the module docstring)."""

    #: The current view's selected cards changed (the card ids).
    selection_changed = Signal(list)
    #: The current view's zoom changed (1.0 = 100 %).
    zoom_changed = Signal(float)

    def __init__(self, window: WindowSurface, actions: WindowActions) -> None:
        super().__init__(window.widget())
        self.window = window
        self.actions = actions
        self.tabs: CanvasTabs | None = None
        session = window.session
        session.default_kind_changed.connect(self._set_default_kind)
        session.read_only_changed.connect(self._set_read_only)

    def attach(self, tabs: CanvasTabs) -> None:
        """Follow the tab widget (made after this controller: it builds views through it)."""
        self.tabs = tabs
        tabs.current_canvas_changed.connect(self._on_canvas_changed)
        tabs.order_changed.connect(self._on_tabs_reordered)
        tabs.tabBarDoubleClicked.connect(lambda _i: self.rename())
        bar = tabs.tabBar()
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bar.customContextMenuRequested.connect(self._tab_menu)

    # -- views ------------------------------------------------------------------------------

    def build_view(self, canvas_id: str, parent: QWidget) -> CanvasView:
        from .canvas import CanvasView

        session = self.window.session
        view = CanvasView(self.window.workshop, canvas_id, self.window.undo_stack, parent)
        view.setObjectName(f"canvas.view.{canvas_id}")
        view.context.session = session  # new cards: hidden=session.hidden_round
        view.set_font_scale(settings.font_scale())
        view.set_read_only(session.read_only)
        view.set_default_kind(session.default_kind)
        view.selection_changed.connect(lambda v=view: self._on_selection_changed(v))
        view.zoom_changed.connect(lambda z, v=view: self._on_zoom_changed(v, z))
        view.group_activated.connect(self.edit_group)
        view.link_activated.connect(self.edit_link)
        return view

    def _set_default_kind(self, kind: str) -> None:
        for view in self.window.views():
            view.set_default_kind(kind)

    def _set_read_only(self, read_only: bool) -> None:
        for view in self.window.views():
            view.set_read_only(read_only)

    def set_font_scale(self, scale: float) -> None:
        for view in self.window.views():
            view.set_font_scale(scale)

    def focus_view(self) -> None:
        view = self.window.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_canvas_changed(self, canvas_id: str) -> None:
        self.window.session.set_current_canvas_id(canvas_id)
        view = self.window.current_view()
        self._on_selection_changed(view)
        if view is not None:
            self._on_zoom_changed(view, view.transform().m11())

    def _on_selection_changed(self, view: CanvasView | None) -> None:
        if view is not None and view is not self.window.current_view():
            return
        self.selection_changed.emit(list(view.selected_card_ids()) if view is not None else [])

    def _on_zoom_changed(self, view: CanvasView, zoom: float) -> None:
        if view is self.window.current_view():
            self.zoom_changed.emit(zoom)

    # -- the Canvas menu --------------------------------------------------------------------

    def template_label(self, template: str) -> str:
        """A template's name as the menu shows it, in the interface language."""
        return self.window.workshop.terms.label("template", template, self.window.language())

    def fill_template_menu(self, menu: QMenu) -> None:
        menu.clear()
        for template in TEMPLATES:
            action: QAction = menu.addAction(self.template_label(template))
            action.setEnabled(not self.window.read_only)
            action.triggered.connect(lambda _=False, t=template: self.add_canvas(t))

    def add_canvas(self, template: str, name: str = "") -> None:
        from ..commands.canvases import add_canvas_command

        workshop = self.window.workshop
        # The canvas's name is the workshop's own words: its content language.
        name = name or workshop.terms.label("template", template, self.window.content_language())
        command = add_canvas_command(workshop, name, template)
        canvas_id = command.canvas.id  # type: ignore[attr-defined]
        if self.window.push(command):
            self.window.set_current_canvas(canvas_id)

    def new_canvas(self) -> None:
        from .dialogs.new_canvas import NewCanvasDialog

        dialog = NewCanvasDialog(self.window.widget(), self.template_label)
        if dialog.exec():
            self.add_canvas(dialog.template(), dialog.name())

    def rename(self) -> None:
        from ..commands.canvases import rename_canvas_command

        canvas_id = self.window.current_canvas_id()
        if not canvas_id or self.window.read_only:
            return
        old = self.window.workshop.canvases.require(canvas_id).name
        name, ok = QInputDialog.getText(self.window.widget(), self.tr("Rename canvas"),
                                        self.tr("New name of the canvas:"),
                                        QLineEdit.EchoMode.Normal, old)
        if ok and name.strip() and name.strip() != old:
            self.window.push(rename_canvas_command(self.window.workshop, canvas_id,
                                                   name.strip()))

    def duplicate(self) -> None:
        from ..commands.canvases import duplicate_canvas_command

        canvas_id = self.window.current_canvas_id()
        if not canvas_id:
            return
        workshop = self.window.workshop
        name = self.tr("%1 (copy)").replace("%1", workshop.canvases.require(canvas_id).name)
        command = duplicate_canvas_command(workshop, canvas_id, name)
        new_id = command.canvas.id  # type: ignore[attr-defined]
        if self.window.push(command):
            self.window.set_current_canvas(new_id)

    def delete(self) -> None:
        from ..commands.canvases import delete_canvas_command

        workshop = self.window.workshop
        canvas_id = self.window.current_canvas_id()
        if not canvas_id or len(workshop.canvases) <= 1:
            return
        canvas = workshop.canvases.require(canvas_id)
        n = len(workshop.cards.on(canvas_id))
        if n and QMessageBox.question(
                self.window.widget(), self.tr("Delete canvas"),
                self.tr("Delete the canvas “%1” with its %2 cards? You can undo this.")
                .replace("%1", canvas.name).replace("%2", str(n))) \
                != QMessageBox.StandardButton.Yes:
            return
        self.window.push(delete_canvas_command(workshop, canvas_id))

    def _move(self, step: int) -> None:
        from ..commands.canvases import move_canvas_command

        canvas_id = self.window.current_canvas_id()
        if canvas_id:
            self.window.push(move_canvas_command(self.window.workshop, canvas_id, step))
            self.window.set_current_canvas(canvas_id)

    def move_left(self) -> None:
        self._move(-1)

    def move_right(self) -> None:
        self._move(1)

    def _step(self, step: int) -> None:
        tabs = self.tabs
        if tabs is not None and tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def previous(self) -> None:
        self._step(-1)

    def next(self) -> None:
        self._step(1)

    def _tab_menu(self, pos: Any) -> None:
        """Right-click on a tab: the Canvas menu's commands for that canvas."""
        if self.tabs is None:
            return
        bar = self.tabs.tabBar()
        index = bar.tabAt(pos)
        if index < 0:
            return
        self.tabs.setCurrentIndex(index)
        menu = QMenu(self.window.widget())
        for key in ("canvas.rename", "canvas.duplicate", "canvas.delete", None,
                    "canvas.move_left", "canvas.move_right", None, "canvas.new"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])
        menu.exec(bar.mapToGlobal(pos))

    def _on_tabs_reordered(self, ids: list[str]) -> None:
        from ..commands.canvases import reorder_canvases_command

        workshop = self.window.workshop
        if self.window.read_only or ids == [c.id for c in workshop.canvases.ordered()]:
            return
        self.window.push(reorder_canvases_command(workshop, ids))

    # -- groups and links (double-click on the canvas) --------------------------------------

    def edit_group(self, group_id: str) -> None:
        """Rename a group (double-click on its title)."""
        from ..commands.groups import UpdateGroup

        workshop = self.window.workshop
        group = workshop.groups.get(group_id)
        if group is None or self.window.read_only:
            return
        title, ok = QInputDialog.getText(self.window.widget(), self.tr("Rename group"),
                                         self.tr("Title of the group:"),
                                         QLineEdit.EchoMode.Normal, group.title)
        if ok and title.strip() and title.strip() != group.title:
            self.window.push(UpdateGroup(workshop, group_id, title=title.strip()))

    def edit_link(self, link_id: str) -> None:
        """Change a link's relation type and label (double-click on the link)."""
        from ..commands.links import UpdateLink
        from .dialogs.link_dialog import LinkDialog

        workshop = self.window.workshop
        link = workshop.links.get(link_id)
        if link is None:
            return
        dialog = LinkDialog(workshop, link, self.window.content_language(),
                            self.window.read_only, self.window.widget())
        if dialog.exec() and not self.window.read_only:
            fields = dialog.changes()
            if fields:
                self.window.push(UpdateLink(workshop, link_id, **fields))
