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
    qtbot.waitUntil(dock.isVisible)
    qtbot.wait(20)
    assert dock.height() >= 320
    assert window.inspector.isVisible() and window.inspector.height() >= 150
