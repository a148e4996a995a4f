"""The "Phones" dock: the invitation (QR, address, code), the round's state and the inbox.

Pause/resume and "New code" act on the running `DeviceSession`; "Stop" ends the round and
closes the server. The inbox lists the cards phones sent in an inbox round: Accept puts them
on the board (hidden while a hidden round is on), Reject deletes them, Merge combines the
selected ones into the first (the others' text is appended). Each is one undo step.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.commands.base import Step, WorkshopCommand, push
from coi_desktop.commands.cards import RemoveCards, UpdateCards, removal_step
from coi_desktop.models import Change, CoiError, Workshop

from .inbox import accepted, inbox_cards
from .qr_widget import QrWidget, short_address


class Round(Protocol):
    """What the dock needs of the devices controller (which owns the dock: no import back)."""

    window_: Any
    session: Any
    workshop: Workshop

    def new_code(self) -> None: ...
    def stop(self) -> None: ...
    def canvas_id(self) -> str: ...
    def set_paused(self, paused: bool) -> None: ...
    def hidden_round(self) -> bool: ...


class DevicesDock(QDockWidget):
    """See the module docstring."""

    def __init__(self, controller: Round, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("devices.dock")
        self.controller = controller
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.qr = QrWidget(body, 180)
        self.address = QLabel(body)
        self.address.setObjectName("devices.address")
        self.code = QLabel(body)
        self.code.setObjectName("devices.code")
        self.status = QLabel(body)
        self.status.setObjectName("devices.status")
        self.status.setWordWrap(True)
        for label, size in ((self.address, 16), (self.code, 26)):
            font = label.font()
            font.setPixelSize(size)
            font.setBold(True)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.code)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.pause = QPushButton(body)
        self.pause.setObjectName("devices.pause")
        self.pause.setCheckable(True)
        self.pause.toggled.connect(self._on_pause)
        self.new_code = QPushButton(body)
        self.new_code.setObjectName("devices.new_code")
        self.new_code.clicked.connect(self.controller.new_code)
        self.stop = QPushButton(body)
        self.stop.setObjectName("devices.stop")
        self.stop.clicked.connect(self.controller.stop)
        for button in (self.pause, self.new_code, self.stop):
            row.addWidget(button)
        layout.addLayout(row)
        self.inbox_label = QLabel(body)
        layout.addWidget(self.inbox_label)
        self.inbox = QListWidget(body)
        self.inbox.setObjectName("devices.inbox")
        self.inbox.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.inbox, 1)
        actions = QHBoxLayout()
        self.accept = QPushButton(body)
        self.accept.setObjectName("devices.accept")
        self.reject = QPushButton(body)
        self.reject.setObjectName("devices.reject")
        self.merge = QPushButton(body)
        self.merge.setObjectName("devices.merge")
        self.accept.clicked.connect(self.accept_selected)
        self.reject.clicked.connect(self.reject_selected)
        self.merge.clicked.connect(self.merge_selected)
        for button in (self.accept, self.reject, self.merge):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.setWidget(body)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(100)
        self._refresh_timer.timeout.connect(self.refresh)
        self.inbox.itemSelectionChanged.connect(self._update_buttons)
        self._set_texts()
        self.refresh()

    def retranslate(self) -> None:
        self._set_texts()
        self.refresh()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Phones"))
        self.pause.setText(self.tr("&Pause"))
        self.new_code.setText(self.tr("&New code"))
        self.stop.setText(self.tr("S&top"))
        self.inbox_label.setText(self.tr("Inbox (cards waiting for you):"))
        self.accept.setText(self.tr("&Accept"))
        self.reject.setText(self.tr("&Reject"))
        self.merge.setText(self.tr("&Merge"))

    # -- following the session and the workshop -------------------------------------------

    def on_change(self, _change: Change | None = None) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        session = self.controller.session
        running = session is not None and session.running
        if session is not None and running and session.server is not None:
            url = session.server.join_url()
            self.qr.set_text(url)
            self.address.setText(short_address(url))
            self.code.setText(self.tr("Code: %1").replace("%1", session.code))
            from coi_desktop.services.room_server import RoundState  # a round runs: loaded

            paused = session.state == RoundState.PAUSED
            state = self.tr("Paused") if paused else self.tr("Open")
            self.status.setText(self.tr("%1 · %2 phones joined").replace("%1", state)
                                .replace("%2", str(session.device_count())))
        else:
            self.qr.set_text("")
            self.address.setText("")
            self.code.setText("")
            self.status.setText(self.tr("Phones are not invited."))
        for button in (self.pause, self.new_code, self.stop):
            button.setEnabled(running)
        self._fill_inbox()

    def _fill_inbox(self) -> None:
        canvas_id = self.controller.canvas_id()
        selected = {item.data(Qt.ItemDataRole.UserRole) for item in self.inbox.selectedItems()}
        self.inbox.clear()
        for card in inbox_cards(self.controller.workshop, canvas_id) if canvas_id else []:
            text = card.title if not card.description else f"{card.title}\n{card.description}"
            item = QListWidgetItem(text, self.inbox)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setSelected(card.id in selected)
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.inbox.selectedItems())
        writable = not getattr(self.controller.window_, "read_only", False)
        self.accept.setEnabled(writable and n > 0)
        self.reject.setEnabled(writable and n > 0)
        self.merge.setEnabled(writable and n > 1)

    def _on_pause(self, on: bool) -> None:
        self.controller.set_paused(on)

    # -- inbox ----------------------------------------------------------------------------

    def _selected(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.inbox.selectedItems()]

    def _push(self, command: WorkshopCommand) -> None:
        try:
            push(self.controller.window_.undo_stack, command)
        except CoiError as exc:
            self.controller.window_.show_error(exc)
        self.refresh()

    def accept_selected(self) -> None:
        w = self.controller.workshop
        hidden = self.controller.hidden_round()
        ids = self._selected()
        if ids:
            self._push(UpdateCards(w, {cid: accepted(w.cards.require(cid), hidden) for cid in ids},
                                   Q.translate("Devices", "Accept cards from phones")))

    def reject_selected(self) -> None:
        ids = self._selected()
        if ids:
            self._push(RemoveCards(self.controller.workshop, ids,
                                   Q.translate("Devices", "Reject cards from phones")))

    def merge_selected(self) -> None:
        """The first selected card takes the others' text; they go. One undo step."""
        w = self.controller.workshop
        ids = self._selected()
        if len(ids) < 2:
            return
        first, rest = w.cards.require(ids[0]), [w.cards.require(cid) for cid in ids[1:]]
        parts = [first.description] if first.description else []
        for card in rest:
            parts.append(card.title if not card.description
                         else f"{card.title}: {card.description}")
        fields = {**accepted(first, self.controller.hidden_round()),
                  "description": "\n".join(parts)[:2000]}
        old = {name: getattr(first, name) for name in fields}
        update = Step(lambda: w.cards.update_many({first.id: fields}),
                      lambda _r: w.cards.update_many({first.id: old}))
        command = WorkshopCommand(w, Q.translate("Devices", "Merge cards from phones"),
                                  [update, removal_step(w, [c.id for c in rest])])
        self._push(command)

