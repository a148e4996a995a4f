"""Fixtures for the application-shell tests (tests/views/test_*.py).

Each test gets isolated QSettings (a fresh INI folder), Qt's test-mode standard paths, the
English interface, and recorders instead of modal dialogs, so a test can assert what the
user would have been told. The shell and its windows are closed after each test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from coi_desktop.models import Card, Workshop, new_id


@dataclass
class Dialogs:
    """What the user was shown instead of modal dialogs."""

    errors: list[str] = field(default_factory=list)
    in_use: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    crashes: list[Path] = field(default_factory=list)
    open_read_only: bool = False


@pytest.fixture
def shell_env(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dialogs]:
    from coi_desktop.views import application, crash, i18n, theming
    from coi_desktop.views.dialogs import errors

    QStandardPaths.setTestModeEnabled(True)
    config = tmp_path / "config"
    config.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    application.make_application()
    i18n.set_language("en")
    seen = Dialogs()
    monkeypatch.setattr(errors, "show_error_message",
                        lambda parent, text, title="": seen.errors.append(text))
    monkeypatch.setattr(errors, "show_notice", lambda parent, text: seen.notices.append(text))

    def ask(parent: Any, text: str) -> bool:
        seen.in_use.append(text)
        return seen.open_read_only

    monkeypatch.setattr(errors, "ask_open_read_only", ask)
    monkeypatch.setattr(crash, "show_crash_dialog", lambda path: seen.crashes.append(path))
    application.reset_shell()
    yield seen
    application.reset_shell()
    crash.uninstall()
    i18n.set_language("en")
    theming.apply_theme("light")  # the theme is application-wide: never leak one


def make_file(folder: Path, name: str = "workshop.coi", template: str = "blank",
              cards: int = 0, kind: str = "barrier", title: str = "Test workshop") -> Path:
    """A workshop file with `cards` cards on its first canvas."""
    from coi_desktop.storage import create_workshop_file

    workshop = Workshop.new(title, language="en", template=template)
    canvas = workshop.canvases.ordered()[0].id
    if cards:
        workshop.cards.add([Card(new_id(), canvas, kind, f"Card {n}", x=40.0 + 200 * (n % 8),
                                 y=40.0 + 120 * (n // 8)) for n in range(cards)])
    path = folder / name
    create_workshop_file(path, workshop)
    return path


@pytest.fixture
def open_window(shell_env: Dialogs, qtbot: Any, tmp_path: Path) -> Callable[..., Any]:
    """Open a workshop file in a main window (made with `make_file` unless given)."""
    from coi_desktop.views import application

    def opener(path: Path | None = None, **kwargs: Any) -> Any:
        window = application.shell().open_path(path or make_file(tmp_path, **kwargs))
        assert window is not None, shell_env.errors
        window.resize(1400, 900)
        qtbot.waitExposed(window)
        return window

    return opener


def activate(qtbot: Any, widget: Any) -> None:
    """Make `widget`'s window the active one (window shortcuts only fire there)."""
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def answer_modal(act: Callable[[Any], None], kind: type = QDialog) -> list[BaseException]:
    """Run `act(dialog)` on the next modal dialog of type `kind` once it is up; what it
    raised is returned to the test (the dialog is closed in any case, so a failing test
    never hangs on a modal box)."""
    failures: list[BaseException] = []
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, poll)
            return
        try:
            act(dialog)
        except BaseException as exc:  # handed to the test
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    return failures
