"""The projector window: the current canvas, read-only and in large type, with the timer.

A second top-level window, full screen on the chosen screen (a normal window when the laptop
has only one), showing a `Wall` (views/canvas/wall.py: header with the timer, canvas or
slides). It follows the facilitator's canvas; its zoom either follows the facilitator's
view or keeps showing every card. When a board is too big to read whole, presentation mode
(P, then → / ←) shows it zone by zone, group by group or the facilitator's selection, in
type the back row reads; the timer stays in the header throughout. Following a facilitator
who sees more than the wall can show legibly (titles under MIN_TITLE_PX), it shows the cards
in the facilitator's view as large as they fit. The card text size setting reaches the wall.
It uses a presentation `CanvasView`, which never shows facilitator notes and keeps cards of
a hidden round off the wall until they are revealed; in an anonymous voting round it also
hides every participant name. Esc or F5 closes it.
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...models import Card, Change, Workshop
from .. import settings
from ..canvas.slides import MODES
from ..canvas.wall import FONT_SCALE, MAX_ZOOM, Wall
from .timer_widget import TimerController, TimerFace

# Card type on the wall (wall.FONT_SCALE): a card is 180×100 scene units whatever the type
# size, so a little smaller when a contributor line shows.
FONT_SCALE_WITH_NAMES = 1.15
#: Below this title size (px on the wall) a projector that follows the facilitator's zoom
#: zooms in on the cards the facilitator sees instead.
MIN_TITLE_PX = 14.0


class ProjectorWindow(QWidget):
    """See the module docstring; `room` is the RoomController (voting state, options)."""

    closed = Signal()

    def __init__(self, window: Any, room: Any, timer: TimerController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("room.projector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.room = room
        self.workshop: Workshop = window.workshop
        self.follow_zoom = False
        self._font_scale = 0.0
        self._last_rect: Any = None
        self.face = TimerFace(timer)
        self.wall = Wall(self.workshop, window.undo_stack, self, clock=self.face)
        self.title, self.info = self.wall.title, self.wall.info
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wall)

        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(60)
        self._refit.timeout.connect(self.fit)
        self._poll = QTimer(self)
        self._poll.setInterval(250)
        self._poll.timeout.connect(self._follow_facilitator)
        window.canvas_changed.connect(self._on_canvas_changed)
        timer.label_changed.connect(self.update_overlays)
        self.workshop.subscribe(self._on_change)
        self.show_canvas(window.current_canvas_id())
        self.resize(1280, 800)
        self.retranslate()
        from ..devices.qr_widget import attach_join_panel  # phones' join QR (issue 15)
        attach_join_panel(self, getattr(window, "devices", None))

    @property
    def canvas_id(self) -> str:
        return self.wall.canvas_id

    @property
    def view(self) -> Any:
        return self.wall.view

    # -- what is shown --------------------------------------------------------------------

    def show_canvas(self, canvas_id: str) -> None:
        """Show another canvas (the facilitator switched tabs or started an agenda item)."""
        self.wall.show_canvas(canvas_id)
        self._font_scale = 0.0
        self._last_rect = None
        self.update_overlays()
        self._refit.start()

    def set_presentation(self, mode: str) -> None:
        """"" for the whole canvas; "zones", "groups" or "selection" for slides."""
        self.wall.set_mode(mode, self._facilitator_selection())
        if mode:
            self._poll.start()
        elif not self.follow_zoom:
            self._poll.stop()
        self.update_overlays()
        self._refit.start()

    def next_slide(self) -> bool:
        return self.wall.step(1)

    def previous_slide(self) -> bool:
        return self.wall.step(-1)

    def _facilitator_selection(self) -> list[str]:
        source = self.window_.current_view()
        try:
            return list(source.selected_card_ids()) if source is not None else []
        except RuntimeError:  # the facilitator's view is being rebuilt
            return []

    def scene(self) -> Any:
        return self.view.scene() if self.view is not None else None

    def update_overlays(self) -> None:
        """Title, badges of the active round, names (never in anonymous rounds), hidden count."""
        self.wall.update_title()
        scene = self.scene()
        hide_names = bool(self.room.hides_names(self.canvas_id))
        self.wall.set_badges(self.room.badges(self.canvas_id))
        if scene is not None:
            scale = (FONT_SCALE if hide_names else FONT_SCALE_WITH_NAMES) * settings.font_scale()
            if scene.card_style.show_participants != (not hide_names) \
                    or abs(scale - self._font_scale) > 1e-6:
                scene.set_show_participants(not hide_names)
                self.wall.slides.card_style.show_participants = not hide_names
                self._font_scale = scale  # the card text size setting reaches the wall
                self.wall.set_font_scale(scale)
        lines = []
        label = self.room.timer.label
        if label:
            lines.append(label)
        voting = self.room.active_round()
        if voting is not None and voting.canvas_id == self.canvas_id and not voting.closed:
            lines.append(self.tr("Dot voting: %1").replace("%1", voting.title))
        hidden = sum(1 for c in self.workshop.cards.on(self.canvas_id) if c.hidden)
        if hidden:
            lines.append(self.tr("%1 new cards not yet shown").replace("%1", str(hidden)))
        elif self.room.session.hidden_round:
            lines.append(self.tr("Silent brainstorming: new cards appear when revealed"))
        self.info.setText("   ·   ".join(lines))

    def _on_change(self, change: Change) -> None:
        if not shiboken6.isValid(self):
            self.workshop.unsubscribe(self._on_change)
            return
        ups, gone = change.of_type(Card)
        if ups or gone:
            self.wall.refresh_slides()
            self.update_overlays()
            if not self.follow_zoom:
                self._refit.start()
        elif change.kind.startswith("canvases"):
            if self.canvas_id not in self.workshop.canvases:
                self.show_canvas(self.window_.current_canvas_id())
            else:
                self.update_overlays()

    def _on_canvas_changed(self, canvas_id: str) -> None:
        if canvas_id != self.canvas_id:
            self.show_canvas(canvas_id)

    # -- zoom -----------------------------------------------------------------------------

    def set_follow_zoom(self, on: bool) -> None:
        self.follow_zoom = on
        self._last_rect = None
        if on:
            self._poll.start()
            self._follow_facilitator()
        else:
            if not self.wall.mode:
                self._poll.stop()
            self.fit()

    def fit(self) -> None:
        if self.view is None:
            return
        if self.follow_zoom and not self.wall.mode:
            self._follow_facilitator()
            return
        self.wall.fit()

    def cards_rect(self, within: QRectF | None = None) -> QRectF:
        return self.wall.cards_rect(within)

    def title_pixels(self) -> float:
        """How tall a card title is on the wall at the current zoom (its largest size)."""
        return self.wall.title_pixels()

    def _follow_facilitator(self) -> None:
        if self.wall.mode:
            self.wall.set_selection(self._facilitator_selection())
            return
        source = self.window_.current_view()
        if self.view is None or source is None or not self.follow_zoom:
            return
        try:
            if getattr(source, "canvas_id", self.canvas_id) != self.canvas_id:
                return
            rect = source.mapToScene(source.viewport().rect()).boundingRect()
        except RuntimeError:  # the facilitator's view is being rebuilt
            return
        if not rect.isValid() or rect.isEmpty():
            return
        target, tight = QRectF(rect.topLeft(), rect.size()), False
        viewport = self.view.viewport().size()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        if self.view.scene().card_style.title_font.pixelSize() * zoom < MIN_TITLE_PX:
            # The facilitator sees more than the wall can show legibly (a whole board, say):
            # the wall shows the cards the facilitator sees, as large as they fit.
            cards = self.cards_rect(rect)
            if not cards.isEmpty():
                target, tight = cards, True
        # the projector's own size counts too: a fit made before it was shown is stale
        key = target, viewport
        if key == self._last_rect:
            return
        self._last_rect = key
        self.view.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        if tight and self.view.transform().m11() > MAX_ZOOM:
            self.view.resetTransform()
            self.view.scale(MAX_ZOOM, MAX_ZOOM)
            self.view.centerOn(target.center())

    # -- window ---------------------------------------------------------------------------

    def open_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen` when there is a second screen; a normal window otherwise."""
        screens = QGuiApplication.screens()
        if screen is not None and len(screens) > 1:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(min(1280, area.width()), min(800, area.height()))
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self._refit.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(self.height(), 300)
        self.face.setFixedSize(max(220, self.width() // 4), max(80, height // 7))
        self._refit.start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("COI Desktop: projector"))
        self.update_overlays()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        if self.view is not None and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal,
                                             Qt.Key.Key_Minus, Qt.Key.Key_0):
            # zooming by hand means the projector keeps its own zoom from now on
            self.room.set_follow_zoom(False)
            if key == Qt.Key.Key_0:
                self.fit()
            elif key == Qt.Key.Key_Minus:
                self.view.zoom_out()
            else:
                self.view.zoom_in()
            return
        if key == Qt.Key.Key_F:
            self.room.set_follow_zoom(not self.follow_zoom)
            return
        if key == Qt.Key.Key_P:  # presentation: whole canvas → zones → groups → selection
            modes = ("", *MODES)
            self.set_presentation(modes[(modes.index(self.wall.mode) + 1) % len(modes)])
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next_slide()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_slide()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._poll.stop()
        self.workshop.unsubscribe(self._on_change)
        with contextlib.suppress(RuntimeError, TypeError):
            self.window_.canvas_changed.disconnect(self._on_canvas_changed)
        if self.view is not None:
            self.view.close()
        self.closed.emit()
        super().closeEvent(event)
