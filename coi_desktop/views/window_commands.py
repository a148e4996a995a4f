"""Handlers of the main window's menu commands (a mixin of `MainWindow`).

Each `do_<name>` is one menu entry: it opens a dialog where one is needed and pushes one undo
command. Kept apart from main_window.py so neither module grows past a screenful or two.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit

from ..models.errors import CoiError
from ..models.templates import TEMPLATES
from . import i18n, settings

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from .main_window import MainWindow

FONT_STEP = 0.15


class WindowCommands:
    """Menu handlers; `self` is the MainWindow."""

    # -- helpers ------------------------------------------------------------------------------

    def push(self: MainWindow, command: QUndoCommand | None) -> bool:
        """Push one command; a refusal shows the model's sentence. True when it applied."""
        if command is None or self.read_only:
            return False
        from ..commands.base import WorkshopCommand, push

        try:
            if isinstance(command, WorkshopCommand):
                push(self.undo_stack, command)
            else:
                self.undo_stack.push(command)
        except CoiError as exc:
            self.show_error(exc)
            return False
        return True

    # -- file ---------------------------------------------------------------------------------

    def do_new(self: MainWindow) -> None:
        if self.shell is not None:
            self.shell.new_workshop(parent=self)

    def do_open(self: MainWindow) -> None:
        if self.shell is not None:
            self.shell.open_dialog(parent=self)

    def do_recover_snapshot(self: MainWindow) -> None:
        from .dialogs.recover import show_recover_dialog

        show_recover_dialog(self)

    def do_save_copy(self: MainWindow) -> None:
        source = Path(self.workshop_file.path)
        start = str(source.with_name(self.tr("%1 copy.coi").replace("%1", source.stem)))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), start,
                                                self.tr("COI workshops (*.coi)"))
        if not target:
            return
        if not target.lower().endswith(".coi"):
            target += ".coi"
        try:
            self.workshop_file.save_copy(target)
        except CoiError as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", target), 8000)

    def do_quit(self: MainWindow) -> None:
        if self.shell is not None:
            self.shell.quit()
        else:
            self.close()

    def fill_recent_menu(self: MainWindow) -> None:
        menu = self.menus.menus["file.recent"]
        menu.clear()
        files = settings.recent_files()
        for n, path in enumerate(files, 1):
            label = f"&{n % 10} {Path(path).name}"
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            exists = Path(path).exists()
            action.setEnabled(exists)
            action.triggered.connect(lambda _=False, p=path: self.shell and
                                     self.shell.open_path(p, parent=self))
        if not files:
            empty = menu.addAction(self.tr("(no recent workshops)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list"), settings.clear_recent_files)

    # -- edit ---------------------------------------------------------------------------------

    def do_undo(self: MainWindow) -> None:
        self._undo_redo(forward=False)

    def do_redo(self: MainWindow) -> None:
        self._undo_redo(forward=True)

    def _undo_redo(self: MainWindow, forward: bool) -> None:
        """Undo or redo; a refusal (the file could not be written) shows its sentence and
        leaves the workshop and the undo history as they were."""
        from ..commands.base import redo, undo

        try:
            (redo if forward else undo)(self.undo_stack)
        except CoiError as exc:
            self.show_error(exc)

    def do_add_card(self: MainWindow) -> None:
        if not self.read_only:
            # add_card opens the title editor on the new card itself, as a fresh card that
            # Escape takes back; opening it again here made Escape leave an empty card.
            self.call_view("add_card", self.card_kind())

    def do_group(self: MainWindow) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Group selected cards"),
                                         self.tr("Title of the group:"),
                                         QLineEdit.EchoMode.Normal, self.tr("Group"))
        if ok:
            self.call_view("group_selection", title.strip() or self.tr("Group"))

    def do_focus_quick_capture(self: MainWindow) -> None:
        self.quick_capture.focus()

    def do_find(self: MainWindow) -> None:
        self.find_bar.set_view(self.current_view())
        self.find_bar.open_bar(self.content_language())

    def do_find_next(self: MainWindow) -> None:
        if not self.find_bar.isVisible():
            self.do_find()
        self.find_bar.find_next()

    def do_find_previous(self: MainWindow) -> None:
        if not self.find_bar.isVisible():
            self.do_find()
        self.find_bar.find_previous()

    def do_settings(self: MainWindow) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec():
            dialog.apply()
            if self.shell is not None:
                self.shell.settings_changed()
            else:
                self.apply_settings()

    def apply_settings(self: MainWindow) -> None:
        """Re-read font size and snapshot interval after the settings changed."""
        for view in self.views():
            view.set_font_scale(settings.font_scale())
        self.apply_snapshot_setting()

    def choose_language(self: MainWindow, choice: str) -> None:
        settings.set_language_setting(choice)
        i18n.set_language(settings.effective_language())
        for action in self.window_actions.language_actions.values():
            action.setChecked(action.data() == choice)

    # -- view ---------------------------------------------------------------------------------

    def _scale_text(self: MainWindow, scale: float) -> None:
        settings.set_font_scale(scale)
        for view in self.views():
            view.set_font_scale(settings.font_scale())
        self.statusBar().showMessage(
            self.tr("Card text at %1 %").replace("%1", str(round(settings.font_scale() * 100))),
            4000)

    def do_text_larger(self: MainWindow) -> None:
        self._scale_text(settings.font_scale() + FONT_STEP)

    def do_text_smaller(self: MainWindow) -> None:
        self._scale_text(settings.font_scale() - FONT_STEP)

    def do_text_reset(self: MainWindow) -> None:
        self._scale_text(1.0)

    def do_focus_canvas(self: MainWindow) -> None:
        self._focus_view()

    def do_focus_outline(self: MainWindow) -> None:
        self.outline.show()
        self.outline.raise_()
        self.outline.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def do_focus_inspector(self: MainWindow) -> None:
        self.inspector.show()
        self.inspector.raise_()
        self.inspector.focus_first()

    def do_full_screen(self: MainWindow) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- canvases ---------------------------------------------------------------------------

    def template_label(self: MainWindow, template: str) -> str:
        return self.workshop.terms.label("template", template, self.content_language())

    def fill_template_menu(self: MainWindow) -> None:
        menu = self.menus.menus["canvas.add"]
        menu.clear()
        for template in TEMPLATES:
            action: QAction = menu.addAction(self.template_label(template))
            action.setEnabled(not self.read_only)
            action.triggered.connect(lambda _=False, t=template: self.add_canvas(t))

    def add_canvas(self: MainWindow, template: str, name: str = "") -> None:
        from ..commands.canvases import add_canvas_command

        command = add_canvas_command(self.workshop, name or self.template_label(template),
                                     template)
        canvas_id = command.canvas.id  # type: ignore[attr-defined]
        if self.push(command):
            self.set_current_canvas(canvas_id)

    def do_new_canvas(self: MainWindow) -> None:
        from .dialogs.new_canvas import NewCanvasDialog

        dialog = NewCanvasDialog(self, self.template_label)
        if dialog.exec():
            self.add_canvas(dialog.template(), dialog.name())

    def do_rename_canvas(self: MainWindow) -> None:
        from ..commands.canvases import rename_canvas_command

        canvas_id = self.current_canvas_id()
        if not canvas_id or self.read_only:
            return
        old = self.workshop.canvases.require(canvas_id).name
        name, ok = QInputDialog.getText(self, self.tr("Rename canvas"),
                                        self.tr("New name of the canvas:"),
                                        QLineEdit.EchoMode.Normal, old)
        if ok and name.strip() and name.strip() != old:
            self.push(rename_canvas_command(self.workshop, canvas_id, name.strip()))

    def do_duplicate_canvas(self: MainWindow) -> None:
        from ..commands.canvases import duplicate_canvas_command

        canvas_id = self.current_canvas_id()
        if not canvas_id:
            return
        name = self.tr("%1 (copy)").replace("%1", self.workshop.canvases.require(canvas_id).name)
        command = duplicate_canvas_command(self.workshop, canvas_id, name)
        new_id = command.canvas.id  # type: ignore[attr-defined]
        if self.push(command):
            self.set_current_canvas(new_id)

    def do_delete_canvas(self: MainWindow) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..commands.canvases import delete_canvas_command

        canvas_id = self.current_canvas_id()
        if not canvas_id or len(self.workshop.canvases) <= 1:
            return
        canvas = self.workshop.canvases.require(canvas_id)
        n = len(self.workshop.cards.on(canvas_id))
        if n and QMessageBox.question(
                self, self.tr("Delete canvas"),
                self.tr("Delete the canvas “%1” with its %2 cards? You can undo this.")
                .replace("%1", canvas.name).replace("%2", str(n))) \
                != QMessageBox.StandardButton.Yes:
            return
        self.push(delete_canvas_command(self.workshop, canvas_id))

    def _move_canvas(self: MainWindow, step: int) -> None:
        from ..commands.canvases import move_canvas_command

        canvas_id = self.current_canvas_id()
        if canvas_id:
            self.push(move_canvas_command(self.workshop, canvas_id, step))
            self.set_current_canvas(canvas_id)

    def do_move_canvas_left(self: MainWindow) -> None:
        self._move_canvas(-1)

    def do_move_canvas_right(self: MainWindow) -> None:
        self._move_canvas(1)

    def _step_canvas(self: MainWindow, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def do_previous_canvas(self: MainWindow) -> None:
        self._step_canvas(-1)

    def do_next_canvas(self: MainWindow) -> None:
        self._step_canvas(1)

    def edit_group(self: MainWindow, group_id: str) -> None:
        """Rename a group (double-click on its title)."""
        from ..commands.groups import UpdateGroup

        group = self.workshop.groups.get(group_id)
        if group is None or self.read_only:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename group"),
                                         self.tr("Title of the group:"),
                                         QLineEdit.EchoMode.Normal, group.title)
        if ok and title.strip() and title.strip() != group.title:
            self.push(UpdateGroup(self.workshop, group_id, title=title.strip()))

    def edit_link(self: MainWindow, link_id: str) -> None:
        """Change a link's relation type and label (double-click on the link)."""
        from ..commands.links import UpdateLink
        from .dialogs.link_dialog import LinkDialog

        link = self.workshop.links.get(link_id)
        if link is None:
            return
        dialog = LinkDialog(self.workshop, link, self.content_language(), self.read_only,
                            self)
        if dialog.exec() and not self.read_only:
            fields = dialog.changes()
            if fields:
                self.push(UpdateLink(self.workshop, link_id, **fields))

    # -- workshop and help -------------------------------------------------------------------

    def do_details(self: MainWindow, page: int = 0) -> None:
        from .dialogs.details import WorkshopDetailsDialog

        dialog = WorkshopDetailsDialog(self.workshop, self.content_language(),
                                       self.read_only, self)
        dialog.set_page(page)
        if dialog.exec() and not self.read_only:
            for command in dialog.commands():
                self.push(command)

    def do_taxonomies(self: MainWindow) -> None:
        self.do_details(page=1)

    def do_shortcuts(self: MainWindow) -> None:
        from .dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def do_about(self: MainWindow) -> None:
        from .dialogs.about import show_about

        show_about(self)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or str(Path.home())


def active_main_window() -> Any:
    widget = QApplication.activeWindow()
    return widget if hasattr(widget, "workshop_file") else None
