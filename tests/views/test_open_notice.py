"""Opening a file whose last changes were left in a -wal (a full disk or a crash at closing):
the window opens with every change, and the user is told in one sentence what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.storage.hostile_corpus import leave_wal

from .conftest import Dialogs, make_file


def test_changes_left_in_a_wal_are_there_and_the_user_is_told(
        shell_env: Dialogs, open_window: Any, tmp_path: Path) -> None:
    path = make_file(tmp_path, cards=2)
    leave_wal(path, "UPDATE cards SET title = 'written before the disk filled up' "
                    "WHERE title = 'Card 1'")
    window = open_window(path)
    titles = {c.title for c in window.workshop_file.workshop.cards.values()}
    assert "written before the disk filled up" in titles
    assert not shell_env.errors
    assert len(shell_env.notices) == 1
    assert "workshop.coi-wal" in shell_env.notices[0] and "nothing is lost" in shell_env.notices[0]


def test_a_clean_file_opens_without_a_notice(shell_env: Dialogs, open_window: Any) -> None:
    open_window()
    assert shell_env.notices == []
