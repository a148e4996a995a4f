"""An unexpected exception in a slot is logged and shown; the app and the workshop live on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from coi_desktop.models.errors import ValidationError
from coi_desktop.storage import read_workshop
from coi_desktop.views import crash

from .conftest import make_file


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown_and_work_goes_on(
        open_window: Any, shell_env: Any, qtbot: Any, tmp_path: Path) -> None:
    path = make_file(tmp_path, "safe.coi", cards=1)
    window = open_window(path)
    crash.install()

    def boom() -> None:
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(shell_env.crashes))
    log = shell_env.crashes[0]
    assert log.exists()
    text = log.read_text(encoding="utf-8")  # type and frames; no message (personal data)
    assert "RuntimeError" in text and "in boom" in text and "a bug in a slot" not in text
    assert log.stat().st_mode & 0o777 == 0o600

    assert window.isVisible()
    window.quick_capture.line.setText("Still working")
    window.quick_capture.line.returnPressed.emit()
    assert any(c.title == "Still working" for c in read_workshop(path).cards.values())


@pytest.mark.qt_no_exception_capture
def test_a_user_error_escaping_a_slot_shows_its_sentence_not_a_crash(
        shell_env: Any, qtbot: Any) -> None:
    crash.install()

    def refuse() -> None:
        raise ValidationError("A workshop needs a title.", "En workshop skal have en titel.")

    QTimer.singleShot(0, refuse)
    qtbot.waitUntil(lambda: bool(shell_env.errors))
    assert shell_env.errors == ["A workshop needs a title."]
    assert shell_env.crashes == []
