"""The main window's menu bar and toolbar, built from `WindowActions`.

Menus are kept by name (`"file"`, `"file.export"`, `"room"`, …) so feature modules can add
to them through `MainWindow.menu(name)`. Titles are re-set by `retranslate()`. Menus that
are filled when they open (recent files, templates) ask the window's controllers through
`dispatch`, like the actions do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QToolBar, QToolButton

from .actions import WindowActions

#: Menu layout: a key is an action, "-" a separator, "@name" a submenu defined below.
LAYOUT: dict[str, tuple[str, ...]] = {
    "file": ("file.new", "file.open", "@file.recent", "-", "file.save_copy", "@file.export",
             "-", "file.close", "file.quit"),
    "edit": ("edit.undo", "edit.redo", "-", "edit.cut", "edit.copy", "edit.paste",
             "edit.duplicate", "edit.place_elsewhere", "edit.delete", "edit.select_all", "-",
             "edit.add_card",
             "@edit.kind", "edit.quick_capture", "edit.rename", "edit.link", "edit.group",
             "@edit.arrange", "-", "edit.find", "edit.find_next", "edit.find_previous", "-",
             "edit.settings"),
    "edit.arrange": ("edit.align_left", "edit.align_right", "edit.align_top",
                     "edit.align_bottom", "-", "edit.distribute_h", "edit.distribute_v", "-",
                     "edit.tidy"),
    "view": ("view.zoom_in", "view.zoom_out", "view.fit_all", "view.zoom_selection",
             "view.reset_zoom", "-", "view.text_larger", "view.text_smaller",
             "view.text_reset", "-", "view.focus_canvas", "view.focus_outline",
             "view.focus_inspector", "@view.docks", "@view.language", "@view.theme", "-",
             "view.full_screen"),
    "canvas": ("canvas.new", "@canvas.add", "canvas.rename", "canvas.duplicate",
               "canvas.delete", "-", "canvas.move_left", "canvas.move_right", "-",
               "canvas.previous", "canvas.next"),
    "workshop": ("workshop.details", "workshop.taxonomies", "workshop.duplicates"),
    "room": (),
    "help": ("help.shortcuts", "-", "help.about"),
}
TOP = ("file", "edit", "view", "canvas", "workshop", "room", "help")
SUBMENUS = ("file.recent", "file.export", "edit.kind", "edit.arrange", "view.docks",
            "view.language", "view.theme", "canvas.add")


class WindowMenus(QObject):
    """Builds and names the menus; `menus[name]` is the QMenu."""

    def __init__(self, window: QMainWindow, actions: WindowActions,
                 dispatch: Callable[..., Any]) -> None:
        super().__init__(window)
        self.actions = actions
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for name in TOP:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu.{name}")
            self.menus[name] = menu
        for name in SUBMENUS:
            menu = QMenu(window)
            menu.setObjectName(f"menu.{name}")
            self.menus[name] = menu
        for name, entries in LAYOUT.items():
            menu = self.menus[name]
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith("@"):
                    menu.addMenu(self.menus[entry[1:]])
                else:
                    menu.addAction(actions[entry])
        for action in actions.kind_actions.values():
            self.menus["edit.kind"].addAction(action)
        for action in actions.language_actions.values():
            self.menus["view.language"].addAction(action)
        for action in actions.theme_actions.values():
            self.menus["view.theme"].addAction(action)
        for name, handler in (("file.recent", "files.fill_recent_menu"),
                              ("canvas.add", "canvases.fill_template_menu")):
            self.menus[name].aboutToShow.connect(
                lambda h=handler, m=self.menus[name]: dispatch(h, m))
        # Empty until a feature fills it; never leave an empty submenu unexplained.
        self.menus["file.export"].aboutToShow.connect(self._export_placeholder)
        # File → Recover from snapshot…, after Open recent (dialogs/recover.py).
        self.recover_action = QAction(window)
        self.recover_action.setObjectName("file.recover")
        self.recover_action.triggered.connect(lambda: dispatch("files.recover_snapshot"))
        file_menu = self.menus["file"]
        recent = self.menus["file.recent"].menuAction()
        after = file_menu.actions()[file_menu.actions().index(recent) + 1]
        file_menu.insertAction(after, self.recover_action)

    def _export_placeholder(self) -> None:
        menu = self.menus["file.export"]
        real = [a for a in menu.actions() if a.objectName() != "export.none"]
        for a in menu.actions():
            if a.objectName() == "export.none":
                menu.removeAction(a)
        if not real:
            none = QAction(self.tr("(no exports available)"), menu)
            none.setObjectName("export.none")
            none.setEnabled(False)
            menu.addAction(none)

    def retranslate(self) -> None:
        titles = {
            "file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
            "canvas": self.tr("&Canvas"), "workshop": self.tr("&Workshop"),
            "room": self.tr("&Room"), "help": self.tr("&Help"),
            "file.recent": self.tr("Open &recent"), "file.export": self.tr("&Export"),
            "edit.kind": self.tr("Card &kind"), "edit.arrange": self.tr("Arran&ge"),
            "view.docks": self.tr("&Panels"), "view.language": self.tr("Lan&guage"),
            "view.theme": self.tr("T&heme"),
            "canvas.add": self.tr("Add canvas from &template"),
        }
        for name, title in titles.items():
            self.menus[name].setTitle(title)
        self.recover_action.setText(self.tr("Reco&ver from snapshot…"))
        self.recover_action.setStatusTip(self.tr("Save a copy kept while you edited a "
                                                 "workshop as a new file and open it"))


def build_toolbar(window: QMainWindow, actions: WindowActions) -> tuple[QToolBar, QComboBox]:
    """The main toolbar and its card-kind chooser."""
    bar = QToolBar(window)
    bar.setObjectName("toolbar.main")
    bar.setIconSize(QSize(22, 22))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    for key in ("file.new", "file.open"):
        bar.addAction(actions[key])
    bar.addSeparator()
    for key in ("edit.undo", "edit.redo"):
        bar.addAction(actions[key])
    bar.addSeparator()
    kind = QComboBox(bar)
    kind.setObjectName("toolbar.kind")
    kind.setMinimumContentsLength(10)
    bar.addWidget(kind)
    for key in ("edit.add_card", "edit.link", "edit.group", "edit.delete"):
        bar.addAction(actions[key])
    bar.addSeparator()
    for key in ("view.zoom_out", "view.zoom_in", "view.fit_all", "edit.find"):
        bar.addAction(actions[key])
    for key in ("file.new", "file.open", "edit.undo", "edit.redo", "view.zoom_out",
                "view.zoom_in", "view.fit_all", "edit.delete"):
        button = bar.widgetForAction(actions[key])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return bar, kind
