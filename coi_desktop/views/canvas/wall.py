"""The wall: what the room sees of one canvas, as the projector shows it and `render` draws it.

A header (the canvas's name, one line of information, and, on the projector, the timer, so
the timer stays visible in every mode) above either the whole canvas (a presentation
`CanvasView`: read-only, hidden cards off, larger type) or its slides (slides.py: zone by
zone, group by group, or the facilitator's selection, each page legible from the back row).
The projector window adds following the facilitator; `coi-desktop render` uses the wall
alone, offscreen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coi_desktop.models import Workshop, zone_at

from . import palette
from .fit_label import FitLabel
from .slides import MODES, SlideView, group_slides, selection_slide, zone_slides
from .view import CanvasView

#: Card type on the wall, relative to the facilitator's (titles of two lines still fit).
FONT_SCALE = 1.3
MAX_ZOOM = 2.5  # a canvas with three cards should not show them as posters
MARGIN = 40.0
#: A title's cap height is about this share of its font size (DejaVu Sans Bold: 0.73).
CAP_SHARE = 0.72
#: The smallest title the back row reads (cap height in px on a 1920×1080 wall).
LEGIBLE_CAP_PX = 24.0


class Wall(QWidget):
    """Header and canvas (or slides) for the room (see the module docstring)."""

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack,
                 parent: QWidget | None = None, clock: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        # Without it a style sheet's background is not painted on a plain QWidget: the
        # high-contrast projector showed its black title on the dark window colour.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.canvas_id = ""
        self.mode = ""
        self.view: CanvasView | None = None
        self.font_scale = FONT_SCALE
        self._selection: tuple[str, ...] = ()
        # Wrapping labels: a long title used to widen the header past the wall's edge
        self.title = FitLabel(2, self)
        self.title.setObjectName("projector.title")
        self.info = FitLabel(1, self)
        self.info.setObjectName("projector.info")
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.info)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(24, 12, 24, 12)
        self.header.addLayout(heading, 1)
        if clock is not None:
            self.header.addWidget(clock)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addLayout(self.header)
        self.slides = SlideView(workshop, self)
        self.slides.hide()
        self.body.addWidget(self.slides, 1)
        self.apply_theme()
        palette.watch(self)

    def apply_theme(self) -> None:
        t = palette.current()
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"#wall {{ background: {t.color('projector.background')}; }}"
                           f" QLabel#projector\\.title {{ color: {t.color('projector.text')}; }}"
                           f" QLabel#projector\\.info {{ color: {t.color('projector.info')}; }}")
        self.slides.apply_theme()

    # -- what is shown --------------------------------------------------------------------

    def show_canvas(self, canvas_id: str) -> None:
        if self.view is not None:
            self.body.removeWidget(self.view)
            self.view.close()
            self.view.deleteLater()
            self.view = None
        self.canvas_id = canvas_id or ""
        if canvas_id in self.workshop.canvases:
            self.view = CanvasView(self.workshop, canvas_id, self.undo_stack, self,
                                   presentation=True)
            self.view.setObjectName("projector.view")
            self.view.set_font_scale(self.font_scale)
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.body.addWidget(self.view, 1)
        self.refresh_slides(keep=False)

    def set_font_scale(self, factor: float) -> None:
        """Card type on the wall (FONT_SCALE times the card text size setting)."""
        self.font_scale = factor
        if self.view is not None:
            self.view.set_font_scale(factor)
        self.slides.set_font_scale(factor / FONT_SCALE)  # the setting, without wall type

    def set_mode(self, mode: str, selection: Iterable[str] = ()) -> None:
        """"" shows the whole canvas; "zones", "groups" or "selection" its slides."""
        self.mode = mode if mode in MODES else ""
        self._selection = tuple(selection)
        self.refresh_slides(keep=False)

    def set_selection(self, ids: Iterable[str]) -> None:
        ids = tuple(ids)
        if ids != self._selection:
            self._selection = ids
            if self.mode == "selection":
                self.refresh_slides(keep=False)

    def refresh_slides(self, keep: bool = True) -> None:
        """Cards changed (or the mode): build the slides again."""
        on = bool(self.mode) and self.canvas_id in self.workshop.canvases
        if on:
            if self.mode == "zones":
                slides = zone_slides(self.workshop, self.canvas_id)
            elif self.mode == "groups":
                slides = group_slides(self.workshop, self.canvas_id)
            else:
                slides = selection_slide(self.workshop, self._selection,
                                         self.tr("Selected cards"))
            self.slides.set_slides(slides, keep)
        self.slides.setVisible(on)
        if self.view is not None:
            self.view.setVisible(not on)
        self.update_title()

    def step(self, delta: int) -> bool:
        moved = self.mode != "" and self.slides.step(delta)
        self.update_title()
        return moved

    def update_title(self) -> None:
        canvas = self.workshop.canvases.get(self.canvas_id)
        name = canvas.name if canvas else ""
        slide = self.slides.current() if self.mode else None
        if slide is not None:
            count = f"({self.slides.index + 1}/{len(self.slides.slides)})"
            # a zone of several pages says "(1/2)" itself: not twice when they are all
            name = f"{name} · {slide.title}" + ("" if slide.title.endswith(count)
                                                else f"  {count}")
        elif self.mode:
            empty = self.tr("nothing to show in this mode")
            name = f"{name} · {empty}"
        self.title.setText(name)

    def set_badges(self, badges: Mapping[str, str]) -> None:
        if self.view is not None:
            self.view.scene().set_badges(badges)
        self.slides.set_badges(badges)

    # -- zoom -----------------------------------------------------------------------------

    def cards_rect(self, within: QRectF | None = None) -> QRectF:
        """The cards the room can see (those touching `within`, if given), with the label
        band of each card's zone above it and a margin: what the wall zooms to."""
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

    def fit(self) -> None:
        """Every card the room may see, as large as fits (never beyond MAX_ZOOM)."""
        if self.mode:
            self.slides.fit()
            return
        if self.view is None:
            return
        rect = self.cards_rect()
        if rect.isEmpty():
            self.view.fit_all()
            return
        self.fit_rect(rect)

    def fit_rect(self, rect: QRectF, cap: bool = True) -> None:
        assert self.view is not None
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if cap and self.view.transform().m11() > MAX_ZOOM:
            self.view.resetTransform()
            self.view.scale(MAX_ZOOM, MAX_ZOOM)
            self.view.centerOn(rect.center())

    def title_pixels(self) -> float:
        """How large a card title's font is on the wall now (px, its largest size)."""
        if self.mode:
            return self.slides.title_pixels()
        if self.view is None:
            return 0.0
        return self.view.scene().card_style.title_font.pixelSize() * self.view.transform().m11()

    def legible(self) -> bool:
        """Whether card titles' capitals are at least LEGIBLE_CAP_PX tall on the wall."""
        return self.title_pixels() * CAP_SHARE >= LEGIBLE_CAP_PX

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
