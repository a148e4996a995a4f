"""A countdown for agenda items and exercises, as pure logic with an injectable clock.

The facilitator starts, pauses, adds a minute and resets; the widgets only ask how much time
is left (or how far it has run over) and redraw. Keeping the arithmetic here, away from Qt,
lets the tests drive it with a fake clock instead of sleeping.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]


class Countdown:
    """A countdown of `duration` seconds that can run, pause and run over."""

    def __init__(self, duration: float = 0.0, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._duration = max(0.0, float(duration))
        self._elapsed_before = 0.0  # elapsed time accumulated before the current run
        self._started: float | None = None  # clock reading when the current run began

    # -- state ----------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> float:
        """Seconds counted so far (paused time excluded)."""
        current = self._clock() - self._started if self._started is not None else 0.0
        return self._elapsed_before + max(0.0, current)

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self._duration - self.elapsed())

    def overrun(self) -> float:
        """Seconds past zero (0 while time is left)."""
        return max(0.0, self.elapsed() - self._duration)

    def finished(self) -> bool:
        """True once a countdown with some time has reached zero."""
        return self._duration > 0 and self.elapsed() >= self._duration

    # -- control --------------------------------------------------------------------------

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()

    def pause(self) -> None:
        if self._started is not None:
            self._elapsed_before = self.elapsed()
            self._started = None

    def toggle(self) -> None:
        """Start when paused, pause when running (one button, one shortcut)."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add_minute(self, seconds: float = 60.0) -> None:
        """Give a minute more; when already past zero, the minute counts from now."""
        over = self.overrun()
        self._duration += over + seconds

    def set_elapsed(self, seconds: float) -> None:
        """Take up a countdown that has been running for `seconds` (after a reopen)."""
        self._elapsed_before = max(0.0, float(seconds))
        if self._started is not None:
            self._started = self._clock()

    def reset(self, duration: float | None = None) -> None:
        """Stop and go back to the full time (or to a new `duration`)."""
        if duration is not None:
            self._duration = max(0.0, float(duration))
        self._elapsed_before = 0.0
        self._started = None


def format_seconds(seconds: float) -> str:
    """`m:ss` (or `h:mm:ss` from an hour), rounding a started second up as a countdown does."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def display_text(countdown: Countdown) -> str:
    """What the big timer shows: time left, or `+m:ss` once it has run over."""
    if countdown.finished():
        over = countdown.overrun()
        return "+" + format_seconds(math.floor(over)) if over >= 1 else format_seconds(0)
    return format_seconds(countdown.remaining())
