"""Past its retention date, opening a workshop says so and offers to remove personal data:
"Not now" changes nothing; "Remove personal data now" plus the second confirmation replaces
every name and e-mail (a snapshot first), and neither the file nor its -wal keeps them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from coi_desktop.models import Card, Group, Participant, Workshop
from coi_desktop.models.registry import ACTION, BARRIER
from coi_desktop.storage import create_workshop_file, read_workshop
from coi_desktop.storage.copies import snapshots_of
from coi_desktop.views import application, i18n

NAME, EMAIL = "Karen Blixenstjerne", "karen.blixen@kommune.example"


def _expired(folder: Path, retention: str = "2026-01-31") -> Path:
    ws = Workshop.new("Velfærd", language="en")
    ws.update_info(retention_date=retention)
    canvas = ws.canvases.ordered()[0].id
    ws.participants.add([Participant("p1", NAME, organisation="Odense Kommune", email=EMAIL,
                                     consent=True),
                         Participant("p2", "Jens Kofoed", email="jk@firma.example")])
    ws.cards.add([Card("a1", canvas, ACTION, f"Call {NAME} about the pilot", owner=NAME,
                       participant_id="p1", notes=f"{EMAIL} prefers mornings",
                       tags=("Jens Kofoed",)),
                  Card("b1", canvas, BARRIER, "No budget", x=400)])
    ws.links.add([ws.links.new("a1", "b1", label=f"{NAME} owns it")])
    ws.groups.add([Group("g1", canvas, "Jens Kofoed's ideas", width=900)])
    path = folder / "expired.coi"
    create_workshop_file(path, ws)
    return path


def _answers(qtbot: Any, *clicks: str) -> list[str]:
    """Click the buttons named `clicks` on the modal boxes as they come; returns their texts."""
    seen: list[str] = []
    queue = list(clicks)

    def poll() -> None:
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and queue:
            seen.append(box.text())
            name = queue.pop(0)
            button = box.findChild(QPushButton, name) if name else None
            if button is None:  # a plain OK
                box.accept()
            else:
                button.click()
        if queue:
            qtbot_timer(poll)

    def qtbot_timer(fn: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(20, fn)

    qtbot_timer(poll)
    return seen


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_not_now_changes_nothing_and_asks_again(shell_env: Any, qtbot: Any,
                                                tmp_path: Path) -> None:
    path = _expired(tmp_path)
    seen = _answers(qtbot, "retention.later")
    window = application.shell().open_path(path)
    assert window is not None and len(seen) == 1
    assert "31 January 2026" in seen[0] and "participants: 2, cards: 1" in seen[0]
    assert "cannot be undone" in seen[0]
    assert window.workshop.participants["p1"].email == EMAIL
    window.close()
    assert NAME.encode() in _bytes(path)
    seen = _answers(qtbot, "retention.later")
    assert application.shell().open_path(path) is not None and len(seen) == 1


def test_cancelling_the_second_question_removes_nothing(shell_env: Any, qtbot: Any,
                                                        tmp_path: Path) -> None:
    path = _expired(tmp_path)
    seen = _answers(qtbot, "retention.remove", "")  # "" = the confirmation's Cancel (default)
    window = application.shell().open_path(path)
    assert len(seen) == 2 and "for good" in seen[1]
    assert window.workshop.participants["p1"].name == NAME
    window.close()
    assert EMAIL.encode() in _bytes(path)


@pytest.mark.parametrize("language", ["en", "da"])
def test_removing_leaves_no_name_or_email_in_the_file(shell_env: Any, qtbot: Any,
                                                      tmp_path: Path, language: str) -> None:
    i18n.set_language(language)
    path = _expired(tmp_path)
    seen = _answers(qtbot, "retention.remove", "retention.sure", "")
    window = application.shell().open_path(path)
    assert window is not None and len(seen) == 3
    if language == "da":
        assert "31. januar 2026" in seen[0] and "kan ikke fortrydes" in seen[0]
    people = window.workshop.participants
    assert (people["p1"].name, people["p1"].email) == ("Participant 1", "")
    assert NAME not in window.workshop.cards["a1"].title
    assert window.undo_stack.count() == 0
    (snapshot,) = snapshots_of(window.workshop_file.snapshot_dir, window.workshop.info.id)
    assert read_workshop(snapshot).participants["p1"].name == NAME  # the one way back
    data = _bytes(path)  # while open: the file and its -wal
    for secret in (NAME, EMAIL, "Jens Kofoed", "jk@firma.example", "Blixen"):
        assert secret.encode() not in data, secret
    window.close()
    data = _bytes(path)
    for secret in (NAME, EMAIL, "Jens Kofoed", "jk@firma.example", "Blixen"):
        assert secret.encode() not in data, secret
    assert read_workshop(path).participants["p2"].name == "Participant 2"


def test_a_read_only_window_says_it_cannot_be_done_here(shell_env: Any, qtbot: Any,
                                                        tmp_path: Path) -> None:
    path = _expired(tmp_path)
    before = path.read_bytes()
    seen = _answers(qtbot, "")
    window = application.shell().open_path(path, readonly=True)
    assert window is not None and len(seen) == 1
    assert "read-only" in seen[0] and "purge-personal-data" in seen[0]
    window.close()
    assert path.read_bytes() == before


def test_a_future_retention_date_asks_nothing(shell_env: Any, qtbot: Any,
                                              tmp_path: Path) -> None:
    path = _expired(tmp_path, retention="2999-01-01")
    window = application.shell().open_path(path)
    assert window is not None and window.workshop.participants["p1"].name == NAME
