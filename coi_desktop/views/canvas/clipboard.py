"""Copy, cut, paste and duplicate cards, also between two windows and two workshops.

The clipboard carries the selected cards and the links among them as JSON under our own
MIME type, and their titles as plain text for other programs. Pasting gives every record a
new id, drops taxonomy keys and participants the target workshop does not know, and offsets
the cards so they never sit exactly on their originals. Plain text pastes as one card per
line. Clipboard data comes from anywhere, so it is parsed defensively: what does not fit is
skipped, never trusted.

Item identity (a card is a placement of an item): a card copied from one canvas and pasted on
ANOTHER canvas of the same workshop is placed there as the same item (the municipality on the
onion and on the power–interest grid is one actor), in a free cell of the zone its fields
match, never taking another zone's meaning. Pasted on the SAME canvas, or on a canvas that
already holds that item, or into another workshop, it becomes a new item: a copy next to its
original is meant to be a second thing, just as Duplicate always makes new items.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QMimeData, QPointF, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from coi_desktop.commands.cards import RemoveCards
from coi_desktop.models import Card, Link, new_id
from coi_desktop.models.cards import item_fields
from coi_desktop.models.taxonomy import is_directed
from coi_desktop.models.templates import zone_fields
from coi_desktop.models.validation import TAXONOMY_FIELDS

from . import palette
from .context import CanvasContext
from .editing import Editing
from .navigation import Navigation
from .paste_dialog import ask_zone
from .selection import Selection
from .text import MAX_CHARS

MIME = "application/x-coi-desktop-cards+json"
OFFSET = 32.0
PICTURE_MARGIN = 16.0  # room around copied cards for their shadow
_CARD_FIELDS = {f.name for f in fields(Card)}


def hand_over_clipboard() -> None:
    """Leave the clipboard holding Qt's own copy of our cards' text (what other programs can
    use once we are gone) instead of our QMimeData. Run while Python still runs (the app's
    aboutToQuit; the test suite's end): a QMimeData made in Python and still owned by the
    clipboard is deleted by Qt's exit handlers after Python has stopped, which crashed the
    process on exit (SIGSEGV in Shiboken::Object::destroy on the offscreen platform)."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(MIME):
        text = mime.text()
        if text:
            clipboard.setText(text)  # Qt makes (and later deletes) its own QMimeData
        else:
            clipboard.clear()


def _hand_over_at_quit() -> None:
    app = Q.instance()
    if app is not None and not app.property("coi_clipboard_hand_over"):
        app.setProperty("coi_clipboard_hand_over", True)
        app.aboutToQuit.connect(hand_over_clipboard)


def cards_to_mime(cards: list[Card], links: list[Link], workshop_id: str = "") -> QMimeData:
    """The clipboard payload for cards and the links among them."""
    data = {"format": "coi-desktop-cards", "version": 1, "workshop": workshop_id,
            "cards": [asdict(c) for c in cards], "links": [asdict(lk) for lk in links]}
    mime = QMimeData()
    mime.setData(MIME, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(" ".join(c.title.split()) for c in cards))
    return mime


def parse_payload(raw: bytes) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """Card and link dicts and the source workshop's id from our MIME payload; empty when
    it is not ours."""
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return [], [], ""
    if not isinstance(data, dict) or data.get("format") != "coi-desktop-cards":
        return [], [], ""
    cards = [c for c in data.get("cards", []) if isinstance(c, dict)]
    links = [lk for lk in data.get("links", []) if isinstance(lk, dict)]
    source = data.get("workshop")
    return cards, links, source if isinstance(source, str) else ""


class Clipboard:
    """Copy, cut, paste and duplicate for one view (see the module docstring)."""

    def __init__(self, ctx: CanvasContext, selection: Selection, navigation: Navigation,
                 editing: Editing) -> None:
        self.ctx = ctx
        self.workshop = ctx.workshop
        self.selection = selection
        self.navigation = navigation
        self.editing = editing
        self._paste_round = 0  # repeated pastes of one copy step further away
        self.ask_zone = ask_zone  # the facilitator's choice before lines take a meaning

    def copy(self) -> None:
        ids = self.selection.ids()
        if not ids:
            return
        cards = [self.workshop.cards.require(i) for i in ids]
        idset = set(ids)
        links = [lk for lk in self.workshop.links.of(idset)
                 if lk.source_id in idset and lk.target_id in idset]
        QGuiApplication.clipboard().setMimeData(
            cards_to_mime(cards, links, self.workshop.info.id))
        _hand_over_at_quit()
        self._paste_round = 0

    def copy_image(self, scale: float = 2.0) -> QImage | None:
        """The selected cards as a picture on the clipboard (for slides, mail, chat): drawn
        without selection rings, at `scale` times the canvas's size, in the current theme."""
        ids = self.selection.ids()
        scene = self.navigation.scene
        items = [scene.cards[i] for i in ids if i in scene.cards]
        if not items:
            return None
        rect = QRectF()
        for item in items:
            rect = rect.united(item.scene_card_rect())
        rect = rect.adjusted(-PICTURE_MARGIN, -PICTURE_MARGIN, PICTURE_MARGIN, PICTURE_MARGIN)
        image = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(palette.CANVAS_BACKGROUND)
        scene.blockSignals(True)  # the rings go for the picture, not for the facilitator
        for item in items:
            item.setSelected(False)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        for item in items:
            item.setSelected(True)
        scene.blockSignals(False)
        QGuiApplication.clipboard().setImage(image)
        return image

    def cut(self) -> None:
        ids = self.selection.ids()
        if not ids or self.ctx.read_only:
            return
        self.copy()
        self.ctx.push(RemoveCards(self.workshop, ids, Q.translate("CanvasView", "Cut")))

    def paste(self) -> list[str]:
        if self.ctx.read_only or not self.ctx.alive():
            return []
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return []
        if mime.hasFormat(MIME):
            raw_cards, raw_links, source = parse_payload(bytes(mime.data(MIME).data()))
            if raw_cards:
                self._paste_round += 1
                return self._paste_records(raw_cards, raw_links, self._paste_round,
                                           same_items=source == self.workshop.info.id)
        if mime.hasText():
            lines = [ln for ln in mime.text().splitlines() if ln.strip()]
            if lines:
                return self._paste_lines(lines)
        return []

    def _paste_lines(self, lines: list[str]) -> list[str]:
        """One card per line; when they would take a zone's meaning, ask first."""
        kind, n = self.ctx.default_kind, len(lines)
        text = Q.translate("CanvasView", "Paste card") if n == 1 else \
            Q.translate("CanvasView", "Paste %1 cards").replace("%1", str(n))
        w = self.ctx.workshop
        prev = w.cards.get(self.editing.last_added or "")
        zone = self.editing.arranging.target_zone(kind, prev)
        into, outside = None, False
        probe = Card("", self.ctx.canvas_id, kind, "")
        if zone is not None and zone_fields(zone, probe):  # the lines would take a meaning
            layout = w.canvases.layout(self.ctx.canvas_id)
            zones = [z for z in layout.zones if kind in z.kinds]
            ok, into = self.ask_zone(self.navigation.view, w, self.ctx.canvas_id, n, kind,
                                     zones, zone)
            if not ok:
                return []
            outside = into is None
        ids = self.editing.quick_capture(kind, "\n".join(lines), text, into, outside)
        if ids:
            self.selection.select(ids)
        return ids

    def duplicate(self) -> list[str]:
        ids = self.selection.ids()
        if not ids or self.ctx.read_only:
            return []
        idset = set(ids)
        cards = [asdict(self.workshop.cards.require(i)) for i in ids]
        links = [asdict(lk) for lk in self.workshop.links.of(idset)
                 if lk.source_id in idset and lk.target_id in idset]
        return self._paste_records(cards, links, 1, Q.translate("CanvasView", "Duplicate"),
                                   same_items=False)

    def _kept_item(self, raw: dict[str, Any], taken: set[str]) -> str:
        """The item a pasted card keeps: its own when that item lives in this workshop and
        not yet on this canvas (nor earlier in this paste); "" (a new item) otherwise."""
        item = raw.get("item_id") or raw.get("id")
        if not isinstance(item, str) or not item or item in taken:
            return ""
        if not self.workshop.cards.placements(item):
            return ""
        return item

    def _clean_card(self, raw: dict[str, Any], item_id: str = "") -> Card | None:
        """A card for this canvas from untrusted clipboard data, or None if it cannot be."""
        w = self.workshop
        values = {k: v for k, v in raw.items() if k in _CARD_FIELDS}
        values.update(id=new_id(), canvas_id=self.ctx.canvas_id, hidden=self.ctx.hidden_round(),
                      item_id=item_id)
        values["tags"] = tuple(str(t) for t in values.get("tags") or () if isinstance(t, str))
        for name in TAXONOMY_FIELDS:
            if values.get(name) and not w.terms.known(name, str(values[name])):
                values[name] = ""
        if values.get("participant_id") not in w.participants:
            values["participant_id"] = None
        for name in ("title", "description", "notes"):
            if isinstance(values.get(name), str):
                values[name] = values[name][: MAX_CHARS * 100]
        try:
            card = Card(**values)
            w.cards.check(card)
        except (TypeError, ValueError):
            return None
        return card

    def _paste_records(self, raw_cards: list[dict[str, Any]],
                       raw_links: list[dict[str, Any]], round_no: int,
                       text: str | None = None, same_items: bool = False) -> list[str]:
        """Add cards (and the links among them) from clipboard records; with `same_items`
        (the copy came from this workshop) cards whose item is not on this canvas yet are
        placed as that item (see the module docstring)."""
        id_map: dict[str, str] = {}
        cards: list[Card] = []
        taken = {c.item for c in self.workshop.cards.on(self.ctx.canvas_id)}
        for raw in raw_cards:
            item = self._kept_item(raw, taken) if same_items else ""
            card = self._clean_card(raw, item)
            if card is not None:
                taken.add(item)
                id_map[str(raw.get("id"))] = card.id
                cards.append(card)
        if not cards:
            return []
        placed = [c for c in cards if c.item_id]
        cards = [c for c in cards if not c.item_id]
        if cards:
            shift = self._paste_shift(cards, round_no)
            cards = [replace(c, x=c.x + shift.x(), y=c.y + shift.y()) for c in cards]
        w = self.workshop  # the same items keep the item's fields as they are now
        placed = [replace(c, **item_fields(w.cards.placements(c.item_id)[0])) for c in placed]
        links = []
        for raw in raw_links:
            src, dst = id_map.get(str(raw.get("source_id"))), id_map.get(str(raw.get("target_id")))
            if not src or not dst or src == dst:
                continue
            relation = str(raw.get("relation", "relates"))
            if not self.workshop.terms.known("relation", relation):
                relation = "relates"
            label = raw.get("label")
            label = label if isinstance(label, str) else ""
            links.append(Link(new_id(), self.ctx.canvas_id, src, dst, relation, label,
                              is_directed(relation)))
        n = len(cards)
        if text is None:
            text = Q.translate("CanvasView", "Paste card") if n == 1 else \
                Q.translate("CanvasView", "Paste %1 cards").replace("%1", str(n))
        return self.editing.paste_cards(cards, links, text, placed)

    def _paste_shift(self, cards: list[Card], round_no: int) -> QPointF:
        """Offset pasted cards: beside their originals when in view, else into the view."""
        left = min(c.x for c in cards)
        top = min(c.y for c in cards)
        right = max(c.x + c.width for c in cards)
        bottom = max(c.y + c.height for c in cards)
        centre = QPointF((left + right) / 2, (top + bottom) / 2)
        visible = self.navigation.visible_rect()
        if visible.contains(centre):
            return QPointF(OFFSET * round_no, OFFSET * round_no)
        target = visible.center() + QPointF(OFFSET * (round_no - 1), OFFSET * (round_no - 1))
        return target - centre
