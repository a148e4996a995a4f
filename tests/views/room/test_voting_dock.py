"""The voting dock: rounds, click-to-vote with budgets, typed counts, ranking, badges."""

from __future__ import annotations

from typing import Any

from coi_desktop.models import VotingRound
from coi_desktop.views.room import install
from coi_desktop.views.room.voting import VotingDock, ranking
from coi_desktop.views.room.voting_dialogs import PaperCountsDialog, StartRoundDialog


def make_dock(window: Any, **round_fields: Any) -> VotingDock:
    dock = install(window).voting
    canvas = window.current_canvas_id()
    fields = {"kinds": ("barrier",), "dots_per_participant": 3, "max_per_card": 2}
    fields.update(round_fields)
    dock.add_round(VotingRound("r1", canvas, "Top barriers", **fields))
    return dock


def ranking_rows(dock: VotingDock) -> list[tuple[str, str, str]]:
    t = dock.table
    return [(t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 3).text())
            for r in range(t.rowCount())]


def choose(dock: VotingDock, participant_id: str) -> None:
    dock.participant.setCurrentIndex(dock.participant.findData(participant_id))


def test_click_votes_with_budget_messages(window: Any, qtbot: Any) -> None:
    dock = make_dock(window)
    window.show()
    dock.show()
    view = window.current_view()
    dock.set_click_mode(True)
    assert view.click_handler is not None
    choose(dock, "ann")
    assert view.click("b1") and view.click("b1")
    assert view.click("b1")  # a third dot on one card: refused, but the click is consumed
    assert "At most 2 dots per card" in dock.message.text()
    assert window.workshop.voting.totals("r1")["b1"] == 2
    view.click("b2")
    view.click("b3")
    assert "used all 3 dots" in dock.message.text()
    assert "0 of 3 dots left" in dock.dots_left.text()
    assert view.scene().badges == {"b1": "2", "b2": "1"}
    # The ranking follows a moment later: many dots at once rebuild it once, not each time.
    qtbot.waitUntil(lambda: ranking_rows(dock)[:2] == [("1", "Barrier 1", "2"),
                                                        ("2", "Barrier 2", "1")], timeout=2000)
    dock.vote_click("b1", take_back=True)
    assert window.workshop.voting.totals("r1")["b1"] == 1
    window.undo_stack.undo()
    assert window.workshop.voting.totals("r1")["b1"] == 2
    dock.set_click_mode(False)
    assert view.click_handler is None


def test_absent_people_are_not_offered(window: Any) -> None:
    dock = make_dock(window)
    ids = [dock.participant.itemData(i) for i in range(dock.participant.count())]
    assert ids == ["", "ann", "bo"]


def test_anonymous_round_stores_no_participant(window: Any) -> None:
    dock = make_dock(window, anonymous=True)
    assert not dock.participant.isEnabled()
    for _ in range(5):
        dock.vote_click("b0", take_back=False)
    assert [v.participant_id for v in window.workshop.voting.votes.values()] == [None]
    assert window.workshop.voting.totals("r1")["b0"] == 5
    assert dock.hides_names(window.current_canvas_id())


def test_closed_round_refuses_then_reopen_and_delete_undo(window: Any) -> None:
    dock = make_dock(window)
    choose(dock, "bo")
    dock.vote_click("b0", take_back=False)
    dock.toggle_closed()
    assert window.workshop.voting["r1"].closed
    assert dock.close_button.text() == "Reopen round"
    dock.vote_click("b0", take_back=False)
    assert "is closed" in dock.message.text()
    assert window.workshop.voting.totals("r1")["b0"] == 1
    dock.toggle_closed()
    assert not window.workshop.voting["r1"].closed
    dock.delete_round()
    assert window.workshop.voting == {} and dock.active_round() is None
    window.undo_stack.undo()
    assert window.workshop.voting.totals("r1")["b0"] == 1
    assert dock.active_round() is not None


def test_typed_counts_rank_like_clicked_votes(window: Any) -> None:
    dock = make_dock(window, anonymous=True)
    for card, n in {"b0": 1, "b2": 3, "b3": 2}.items():
        for _ in range(n):
            dock.vote_click(card, take_back=False)
    clicked = ranking(window.workshop, dock.active_round())
    clicked_table = ranking_rows(dock)
    window.undo_stack.setIndex(1)  # back to just after the round started
    assert window.workshop.voting.votes == {}
    dialog = PaperCountsDialog(window.workshop, dock.active_round(), "en", dock)
    dialog.set_counts({"b0": 1, "b2": 3, "b3": 2})
    dock.apply_counts(dialog.changed_counts())
    assert ranking(window.workshop, dock.active_round()) == clicked
    assert ranking_rows(dock) == clicked_table
    window.undo_stack.undo()  # typed counts are one step
    assert window.workshop.voting.votes == {}


def test_several_rounds_and_start_dialog(window: Any) -> None:
    dock = make_dock(window)
    dialog = StartRoundDialog(window.workshop, "en", "Round 2", dock)
    dialog.kinds["barrier"].setChecked(False)
    dialog.kinds["opportunity"].setChecked(False)
    assert not dialog.ok_button.isEnabled()  # no votable kind chosen
    dialog.kinds["actor"].setChecked(True)
    dialog.dots.setValue(2)
    assert dialog.ok_button.isEnabled()
    dock.add_round(dialog.make_round("r2", window.current_canvas_id(), 1))
    assert dock.rounds.count() == 2 and dock.active_round().id == "r2"
    dock.vote_click("a0", take_back=False)
    assert window.current_view().scene().badges == {"a0": "1"}
    dock.set_active_round("r1")
    assert window.current_view().scene().badges == {}


