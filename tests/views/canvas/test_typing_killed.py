"""Typing on the canvas survives a kill -9 (issue 11): a title typed into a card's in-place
editor is in the file half a second after the last keystroke, while the editor is still open
(no Enter, no focus-out, no close), both for an existing card (F2) and for a card just added.
Mirrors tests/views/test_typing_saved.py, which does the same for the inspector."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coi_desktop.storage import read_workshop
from tests.views.conftest import make_file

CHILD = r'''
import os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
QStandardPaths.setTestModeEnabled(True)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from coi_desktop.views import application

app = application.make_application()
window = application.shell().open_path(Path(sys.argv[1]))
window.show()
view = window.current_view()
for _ in range(30):  # the window's first fit of the board, before anybody types
    app.processEvents()
    time.sleep(0.01)
if sys.argv[3] == "existing":
    card = sorted(window.workshop.cards)[0]
    view.select_cards([card])
    view.setFocus()
    app.processEvents()
    QTest.keyClick(view.viewport(), Qt.Key.Key_F2)   # the in-place editor, as a user opens it
else:
    card = view.add_card("note")                     # a new card opens its editor at once
app.processEvents()
editor = view.titles.editor
assert editor is not None and editor.card_id == card, "no in-place editor"
for ch in sys.argv[4]:  # one key event per character, as a keyboard sends them (æ, ø, –)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    app.processEvents()
end = time.monotonic() + 0.5    # half a second after the last keystroke ...
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
assert view.titles.editor is editor, "the editor closed: this would test a commit, not typing"
print("killing", card, flush=True)
os.kill(os.getpid(), signal.SIGKILL)   # ... the program dies: no Enter, no focus-out, no close
'''


@pytest.mark.parametrize("which, typed", [
    ("existing", "Budgettet slutter efter pilotprojektet – æøå ÆØÅ"),
    ("fresh", "Ingen ejer af gevinstrealiseringen"),
])
def test_canvas_typing_then_kill_9_after_half_a_second_loses_nothing(
        tmp_path: Path, which: str, typed: str) -> None:
    path = make_file(tmp_path, "typed.coi", cards=2)
    settings = tmp_path / "settings"
    settings.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), COI_LANG="en")
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(settings), which,
                             typed], capture_output=True, text=True, env=env, timeout=120,
                            check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    card_id = result.stdout.split("killing", 1)[1].split()[0]
    saved = read_workshop(path)  # the file as the killed program left it (and its -wal)
    assert saved.cards[card_id].title == typed  # every character, none lost
    if which == "fresh":
        assert len(saved.cards) == 3
