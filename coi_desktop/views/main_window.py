"""The main window: one workshop for its whole life, its canvases as tabs, docks around them.

It owns the workshop's undo stack and builds menus, toolbar, docks, find bar and quick capture.
Everything that changes the workshop is an undo command; the window only follows the model's
change events (tabs, title). Feature modules (room, findings, consolidation) add their menus
and docks through the public surface listed in docs/architecture.md ("Views contracts") and
are installed from `views.features.FEATURES` at the end of `__init__`. The handlers of the
menu commands live in `window_commands.WindowCommands`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ..models.entities import Canvas
from ..models.errors import CoiError
from ..models.events import Change
from . import i18n, settings
from .actions import WindowActions
from .canvas_tabs import CanvasTabs
from .docks.inspector import InspectorDock
from .docks.legend import LegendDock
from .docks.outline import OutlineDock
from .features import FEATURES
from .find_bar import FindBar
from .quick_capture import QuickCapture
from .window_commands import WindowCommands
from .window_menus import WindowMenus, build_toolbar
from .window_state import WindowState

if TYPE_CHECKING:
    from ..storage import WorkshopFile
    from .canvas import CanvasView


def coi_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """Local .coi files among the dragged URLs."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(".coi")]


#: A docked panel lower than this when it is shown is grown (see `MainWindow._give_room`).
SLIVER = 240


