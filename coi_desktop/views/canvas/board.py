"""The board behind the cards: a template's zones with large, readable labels.

One item paints the whole background of a canvas: quadrants with their names and hints and
the axis captions, the onion's rings, the columns of the barrier board and the process lanes
with headers in the workshop's own taxonomy labels and language. It takes no mouse buttons,
so a click on it is a click on empty space (rubber band, double-click to add).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from coi_desktop.models import Layout, Workshop, Zone

from . import palette

AXIS_MARGIN = 110.0
HEADER = 70.0  # the top band of a zone kept for its label (as the demo layouts keep it)
CLEAR = 6.0  # free space between a title band's lowest text and the first row of cards
STRONG_ZONES = ("manage_closely", "quick_wins")  # the quadrant that matters most
RINGS = 3  # ring tints board.ring.0 (the core) .. board.ring.2
TITLE_INSET = 36.0  # a quadrant title's distance from the zone's left and right edges
HINT_GAP = 28.0  # between a quadrant's name and its hint on one line


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


def zone_label(workshop: Workshop, layout: Layout, zone: Zone) -> str:
    """A zone's name from the workshop's taxonomy where there is one, in its language."""
    taxonomy = {"barrier_board": "category", "phases": "phase", "onion": "closeness"}
    lang = workshop.info.language
    if layout.template in taxonomy:
        return workshop.terms.label(taxonomy[layout.template], zone.key, lang)
    return zone.label(lang)


class BoardItem(QGraphicsItem):
    """The background of one canvas (see the module docstring)."""

    def __init__(self, workshop: Workshop, layout: Layout) -> None:
        super().__init__()
        self.workshop = workshop
        self.layout = layout
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        t = palette.current()
        self.label_font = _font(t.size("board.label_px"), bold=True)
        self.hint_font = _font(t.size("board.hint_px"))
        # a quadrant's name over its hint, when the hint does not fit beside it
        self.stack_label_font = _font(t.size("board.label_stacked_px"), bold=True)
        self.stack_hint_font = _font(t.size("board.hint_stacked_px"))
        # two lines in a narrow column's header
        self.header_font = _font(t.size("board.header_px"), bold=True)
        self.axis_font = _font(t.size("board.axis_px"), bold=True)

    def board_rect(self) -> QRectF:
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def boundingRect(self) -> QRectF:
        m = AXIS_MARGIN
        return self.board_rect().adjusted(-m, -m / 2, m / 2, m)

    def heading_rects(self) -> list[QRectF]:
        """Where the zones' names are painted: cards are never placed there."""
        rects: list[QRectF] = []
        metrics = QFontMetricsF(self.label_font)
        for zone in self.layout.zones:
            if zone.shape == "ring":
                label = zone_label(self.workshop, self.layout, zone)
                width = min(800.0, metrics.horizontalAdvance(label) + 24)
                top = zone.y - zone.r_outer + 24
                rects.append(QRectF(zone.x - width / 2, top, width, 60))
            else:
                rects.append(QRectF(zone.x, zone.y, zone.width, HEADER))
        return rects

    def set_layout(self, layout: Layout) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lay = self.layout
        board = self.board_rect()
        # Plain fills: an antialiased rounded rectangle the size of the board costs
        # milliseconds per frame, a fill almost nothing.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(board.translated(0, 5), palette.color("board.shadow"))
        painter.fillRect(board, palette.BOARD)
        if lay.template in ("power_interest", "impact_effort"):
            self._paint_quadrants(painter)
        elif lay.template == "onion":
            self._paint_onion(painter)
        elif lay.template in ("barrier_board", "phases"):
            self._paint_columns(painter)
        else:
            self._paint_grid(painter, board)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.BOARD_LINE, palette.current().size("line.board")))
        painter.drawRect(board)

    def _paint_grid(self, painter: QPainter, board: QRectF) -> None:
        painter.setPen(QPen(palette.color("board.grid"), 1.5))
        step = 200.0
        x = step
        while x < board.right():
            painter.drawLine(QPointF(x, board.top()), QPointF(x, board.bottom()))
            x += step
        y = step
        while y < board.bottom():
            painter.drawLine(QPointF(board.left(), y), QPointF(board.right(), y))
            y += step

    def _paint_quadrants(self, painter: QPainter) -> None:
        lay = self.layout
        for zone in lay.zones:
            tint = "board.zone.strong" if zone.key in STRONG_ZONES else "board.zone"
            rect = QRectF(zone.x, zone.y, zone.width, zone.height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(tint))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        self._paint_titles(painter)
        painter.setPen(QPen(palette.BOARD_LINE, 4))
        painter.drawLine(QPointF(lay.width / 2, 0), QPointF(lay.width / 2, lay.height))
        painter.drawLine(QPointF(0, lay.height / 2), QPointF(lay.width, lay.height / 2))
        self._paint_axes(painter)

    def quadrant_titles(self) -> list[tuple[Zone, list[tuple[str, QFont, QPointF]]]]:
        """What each quadrant's title band shows: (text, font, baseline start) per line.

        Name and hint share one line when every quadrant's pair fits there; otherwise (the
        Danish hints are longer: "Høj magt, lav interesse" was cut to "Høj magt, lav inter…")
        each hint goes in full on a line of its own under a slightly smaller name, for the
        whole board alike, both still inside the HEADER band that cards keep clear of."""
        lay, lang = self.layout, self.workshop.info.language
        zones = [z for z in lay.zones if z.shape != "ring"]
        label_m, hint_m = QFontMetricsF(self.label_font), QFontMetricsF(self.hint_font)
        one_line = all(
            label_m.horizontalAdvance(zone_label(self.workshop, lay, z)) + HINT_GAP
            + hint_m.horizontalAdvance(z.hint(lang)) <= z.width - 2 * TITLE_INSET
            for z in zones if z.hint(lang))
        out = []
        for zone in zones:
            label, hint = zone_label(self.workshop, lay, zone), zone.hint(lang)
            left, width = zone.x + TITLE_INSET, zone.width - 2 * TITLE_INSET
            if one_line or not hint:
                base = zone.y + 14 + label_m.ascent()
                label = label_m.elidedText(label, Qt.TextElideMode.ElideRight, width)
                lines = [(label, self.label_font, QPointF(left, base))]
                if hint:
                    used = label_m.horizontalAdvance(label) + HINT_GAP
                    lines.append((hint, self.hint_font, QPointF(left + used, base)))
            else:
                small_m = QFontMetricsF(self.stack_label_font)
                under_m = QFontMetricsF(self.stack_hint_font)
                # The hint's descenders end ≥ CLEAR above the band's foot, where the top row
                # of cards starts (they touched it, so a card's edge cut "High impact, …").
                base = zone.y + 3 + small_m.ascent()
                hint_base = base + small_m.descent() + 1 + under_m.ascent()
                lines = [(small_m.elidedText(label, Qt.TextElideMode.ElideRight, width),
                          self.stack_label_font, QPointF(left, base)),
                         (under_m.elidedText(hint, Qt.TextElideMode.ElideRight, width),
                          self.stack_hint_font, QPointF(left, hint_base))]
            out.append((zone, lines))
        return out

    def _paint_titles(self, painter: QPainter) -> None:
        for _zone, lines in self.quadrant_titles():
            for n, (text, font, at) in enumerate(lines):
                painter.setFont(font)
                painter.setPen(palette.ZONE_LABEL if n == 0 else palette.ZONE_HINT)
                painter.drawText(at, text)

    def _paint_axes(self, painter: QPainter) -> None:
        lay = self.layout
        lang = self.workshop.info.language
        pick = 0 if lang == "da" else 1
        painter.setPen(palette.ZONE_HINT)
        painter.setFont(self.axis_font)
        flags = int(Qt.AlignmentFlag.AlignCenter)
        if lay.x_axis[pick]:
            painter.drawText(QRectF(0, lay.height + 20, lay.width, 70), flags, lay.x_axis[pick])
        if lay.y_axis[pick]:
            painter.save()
            painter.translate(-AXIS_MARGIN + 20, lay.height)
            painter.rotate(-90)
            painter.drawText(QRectF(0, 0, lay.height, 70), flags, lay.y_axis[pick])
            painter.restore()

    def _paint_onion(self, painter: QPainter) -> None:
        lay = self.layout
        rings = sorted(lay.zones, key=lambda z: -z.r_outer)
        for zone in rings:
            tint = f"board.ring.{min(RINGS - 1, lay.zones.index(zone))}"
            painter.setPen(QPen(palette.BOARD_LINE, 3))
            painter.setBrush(palette.color(tint))
            painter.drawEllipse(QPointF(zone.x, zone.y), zone.r_outer, zone.r_outer)
        painter.setFont(self.label_font)
        painter.setPen(palette.ZONE_LABEL)
        for zone in lay.zones:
            top = zone.y - zone.r_outer + 24
            painter.drawText(QRectF(zone.x - 400, top, 800, 60), int(Qt.AlignmentFlag.AlignCenter),
                             zone_label(self.workshop, lay, zone))

    def _two_lines(self, text: str, box: QRectF) -> str:
        """`text` wrapped to at most two lines of the header box, elided if longer."""
        from .text import wrap

        return "\n".join(wrap(text, self.header_font, box.width(), 2))

    def _paint_columns(self, painter: QPainter) -> None:
        lay = self.layout
        numbered = lay.template == "phases"
        for i, zone in enumerate(lay.zones):
            rect = QRectF(zone.x, zone.y, zone.width, zone.height)
            if lay.template == "barrier_board":
                color = palette.category_color(zone.key)
            else:
                color = palette.color("board.lane.accent")
            painter.setPen(Qt.PenStyle.NoPen)
            if i % 2:
                painter.setBrush(palette.color("board.lane.alt"))
                painter.drawRect(rect.adjusted(0, HEADER, 0, 0))
            header = QRectF(rect.x() + 6, rect.y() + 6, rect.width() - 12, HEADER - 10)
            painter.setBrush(palette.tint(color, 0.18))
            painter.drawRoundedRect(header, 8, 8)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(header.x(), header.y(), 8, header.height()), 4, 4)
            label = zone_label(self.workshop, lay, zone)
            if numbered:
                label = f"{i + 1}. {label}"
            painter.setPen(palette.ZONE_LABEL)
            painter.setFont(self.header_font)
            box = header.adjusted(20, 4, -12, -4)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                      | Qt.TextFlag.TextWordWrap), self._two_lines(label, box))
            if i:
                painter.setPen(QPen(palette.BOARD_LINE, 2))
                painter.drawLine(QPointF(rect.x(), rect.y() + HEADER),
                                 QPointF(rect.x(), rect.bottom()))
