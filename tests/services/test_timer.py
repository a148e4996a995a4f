"""The countdown logic with a fake clock: no sleeping, no Qt."""

from __future__ import annotations

from coi_desktop.services.timer import Countdown, display_text, format_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make(duration: float = 300) -> tuple[Countdown, FakeClock]:
    clock = FakeClock()
    return Countdown(duration, clock=clock), clock


def test_counts_down_only_while_running() -> None:
    timer, clock = make(300)
    clock.advance(50)
    assert timer.remaining() == 300 and not timer.running
    timer.start()
    clock.advance(100)
    assert timer.remaining() == 200
    assert display_text(timer) == "3:20"


def test_pause_freezes_and_start_resumes() -> None:
    timer, clock = make(120)
    timer.start()
    clock.advance(30)
    timer.pause()
    clock.advance(500)
    assert timer.remaining() == 90 and not timer.running
    timer.start()
    clock.advance(10)
    assert timer.remaining() == 80


def test_reaching_zero_finishes_and_overruns() -> None:
    timer, clock = make(60)
    timer.start()
    clock.advance(59.5)
    assert not timer.finished() and display_text(timer) == "0:01"
    clock.advance(0.5)
    assert timer.finished() and timer.remaining() == 0 and display_text(timer) == "0:00"
    clock.advance(75)
    assert timer.overrun() == 75 and display_text(timer) == "+1:15"


def test_add_minute_while_running_and_after_zero() -> None:
    timer, clock = make(60)
    timer.start()
    clock.advance(20)
    timer.add_minute()
    assert timer.remaining() == 100
    clock.advance(130)  # 30 s past zero
    assert timer.finished()
    timer.add_minute()  # the extra minute counts from now, not from zero
    assert not timer.finished() and timer.remaining() == 60


def test_reset_stops_and_restores_full_time() -> None:
    timer, clock = make(600)
    timer.start()
    clock.advance(700)
    timer.reset()
    assert not timer.running and timer.remaining() == 600 and not timer.finished()
    timer.reset(90)
    assert timer.remaining() == 90 and display_text(timer) == "1:30"


def test_toggle_and_zero_duration_never_finishes() -> None:
    timer, clock = make(0)
    timer.toggle()
    assert timer.running
    clock.advance(5)
    assert not timer.finished()
    timer.toggle()
    assert not timer.running


def test_format_seconds() -> None:
    assert format_seconds(0) == "0:00"
    assert format_seconds(59.2) == "1:00"
    assert format_seconds(3725) == "1:02:05"
