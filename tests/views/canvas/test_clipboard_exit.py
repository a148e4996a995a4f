"""Quitting after a copy: the cards' titles stay on the clipboard for other programs, and the
process ends cleanly (it crashed on exit, SIGSEGV, when our clipboard data was deleted by Qt
after Python had stopped)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from coi_desktop.views.canvas.clipboard import MIME, hand_over_clipboard

from .conftest import add

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coi_desktop.models import Workshop
from coi_desktop.models.entities import Card, new_id
from coi_desktop.models.registry import BARRIER
from coi_desktop.views.canvas import CanvasView
from PySide6.QtGui import QUndoStack

app = QApplication(sys.argv)
w = Workshop.new("Exit", language="en", template="blank")
canvas = w.canvases.ordered()[0].id
card = Card(new_id(), canvas, BARRIER, "Copied before quitting")
w.cards.add([card])
view = CanvasView(w, canvas, QUndoStack())
view.select_cards([card.id])
view.copy()
QTimer.singleShot(0, app.quit)
app.exec()
print(QApplication.clipboard().text())
"""


def test_quitting_after_a_copy_ends_cleanly_and_keeps_the_text(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                               "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "Copied before quitting"


def test_hand_over_leaves_text_and_drops_our_data(make_view) -> None:
    view = make_view()
    card = add(view.workshop, "note", "Two words")
    view.select_cards([card])
    view.copy()
    assert QGuiApplication.clipboard().mimeData().hasFormat(MIME)
    hand_over_clipboard()
    mime = QGuiApplication.clipboard().mimeData()
    assert not mime.hasFormat(MIME) and mime.text() == "Two words"
