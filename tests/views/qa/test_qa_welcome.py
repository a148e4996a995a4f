"""QA findings on the welcome screen, each a test that would have caught it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor


def test_empty_recent_list_says_what_to_do(shell_env: Any, qtbot: Any) -> None:
    """On the first start the recent list was a blank white box."""
    from coi_desktop.views import application

    welcome = application.shell().show_welcome()
    qtbot.waitExposed(welcome)
    assert welcome.recent.count() == 0
    assert "No recent workshops" in welcome.recent.placeholder
    image = welcome.recent.viewport().grab().toImage()
    base = welcome.recent.palette().base().color()
    inked = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                if QColor(image.pixel(x, y)) != base)
    assert inked > 20  # the sentence is drawn