class MainWindow(WindowCommands, WindowState, QMainWindow):
    """One open workshop (see the module docstring)."""

    canvas_changed = Signal(str)
    language_changed = Signal()

    def __init__(self, workshop_file: WorkshopFile, shell: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop_file = workshop_file
        self.workshop = workshop_file.workshop
        self.read_only = bool(workshop_file.readonly)
        self.shell = shell
        self.undo_stack = QUndoStack(self)
        self._card_kind = settings.default_kind()
        self._closed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.setObjectName("main_window")
        self.setDockNestingEnabled(True)

        self.window_actions = WindowActions(self)
        self.menus = WindowMenus(self, self.window_actions)
        self.toolbar, self.kind_combo = build_toolbar(self, self.window_actions)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.kind_combo.activated.connect(
            lambda i: self.set_card_kind(self.kind_combo.itemData(i)))

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.tabs = CanvasTabs(self.workshop, self.undo_stack, self._build_view, central)
        self.find_bar = FindBar(self.workshop, central)
        self.find_bar.hide()
        self.quick_capture = QuickCapture(central)
        column.addWidget(self.find_bar)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.quick_capture)
        self.setCentralWidget(central)
        self.quick_capture.capture.connect(self._on_capture)
        self.quick_capture.kind_chosen.connect(self.set_card_kind)
        self.quick_capture.escaped.connect(self._focus_view)
        self.find_bar.closed.connect(self._focus_view)

        self.inspector = InspectorDock(self)
        self.outline = OutlineDock(self)
        self.legend = LegendDock(self)
        self.add_dock(self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock(self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock(self.legend, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.splitDockWidget(self.outline, self.legend, Qt.Orientation.Vertical)
        self.menus.menus["view.docks"].addAction(self.toolbar.toggleViewAction())

        self.zoom_label = QLabel(self)
        self.count_label = QLabel(self)
        self.mode_label = QLabel(self)
        self.mode_label.setStyleSheet("color: #52606D; padding: 0 8px;")
        for label in (self.mode_label, self.count_label, self.zoom_label):
            self.statusBar().addPermanentWidget(label)

        self.tabs.current_canvas_changed.connect(self._on_canvas_changed)
        self.tabs.order_changed.connect(self._on_tabs_reordered)
        self.tabs.tabBarDoubleClicked.connect(lambda _i: self.do_rename_canvas())
        bar = self.tabs.tabBar()
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bar.customContextMenuRequested.connect(self._tab_menu)
        self.undo_stack.cleanChanged.connect(lambda _c: self.update_title())
        self.undo_stack.indexChanged.connect(self._after_edit)
        self.undo_stack.canUndoChanged.connect(lambda _c: self._update_actions())
        self.undo_stack.canRedoChanged.connect(lambda _c: self._update_actions())
        self.undo_stack.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.workshop.subscribe(self._on_change)
        self.apply_snapshot_setting()

        self.retranslate()
        self.tabs.sync()
        self.set_card_kind(self._card_kind)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            self.resize(min(1440, int(screen.width() * 0.92)),
                        min(900, int(screen.height() * 0.9)))
        else:
            self.resize(1440, 900)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._install_features()
        self._state_restored = state is not None and self.restoreState(state)
        self._update_actions()

    # -- public surface for feature modules (docs/architecture.md) ------------------------

    def menu(self, name: str) -> Any:
        """A menu by name: file, edit, view, canvas, workshop, room, help, file.export, …"""
        return self.menus.menus[name]

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        if not dock.objectName():
            dock.setObjectName(f"dock.{type(dock).__name__}")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        self.menus.menus["view.docks"].addAction(dock.toggleViewAction())
        dock.visibilityChanged.connect(
            lambda shown, d=dock: shown and QTimer.singleShot(0, lambda: self._give_room(d)))

    def _give_room(self, dock: QDockWidget) -> None:
        """A dock opened beside others gets a usable height, not a few-pixel sliver."""
        if not dock.isVisible() or dock.isFloating():
            return
        self.layout().activate()
        if dock.height() < SLIVER:
            want = max(320, self.height() // 2)
            self.resizeDocks([dock], [want], Qt.Orientation.Vertical)

    def current_canvas_id(self) -> str:
        return self.tabs.current_canvas_id()

    def current_view(self) -> CanvasView | None:
        page = self.tabs.current_page()
        return page.view() if page else None

    def set_current_canvas(self, canvas_id: str) -> None:
        self.tabs.set_current_canvas(canvas_id)

    def views(self) -> list[CanvasView]:
        """Every canvas view built so far."""
        return self.tabs.views()

    def language(self) -> str:
        return i18n.current_language()

    def content_language(self) -> str:
        """The language of the workshop's own words (taxonomy labels, as on its cards)."""
        return self.workshop.info.language

    def show_error(self, exc: BaseException) -> None:
        """One sentence for an error a user can cause; anything else goes to the crash log."""
        if isinstance(exc, CoiError):
            from .dialogs.errors import show_error_message

            show_error_message(self, exc.text(self.language()))
            return
        from . import crash

        crash.handle_exception(type(exc), exc, exc.__traceback__)

    # -- canvas views ------------------------------------------------------------------------

    def _build_view(self, canvas_id: str, parent: QWidget) -> CanvasView:
        from .canvas import CanvasView

        view = CanvasView(self.workshop, canvas_id, self.undo_stack, parent)
        view.setObjectName(f"canvas.view.{canvas_id}")
        view.set_font_scale(settings.font_scale())
        view.set_read_only(self.read_only)
        view.selection_changed.connect(lambda v=view: self._on_selection_changed(v))
        view.zoom_changed.connect(lambda z, v=view: self._on_zoom_changed(v, z))
        view.group_activated.connect(self.edit_group)
        view.link_activated.connect(self.edit_link)
        view.set_default_kind(self._card_kind)
        return view

    def call_view(self, name: str, *args: Any) -> Any:
        """Call a method of the current canvas view; a refused edit shows its sentence."""
        view = self.current_view()
        if view is None:
            return None
        try:
            return getattr(view, name)(*args)
        except CoiError as exc:
            self.show_error(exc)
            return None

    def _focus_view(self) -> None:
        view = self.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_canvas_changed(self, canvas_id: str) -> None:
        view = self.current_view()
        self.find_bar.set_view(view)
        self._on_selection_changed(view)
        if view is not None:
            self._on_zoom_changed(view, view.transform().m11())
        self._update_actions()
        self.canvas_changed.emit(canvas_id)

    def _on_selection_changed(self, view: CanvasView | None) -> None:
        if view is not None and view is not self.current_view():
            return
        ids = list(view.selected_card_ids()) if view is not None else []
        self.inspector.show_cards(ids)
        self._update_actions(len(ids))

    def _on_zoom_changed(self, view: CanvasView, zoom: float) -> None:
        if view is self.current_view():
            self.zoom_label.setText(f"{round(zoom * 100)} %")

    def _on_capture(self, kind: str, text: str) -> None:
        if self.read_only:
            return
        if self.call_view("quick_capture", kind, text) is not None:
            self.quick_capture.clear()

    def _tab_menu(self, pos: Any) -> None:
        """Right-click on a tab: the Canvas menu's commands for that canvas."""
        index = self.tabs.tabBar().tabAt(pos)
        if index < 0:
            return
        self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        for key in ("canvas.rename", "canvas.duplicate", "canvas.delete", None,
                    "canvas.move_left", "canvas.move_right", None, "canvas.new"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.window_actions[key])
        menu.exec(self.tabs.tabBar().mapToGlobal(pos))

    def _on_tabs_reordered(self, ids: list[str]) -> None:
        from ..commands.canvases import reorder_canvases_command

        if self.read_only or ids == [c.id for c in self.workshop.canvases.ordered()]:
            return
        self.push(reorder_canvases_command(self.workshop, ids))

    # -- following the model -------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        canvases = change.of_type(Canvas)
        if canvases[0] or canvases[1]:
            self.tabs.sync()
        if change.kind in ("info_updated", "restored") or canvases[0]:
            self.update_title()
        if change.kind in ("info_updated", "terms_changed"):
            self._refresh_kind_names()
        if change.kind in ("cards_added", "cards_removed", "restored", "canvases_removed"):
            self._update_counts()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self.language_changed.emit)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.window_actions.retranslate()
        self.menus.retranslate()
        self._update_undo_texts()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._refresh_kind_names()
        self.kind_combo.setAccessibleName(self.tr("Kind of new cards"))
        self.kind_combo.setToolTip(self.tr("Kind of new cards (Alt+1 … Alt+5)"))
        self.tabs.setAccessibleName(self.tr("Canvases"))
        self.mode_label.setText(self.tr("Read-only") if self.read_only
                                else self.tr("Every change is saved in the file"))
        self.mode_label.setToolTip(str(self.workshop_file.path))
        self.window_actions.language_actions[settings.language_setting()].setChecked(True)
        self._update_counts()
        self.update_title()

    def _refresh_kind_names(self) -> None:
        names = self.kind_names()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind, label in names.items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(self._card_kind), 0))
        self.kind_combo.blockSignals(False)
        self.quick_capture.set_kind_names(names)
        for kind, action in self.window_actions.kind_actions.items():
            action.setText(names[kind])

    def kind_names(self) -> dict[str, str]:
        from ..models.taxonomy import CARD_KINDS

        lang = self.content_language()
        return {k: self.workshop.terms.label("card_kind", k, lang) for k in CARD_KINDS}

    def set_card_kind(self, kind: str) -> None:
        """The kind new cards get (toolbar chooser, quick capture, Alt+1…5)."""
        self._card_kind = kind
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.quick_capture.set_kind(kind)
        if kind in self.window_actions.kind_actions:
            self.window_actions.kind_actions[kind].setChecked(True)
        for view in self.views():
            view.set_default_kind(kind)

    def card_kind(self) -> str:
        return self._card_kind

    # -- features --------------------------------------------------------------------------

    def _install_features(self) -> None:
        for path in FEATURES:
            import_module(path).install(self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._state_restored:  # first run: sensible dock sizes once the window has its own
            self._state_restored = True
            self.resizeDocks([self.outline, self.inspector], [280, 370], Qt.Orientation.Horizontal)
            self.resizeDocks([self.outline, self.legend], [640, 300], Qt.Orientation.Vertical)

    # -- files -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if coi_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = coi_paths(event)
        if not paths or self.shell is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in paths:
            self.shell.open_path(path, parent=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            focused = QApplication.focusWidget()
            if focused is not None and self.isAncestorOf(focused):
                focused.clearFocus()  # an inspector field commits its edit before the file shuts
            self._closed = True
            settings.save_window_state(self.saveGeometry(), self.saveState())
            self.find_bar.set_view(None)
            # The stack is destroyed with the window and announces its clearing; nobody
            # may listen any more.
            self.undo_stack.blockSignals(True)
            self.workshop.unsubscribe(self._on_change)
            self.inspector.detach()
            self.outline.detach()
            self.legend.detach()
            try:
                self.workshop_file.close()
            except CoiError as exc:
                self.show_error(exc)
            if self.shell is not None:
                self.shell.window_closed(self)
        event.accept()
