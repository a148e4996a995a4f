"""Every dialog answers the keyboard the same way: Enter accepts (as the OK button would),
Esc cancels and changes nothing. Pressed where the keyboard is when the dialog opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coi_desktop.models import VotingRound, Workshop

from .conftest import make_file


def workshop_with_cards() -> Workshop:
    from coi_desktop.storage import read_workshop

    return read_workshop(make_file(Path(_tmp[0]), "keys.coi", cards=3))


_tmp: list[str] = [""]


def _details(w: Workshop) -> QDialog:
    from coi_desktop.views.dialogs.details import WorkshopDetailsDialog

    return WorkshopDetailsDialog(w, "en", False, None)


def _link(w: Workshop) -> QDialog:
    from coi_desktop.views.dialogs.link_dialog import LinkDialog

    a, b = sorted(w.cards)[:2]
    link = w.links.new(a, b)
    w.links.add([link])
    return LinkDialog(w, w.links[link.id], "en", False, None)


def _new_canvas(w: Workshop) -> QDialog:
    from coi_desktop.views.dialogs.new_canvas import NewCanvasDialog

    return NewCanvasDialog(None, lambda t: t)


def _new_workshop(w: Workshop) -> QDialog:
    from coi_desktop.views.dialogs.new_workshop import NewWorkshopDialog

    dialog = NewWorkshopDialog(None, Path(_tmp[0]))
    dialog.title.setText("Keys")
    return dialog


def _settings(w: Workshop) -> QDialog:
    from coi_desktop.views.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog(None)


def _start_round(w: Workshop) -> QDialog:
    from coi_desktop.views.room.voting_dialogs import StartRoundDialog

    return StartRoundDialog(w, "en", "Round 1")


def _counts(w: Workshop) -> QDialog:
    from coi_desktop.views.room.voting_dialogs import PaperCountsDialog

    canvas = w.canvases.ordered()[0].id
    if "r" not in w.voting:
        w.voting.add(VotingRound("r", canvas, "Paper", ("barrier",)))
    return PaperCountsDialog(w, w.voting["r"], "en")


def _agenda_item(w: Workshop) -> QDialog:
    from coi_desktop.views.room.agenda import AgendaItemDialog

    dialog = AgendaItemDialog(w)
    return dialog


def _participant(w: Workshop) -> QDialog:
    from coi_desktop.views.room.participants import ParticipantDialog

    dialog = ParticipantDialog(w, "en")
    return dialog


DIALOGS: dict[str, Callable[[Workshop], QDialog]] = {
    "details": _details, "link": _link, "new_canvas": _new_canvas,
    "new_workshop": _new_workshop, "settings": _settings, "start_round": _start_round,
    "paper_counts": _counts, "agenda_item": _agenda_item, "participant": _participant,
}


def press(qtbot: Any, dialog: QDialog, key: Qt.Key, times: int = 1) -> int:
    """Press `key` `times` times where the keyboard is; the dialog's result once it
    closed (-1 while it is still open)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    for _ in range(times):
        focus = QApplication.focusWidget() or dialog
        target: QWidget = focus if dialog.isAncestorOf(focus) or focus is dialog else dialog
        qtbot.keyClick(target, key)
    return dialog.result() if not dialog.isVisible() else -1


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_accepts_and_escape_cancels(name: str, shell_env: Any, qtbot: Any,
                                          tmp_path: Path) -> None:
    _tmp[0] = str(tmp_path)
    w = workshop_with_cards()
    dialog = DIALOGS[name](w)
    qtbot.addWidget(dialog)
    if name == "participant":
        dialog.name.setText("Ane")  # type: ignore[attr-defined]
    if name == "agenda_item":
        dialog.title.setText("Welcome")  # type: ignore[attr-defined]
    assert press(qtbot, dialog, Qt.Key.Key_Escape) == QDialog.DialogCode.Rejected, name
    dialog2 = DIALOGS[name](w) if name != "link" else dialog
    qtbot.addWidget(dialog2)
    if name == "participant":
        dialog2.name.setText("Ane")  # type: ignore[attr-defined]
    if name == "agenda_item":
        dialog2.title.setText("Welcome")  # type: ignore[attr-defined]
    # The counts dialog moves on with Enter from count to count (3 cards), then OK.
    times = 4 if name == "paper_counts" else 1
    if times > 1:
        assert press(qtbot, dialog2, Qt.Key.Key_Return, times - 1) == -1
        times = 1
    assert press(qtbot, dialog2, Qt.Key.Key_Return, times) == QDialog.DialogCode.Accepted, name