def test_typing_counts_with_enter_moves_down_not_ok(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt

    dock = make_dock(window, anonymous=True)
    dialog = PaperCountsDialog(window.workshop, dock.active_round(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    spins = list(dialog.spins.values())
    for n, text in enumerate(["3", "0", "5", "1"]):
        spins[n].setFocus()
        spins[n].selectAll()
        qtbot.keyClicks(spins[n], text)
        qtbot.keyClick(spins[n], Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter moved on; it did not accept the dialog
    cards = [c.id for c in dialog.cards]
    assert dialog.changed_counts() == {cards[0]: 3, cards[2]: 5, cards[3]: 1}


def test_start_dialog_fields_are_reachable_with_alt_letters(qtbot: Any, window: Any) -> None:
    dialog = StartRoundDialog(window.workshop, "en", "Round 1")
    qtbot.addWidget(dialog)
    for field in (dialog.title, dialog.dots, dialog.max_per_card):
        label = dialog.form.labelForField(field)
        assert "&" in label.text() and label.buddy() is field
    assert "&" in dialog.anonymous.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.dots.width() < dialog.title.width() / 2  # a small number, not a wide bar


def test_counts_dialog_says_why_nothing_can_be_counted(qtbot: Any, window: Any) -> None:
    canvas = window.current_canvas_id()
    voting_round = VotingRound("n", canvas, "Notes only", ("note",))
    window.workshop.voting.add(voting_round)
    dialog = PaperCountsDialog(window.workshop, voting_round, "en")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "nothing to count" in dialog.hint.text()


def test_twenty_counts_with_digits_and_enter_alone_in_board_order(qtbot: Any) -> None:
    """After a paper round: the cards come zone by zone (the board's columns, as the
    facilitator walks the wall), in reading order within a zone, whatever order they were
    created in; 20 counts are typed with digits and Enter only, and a final Enter saves."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from coi_desktop.models import Card, Workshop

    ws = Workshop.new("Paper", language="en", template="barrier_board")
    canvas = ws.canvases.ordered()[0].id
    zones = [z for z in ws.canvases.layout(canvas).zones if "barrier" in z.kinds][:5]
    cards = []
    for n in reversed(range(20)):  # created last column first, bottom row first
        zone = zones[n // 4]
        cards.append(Card(f"c{n:02d}", canvas, "barrier", f"Barrier {n:02d}",
                          x=zone.x + 10, y=zone.y + 80 + 120 * (n % 4)))
    ws.cards.add(cards)
    ws.voting.add(VotingRound("p", canvas, "Paper", ("barrier",), anonymous=True))
    dialog = PaperCountsDialog(ws, ws.voting["p"], "en")
    qtbot.addWidget(dialog)
    assert [c.title for c in dialog.cards] == [f"Barrier {n:02d}" for n in range(20)]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)

    presses = 0
    for n in range(20):
        qtbot.keyClicks(QApplication.focusWidget(), str(n % 7 + 1))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        presses += 2
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.ok_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    presses += 1
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert presses == 41  # 20 digits, 20 Enters, one Enter to save (was 42 actions and more)
    assert dialog.changed_counts() == {f"c{n:02d}": n % 7 + 1 for n in range(20)}


def test_a_letter_in_the_counts_finds_a_card_by_title(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dock = make_dock(window, anonymous=True)
    dialog = PaperCountsDialog(window.workshop, dock.active_round(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "b")  # a letter in the first count
    assert dialog.filter.hasFocus() and dialog.filter.text() == "b"
    qtbot.keyClicks(dialog.filter, "arrier 2")
    shown = [c.title for r, c in enumerate(dialog.cards) if not dialog.table.isRowHidden(r)]
    assert shown == ["Barrier 2"]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # to the first card found
    target = next(cid for cid, c in zip(dialog.spins, dialog.cards, strict=True)
                  if c.title == "Barrier 2")
    assert QApplication.focusWidget() is dialog.spins[target]
    qtbot.keyClicks(dialog.spins[target], "4")
    qtbot.keyClick(dialog.spins[target], Qt.Key.Key_Return)
    assert dialog.changed_counts() == {target: 4}


def test_many_changes_rebuild_the_ranking_once_and_not_while_hidden(window: Any,
                                                                     qtbot: Any) -> None:
    """Sixty phones sending cards and dots: the ranking table is rebuilt at most every
    200 ms while the dock is shown and never while it is hidden; badges and the dots left
    follow each dot at once."""
    from coi_desktop.models import Card

    dock = make_dock(window, max_per_card=5)
    rebuilds = [0]
    original = dock.refresh

    def counted() -> None:
        rebuilds[0] += 1
        original()

    dock.refresh = counted  # type: ignore[method-assign]
    canvas = window.current_canvas_id()
    for n in range(30):
        window.workshop.cards.add([Card(f"p{n}", canvas, "barrier", f"Phone {n}", y=600.0)])
    qtbot.wait(300)
    assert rebuilds[0] == 0  # hidden: nothing rebuilt
    window.show()
    dock.show()
    qtbot.waitUntil(lambda: dock.table.rowCount() == 34, timeout=2000)
    shown = rebuilds[0]
    for _n in range(3):
        dock.vote_click("p0", take_back=False)  # anonymous? no: named, by the chooser
    assert window.current_view().scene().badges.get("p0") == "3"  # badge at once
    qtbot.waitUntil(lambda: ranking_rows(dock)[0][1] == "Phone 0", timeout=2000)
    assert rebuilds[0] - shown <= 2
