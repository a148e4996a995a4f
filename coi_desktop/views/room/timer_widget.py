"""The countdown on screen: one shared controller, a big face, and the facilitator's buttons.

`TimerController` owns the `Countdown` (services/timer.py) and ticks a few times a second;
the facilitator's `TimerWidget` (in the agenda dock) and the projector's `TimerFace` both
redraw from it, so they can never show different times. At zero the face flashes red and,
when the facilitator wants it, the computer beeps once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.timer import Clock, Countdown, display_text
from ..canvas import palette

LAST_MINUTE = 60.0


class TimerController(QObject):
    """The one countdown of the room; `changed` fires on every tick and every button."""

    changed = Signal()
    finished = Signal()  # once, when the countdown reaches zero
    label_changed = Signal()

    def __init__(self, parent: QObject | None = None, clock: Clock | None = None,
                 beep: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.countdown = Countdown(5 * 60, clock=clock) if clock else Countdown(5 * 60)
        self.sound = False
        self.label = ""  # the agenda item the countdown belongs to
        self._beep = beep or QApplication.beep
        self._was_finished = False
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.tick)

    # -- control --------------------------------------------------------------------------

    def start(self) -> None:
        self.countdown.start()
        self._tick.start()
        self.tick()

    def pause(self) -> None:
        self.countdown.pause()
        self.tick()

    def toggle(self) -> None:
        if self.countdown.running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        self.countdown.add_minute()
        self.tick()

    def reset(self, seconds: float | None = None) -> None:
        self.countdown.reset(seconds)
        self.tick()

    def run_for(self, seconds: float, label: str = "") -> None:
        """Start a fresh countdown (an agenda item starting)."""
        if label != self.label:
            self.label = label
            self.label_changed.emit()
        self.countdown.reset(seconds)
        self.start()

    def resume(self, seconds: float, elapsed: float, label: str = "") -> None:
        """Take up a countdown of `seconds` that started `elapsed` seconds ago (a workshop
        reopened, or the program restarted after a crash, while an agenda item ran)."""
        self.run_for(seconds, label)
        self.countdown.set_elapsed(elapsed)
        self.tick()

    # -- state ----------------------------------------------------------------------------

    def text(self) -> str:
        return display_text(self.countdown)

    def is_finished(self) -> bool:
        return self.countdown.finished()

    def is_last_minute(self) -> bool:
        c = self.countdown
        return not c.finished() and c.duration > 0 and c.remaining() <= LAST_MINUTE \
            and c.elapsed() > 0

    def flash_on(self) -> bool:
        """Alternates twice a second once the countdown is past zero."""
        return self.is_finished() and int(self.countdown.overrun() * 2) % 2 == 0

    def tick(self) -> None:
        finished = self.is_finished()
        if finished and not self._was_finished:
            if self.sound:
                self._beep()
            self.finished.emit()
        self._was_finished = finished
        if not self.countdown.running and not finished:
            self._tick.stop()
        self.changed.emit()


class TimerFace(QWidget):
    """The time in figures as large as the widget allows; red and flashing past zero."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 48)
        controller.changed.connect(self.update)
        self.setAccessibleName(self.tr("Timer"))
        palette.watch(self)

    def apply_theme(self) -> None:
        self.update()

    def colours(self) -> tuple[QColor, QColor]:
        """(background, text) for the current state, from the theme's timer tokens: also
        what the tests look at. Past zero the two swap every half second (the flash)."""
        c = self.controller
        if c.is_finished():
            state = "over"
        elif c.is_last_minute():
            state = "last_minute"
        else:
            state = "running" if c.countdown.running else "idle"
        t = palette.current()
        fill, text = QColor(t.color(f"timer.{state}.fill")), QColor(t.color(f"timer.{state}.text"))
        if state == "over" and not c.flash_on():
            return text, fill
        return fill, text

    def paintEvent(self, event: QPaintEvent) -> None:
        background, ink = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        edge = palette.current().size("timer.edge_px")
        if edge > 0:  # high contrast: a white face on the white wall had no visible edge
            rect = rect.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
            painter.setPen(QPen(ink, edge))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 8, 8)
        text = self.controller.text()
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(100)
        width = QFontMetricsF(font).horizontalAdvance("+" + "0" * (len(text) - 1) + " ")
        size = min(rect.height() * 0.8, 100 * rect.width() * 0.92 / max(width, 1.0))
        font.setPixelSize(max(8, int(size)))
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class TimerWidget(QWidget):
    """The facilitator's timer: the face, start/pause, +1 minute, reset to N minutes, sound."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.face = TimerFace(controller, self)
        self.face.setMinimumHeight(72)
        self.start_button = QPushButton(self)
        self.minute_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setValue(5)
        self.sound = QCheckBox(self)
        self.start_button.clicked.connect(controller.toggle)
        self.minute_button.clicked.connect(controller.add_minute)
        self.reset_button.clicked.connect(lambda: controller.reset(self.minutes.value() * 60))
        self.sound.toggled.connect(self._on_sound)
        controller.changed.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for w in (self.start_button, self.minute_button, self.reset_button, self.minutes):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.sound)
        self.retranslate()

    def _on_sound(self, on: bool) -> None:
        self.controller.sound = on

    def _update_buttons(self) -> None:
        running = self.controller.countdown.running
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))

    def retranslate(self) -> None:
        self._update_buttons()
        self.minute_button.setText(self.tr("+1 minute"))
        self.reset_button.setText(self.tr("Reset to"))
        self.minutes.setSuffix(self.tr(" min"))
        self.sound.setText(self.tr("Beep at zero"))
        self.face.setToolTip(self.tr("Time left; red and flashing when the time is up"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
