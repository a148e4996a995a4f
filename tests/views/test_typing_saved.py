"""What a facilitator types in the inspector is in the file within 300 ms of the last
keystroke, even if the program is killed then (kill -9), and one burst of typing is one
undo step."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from coi_desktop.storage import read_workshop

from .conftest import activate, make_file

CHILD = r'''
import os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtTest import QTest
QStandardPaths.setTestModeEnabled(True)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from coi_desktop.views import application

app = application.make_application()
window = application.shell().open_path(Path(sys.argv[1]))
window.show()
card = sorted(window.workshop.cards)[0]
window.current_view().select_cards([card])
app.processEvents()
box = window.inspector.editors["description"]
box.setFocus()
app.processEvents()
QTest.keyClicks(box, "Typed just before the power cut")
end = time.monotonic() + 0.5    # half a second after the last keystroke ...
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
print("killing", flush=True)
os.kill(os.getpid(), signal.SIGKILL)   # ... the program dies: no focus-out, no close
'''


def test_typing_then_kill_9_after_half_a_second_loses_nothing(tmp_path: Path) -> None:
    path = make_file(tmp_path, "typed.coi", cards=1)
    settings = tmp_path / "settings"
    settings.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), COI_LANG="en")
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(settings)],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    assert "killing" in result.stdout
    saved = read_workshop(path)  # the file as the killed program left it (and its -wal)
    card = next(iter(saved.cards.values()))
    assert card.description == "Typed just before the power cut"


def test_a_burst_of_typing_is_one_undo_step_and_a_pause_starts_the_next(
        open_window: Any, tmp_path: Path, qtbot: Any) -> None:
    path = make_file(tmp_path, "burst.coi", cards=1)
    window = open_window(path)
    activate(qtbot, window)
    card = next(iter(window.workshop.cards))
    window.current_view().select_cards([card])
    title = window.inspector.editors["title"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    title.selectAll()
    steps = window.undo_stack.count()
    qtbot.keyClicks(title, "Budget")
    started = time.monotonic()
    qtbot.waitUntil(lambda: read_workshop(path).cards[card].title == "Budget", timeout=2000)
    assert time.monotonic() - started < 0.3 + 0.2  # 250 ms idle, plus the test's polling
    assert window.undo_stack.count() == steps + 1  # six letters, one step
    qtbot.keyClicks(title, " runs out")
    qtbot.waitUntil(lambda: window.workshop.cards[card].title == "Budget runs out",
                    timeout=2000)
    assert window.undo_stack.count() == steps + 2
    qtbot.keyClick(title, Qt.Key.Key_Return)  # nothing new to commit: no extra step
    assert window.undo_stack.count() == steps + 2
    window.edit.undo()
    assert window.workshop.cards[card].title == "Budget"
    # Emptying a title to retype it commits nothing until there is a title again.
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.wait(400)
    assert window.workshop.cards[card].title == "Budget"
