"""QA findings in the New workshop dialog, each a test that would have caught it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from coi_desktop.views.dialogs import new_workshop
from coi_desktop.views.dialogs.new_workshop import NewWorkshopDialog


def test_missing_documents_folder_falls_back_to_home(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh account without ~/Documents: typing a title and Enter must just work."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _loc: str(home / "Documents"))
    monkeypatch.setattr(Path, "home", lambda: home)
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Grøn omstilling")
    assert dialog.path().parent == home
    dialog.accept()
    assert dialog.problem.text() == ""
    assert dialog.result() == NewWorkshopDialog.DialogCode.Accepted


def test_existing_documents_folder_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _loc: str(docs))
    assert new_workshop.documents_folder() == docs


def test_new_canvas_dialog_gives_the_name_room(qtbot: Any) -> None:
    from coi_desktop.views.dialogs.new_canvas import NewCanvasDialog

    dialog = NewCanvasDialog(None, lambda t: t.replace("_", " ").title())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.width() >= 240
