"""Agenda items start their canvas and countdown; the timer face signals zero clearly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from coi_desktop.models import Canvas
from coi_desktop.views.room.agenda import AgendaDock, actual_minutes
from coi_desktop.views.room.timer_widget import TimerController, TimerFace, TimerWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_starting_an_item_switches_canvas_and_starts_countdown(window: Any) -> None:
    ws = window.workshop
    ws.canvases.add([Canvas("c2", "Opportunities", "impact_effort", 1)])
    clock = FakeClock()
    timer = TimerController(window, clock=clock)
    stamps = iter(["2026-05-04T10:00:00+02:00", "2026-05-04T10:17:00+02:00",
                   "2026-05-04T10:30:00+02:00"])
    dock = AgendaDock(window, timer, window, now=lambda: next(stamps))
    first = dock.add("Barriers", 15)
    second = dock.add("Opportunities", 20, "c2")
    assert [dock.table.item(r, 0).text() for r in range(2)] == ["Barriers", "Opportunities"]
    dock.start(first)
    assert ws.agenda[first].started_at.startswith("2026-05-04T10:00")
    assert timer.countdown.running and timer.countdown.remaining() == 15 * 60
    dock.start(second)  # ends the first one, switches canvas, restarts the countdown
    assert ws.agenda[first].ended_at.startswith("2026-05-04T10:17")
    assert actual_minutes(ws.agenda[first]) == 17
    assert window.current_canvas_id() == "c2"
    assert timer.countdown.remaining() == 20 * 60 and timer.label == "Opportunities"
    assert "(17 min)" in dock.table.item(0, 3).text()
    dock.finish_running()
    assert ws.agenda[second].ended_at and not timer.countdown.running
    window.undo_stack.undo()
    assert ws.agenda[second].ended_at == ""


def test_reorder_and_remove_are_undoable(window: Any) -> None:
    dock = AgendaDock(window, TimerController(window), window)
    a, b = dock.add("A", 5), dock.add("B", 5)
    dock.select(b)
    dock.move_selected(-1)
    assert [i.id for i in window.workshop.agenda.ordered()] == [b, a]
    dock.select(a)
    dock.remove_selected()
    assert list(window.workshop.agenda) == [b]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [i.id for i in window.workshop.agenda.ordered()] == [a, b]


def test_timer_buttons_and_red_flash_at_zero(qtbot: Any) -> None:
    clock = FakeClock()
    beeps: list[int] = []
    timer = TimerController(clock=clock, beep=lambda: beeps.append(1))
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    widget.minutes.setValue(1)
    widget.reset_button.click()
    widget.sound.setChecked(True)
    widget.start_button.click()
    assert widget.start_button.text() == "Pause"
    clock.now = 30
    timer.tick()
    assert timer.text() == "0:30"
    widget.minute_button.click()
    assert timer.text() == "1:30"
    clock.now = 119
    timer.tick()
    assert not timer.is_finished() and widget.face.colours()[1] == QColor("#b34700")
    clock.now = 120.1
    timer.tick()
    assert timer.is_finished() and beeps == [1]
    backgrounds = set()
    for t in (120.2, 120.7):
        clock.now = t
        timer.tick()
        backgrounds.add(widget.face.colours()[0].name())
    assert backgrounds == {"#c62828", "#ffffff"}  # it flashes red
    timer.tick()
    assert beeps == [1]  # one beep, not one per tick
    widget.start_button.click()
    assert widget.start_button.text() == "Start"


def test_timer_face_is_large(qtbot: Any) -> None:
    timer = TimerController(clock=FakeClock())
    face = TimerFace(timer)
    qtbot.addWidget(face)
    face.resize(480, 160)
    image = face.grab().toImage()
    assert image.width() == 480


def test_read_only_window_keeps_the_timer(qtbot: Any, workshop: Any) -> None:
    from coi_desktop.views.room import install
    from tests.views.room.conftest import FakeWindow

    window = FakeWindow(workshop)
    window.read_only = True
    qtbot.addWidget(window)
    room = install(window)
    assert not room.agenda.buttons["start"].isEnabled()
    assert not room.participants.add_button.isEnabled()
    assert not room.voting.new_button.isEnabled()
    assert not room.actions["room.reveal"].isEnabled()
    assert room.agenda.timer_widget.start_button.isEnabled()
    room.actions["room.timer_toggle"].trigger()
    assert room.timer.countdown.running


def test_projector_and_sound_preferences_are_remembered(qtbot: Any, workshop: Any) -> None:
    from coi_desktop.views.room import install
    from tests.views.room.conftest import FakeWindow

    first = FakeWindow(workshop)
    qtbot.addWidget(first)
    room = install(first)
    assert room.follow_zoom and not room.timer.sound
    room.set_follow_zoom(False)
    room.choose_screen("beamer")
    room.agenda.timer_widget.sound.setChecked(True)
    second = FakeWindow(workshop)
    qtbot.addWidget(second)
    again = install(second)
    assert not again.follow_zoom and again.screen_name == "beamer" and again.timer.sound
    assert not again.actions["room.follow_zoom"].isChecked()
    assert again.agenda.timer_widget.sound.isChecked()


def test_up_and_down_buttons_sit_side_by_side(qtbot: Any, window: Any) -> None:
    dock = AgendaDock(window, TimerController(window, clock=FakeClock()), window)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    window.resize(600, 700)
    window.show()
    qtbot.waitExposed(window)
    up, down = dock.buttons["up"], dock.buttons["down"]
    assert up.y() == down.y() and down.x() > up.x()
    assert dock.buttons["start"].y() == dock.buttons["finish"].y()


def test_agenda_keeps_four_rows_visible_beside_the_big_timer(qtbot: Any, window: Any) -> None:
    dock = AgendaDock(window, TimerController(window, clock=FakeClock()), window)
    for n in range(5):
        dock.add(f"Item {n}", 10)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    window.resize(600, 250)  # as short as the window lets it be
    window.show()
    qtbot.waitExposed(window)
    rows = dock.table.viewport().height() // dock.table.rowHeight(0)
    assert rows >= 4


def test_timer_face_follows_the_theme_and_stays_readable(qtbot: Any) -> None:
    # On the dark projector the idle face was a light-grey block (fixed colours); every state
    # now takes the theme's timer tokens, with text at least 4.5:1 on its fill.
    from coi_desktop.theme import contrast
    from coi_desktop.views.canvas import palette

    clock = FakeClock()
    controller = TimerController(clock=clock)
    face = TimerFace(controller)
    qtbot.addWidget(face)
    try:
        for name in ("light", "dark", "high_contrast"):
            palette.use_theme(name)  # False when it is already the theme
            assert palette.current().name == name
            seen = []
            for now, start in ((0.0, False), (0.0, True), (250.0, True), (301.0, True)):
                if start and not controller.countdown.running:
                    controller.start()
                clock.now = now
                controller.tick()
                fill, ink = face.colours()
                assert contrast(fill.name(), ink.name()) >= 4.5, (name, now, fill.name())
                seen.append(fill.name())
            if name == "dark":
                assert QColor(seen[0]).lightness() < 80  # idle face dark on a dark projector
            controller.reset(5 * 60)
    finally:
        palette.use_theme("light")


def test_high_contrast_timer_face_has_a_visible_edge_on_the_white_wall(qtbot: Any) -> None:
    """High contrast: the idle and running faces are white on the white projector wall, so
    without an edge the timer floated as bare figures; its edge is drawn in the ink."""
    from coi_desktop.theme import contrast
    from coi_desktop.views.canvas import palette

    controller = TimerController(clock=FakeClock())
    face = TimerFace(controller)
    qtbot.addWidget(face)
    face.resize(400, 140)
    try:
        palette.use_theme("high_contrast")
        wall = palette.current().color("projector.background")
        fill, _ink = face.colours()
        assert contrast(fill.name(), wall) < 1.5  # the case: the face is the wall's colour
        image = face.grab().toImage()
        edge = [image.pixelColor(x, 70).name() for x in range(0, 6)]
        assert any(contrast(c, wall) >= 7 for c in edge), edge
    finally:
        palette.use_theme("light")
