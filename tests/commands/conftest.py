"""Fixtures for the undo framework's tests: a QApplication for QUndoStack's translations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
