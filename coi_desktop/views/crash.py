"""What happens when the program meets a bug: log it, say so, keep going.

`install()` replaces `sys.excepthook`. An error a user can cause (`CoiError`) that escapes a
slot is shown as its one sentence. Anything else is a bug: its traceback is appended to
`crash.log` in the user data folder and a dialog says, in one sentence, that something went
wrong and where the log is. The event loop keeps running; the workshop in memory and in its
file is untouched because every change goes through the model (a failed change never
half-applies) and is committed to the file as it happens.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..models.errors import CoiError
from . import i18n

_previous_hook: Callable[..., object] | None = None
_showing = False


def log_dir() -> Path:
    """The folder holding crash.log (the user data folder)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".coi-desktop")


def log_path() -> Path:
    return log_dir() / "crash.log"


def write_log(exc_type: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> Path:
    """Append the traceback with a time stamp; returns the log's path."""
    from ..storage.private import append_private, crash_report

    path = log_path()
    text = crash_report(exc_type, exc, tb)  # no message, no locals: no personal data
    stamp = datetime.now().isoformat(timespec="seconds")
    try:
        append_private(path, f"--- {stamp}\n{text}\n")  # 0600 in a 0700 folder
    except OSError:
        sys.stderr.write(text)
    return path


def _parent() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def show_crash_dialog(path: Path) -> None:
    """One sentence and the log's path (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Crash", "Something went wrong"),
                      QCoreApplication.translate(
                          "Crash", "COI Desktop met an unexpected error; your workshop is "
                          "safe and you can keep working."), QMessageBox.StandardButton.Ok,
                      _parent())
    box.setInformativeText(QCoreApplication.translate(
        "Crash", "Details were written to {path}").format(path=path))
    box.exec()


def show_user_error(text: str) -> None:
    """A user error's one sentence (tests replace this function)."""
    from .dialogs.errors import show_error_message

    show_error_message(_parent(), text)


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """The exception hook itself."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
        return
    if isinstance(exc, CoiError):
        if not _showing:
            _showing = True
            try:
                show_user_error(exc.text(i18n.current_language()))
            finally:
                _showing = False
        return
    path = write_log(exc_type, exc, tb)
    sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
    if _showing:  # an error while the dialog is up: log only, never stack dialogs
        return
    _showing = True
    try:
        show_crash_dialog(path)
    finally:
        _showing = False


def install() -> None:
    global _previous_hook
    if sys.excepthook is not handle_exception:
        _previous_hook = sys.excepthook
        sys.excepthook = handle_exception


def uninstall() -> None:
    if sys.excepthook is handle_exception and _previous_hook is not None:
        sys.excepthook = _previous_hook
