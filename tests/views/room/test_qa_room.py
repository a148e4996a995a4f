"""QA findings in the room features, each a test that would have caught it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.views.conftest import make_file


def test_participants_dock_opens_with_room_for_the_roster(open_window: Any, tmp_path: Path,
                                                          qtbot: Any) -> None:
    """Room → Participants opened a ~140 px sliver under an empty inspector (3 rows)."""
    window = open_window(make_file(tmp_path, "roster.coi", cards=2))
    window.resize(1440, 900)
    window.room.actions["room.participants"].trigger()
    dock = window.room.participants
    qtbot.waitUntil(lambda: dock.height() >= 320)
    assert window.inspector.isVisible() and window.inspector.height() >= 150


def test_tab_in_a_typed_count_goes_to_the_next_count(qtbot: Any, window: Any) -> None:
    """Tab went to the next row's title cell, so the next digits typed were lost."""
    from PySide6.QtCore import Qt

    from coi_desktop.views.room.voting_dialogs import PaperCountsDialog

    from .test_voting_dock import make_dock

    dock = make_dock(window, anonymous=True)
    dialog = PaperCountsDialog(window.workshop, dock.active_round(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spins = list(dialog.spins.values())
    spins[0].setFocus()
    spins[0].selectAll()
    qtbot.keyClicks(spins[0], "7")
    qtbot.keyClick(spins[0], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is spins[1]
    qtbot.keyClicks(spins[1], "3")
    qtbot.keyClick(spins[1], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is spins[0]
    assert [spins[0].value(), spins[1].value()] == [7, 3]


def test_new_agenda_item_starts_on_the_current_canvas(qtbot: Any, window: Any) -> None:
    """The Agenda item dialog was 244 px wide and always said '(no canvas)'."""
    from coi_desktop.views.room.agenda import AgendaItemDialog

    current = window.current_canvas_id()
    dialog = AgendaItemDialog(window.workshop, None, canvas_id=current)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= 420
    assert dialog.canvas.currentData() == current
    dialog.title.setText("Barriers")
    assert dialog.fields() == {"title": "Barriers", "planned_minutes": 15, "canvas_id": current}
    plain = AgendaItemDialog(window.workshop, None)
    qtbot.addWidget(plain)
    assert plain.canvas.currentData() is None


def test_voting_dock_without_a_round_has_no_blank_button(qtbot: Any, window: Any) -> None:
    """On a canvas without a round the 'Close round' button was an empty grey box."""
    from coi_desktop.views.room.voting import VotingDock

    dock = VotingDock(window, window)
    assert dock.active_round() is None
    for button in (dock.close_button, dock.delete_button, dock.counts_button,
                   dock.click_button, dock.new_button):
        assert button.text().strip(), button.objectName()
        assert button.isEnabled() == (button is dock.new_button)
