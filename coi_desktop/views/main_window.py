"""The main window: one workshop for its whole life, its canvases as tabs, docks around them.

The window composes small parts, each with its own state, and wires them together:

- a `Session` (views/session.py): read-only, current canvas, kind of new cards, hidden round,
  active voting round, each with a change signal;
- controllers, each a small object reached as `window.<name>`: `files` (File menu),
  `edit` (undo, new cards, find), `canvases` (views, tabs, Canvas menu), `looks`
  (language, theme, text size, focus, settings), `dialogs` (Workshop and Help), `status`
  (title, enabled commands, undo texts, counts);
- `WindowActions` and `WindowMenus`, whose handler names ("files.open", "view:cut") the
  window's `dispatch` runs;
- the docks (inspector, outline, legend) and the feature modules of `views.features.FEATURES`
  (room, findings, consolidation), installed at the end of `__init__`.

Parts see the window as a `WindowSurface` (views/surface.py), never as this class, so none
of them imports this module. Everything that changes the workshop is an undo command; the
window only follows the model's change events (tabs, title).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QVBoxLayout, QWidget

from ..models.entities import Canvas
from ..models.errors import CoiError
from ..models.events import Change
from ..storage.errors import WriteError
from . import i18n, settings
from .actions import WindowActions
from .canvas_tabs import CanvasTabs
from .docks.inspector import InspectorDock
from .docks.legend import LegendDock
from .docks.outline import OutlineDock
from .features import FEATURES
from .file_watch import ChangedBar, FileWatch
from .find_bar import FindBar
from .paths import coi_paths
from .quick_capture import QuickCapture
from .session import Session
from .theming import PALETTE_EVENTS
from .window_canvases import CanvasController
from .window_dialogs import DialogController
from .window_edit import EditController
from .window_files import FileController
from .window_looks import LooksController
from .window_menus import WindowMenus, build_toolbar
from .window_state import WindowStatus

if TYPE_CHECKING:
    from ..commands.base import WorkshopCommand
    from ..storage import WorkshopFile
    from .canvas import CanvasView

#: A docked panel lower than this when it is shown is grown (see `MainWindow._give_room`).
SLIVER = 240


class MainWindow(QMainWindow):
    """One open workshop (see the module docstring)."""

    canvas_changed = Signal(str)
    language_changed = Signal()

    def __init__(self, workshop_file: WorkshopFile, shell: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop_file = workshop_file
        self.workshop = workshop_file.workshop
        self.shell = shell
        self.session = Session(settings.default_kind(), bool(workshop_file.readonly), self)
        self.undo_stack = QUndoStack(self)
        self._closed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.setObjectName("main_window")
        self.setDockNestingEnabled(True)

        self.window_actions = WindowActions(self, self.dispatch)
        self.menus = WindowMenus(self, self.window_actions, self.dispatch)
        self.toolbar, self.kind_combo = build_toolbar(self, self.window_actions)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.canvases = CanvasController(self, self.window_actions)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.tabs = CanvasTabs(self.workshop, self.undo_stack, self.canvases.build_view,
                               central)
        self.find_bar = FindBar(self.workshop, central)
        self.find_bar.hide()
        self.quick_capture = QuickCapture(central)
        self.changed_bar = ChangedBar(central)
        column.addWidget(self.changed_bar)
        column.addWidget(self.find_bar)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.quick_capture)
        self.setCentralWidget(central)
        self.canvases.attach(self.tabs)

        self.inspector = InspectorDock(self)
        self.outline = OutlineDock(self)
        self.legend = LegendDock(self)
        self.add_dock(self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock(self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock(self.legend, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.splitDockWidget(self.outline, self.legend, Qt.Orientation.Vertical)
        self.menus.menus["view.docks"].addAction(self.toolbar.toggleViewAction())

        self.files = FileController(self)
        self.edit = EditController(self, self.window_actions, self.kind_combo,
                                   self.quick_capture, self.find_bar)
        self.looks = LooksController(self, self.window_actions,
                                     {"outline": self.outline, "inspector": self.inspector})
        self.dialogs = DialogController(self)
        self.status = WindowStatus(self, self.window_actions, self.tabs, self.quick_capture)
        self.file_watch = FileWatch(self, self.changed_bar, self.inspector.refresh)
        self._wire()
        self.retranslate()
        self.tabs.sync()
        self.edit.set_card_kind(self.session.default_kind)
        self._place()
        self._install_features()
        self._update_actions()

    def _wire(self) -> None:
        """Connect the parts to each other (each part only knows its own signals)."""
        self.quick_capture.escaped.connect(self.canvases.focus_view)
        self.find_bar.closed.connect(self.canvases.focus_view)
        self.canvases.selection_changed.connect(self._on_selection_changed)
        self.canvases.zoom_changed.connect(self.status.show_zoom)
        self.session.current_canvas_id_changed.connect(self._on_canvas_changed)
        # paused while another program's change waits for a choice (views/file_watch.py):
        # commands, title and status bar say so
        self.session.read_only_changed.connect(self._on_read_only_changed)
        self.workshop.subscribe(self._on_change)
        self.status.apply_snapshot_setting()

    def _place(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            self.resize(min(1440, int(screen.width() * 0.92)),
                        min(900, int(screen.height() * 0.9)))
        else:
            self.resize(1440, 900)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._state = state

    # -- public surface for controllers, docks and features (views/surface.py) --------------

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def widget(self) -> QMainWindow:
        return self

    def menu(self, name: str) -> QMenu:
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
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if dock.height() < SLIVER:
            want = max(320, self.height() // 2)
            self.resizeDocks([dock], [want], Qt.Orientation.Vertical)

    def dispatch(self, handler: str, *args: Any) -> Any:
        """Run a command by its handler name (see views/actions.py `SPECS`)."""
        if ":" in handler:
            how, what = handler.split(":", 1)
            if how == "align":
                return self.call_view("align_selection", what)
            if how == "distribute":
                return self.call_view("distribute_selection", what)
            return self.call_view(what, *args)
        owner, method = handler.split(".", 1)
        return getattr(self if owner == "window" else getattr(self, owner), method)(*args)

    def push(self, command: WorkshopCommand | None) -> bool:
        """Push one command; a refusal shows the model's sentence. True when it applied."""
        if command is None or self.read_only:
            return False
        from ..commands.base import push  # the one push path (room commands too)

        try:
            push(self.undo_stack, command)
        except CoiError as exc:
            self.show_error(exc)
            return False
        return True

    def show_error(self, exc: BaseException) -> None:
        """One sentence for an error a user can cause; anything else goes to the crash log."""
        if isinstance(exc, CoiError):
            if isinstance(exc, WriteError) and self.file_watch.poll():
                # Refused because another program changed the file (the timer had not yet
                # seen it): the bar says so and offers the way on, no dialog on top.
                self.show_status(exc.text(self.language()), 12000)
                return
            from .dialogs.errors import show_error_message

            show_error_message(self, exc.text(self.language()))
            return
        from . import crash

        crash.handle_exception(type(exc), exc, exc.__traceback__)

    def show_status(self, text: str, msecs: int = 6000) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, msecs)

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

    def view_state(self) -> dict[str, Any]:
        """Where the user looks: the window's place, the canvas, its zoom and centre."""
        view = self.current_view()
        return {"geometry": self.saveGeometry(), "canvas": self.current_canvas_id(),
                "zoom": view.zoom() if view is not None else None,
                "centre": view.navigation.centre() if view is not None else None}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Show the canvas, zoom and centre of `view_state` (after the first fit)."""
        self.restoreGeometry(state["geometry"])
        if state["canvas"]:
            self.set_current_canvas(state["canvas"])

        def place() -> None:
            view = self.current_view()
            if view is None or state["zoom"] is None or self.current_canvas_id() != state["canvas"]:
                return
            view.navigation.set_zoom(state["zoom"])
            view.centerOn(state["centre"])

        QTimer.singleShot(0, place)  # after the page's own first fit, queued when it showed

    def language(self) -> str:
        """The interface language ("da" or "en")."""
        return i18n.current_language()

    def content_language(self) -> str:
        """The language of the workshop's own words (taxonomy labels, as on its cards)."""
        return self.workshop.info.language

    def apply_settings(self) -> None:
        """Re-read the preferences after the Settings dialog changed them."""
        self.looks.apply_settings()
        self.status.apply_snapshot_setting()

    # -- following the parts and the model --------------------------------------------------

    def _on_canvas_changed(self, canvas_id: str) -> None:
        self.find_bar.set_view(self.current_view())
        self._update_actions()
        self.canvas_changed.emit(canvas_id)

    def _on_selection_changed(self, ids: list[str]) -> None:
        self.inspector.show_cards(ids)
        self._update_actions(len(ids))

    def _on_read_only_changed(self, _read_only: bool) -> None:
        self.status.retranslate()  # title and status bar say read-only, or not any more
        self._update_actions()

    def _update_actions(self, selected: int | None = None) -> None:
        self.status.update_actions(selected)

    def _on_change(self, change: Change) -> None:
        canvases = change.of_type(Canvas)
        if canvases[0] or canvases[1]:
            self.tabs.sync()
        if change.kind in ("info_updated", "restored") or canvases[0]:
            self.status.update_title()
        if change.kind in ("info_updated", "terms_changed"):
            self.edit.refresh_kind_names()
        if change.kind in ("cards_added", "cards_removed", "restored", "canvases_removed"):
            self.status.update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self.language_changed.emit)
        elif event.type() in PALETTE_EVENTS and hasattr(self, "status"):
            # the theme changed (views/theming.py): icons and tinted labels in its colours
            self.window_actions.refresh_icons()
            self.status.restyle()
            self.looks.show_theme_choice()  # chosen here, in Settings or another window
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.window_actions.retranslate()
        self.menus.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.edit.refresh_kind_names()
        self.kind_combo.setAccessibleName(self.tr("Kind of new cards"))
        self.kind_combo.setToolTip(self.tr("Kind of new cards (Alt+1 … Alt+5)"))
        self.tabs.setAccessibleName(self.tr("Canvases"))
        self.looks.show_language_choice()
        self.looks.show_theme_choice()
        self.status.retranslate()

    def _install_features(self) -> None:
        for path in FEATURES:
            import_module(path).install(self)
        self._state_restored = self._state is not None and self.restoreState(self._state)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._state_restored:  # first run: sensible dock sizes once the window has its own
            self._state_restored = True
            self.resizeDocks([self.outline, self.inspector], [280, 370], Qt.Orientation.Horizontal)
            self.resizeDocks([self.outline, self.legend], [640, 300], Qt.Orientation.Vertical)

    # -- files ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if coi_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.files.open_paths(coi_paths(event)):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            focused = QApplication.focusWidget()
            if focused is not None and self.isAncestorOf(focused):
                focused.clearFocus()  # an inspector field commits its edit before the file shuts
            self._closed = self.status.closed = True
            settings.save_window_state(self.saveGeometry(), self.saveState())
            self.find_bar.set_view(None)
            self.file_watch.timer.stop()
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
