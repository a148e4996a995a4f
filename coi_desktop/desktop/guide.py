"""Help → User guide: the HTML guide shipped in the package, in the interface language.

The guide lives in `guide/<lang>/index.html` with its pictures in `guide/<lang>/images/`
(made from the real app by tools/screenshots.py). It opens inside the app in a text
browser, so it works without a network or a web browser; "Open in web browser" hands the
same file to the system browser for printing. `install(window)` is the feature hook that
adds the menu entry (views/features.py lists this module).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from . import GUIDE

LANGUAGES = ("da", "en")


def guide_path(lang: str) -> Path:
    """The guide's start page in `lang` (English for a language without a guide)."""
    return GUIDE / (lang if lang in LANGUAGES else "en") / "index.html"


def _language() -> str:
    from ..views import i18n

    return i18n.current_language()


class GuideWindow(QWidget):
    """The user guide in its own window; follows the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.resize(900, 760)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide.browser")
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(self)
        self.external = QPushButton(self)
        self.external.setObjectName("guide.external")
        self.buttons.addButton(self.external, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.external.clicked.connect(self.open_externally)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.lang = ""
        self.retranslate()

    def load(self, lang: str) -> None:
        self.lang = lang
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(lang))))

    def open_externally(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path(self.lang))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("COI Desktop user guide"))
        self.external.setText(self.tr("Open in &web browser"))
        self.close_button.setText(self.tr("&Close"))
        if self.lang != _language():
            self.load(_language())


_window: GuideWindow | None = None


def show_guide(parent: QWidget | None = None) -> GuideWindow:
    """Open (or bring forward) the one guide window."""
    global _window
    if _window is None:
        _window = GuideWindow()
        _window.destroyed.connect(_forget)
    _window.retranslate()
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def _forget() -> None:
    global _window
    _window = None


class _GuideAction(QAction):
    """Help → User guide (Shift+F1), retitled on a language change."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("help.guide")
        self.setShortcut(QKeySequence("Shift+F1"))
        self.triggered.connect(lambda: show_guide(window))
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("User &guide"))
        self.setStatusTip(self.tr("How to prepare, run and follow up a workshop with "
                                  "COI Desktop"))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: Any) -> QAction:
    """Put "User guide" first in the window's Help menu."""
    action = _GuideAction(window)
    menu = window.menu("help")
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    window.addAction(action)
    return action
