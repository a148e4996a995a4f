"""Where cards go on a canvas: places for new and pasted cards, tidy, align, distribute.

`Arranging` reads the model (never the items) for what is taken: every card on the canvas
and every zone's heading. New cards flow into free cells of their target zone (placement.py);
pasted cards keep their arrangement when it lands on free space and flow into free cells
when it would cover another card or a heading. Tidy, align, distribute and the arrow-key
nudge each push one move command (zone meaning included), so each is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QPointF, QRectF

from coi_desktop.commands.base import WorkshopCommand
from coi_desktop.commands.cards import move_cards_command
from coi_desktop.models import CARD_HEIGHT, CARD_WIDTH, Card, Layout, Zone, zone_at
from coi_desktop.models.templates import zone_for_card

from .context import CanvasContext
from .navigation import Navigation
from .placement import Placer, loose_region, tidy_positions, zone_region, zones_for
from .scene import CanvasScene
from .selection import Selection

Pos = tuple[float, float]


class Arranging:
    """Placement and arrangement of one view's cards (see the module docstring)."""

    def __init__(self, ctx: CanvasContext, scene: CanvasScene, selection: Selection,
                 navigation: Navigation) -> None:
        self.ctx = ctx
        self.scene = scene
        self.selection = selection
        self.navigation = navigation

    def _layout(self) -> Layout:
        return self.ctx.workshop.canvases.layout(self.ctx.canvas_id)

    def placer(self, leave_out: frozenset[str] = frozenset()) -> Placer:
        """A placer that knows every card on the canvas (but `leave_out`) and the headings."""
        taken = [QRectF(c.x, c.y, c.width, c.height)
                 for c in self.ctx.workshop.cards.on(self.ctx.canvas_id) if c.id not in leave_out]
        return Placer(self._layout(), taken, self.scene.board.heading_rects())

    def _board_region(self) -> QRectF:
        """The part of the board in view (or, when too little shows, the whole board)."""
        board = self.scene.board.board_rect().adjusted(40, 40, -40, -40)
        visible = self.navigation.visible_rect().intersected(board)
        if visible.width() < 2 * CARD_WIDTH or visible.height() < 2 * CARD_HEIGHT:
            return board
        return visible

    def target_zone(self, kind: str, after: Card | None) -> Zone | None:
        """The zone new cards of `kind` go to: the previous card's, else the one in the
        middle of the view, else the first that takes the kind (None: the kind has none)."""
        layout = self._layout()
        zones = zones_for(layout, kind)
        if not zones:
            return None
        if after is not None:
            zone = zone_at(layout, replace(after, kind=kind))
            if zone is not None:
                return zone
        c = self.navigation.visible_rect().center()
        probe = Card("", self.ctx.canvas_id, kind, "", x=c.x() - CARD_WIDTH / 2,
                     y=c.y() - CARD_HEIGHT / 2)
        return zone_at(layout, probe) or zones[0]

    def new_card_points(self, kind: str, count: int, after_id: str | None,
                        into: Zone | None = None, outside: bool = False) -> list[QPointF]:
        """Free cells for `count` new cards of `kind`, after the previous card, in its zone
        (or in `into`; or, `outside`, in the rows below the board, taking no meaning)."""
        prev = self.ctx.workshop.cards.get(after_id or "")
        if prev is not None and prev.canvas_id != self.ctx.canvas_id:
            prev = None
        after = QPointF(prev.x, prev.y) if prev is not None else None
        placer = self.placer()
        if outside:
            return placer.cells(placer.parking(), count)
        zone = into or self.target_zone(kind, prev)
        if zone is not None:
            return placer.place(zone_region(zone), count, after, zone)
        found = placer.cells(self._board_region(), count, after)
        if len(found) < count:  # the part in view is full: anywhere on the board
            found += placer.place(self.scene.board.board_rect().adjusted(40, 40, -40, -40),
                                  count - len(found))
        return found

    def fit_pasted(self, cards: Sequence[Card]) -> list[Card]:
        """Pasted cards where they are when that is free space on the board; otherwise each
        in a free cell of the zone its fields (or its place) say, or of the board in view."""
        placer = self.placer()
        board = self.scene.board.board_rect()
        clear = all(board.contains(QRectF(c.x, c.y, c.width, c.height)) for c in cards) and \
            not any(placer.blocked(QRectF(c.x, c.y, c.width, c.height)) for c in cards)
        if clear:
            return list(cards)
        layout = self._layout()
        out: list[Card] = []
        for card in cards:
            zone = zone_for_card(layout, card) if layout.zones else None
            zone = zone or (zone_at(layout, card) if layout.zones else None)
            region = zone_region(zone) if zone is not None else self._board_region()
            (point,) = placer.place(region, 1, zone=zone)
            out.append(replace(card, x=point.x(), y=point.y()))
        return out

    # -- moves: one command each ----------------------------------------------------------

    def move(self, positions: dict[str, Pos], text: str, nudge: bool = False) -> bool:
        def build() -> WorkshopCommand | None:
            w = self.ctx.workshop
            moves = {cid: ((w.cards[cid].x, w.cards[cid].y), positions[cid]) for cid in positions}
            cmd = move_cards_command(w, moves, text)
            if cmd is not None:
                cmd.nudge = nudge
            return cmd

        return self.ctx.push(build)

    def tidy(self) -> bool:
        """Lay the selected cards (or, with none selected, every card of the canvas) on the
        grid of their zone, reading order kept; cards outside zones on a grid of their own.
        One undo step."""
        w = self.ctx.workshop
        ids = self.selection.ids() or [c.id for c in w.cards.on(self.ctx.canvas_id)]
        if self.ctx.read_only or not ids:
            return False
        cards = [w.cards.require(i) for i in ids]
        layout = self._layout()
        by_zone: dict[str, list[Card]] = {}
        zones: dict[str, Zone] = {}
        loose: list[Card] = []
        for card in cards:
            zone = zone_at(layout, card) if layout.zones else None
            if zone is None:
                loose.append(card)
            else:
                zones[zone.key] = zone
                by_zone.setdefault(zone.key, []).append(card)
        placer = self.placer(leave_out=frozenset(ids))
        positions: dict[str, Pos] = {}
        for key, members in by_zone.items():
            positions |= tidy_positions(placer, zone_region(zones[key]), members, zones[key])
        if loose:
            positions |= tidy_positions(placer, loose_region(loose), loose)
        n = len(positions)
        text = Q.translate("CanvasView", "Tidy card") if n == 1 else \
            Q.translate("CanvasView", "Tidy %1 cards").replace("%1", str(n))
        return self.move(positions, text)

    def align_selection(self, edge: str) -> None:
        cards = [self.ctx.workshop.cards.require(i) for i in self.selection.ids()]
        if self.ctx.read_only or len(cards) < 2:
            return
        pos: dict[str, Pos] = {}
        for c in cards:
            x, y = c.x, c.y
            if edge == "left":
                x = min(k.x for k in cards)
            elif edge == "right":
                x = max(k.x + k.width for k in cards) - c.width
            elif edge == "top":
                y = min(k.y for k in cards)
            elif edge == "bottom":
                y = max(k.y + k.height for k in cards) - c.height
            elif edge == "hcenter":
                x = sum(k.x + k.width / 2 for k in cards) / len(cards) - c.width / 2
            elif edge == "vcenter":
                y = sum(k.y + k.height / 2 for k in cards) / len(cards) - c.height / 2
            else:
                raise ValueError(f"unknown edge {edge!r}")
            pos[c.id] = (x, y)
        self.move(pos, Q.translate("CanvasView", "Align cards"))

    def distribute_selection(self, direction: str) -> None:
        cards = [self.ctx.workshop.cards.require(i) for i in self.selection.ids()]
        if self.ctx.read_only or len(cards) < 3:
            return
        horizontal = direction == "horizontal"
        cards.sort(key=lambda c: c.x if horizontal else c.y)

        def start(c: Card) -> float:
            return c.x if horizontal else c.y

        def size(c: Card) -> float:
            return c.width if horizontal else c.height

        span = start(cards[-1]) + size(cards[-1]) - start(cards[0])
        gap = (span - sum(size(c) for c in cards)) / (len(cards) - 1)
        at = start(cards[0])
        pos: dict[str, Pos] = {}
        for c in cards:
            pos[c.id] = (at, c.y) if horizontal else (c.x, at)
            at += size(c) + gap
        self.move(pos, Q.translate("CanvasView", "Distribute cards"))

