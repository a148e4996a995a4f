"""The window's devices feature: "Invite participants…" in the Room menu and the toolbar.

It opens the invite dialog, runs one `DeviceSession` at a time for the window's workshop,
shows the "Phones" dock, and stops the server when the round is stopped, the window (the
workshop) closes or the application quits. `invitation_changed` tells the projector's join
panel and the dock to follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction

from coi_desktop.models import CoiError

from .dock import DevicesDock

if TYPE_CHECKING:
    from coi_desktop.services.room_server import RoundPolicy

    from .session import DeviceSession


class DevicesController(QObject):
    """See the module docstring."""

    invitation_changed = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.workshop = window.workshop
        self.session: DeviceSession | None = None
        self.dock = DevicesDock(self, window)
        window.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        self.invite_action = QAction(window)
        self.invite_action.setObjectName("devices.invite")
        self.invite_action.triggered.connect(self.invite)
        self.stop_action = QAction(window)
        self.stop_action.setObjectName("devices.stop")
        self.stop_action.triggered.connect(self.stop)
        menu = window.menu("room")
        menu.addSeparator()
        menu.addAction(self.invite_action)
        menu.addAction(self.stop_action)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.addAction(self.invite_action)
        self.workshop.subscribe(self.dock.on_change)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        window.language_changed.connect(self.retranslate)
        window.canvas_changed.connect(lambda _cid: self.dock.refresh())
        self.invitation_changed.connect(self.dock.refresh)
        self._set_texts()  # the dock filled itself once already
        self._update_actions()

    def retranslate(self) -> None:
        self._set_texts()
        self.dock.retranslate()

    def _set_texts(self) -> None:
        self.invite_action.setText(self.tr("Invite participants…"))
        self.invite_action.setToolTip(self.tr("Let phones in the room add cards and dots "
                                              "over this network"))
        self.stop_action.setText(self.tr("Stop inviting phones"))

    def _update_actions(self) -> None:
        running = self.session is not None and self.session.running
        self.invite_action.setEnabled(not getattr(self.window_, "read_only", False))
        self.stop_action.setEnabled(running)

    # -- what the facilitator does --------------------------------------------------------

    def canvas_id(self) -> str:
        if self.session is not None and self.session.running:
            return self.session.policy.canvas_id
        return str(self.window_.current_canvas_id() or "")

    def hidden_round(self) -> bool:
        session = getattr(self.window_, "session", None)
        if session is not None and hasattr(session, "hidden_round"):
            return bool(session.hidden_round)
        from .session import hidden_round_of

        return hidden_round_of(self.workshop)

    def _active_round_id(self) -> str | None:
        room = getattr(self.window_, "room", None)
        active = room.active_round() if room is not None else None
        return active.id if active is not None else None

    def invite(self) -> None:
        canvas_id = self.window_.current_canvas_id()
        if not canvas_id:
            return
        from .invite_dialog import InviteDialog  # QtNetwork: only when inviting

        dialog = InviteDialog(self.workshop, canvas_id, self._active_round_id(), self.window_)
        if dialog.exec() != InviteDialog.DialogCode.Accepted:
            return
        host, port = dialog.address()
        self.start(dialog.policy(), host, port)

    def start(self, policy: RoundPolicy, host: str, port: int) -> bool:
        from .session import DeviceSession  # the server's parts: only when it starts

        self.stop()
        session = DeviceSession(self.workshop, self.window_.undo_stack, policy,
                                self.hidden_round, self)
        try:
            session.start(host, port)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.window_.show_error(CoiError(
                f"Phones cannot be invited on {host}:{port} ({reason}). Choose another "
                f"port or network address.",
                f"Telefoner kan ikke inviteres på {host}:{port} ({reason}). Vælg en anden "
                f"port eller netværksadresse."))
            session.deleteLater()
            return False
        self.session = session
        session.started.connect(lambda _url: self.invitation_changed.emit())
        session.state_changed.connect(lambda _s: self.invitation_changed.emit())
        session.applied.connect(lambda _a: self.dock.on_change())
        self.dock.show()
        self.dock.raise_()
        self._update_actions()
        self.invitation_changed.emit()
        return True

    def set_paused(self, paused: bool) -> None:
        if self.session is not None:
            from coi_desktop.services.room_server import RoundState  # loaded with the session

            self.session.set_state(RoundState.PAUSED if paused else RoundState.OPEN)

    def new_code(self) -> None:
        if self.session is not None:
            self.session.new_code()

    def stop(self) -> None:
        """End the round for the phones and close the server (idempotent)."""
        session, self.session = self.session, None
        if session is not None:
            session.stop()
            session.deleteLater()
        if self.dock.pause.isChecked():
            self.dock.pause.setChecked(False)
        self._update_actions()
        self.invitation_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Close:
            self.stop()  # before the window closes the workshop file
            self.workshop.unsubscribe(self.dock.on_change)
        return False
