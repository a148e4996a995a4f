"""Dialogs that tell the user something went wrong, in one sentence of their language.

Kept as plain module functions so tests can replace them (monkeypatch) and assert what
the user would have been told, without a modal dialog blocking the test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error_message(parent: QWidget | None, text: str, title: str = "") -> None:
    """A warning with one sentence and an OK button."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("ErrorDialog", "COI Desktop"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_notice(parent: QWidget | None, text: str) -> None:
    """Something the user should know that went well (a file recovered from its -wal): an
    information box that does not block the window behind it."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ErrorDialog", "COI Desktop"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def ask_open_read_only(parent: QWidget | None, text: str) -> bool:
    """The file is in use: offer to open it read-only. True when the user accepts."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ErrorDialog", "File in use"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    read_only = box.addButton(QCoreApplication.translate("ErrorDialog", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only
