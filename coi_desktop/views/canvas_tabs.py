"""The canvases of a workshop as tabs, in canvas order, following the model.

Each tab is a light `CanvasPage`; its `CanvasView` is built the first time the tab is shown,
so opening a workshop with many boards paints the first one without building the others.
`sync()` brings the tabs in line with `workshop.ordered_canvases()` after any canvas change
(added, renamed, reordered, removed), keeping the current board when it still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..models.workshop import Workshop
    from .canvas import CanvasView


class CanvasPage(QWidget):
    """A tab's page: holds one canvas view, built on first use."""

    def __init__(self, canvas_id: str, build: Callable[[str, QWidget], CanvasView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas_id = canvas_id
        self._build = build
        self._view: CanvasView | None = None
        self._fitted = False
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def has_view(self) -> bool:
        return self._view is not None

    def view(self) -> CanvasView:
        if self._view is None:
            self._view = self._build(self.canvas_id, self)
            self._column.addWidget(self._view)
            self._fitted = False
            QTimer.singleShot(0, self._first_fit)
        return self._view

    def _first_fit(self) -> None:
        """A board opens showing all of itself, once it has its size on screen."""
        view = self._view
        if view is None or self._fitted:
            return
        if view.viewport().width() > 50 and view.isVisible():
            self._fitted = True
            view.fit_all()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._view is not None and not self._fitted:
            QTimer.singleShot(0, self._first_fit)


class CanvasTabs(QTabWidget):
    """Tabs of canvas pages; emits `current_canvas_changed(id)` and `order_changed(ids)`."""

    current_canvas_changed = Signal(str)
    order_changed = Signal(list)  # the user dragged a tab: the new order of canvas ids

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack,
                 build: Callable[[str, QWidget], CanvasView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = undo_stack
        self._build = build
        self._syncing = False
        self._current = ""
        self.setObjectName("canvas.tabs")
        self.setDocumentMode(True)
        self.setMovable(True)
        self.setUsesScrollButtons(True)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.currentChanged.connect(self._on_current_changed)
        self.tabBar().tabMoved.connect(self._on_tab_moved)

    def pages(self) -> list[CanvasPage]:
        return [p for i in range(self.count()) if isinstance(p := self.widget(i), CanvasPage)]

    def page_for(self, canvas_id: str) -> CanvasPage | None:
        return next((p for p in self.pages() if p.canvas_id == canvas_id), None)

    def current_page(self) -> CanvasPage | None:
        page = self.currentWidget()
        return page if isinstance(page, CanvasPage) else None

    def current_canvas_id(self) -> str:
        page = self.current_page()
        return page.canvas_id if page else ""

    def views(self) -> list[CanvasView]:
        return [p.view() for p in self.pages() if p.has_view()]

    def set_current_canvas(self, canvas_id: str) -> bool:
        page = self.page_for(canvas_id)
        if page is None:
            return False
        self.setCurrentWidget(page)
        page.view()
        return True

    def sync(self) -> None:
        """Make the tabs match the model's canvases (order, names, additions, removals)."""
        ordered = self.workshop.canvases.ordered()
        wanted = {c.id for c in ordered}
        before = self.current_canvas_id()
        before_index = self.currentIndex()
        self._syncing = True
        try:
            # one look-up table, not a scan of every tab per canvas (a demo of 10,000
            # cards has 100 canvases: 20,000 widget look-ups on opening)
            pages = {page.canvas_id: page for page in self.pages()}
            for page in pages.values():
                if page.canvas_id not in wanted:
                    self.removeTab(self.indexOf(page))
                    page.deleteLater()
            for i, canvas in enumerate(ordered):
                found = pages.get(canvas.id)
                if found is None:
                    page = CanvasPage(canvas.id, self._build, self)
                    self.insertTab(i, page, canvas.name)
                else:
                    page = found
                    if self.indexOf(page) != i:
                        self.tabBar().moveTab(self.indexOf(page), i)
                self.setTabText(i, canvas.name.replace("&", "&&"))
                self.setTabToolTip(i, canvas.name)
            current = pages.get(before) if before in wanted else None
            if current is not None:
                self.setCurrentWidget(current)
            elif self.count():
                self.setCurrentIndex(min(max(before_index, 0), self.count() - 1))
        finally:
            self._syncing = False
        self._on_current_changed(self.currentIndex())

    def _on_current_changed(self, _index: int) -> None:
        if self._syncing:
            return
        page = self.current_page()
        if page is not None:
            page.view()
        canvas_id = page.canvas_id if page else ""
        if canvas_id != self._current:
            self._current = canvas_id
            self.current_canvas_changed.emit(canvas_id)

    def _on_tab_moved(self, _from: int, _to: int) -> None:
        if not self._syncing:
            self.order_changed.emit([p.canvas_id for p in self.pages()])
