"""How one main window looks and where the keyboard is: language, theme, card text size,
full screen, focus on the canvas or a panel, and the Settings dialog.

`LooksController` is one of the window's controllers. Language and theme are application
wide: choosing them here updates every open window (each re-translates on Qt's
LanguageChange; the theme is one QApplication palette plus the canvas colours).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from . import i18n, settings, theming
from .actions import WindowActions

if TYPE_CHECKING:
    from .surface import WindowSurface

FONT_STEP = 0.15


class LooksController(QObject):
    """View preferences of one window (see the module docstring)."""

    def __init__(self, window: WindowSurface, actions: WindowActions, docks: dict[str, Any]
                 ) -> None:
        super().__init__(window.widget())
        self.window = window
        self.actions = actions
        self.docks = docks

    # -- settings ---------------------------------------------------------------------------

    def settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.widget())
        if dialog.exec():
            dialog.apply()
            if self.window.shell is not None:
                self.window.shell.settings_changed()
            else:
                self.apply_settings()

    def apply_settings(self) -> None:
        """Re-read card text size, kind of new cards and snapshot interval after the
        settings changed (language and theme are applied application-wide already)."""
        for view in self.window.views():
            view.set_font_scale(settings.font_scale())
        self.window.session.set_default_kind(settings.default_kind())

    def choose_language(self, choice: str) -> None:
        settings.set_language_setting(choice)
        i18n.set_language(settings.effective_language())
        self.show_language_choice()

    def show_language_choice(self) -> None:
        choice = settings.language_setting()
        for action in self.actions.language_actions.values():
            action.setChecked(action.data() == choice)

    def choose_theme(self, name: str) -> None:
        """Light, dark or high contrast for the whole application, remembered."""
        settings.set_theme_setting(name)
        theming.apply_theme(settings.theme_setting())

    def show_theme_choice(self) -> None:
        for action in self.actions.theme_actions.values():
            action.setChecked(action.data() == theming.current_theme())

    # -- card text --------------------------------------------------------------------------

    def _scale_text(self, scale: float) -> None:
        settings.set_font_scale(scale)
        for view in self.window.views():
            view.set_font_scale(settings.font_scale())
        self.window.show_status(self.tr("Card text at %1 %").replace(
            "%1", str(round(settings.font_scale() * 100))), 4000)

    def text_larger(self) -> None:
        self._scale_text(settings.font_scale() + FONT_STEP)

    def text_smaller(self) -> None:
        self._scale_text(settings.font_scale() - FONT_STEP)

    def text_reset(self) -> None:
        self._scale_text(1.0)

    # -- where the keyboard is --------------------------------------------------------------

    def focus_outline(self) -> None:
        outline = self.docks["outline"]
        outline.show()
        outline.raise_()
        outline.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_inspector(self) -> None:
        inspector = self.docks["inspector"]
        inspector.show()
        inspector.raise_()
        inspector.focus_first()

    def full_screen(self) -> None:
        widget = self.window.widget()
        widget.setWindowState(widget.windowState() ^ Qt.WindowState.WindowFullScreen)
