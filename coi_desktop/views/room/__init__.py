"""Running the room: participants, dot voting, agenda and timer, the projector window.

`install(window)` adds the three docks (roster, voting, agenda with the timer), the Room
menu with its shortcuts, and the projector. `RoomController` ties them together: the active
voting round's counts become badges on the facilitator's canvas and on the projector, the
hidden-round toggle (silent brainstorming) and "Reveal all", and the projector's screen.

Shortcuts added here: F5 projector (Esc or F5 in it closes it), Shift+F5 presentation (the
projector steps zone by zone), Alt+PgDown / Alt+PgUp next and previous zone (a presenter's
clicker sends PgDown/PgUp, which the projector window takes too), F6 start/pause the timer,
F7 one minute more, F8 hidden round on/off, Shift+F8 reveal all hidden cards, F9 click
cards to vote; in the projector window: + and - zoom, 0 shows every card, F follows the
facilitator's zoom again, P cycles whole canvas → zones → groups → selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen

from ...commands.room import RevealCards, hidden_cards
from ...models import VotingRound
from .agenda import AgendaDock
from .common import run_command, status_message
from .participants import ParticipantsDock
from .timer_widget import TimerController
from .voting import VotingDock

if TYPE_CHECKING:  # the projector's window loads when it first opens (F5)
    from .projector import ProjectorWindow

__all__ = ["RoomController", "install"]

SHORTCUTS = {
    "room.projector": "F5",
    "room.presentation": "Shift+F5",
    "room.next_slide": "Alt+PgDown",
    "room.previous_slide": "Alt+PgUp",
    "room.timer_toggle": "F6",
    "room.timer_minute": "F7",
    "room.hidden_round": "F8",
    "room.reveal": "Shift+F8",
    "room.click_vote": "F9",
}


def _setting(key: str, default: Any) -> Any:
    """A remembered room preference (projector screen and zoom, timer sound)."""
    from ..settings import qsettings

    value = qsettings().value(key, default)
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() == "true"
    return default if value is None else value


def _remember(key: str, value: Any) -> None:
    from ..settings import qsettings

    qsettings().setValue(key, value)


def install(window: Any) -> RoomController:
    controller = RoomController(window)
    window.room = controller
    return controller


class RoomController(QObject):
    """The room features of one main window (see the module docstring)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.workshop = window.workshop
        self.timer = TimerController(self)
        self.projector: ProjectorWindow | None = None
        self.follow_zoom = _setting("room/projector_follow", True)
        self.screen_name = str(_setting("room/projector_screen", ""))
        self.timer.sound = bool(_setting("room/timer_sound", False))
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.participants = ParticipantsDock(window, window)
        self.voting = VotingDock(window, window)
        self.agenda = AgendaDock(window, self.timer, window)
        for dock in (self.participants, self.voting, self.agenda):
            window.add_dock(dock, right)
        if hasattr(window, "tabifyDockWidget"):  # one tab group: the right side stays usable
            window.tabifyDockWidget(self.participants, self.voting)
            window.tabifyDockWidget(self.voting, self.agenda)
        for dock in (self.participants, self.voting, self.agenda):
            dock.hide()
        self.actions: dict[str, QAction] = {}
        self._build_menu(window.menu("room"))
        self.actions["room.follow_zoom"].setChecked(self.follow_zoom)
        self.voting.badges_changed.connect(self.update_badges)
        self.voting.active_round_changed.connect(self.update_badges)
        self.voting.click_button.toggled.connect(self.actions["room.click_vote"].setChecked)
        self.voting.active_round_changed.connect(self._update_actions)
        window.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        window.installEventFilter(self)
        self.agenda.timer_widget.sound.setChecked(self.timer.sound)
        self.agenda.timer_widget.sound.toggled.connect(
            lambda on: _remember("room/timer_sound", bool(on)))
        window.canvas_changed.connect(lambda _cid: self.update_badges())
        self.session = window.session
        self.session.hidden_round_changed.connect(self._on_hidden_round)
        window.language_changed.connect(self.retranslate)
        if getattr(window, "read_only", False):
            for name in ("room.new_round", "room.counts", "room.click_vote", "room.import",
                         "room.hidden_round", "room.reveal"):
                self.actions[name].setEnabled(False)
            for dock in (self.participants, self.voting, self.agenda):
                dock.set_read_only(True)
        self.retranslate()
        self._update_actions()
        self.update_badges()

    # -- menu -----------------------------------------------------------------------------

    def _action(self, key: str, slot: Any, checkable: bool = False) -> QAction:
        action = QAction(self.window_)
        action.setObjectName(key)
        action.setCheckable(checkable)
        if key in SHORTCUTS:
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
        action.triggered.connect(slot)
        self.window_.addAction(action)
        self.actions[key] = action
        return action

    def _build_menu(self, menu: Any) -> None:
        v, a, p = self.voting, self.agenda, self.participants
        menu.addAction(self._action("room.participants", lambda: self.show_dock(p)))
        menu.addAction(self._action("room.import", lambda: p.import_file()))
        menu.addSeparator()
        menu.addAction(self._action("room.voting", lambda: self.show_dock(v)))
        menu.addAction(self._action("room.new_round", self.new_round))
        menu.addAction(self._action("room.click_vote", self.set_click_vote, checkable=True))
        menu.addAction(self._action("room.counts", v.enter_counts))
        menu.addSeparator()
        menu.addAction(self._action("room.agenda", lambda: self.show_dock(a)))
        menu.addAction(self._action("room.timer_toggle", self.timer.toggle))
        menu.addAction(self._action("room.timer_minute", self.timer.add_minute))
        menu.addAction(self._action("room.timer_reset",
                                    lambda: self.timer.reset(a.timer_widget.minutes.value() * 60)))
        menu.addSeparator()
        menu.addAction(self._action("room.projector", self.toggle_projector, checkable=True))
        self.screen_menu = menu.addMenu("")
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        menu.aboutToShow.connect(self._update_presentation)
        self.screen_group = QActionGroup(self)
        menu.addAction(self._action("room.follow_zoom", self.set_follow_zoom, checkable=True))
        menu.addAction(self._action("room.presentation", self.set_presentation, checkable=True))
        menu.addAction(self._action("room.next_slide", lambda: self.step_slide(1)))
        menu.addAction(self._action("room.previous_slide", lambda: self.step_slide(-1)))
        menu.addSeparator()
        menu.addAction(self._action("room.hidden_round", self.set_hidden_round, checkable=True))
        menu.addAction(self._action("room.reveal", self.reveal_all))

    def retranslate(self) -> None:
        texts = {
            "room.participants": self.tr("&Participants"),
            "room.import": self.tr("&Import participants…"),
            "room.voting": self.tr("&Dot voting"),
            "room.new_round": self.tr("&New voting round…"),
            "room.click_vote": self.tr("&Click cards to vote"),
            "room.counts": self.tr("&Enter counted dots…"),
            "room.agenda": self.tr("&Agenda and timer"),
            "room.timer_toggle": self.tr("Start or pause &timer"),
            "room.timer_minute": self.tr("Timer: one &minute more"),
            "room.timer_reset": self.tr("&Reset timer"),
            "room.projector": self.tr("Pr&ojector view"),
            "room.follow_zoom": self.tr("Projector &follows my zoom"),
            "room.presentation": self.tr("Present &zone by zone"),
            "room.next_slide": self.tr("Ne&xt zone"),
            "room.previous_slide": self.tr("Previo&us zone"),
            "room.hidden_round": self.tr("&Hidden round (silent brainstorming)"),
            "room.reveal": self.tr("Re&veal all hidden cards"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.actions["room.hidden_round"].setToolTip(self.tr(
            "New cards show on your screen but stay off the projector until revealed"))
        self.actions["room.presentation"].setToolTip(self.tr(
            "The projector shows one zone at a time, large enough for the back row"))
        self.screen_menu.setTitle(self.tr("Projector &screen"))

    def _update_actions(self) -> None:
        """Round actions only make sense with an open round on the current canvas."""
        r = self.voting.active_round()
        editable = not getattr(self.window_, "read_only", False)
        self.actions["room.counts"].setEnabled(editable and r is not None and not r.closed)
        self.actions["room.click_vote"].setEnabled(editable and r is not None and not r.closed)
        if r is None or r.closed:
            self.voting.set_click_mode(False)
        self._update_presentation()

    def _update_presentation(self) -> None:
        """The presentation entry shows whether the projector presents (its own P key may
        have changed that); next/previous need the projector."""
        mode = self.projector.wall.mode if self.projector is not None else ""
        self.actions["room.presentation"].setChecked(bool(mode))
        for key in ("room.next_slide", "room.previous_slide"):
            self.actions[key].setEnabled(self.projector is not None)

    # -- docks and voting -----------------------------------------------------------------

    def show_dock(self, dock: Any) -> None:
        dock.show()
        dock.raise_()

    def new_round(self) -> None:
        self.show_dock(self.voting)
        self.voting.start_round()

    def set_click_vote(self, on: bool) -> None:
        if on and self.voting.active_round() is None:
            self.actions["room.click_vote"].setChecked(False)
            self.show_dock(self.voting)
            status_message(self.window_, self.tr("Start a voting round first."))
            return
        if on:
            self.show_dock(self.voting)
        self.voting.set_click_mode(on)

    def active_round(self) -> VotingRound | None:
        return self.voting.active_round()

    def badges(self, canvas_id: str) -> dict[str, str]:
        return self.voting.badges(canvas_id)

    def hides_names(self, canvas_id: str) -> bool:
        return self.voting.hides_names(canvas_id)

    def update_badges(self) -> None:
        view = self.window_.current_view()
        if view is not None and view.scene() is not None:
            scene = view.scene()
            scene.set_badges(self.badges(getattr(scene, "canvas_id", "")
                                         or self.window_.current_canvas_id()))
        if self.projector is not None:
            self.projector.update_overlays()

    # -- hidden round ---------------------------------------------------------------------

    def set_hidden_round(self, on: bool) -> None:
        """Start or end the hidden round (the window's session holds the flag)."""
        self.session.set_hidden_round(bool(on))
        self.actions["room.hidden_round"].setChecked(self.session.hidden_round)

    def _on_hidden_round(self, on: bool) -> None:
        self.actions["room.hidden_round"].setChecked(on)
        status_message(self.window_, self.tr("Hidden round on: new cards stay off the "
                                             "projector until you reveal them.") if on
                       else self.tr("Hidden round off."))
        if self.projector is not None:
            self.projector.update_overlays()

    def reveal_all(self) -> None:
        """Show every hidden card at once (one undo step) and end the hidden round."""
        ids = hidden_cards(self.workshop)
        if ids:
            run_command(self.window_, RevealCards(self.workshop, ids,
                                                  self.tr("Reveal hidden cards")))
        if self.session.hidden_round:
            self.set_hidden_round(False)

    # -- projector ------------------------------------------------------------------------

    def projector_screen(self) -> QScreen | None:
        """The chosen screen, else one the main window is not on, else the primary one."""
        screens = QGuiApplication.screens()
        for s in screens:
            if s.name() == self.screen_name:
                return s
        here = self.window_.screen() if hasattr(self.window_, "screen") else None
        others = [s for s in screens if s is not here]
        return (others or screens)[0] if screens else None

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        chosen = self.projector_screen()
        for s in QGuiApplication.screens():
            g = s.geometry()
            name = s.name()
            action = self.screen_menu.addAction(f"{name} ({g.width()}×{g.height()})")
            action.setCheckable(True)
            action.setChecked(s is chosen)
            action.triggered.connect(lambda _=False, n=name: self.choose_screen(n))
            self.screen_group.addAction(action)

    def choose_screen(self, name: str) -> None:
        self.screen_name = name
        _remember("room/projector_screen", name)
        if self.projector is not None:
            self.projector.open_on(self.projector_screen())

    def toggle_projector(self, on: bool | None = None) -> None:
        if on is None:
            on = self.projector is None
        if on and self.projector is None:
            self.open_projector()
        elif not on and self.projector is not None:
            self.projector.close()
        self.actions["room.projector"].setChecked(self.projector is not None)

    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            from .projector import ProjectorWindow

            self.projector = ProjectorWindow(self.window_, self, self.timer)
            for key in ("room.projector", "room.timer_toggle", "room.timer_minute",
                        "room.hidden_round", "room.reveal", "room.presentation",
                        "room.next_slide", "room.previous_slide"):
                self.projector.addAction(self.actions[key])
            self.projector.closed.connect(self._on_projector_closed)
            self.projector.set_follow_zoom(self.follow_zoom)
            self.projector.open_on(self.projector_screen())
            # once the projector has its size and has fitted the board
            QTimer.singleShot(300, self.advise_legibility)
        self.actions["room.projector"].setChecked(True)
        return self.projector

    def advise_legibility(self) -> bool:
        """Tell the facilitator when the whole board makes card titles too small for the
        back row (capitals under 24 px on the wall), and how to present it zone by zone;
        returns whether it did."""
        projector = self.projector
        if projector is None or projector.wall.mode or projector.wall.legible():
            return False
        from ..canvas.wall import CAP_SHARE  # loaded with the projector

        size = round(projector.title_pixels() * CAP_SHARE)
        status_message(self.window_, self.tr(
            "The card titles on the projector are small (%1 px): Room ▸ Present zone by zone "
            "(Shift+F5) shows the board large enough for the back row.")
            .replace("%1", str(size)), 15000)
        return True

    def set_presentation(self, on: bool) -> None:
        """Start (opening the projector if needed) or stop presenting zone by zone."""
        if on:
            self.open_projector().set_presentation("zones")
        elif self.projector is not None:
            self.projector.set_presentation("")
        self._update_presentation()

    def step_slide(self, delta: int) -> None:
        """The next or previous zone; from the whole canvas, start at the first zone."""
        if self.projector is None:
            return
        if not self.projector.wall.mode:
            self.set_presentation(True)
        elif delta > 0:
            self.projector.next_slide()
        else:
            self.projector.previous_slide()

    def _on_projector_closed(self) -> None:
        self.projector = None
        self.actions["room.projector"].setChecked(False)
        self._update_presentation()
        self.window_.activateWindow()

    def set_follow_zoom(self, on: bool) -> None:
        self.follow_zoom = bool(on)
        _remember("room/projector_follow", self.follow_zoom)
        self.actions["room.follow_zoom"].setChecked(self.follow_zoom)
        if self.projector is not None:
            self.projector.set_follow_zoom(self.follow_zoom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def close(self) -> None:
        """Close the projector (the main window is closing)."""
        if self.projector is not None:
            self.projector.close()
