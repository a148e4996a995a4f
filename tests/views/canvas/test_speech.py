"""Cards are reachable with the keyboard and told to screen readers (issue 11): Tab and
Alt+arrows move between cards, and the canvas's accessible description says the selected
card's kind, title, category and votes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .conftest import add

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_arrows_move_between_cards_and_the_reader_hears_them(make_view) -> None:
    view = make_view("barrier_board")
    w = view.workshop
    law = w.canvases.layout(view.canvas_id).zones[0]
    a = add(w, "barrier", "Rules", x=law.x + 20, y=200, category="law")
    b = add(w, "barrier", "Tenders", x=law.x + 260, y=200)
    c = add(w, "barrier", "Budgets", x=law.x + 20, y=420, category="law")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_card_ids() == [a]
    said = view.accessibleDescription()
    assert said.startswith("Barrier: Rules.") and "Law and regulation" in said
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    assert view.selected_card_ids() == [b]
    assert view.accessibleDescription().startswith("Barrier: Tenders.")
    QTest.keyClick(view, Qt.Key.Key_Left, ALT)
    QTest.keyClick(view, Qt.Key.Key_Down, ALT)
    assert view.selected_card_ids() == [c]
    assert (w.cards[c].x, w.cards[c].y) == (law.x + 20, 420)  # moved to, not moved
    view.scene().set_badges({a: "3"})
    QTest.keyClick(view, Qt.Key.Key_Up, ALT)
    assert "Votes: 3." in view.accessibleDescription()
    view.select_cards([a, b])
    assert view.accessibleDescription() == "2 cards selected"
    view.select_cards([])
    assert view.accessibleDescription() == ""
