"""The projector window: the current canvas, read-only and in large type, with the timer.

A second top-level window, full screen on the chosen screen (a normal window when the laptop
has only one). It follows the facilitator's canvas; its zoom either follows the facilitator's
view or keeps showing every card. Following a facilitator who sees more than the wall can show
legibly (titles under MIN_TITLE_PX), it shows the cards in the facilitator's view as large as
they fit. It uses a presentation `CanvasView`, which never shows facilitator notes and keeps
cards of a hidden round off the wall until they are revealed; in an anonymous voting round it
also hides every participant name. Esc or F5 closes it.
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...models import Card, Change, Workshop, zone_at
from ..hidden_round import hidden_round_on
from .timer_widget import TimerController, TimerFace

# Card type on the wall. A card is 180×100 scene units whatever the type size, so the largest
# type that still gives a title two lines: a little smaller when a contributor line shows.
FONT_SCALE = 1.3
FONT_SCALE_WITH_NAMES = 1.15
MAX_ZOOM = 2.5  # a canvas with three cards should not show them as posters
MARGIN = 40.0
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
        self.canvas_id = ""
        self.view: Any = None
        self._font_scale = 0.0
        self._last_rect: Any = None
        self.setStyleSheet("#room\\.projector { background: white; }")

        self.title = QLabel(self)
        self.title.setObjectName("projector.title")
        self.info = QLabel(self)
        self.info.setObjectName("projector.info")
        self.info.setStyleSheet("color: #37474f;")
        self.face = TimerFace(timer, self)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.info)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(24, 12, 24, 12)
        self.header.addLayout(heading, 1)
        self.header.addWidget(self.face)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addLayout(self.header)

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

    # -- what is shown --------------------------------------------------------------------

    def show_canvas(self, canvas_id: str) -> None:
        """Show another canvas (the facilitator switched tabs or started an agenda item)."""
        from ..canvas import CanvasView

        if self.view is not None:
            self.body.removeWidget(self.view)
            self.view.close()
            self.view.deleteLater()
            self.view = None
        self.canvas_id = canvas_id or ""
        if canvas_id in self.workshop.canvases:
            self.view = CanvasView(self.workshop, canvas_id, self.window_.undo_stack, self,
                                   presentation=True)
            self.view.setObjectName("projector.view")
            self._font_scale = 0.0
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            for policy in (self.view.setHorizontalScrollBarPolicy,
                           self.view.setVerticalScrollBarPolicy):
                policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.body.addWidget(self.view, 1)
        self._last_rect = None
        self.update_overlays()
        self._refit.start()

    def scene(self) -> Any:
        return self.view.scene() if self.view is not None else None

    def update_overlays(self) -> None:
        """Title, badges of the active round, names (never in anonymous rounds), hidden count."""
        canvas = self.workshop.canvases.get(self.canvas_id)
        self.title.setText(canvas.name if canvas else "")
        scene = self.scene()
        hide_names = bool(self.room.hides_names(self.canvas_id))
        if scene is not None:
            scene.set_badges(self.room.badges(self.canvas_id))
            if scene.style.show_participants != (not hide_names) or not self._font_scale:
                scene.set_show_participants(not hide_names)
                self._font_scale = FONT_SCALE if hide_names else FONT_SCALE_WITH_NAMES
                self.view.set_font_scale(self._font_scale)
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
        elif hidden_round_on(self.workshop):
            lines.append(self.tr("Silent brainstorming: new cards appear when revealed"))
        self.info.setText("   ·   ".join(lines))

    def _on_change(self, change: Change) -> None:
        if not shiboken6.isValid(self):
            self.workshop.unsubscribe(self._on_change)
            return
        ups, gone = change.of_type(Card)
        if ups or gone:
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
            self._poll.stop()
            self.fit()

    def fit(self) -> None:
        if self.view is None:
            return
        if self.follow_zoom:
            self._follow_facilitator()
            return
        rect = self.cards_rect()
        if rect.isEmpty():
            self.view.fit_all()
            return
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.view.transform().m11() > MAX_ZOOM:
            self.view.resetTransform()
            self.view.scale(MAX_ZOOM, MAX_ZOOM)
            self.view.centerOn(rect.center())

    def cards_rect(self, within: QRectF | None = None) -> QRectF:
        """The cards the room can see (those touching `within`, if given), with the label
        band of each card's zone above it and a margin: what the projector zooms to."""
        rect = QRectF()
        layout = self.workshop.canvases.layout(self.canvas_id)
        for c in self.workshop.cards.on(self.canvas_id):
            if c.hidden:
                continue
            card = QRectF(c.x, c.y, c.width, c.height)
            if within is not None and not within.intersects(card):
                continue
            rect = rect.united(card)
            zone = zone_at(layout, c)
            if zone is not None and zone.shape == "rect" and zone.y < c.y:
                rect = rect.united(QRectF(c.x, zone.y, c.width, 1))  # its column's header
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN) if not rect.isEmpty() else rect

    def title_pixels(self) -> float:
        """How tall a card title is on the wall at the current zoom (its largest size)."""
        if self.view is None:
            return 0.0
        return self.view.scene().style.title_font.pixelSize() * self.view.transform().m11()

    def _follow_facilitator(self) -> None:
        source = self.window_.current_view()
        if self.view is None or source is None:
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
        if self.view.scene().style.title_font.pixelSize() * zoom < MIN_TITLE_PX:
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
        font = self.title.font()
        font.setPixelSize(max(22, height // 22))
        font.setBold(True)
        self.title.setFont(font)
        small = self.info.font()
        small.setPixelSize(max(16, height // 40))
        self.info.setFont(small)
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
