"""Cards go where a facilitator expects (issue 11): quick-captured, pasted and duplicated
cards flow into free cells of the target zone, never onto another card or a zone's heading,
never outside the board (what does not fit waits in rows below it, taking no zone's
meaning); "tidy" lays a zone's cards out on its grid in one undo step; a card's kind can be
changed in one undo step with its fields carried over."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QMimeData, QRectF
from PySide6.QtGui import QGuiApplication

from coi_desktop.models import Workshop, zone_at

from .conftest import add


def _rect(card) -> QRectF:
    return QRectF(card.x, card.y, card.width, card.height)


def assert_tidy(view) -> None:
    """No card overlaps another or a heading; each is on the board or in the parking rows."""
    w = view.workshop
    cards = w.cards.on(view.canvas_id)
    for a, b in itertools.combinations(cards, 2):
        assert not _rect(a).adjusted(1, 1, -1, -1).intersects(_rect(b)), (a.title, b.title)
    headings = view.scene().board.heading_rects()
    board = view.scene().board.board_rect()
    parking = view.arranging.placer().parking()
    for card in cards:
        assert not any(_rect(card).adjusted(1, 1, -1, -1).intersects(h) for h in headings), \
            card.title
        assert board.contains(_rect(card)) or parking.contains(_rect(card)), card.title


@pytest.mark.parametrize("template,kind", [("barrier_board", "barrier"),
                                           ("power_interest", "actor"),
                                           ("onion", "actor"), ("blank", "note")])
def test_thirty_quick_captured_cards_never_overlap(make_view, template: str,
                                                   kind: str) -> None:
    view = make_view(template)
    w = view.workshop
    zone = w.canvases.layout(view.canvas_id).zones[0] if template != "blank" else None
    if zone is not None:  # a card already in the zone, where the first new ones would go
        x, y = (zone.x + 20, zone.y + 70) if zone.shape == "rect" else (zone.x - 90, zone.y - 50)
        add(w, kind, "Already here", x=x, y=y)
    view.fit_all()
    ids = view.quick_capture(kind, "\n".join(f"Captured {i}" for i in range(30)))
    assert len(ids) == 30 and view.undo_stack.count() == 1
    assert_tidy(view)
    if zone is not None:  # those in the zone took its meaning, those below it none
        board = view.scene().board.board_rect()
        layout = w.canvases.layout(view.canvas_id)
        for cid in ids:
            card = w.cards.require(cid)
            here = zone_at(layout, card)
            assert (here is not None) == board.contains(_rect(card))


def test_thirty_pasted_lines_never_overlap(make_view) -> None:
    view = make_view("barrier_board")
    view.set_default_kind("barrier")
    view.fit_all()
    mime = QMimeData()
    mime.setText("\n".join(f"Line {i}" for i in range(30)))
    QGuiApplication.clipboard().setMimeData(mime)
    asked = []
    view.clipboard.ask_zone = lambda *a: (asked.append(a[-1].key), (True, a[-1]))[1]
    assert len(view.paste()) == 30
    assert len(asked) == 1  # the column's meaning was offered before anything was added
    assert view.undo_stack.count() == 1
    assert_tidy(view)


def test_thirty_pasted_cards_never_overlap(make_view) -> None:
    view = make_view("blank")
    w = view.workshop
    ids = [add(w, "note", f"N{i}", x=60 + 200 * (i % 6), y=60 + 120 * (i // 6))
           for i in range(30)]
    view.fit_all()
    view.select_cards(ids)
    view.copy()
    pasted = view.paste()
    assert len(pasted) == 30
    pasted_again = view.paste()
    assert len(pasted_again) == 30 and view.undo_stack.count() == 2
    assert_tidy(view)


def test_tidy_lays_a_zone_out_in_one_step(make_view) -> None:
    view = make_view("power_interest")
    w = view.workshop
    zone = next(z for z in w.canvases.layout(view.canvas_id).zones if z.key == "manage_closely")
    ids = [add(w, "actor", f"A{i}", x=zone.x + 30 + 7 * i, y=zone.y + 10 + 9 * i, power=5,
               interest=5) for i in range(6)]  # a pile, the first on the heading
    before = {cid: (w.cards.require(cid).x, w.cards.require(cid).y) for cid in ids}
    view.select_cards([])
    assert view.tidy()
    assert view.undo_stack.count() == 1 and view.undo_stack.undoText() == "Tidy 6 cards"
    assert_tidy(view)
    layout = w.canvases.layout(view.canvas_id)
    assert all(getattr(zone_at(layout, w.cards[cid]), "key", None) == zone.key for cid in ids)
    assert [w.cards.require(c).power for c in ids] == [5] * 6  # still "manage closely"
    view.undo_stack.undo()
    assert {cid: (w.cards.require(cid).x, w.cards.require(cid).y) for cid in ids} == before


def test_change_kind_carries_fields_and_is_one_step(make_view) -> None:
    view = make_view("barrier_board")
    w = view.workshop
    column = w.canvases.layout(view.canvas_id).zones[2]
    note = add(w, "note", "Money runs out", x=column.x + 20, y=column.y + 100)
    actor = add(w, "actor", "Region", x=3000, y=0, power=4, sector="region")
    barrier = add(w, "barrier", "Tender", x=3300, y=0, phase="procurement", severity=3,
                  category="law")
    view.select_cards([note])
    assert view.change_kind("barrier")
    card = w.cards.require(note)
    assert card.kind == "barrier" and card.category == column.key  # the column's meaning
    assert view.scene().card_item(note).card.kind == "barrier"
    view.editing.change_kind("opportunity", [barrier])
    moved = w.cards.require(barrier)
    assert moved.kind == "opportunity" and moved.phase == "procurement"  # both have a phase
    assert moved.category == "" and moved.severity is None  # a barrier's own fields go
    view.editing.change_kind("barrier", [actor])
    assert w.cards.require(actor).power is None and w.cards.require(actor).sector == ""
    assert view.undo_stack.count() == 3
    assert view.undo_stack.undoText() == "Change kind of card"
    for _ in range(3):
        view.undo_stack.undo()
    assert (w.cards.require(note).kind, w.cards.require(note).category) == ("note", "")
    assert (w.cards[barrier].kind, w.cards[barrier].category, w.cards[barrier].severity) == \
        ("barrier", "law", 3)
    assert (w.cards.require(actor).power, w.cards.require(actor).sector) == (4, "region")


def test_change_kind_to_the_same_kind_is_no_step(make_view) -> None:
    view = make_view()
    a = add(view.workshop, "note", "N")
    view.select_cards([a])
    assert view.change_kind("note")
    assert view.undo_stack.count() == 0


def test_workshop_fixture_is_fresh() -> None:
    assert Workshop.new("x", language="en").cards == {}


def test_pasted_lines_ask_before_taking_a_column_meaning(make_view, qtbot) -> None:
    """The dialog names the zone, offers the others and "outside", and Cancel adds nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    view = make_view("barrier_board")
    view.set_default_kind("barrier")
    view.fit_all()
    mime = QMimeData()
    mime.setText("Rigid tender rules\nNo budget")
    QGuiApplication.clipboard().setMimeData(mime)
    seen: list[str] = []

    def answer(choice: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog) and dialog.objectName() == "pasteZoneChoice"
        seen.append(dialog.zones.currentText())
        if choice is None:
            dialog.reject()
            return
        dialog.zones.setCurrentIndex(dialog.zones.findData(choice))
        dialog.accept()

    QTimer.singleShot(50, lambda: answer(None))
    assert view.paste() == [] and view.workshop.cards == {}
    QTimer.singleShot(50, lambda: answer("ethics"))
    ids = view.paste()
    assert {view.workshop.cards[i].category for i in ids} == {"ethics"}
    QTimer.singleShot(50, lambda: answer("__outside__"))
    more = view.paste()
    assert {view.workshop.cards[i].category for i in more} == {""}
    assert seen[0] and view.undo_stack.count() == 2
