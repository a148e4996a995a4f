"""A facilitator with only a keyboard: new workshop, 20 cards by quick capture, a link,
undo and redo, close, reopen: the same board."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from coi_desktop.views import application

from .conftest import activate


def when_modal(callback: Any) -> QTimer:
    """Run `callback(dialog)` as soon as a modal dialog is up (polls the event loop)."""
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            timer.stop()
            callback(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _fill_new_workshop_dialog(qtbot: Any, path: Path, dialog: Any) -> None:
    assert dialog.objectName() == "new_workshop_dialog"
    qtbot.keyClicks(dialog.title, "Robots in home care")
    dialog.file.selectAll()
    qtbot.keyClicks(dialog.file, str(path))
    qtbot.keyClick(dialog.file, Qt.Key.Key_Return)


def test_keyboard_only_session_survives_close_and_reopen(shell_env: Any, qtbot: Any,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "robots.coi"
    shell = application.shell()
    welcome = shell.show_welcome()
    activate(qtbot, welcome)
    timer = when_modal(lambda d: _fill_new_workshop_dialog(qtbot, path, d))
    qtbot.keyClick(welcome, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    timer.stop()
    assert len(shell.windows) == 1, shell_env.errors
    window = shell.windows[0]
    activate(qtbot, window)
    assert window.workshop.info.title == "Robots in home care"
    assert path.exists()

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    line = window.quick_capture.line
    assert line.hasFocus()
    for n in range(20):
        qtbot.keyClicks(line, f"Barrier number {n + 1}")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert line.text() == ""
    assert len(window.workshop.cards) == 20
    assert window.undo_stack.count() == 20

    view = window.current_view()
    by_title = {c.title: c.id for c in window.workshop.cards.values()}
    view.setFocus()
    view.select_cards([by_title["Barrier number 1"], by_title["Barrier number 2"]])
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert len(window.workshop.links) == 1

    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.workshop.links) == 0
    assert len(window.workshop.cards) == 16
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.workshop.cards) == 18
    before = window.workshop.snapshot()

    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window not in shell.windows

    again = shell.open_path(path)
    assert again is not None, shell_env.errors
    after = again.workshop.snapshot()
    assert after["cards"] == before["cards"]
    assert after["links"] == before["links"]
    assert after["canvases"] == before["canvases"]
