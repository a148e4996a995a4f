"""The agenda dock: items with planned minutes and an optional canvas, plus the timer.

Starting an item records its start time, ends the item that was running, switches the
facilitator (and so the projector) to the item's canvas and starts its countdown; finishing
records the end. Planned and actual times are stored in the file for the report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands.room import (
    AddAgendaItems,
    RemoveAgendaItems,
    ReorderAgenda,
    UpdateAgendaItems,
)
from ...models import AgendaItem, Change, Workshop, new_id
from ..docks.lazy import LazyDock
from .common import run_command
from .timer_widget import TimerController, TimerWidget


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _clock_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%H:%M")
    except ValueError:
        return ""


def actual_minutes(item: AgendaItem) -> int | None:
    """Whole minutes the item actually took (None until it has started and ended)."""
    try:
        start, end = datetime.fromisoformat(item.started_at), datetime.fromisoformat(item.ended_at)
    except ValueError:
        return None
    return max(0, round((end - start).total_seconds() / 60))


#: How long after an item's start its countdown is still taken up on reopening (12 hours).
RESUME_WITHIN_S = 12 * 3600


class AgendaItemDialog(QDialog):
    def __init__(self, workshop: Workshop, item: AgendaItem | None = None,
                 parent: QWidget | None = None, canvas_id: str | None = None) -> None:
        """`canvas_id`: the canvas a new item starts on (the one being worked on)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda item"))
        self.setMinimumWidth(420)
        item = item or AgendaItem("", "", 15, canvas_id)
        self.title = QLineEdit(item.title, self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setValue(item.planned_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.canvas = QComboBox(self)
        self.canvas.addItem(self.tr("(no canvas)"), None)
        for c in workshop.canvases.ordered():
            self.canvas.addItem(c.name, c.id)
        self.canvas.setCurrentIndex(max(0, self.canvas.findData(item.canvas_id))
                                    if item.canvas_id else 0)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Planned time:"), self.minutes)
        form.addRow(self.tr("&Canvas:"), self.canvas)
        self.title.setAccessibleName(self.tr("Title"))
        self.minutes.setAccessibleName(self.tr("Planned time"))
        self.canvas.setAccessibleName(self.tr("Canvas"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title.textChanged.connect(
            lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(item.title.strip()))
        form.addRow(buttons)

    def fields(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), "planned_minutes": self.minutes.value(),
                "canvas_id": self.canvas.currentData()}


class AgendaDock(LazyDock):
    """Agenda items and the room's countdown (the table is made when first shown; the timer
    at once, as the Room menu, the projector and a resumed countdown use it)."""

    def __init__(self, window: Any, timer: TimerController, parent: QWidget | None = None,
                 now: Callable[[], str] = now_iso) -> None:
        super().__init__(parent)
        self.setObjectName("room.agenda")
        self.window_ = window
        self.workshop: Workshop = window.workshop
        self.timer = timer
        self.now = now
        self.read_only = False
        self.timer_widget = TimerWidget(timer, self)
        self.timer_widget.hide()  # moves into the dock's content when that is made
        self.workshop.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self.workshop.unsubscribe(self._on_change))
        self.retranslate()
        self.resume_running()

    def build_content(self) -> None:
        body = QWidget(self)
        self.table = QTableWidget(0, 4, body)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The big timer must not squeeze the agenda to one and a half rows: keep four visible.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 4 * self.table.verticalHeader().defaultSectionSize()
                                    + 2 * self.table.frameWidth())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):  # long canvas names must not squeeze the item titles
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 110)
        self.table.setWordWrap(False)
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions = (("add", self.add_item), ("edit", self.edit_selected),
                   ("remove", self.remove_selected), ("up", lambda: self.move_selected(-1)),
                   ("down", lambda: self.move_selected(1)), ("start", self.start_selected),
                   ("finish", self.finish_running))
        # Up and Down side by side, the live controls (start, finish) on the first row.
        places = {"start": (0, 0), "finish": (0, 1), "up": (0, 2), "down": (0, 3),
                  "add": (1, 0), "edit": (1, 1), "remove": (1, 2)}
        for name, slot in actions:
            button = QPushButton(body)
            button.clicked.connect(slot)
            self.buttons[name] = button
            grid.addWidget(button, *places[name])
        self.timer_widget.setParent(body)
        layout = QVBoxLayout(body)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.timer_widget)
        self.timer_widget.show()
        self.setWidget(body)
        self.set_read_only(self.read_only)
        self.retranslate()

    def resume_running(self) -> None:
        """An item still running in the file (a reopen, or a restart after a crash) takes
        its countdown up where the clock says it is: the start time is in the file."""
        item = self.running()
        if item is None:
            return
        try:
            started = datetime.fromisoformat(item.started_at)
            now = datetime.fromisoformat(self.now())
            elapsed = (now - started).total_seconds()
        except (TypeError, ValueError):  # a naive and an aware time, or no time at all
            return
        # Only a countdown of today's session is taken up: an item left running in a file
        # from an earlier day (or a demo) would show days of overtime on the projector.
        if 0 <= elapsed <= RESUME_WITHIN_S:
            self.timer_widget.minutes.setValue(max(1, item.planned_minutes))
            self.timer.resume(item.planned_minutes * 60, elapsed, item.title)

    # -- drawing --------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        ups, gone = change.of_type(AgendaItem)
        if ups or gone or change.kind.startswith("canvases"):
            self.refresh()

    def items(self) -> list[AgendaItem]:
        return self.workshop.agenda.ordered()

    def running(self) -> AgendaItem | None:
        return next((i for i in self.items() if i.started_at and not i.ended_at), None)

    def refresh(self) -> None:
        if not self.built:
            return  # filled when first shown
        selected = self.selected_id()
        items = self.items()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            canvas = self.workshop.canvases.get(item.canvas_id or "")
            actual = ""
            if item.started_at:
                actual = _clock_time(item.started_at) + "–"
                if item.ended_at:
                    actual += _clock_time(item.ended_at)
                    actual += " " + self.tr("(%1 min)").replace("%1",
                                                                str(actual_minutes(item)))
            cells = (item.title, self.tr("%1 min").replace("%1", str(item.planned_minutes)),
                     canvas.name if canvas else "", actual)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if item.started_at and not item.ended_at:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, col, cell)
            if item.id == selected:
                self.table.selectRow(row)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agenda and timer"))
        if not self.built:
            return
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Planned"),
                                              self.tr("Canvas"), self.tr("Actual")])
        texts = {"add": self.tr("Add…"), "edit": self.tr("Edit…"), "remove": self.tr("Remove"),
                 "up": self.tr("Up"), "down": self.tr("Down"), "start": self.tr("Start item"),
                 "finish": self.tr("Finish item")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["start"].setToolTip(self.tr("Switch to the item's canvas and start its "
                                                 "countdown"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only: the agenda cannot change, the timer still runs."""
        self.read_only = read_only
        if not self.built:
            return  # the buttons follow when they are made
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    # -- actions --------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return None
        cell = self.table.item(min(rows), 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def select(self, item_id: str) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell and cell.data(Qt.ItemDataRole.UserRole) == item_id:
                self.table.selectRow(row)

    def add_item(self) -> None:
        current = getattr(self.window_, "current_canvas_id", None)
        dialog = AgendaItemDialog(self.workshop, None, self,
                                  canvas_id=current() if callable(current) else None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(**dialog.fields())

    def add(self, title: str, planned_minutes: int, canvas_id: str | None = None) -> str:
        position = max((i.position for i in self.items()), default=-1) + 1
        item = AgendaItem(new_id(), title, planned_minutes, canvas_id, position)
        if run_command(self.window_, AddAgendaItems(self.workshop, [item],
                                                    self.tr("Add agenda item"))):
            self.select(item.id)
        return item.id

    def edit_selected(self) -> None:
        item = self.workshop.agenda.get(self.selected_id() or "")
        if item is None or self.read_only:
            return
        dialog = AgendaItemDialog(self.workshop, item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields = {k: v for k, v in dialog.fields().items() if getattr(item, k) != v}
            if fields:
                run_command(self.window_, UpdateAgendaItems(self.workshop, {item.id: fields},
                                                            self.tr("Edit agenda item")))

    def remove_selected(self) -> None:
        item_id = self.selected_id()
        if item_id:
            run_command(self.window_, RemoveAgendaItems(self.workshop, [item_id],
                                                        self.tr("Remove agenda item")))

    def move_selected(self, step: int) -> None:
        item_id = self.selected_id()
        ids = [i.id for i in self.items()]
        if item_id not in ids:
            return
        n = ids.index(item_id)
        m = n + step
        if not 0 <= m < len(ids):
            return
        ids[n], ids[m] = ids[m], ids[n]
        if run_command(self.window_, ReorderAgenda(self.workshop, ids,
                                                   self.tr("Reorder agenda"))):
            self.select(item_id)

    def start_selected(self) -> None:
        item_id = self.selected_id()
        if item_id:
            self.start(item_id)

    def start(self, item_id: str) -> None:
        """Start an item: one undo step, then its canvas and its countdown."""
        item = self.workshop.agenda[item_id]
        stamp = self.now()
        changes: dict[str, dict[str, Any]] = {item_id: {"started_at": stamp, "ended_at": ""}}
        running = self.running()
        if running is not None and running.id != item_id:
            changes[running.id] = {"ended_at": stamp}
        if not run_command(self.window_, UpdateAgendaItems(self.workshop, changes,
                                                           self.tr("Start agenda item"))):
            return
        if item.canvas_id and item.canvas_id in self.workshop.canvases:
            self.window_.set_current_canvas(item.canvas_id)
        self.timer_widget.minutes.setValue(max(1, item.planned_minutes))
        self.timer.run_for(item.planned_minutes * 60, item.title)

    def finish_running(self) -> None:
        item = self.running()
        if item is None:
            return
        if run_command(self.window_, UpdateAgendaItems(self.workshop,
                                                       {item.id: {"ended_at": self.now()}},
                                                       self.tr("Finish agenda item"))):
            self.timer.pause()
