"""The theme (light, dark, high contrast) is chosen in Settings, applied at once to every
window, the canvas and the toolbar icons, and remembered for the next start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from coi_desktop.theme import contrast, luminance
from coi_desktop.views import application, settings, theming
from coi_desktop.views.canvas import palette as canvas_palette

from .conftest import make_file


def window_colours() -> tuple[str, str]:
    p = QApplication.palette()
    return (p.color(QPalette.ColorRole.Window).name(),
            p.color(QPalette.ColorRole.WindowText).name())


def icon_ink(window: Any, key: str = "edit.undo") -> float:
    """Mean luminance of the drawn (non-transparent) pixels of a toolbar icon."""
    image = window.window_actions[key].icon().pixmap(24, 24).toImage()
    seen = [QColor(image.pixel(x, y)) for x in range(24) for y in range(24)
            if QColor.fromRgba(image.pixel(x, y)).alpha() > 200]
    assert seen, "the icon draws nothing"
    return sum(luminance(c.name()) for c in seen) / len(seen)


def choose_in_settings(window: Any, qtbot: Any, theme: str) -> None:
    from coi_desktop.views.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    names = [dialog.theme.itemText(i) for i in range(dialog.theme.count())]
    assert names == ["Light", "Dark", "High contrast"]
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
    dialog.apply()


def test_dark_theme_applies_live_and_is_remembered(open_window: Any, tmp_path: Path,
                                                   qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, "dark.coi", cards=3))
    light_window, light_text = window_colours()
    light_ink = icon_ink(window)
    assert light_ink < 0.1  # dark strokes on a light toolbar

    choose_in_settings(window, qtbot, "dark")
    back, text = window_colours()
    assert luminance(back) < 0.05 and contrast(back, text) >= 7
    assert settings.theme_setting() == "dark"
    assert canvas_palette.current().name == "dark"
    view = window.current_view()
    view.viewport().repaint()
    corner = view.viewport().grab().toImage().pixelColor(2, 2).name().upper()
    assert luminance(corner) < 0.05  # the canvas a user sees is dark too
    # the toolbar's icons turn light (still visible) as the palette change arrives
    qtbot.waitUntil(lambda: icon_ink(window) > 0.6, timeout=2000)
    assert "#BAC3CE" in window.status.mode_label.styleSheet()

    # the next start comes up dark; choosing light gives the platform's palette back
    window.close()
    application.make_application()
    assert theming.current_theme() == "dark"
    again = application.shell().open_path(tmp_path / "dark.coi")
    qtbot.waitUntil(lambda: icon_ink(again) > 0.6, timeout=2000)
    choose_in_settings(again, qtbot, "light")
    assert window_colours() == (light_window, light_text)
    qtbot.waitUntil(lambda: abs(icon_ink(again) - light_ink) < 0.01, timeout=2000)
    assert canvas_palette.current().name == "light"


def test_high_contrast_reaches_aaa_for_interface_text(open_window: Any, tmp_path: Path,
                                                      qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, "hc.coi", cards=2))
    choose_in_settings(window, qtbot, "high_contrast")
    p = QApplication.palette()
    pairs = [(QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
             (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
             (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
             (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)]
    for back, fore in pairs:
        assert contrast(p.color(back).name(), p.color(fore).name()) >= 7, (back, fore)
    assert canvas_palette.current().name == "high_contrast"
    # Field edges drawn in the text colour (the style's own vanish on black), focus in yellow.
    title = window.inspector.editors["title"]
    window.current_view().select_cards(sorted(window.workshop.cards)[:1])
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    shot = title.grab().toImage()
    edge = {shot.pixelColor(x, 0).name() for x in range(5, shot.width() - 5)}
    assert edge == {"#ffff00"}
    choose_in_settings(window, qtbot, "light")
    assert QApplication.instance().styleSheet() == ""


def test_an_unknown_stored_theme_falls_back_to_light(shell_env: Any) -> None:
    settings.qsettings().setValue("appearance/theme", "neon")
    assert settings.theme_setting() == "light"
    assert theming.apply_theme("neon") == "light"


def test_view_menu_switches_theme_and_follows_settings(open_window: Any, tmp_path: Path,
                                                       qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, "menu.coi"))
    menu = window.menu("view.theme")
    assert menu.title() == "T&heme"
    assert [a.text() for a in menu.actions()] == ["Light", "Dark", "High contrast"]
    assert window.window_actions.theme_actions["light"].isChecked()
    window.window_actions.theme_actions["dark"].trigger()
    assert settings.theme_setting() == "dark" and theming.current_theme() == "dark"
    qtbot.waitUntil(lambda: icon_ink(window) > 0.6, timeout=2000)
    choose_in_settings(window, qtbot, "high_contrast")  # chosen elsewhere: the menu follows
    qtbot.waitUntil(lambda: window.window_actions.theme_actions["high_contrast"].isChecked(),
                    timeout=2000)


def test_an_open_window_with_styled_labels_follows_a_theme_switch(shell_env: Any,
                                                                  qtbot: Any) -> None:
    """The welcome screen open while the theme goes dark → light: its styled heading,
    hints and buttons take the light colours too (a widget with a style sheet of its own
    kept the dark palette: pale text on a light window)."""
    theming.apply_theme("dark")
    welcome = application.shell().show_welcome()
    qtbot.waitExposed(welcome)
    assert luminance(welcome.recent_label.palette().color(QPalette.ColorRole.WindowText)
                     .name()) > 0.5
    theming.apply_theme("light")
    qtbot.waitUntil(lambda: luminance(welcome.recent_label.palette().color(
        QPalette.ColorRole.WindowText).name()) < 0.05, timeout=2000)
    button = welcome.new_button.palette().color(QPalette.ColorRole.Button).name()
    assert luminance(button) > 0.5
    qtbot.waitUntil(lambda: "#1F2933" in welcome.heading.styleSheet(), timeout=2000)


def test_high_contrast_scrollbars_show_their_handle(qtbot: Any) -> None:
    """A long list in high contrast: its scroll bar's handle must stand out from the groove
    and the window (it was black on black: the outline and the canvas had no visible bar)."""
    from PySide6.QtWidgets import QListWidget

    theming.apply_theme("high_contrast")
    try:
        widget = QListWidget()
        qtbot.addWidget(widget)
        widget.addItems([f"Kort {n}" for n in range(200)])
        widget.resize(240, 300)
        widget.show()
        qtbot.waitExposed(widget)
        bar = widget.verticalScrollBar()
        assert bar.isVisible() and bar.maximum() > 0
        image = bar.grab().toImage()
        handle_from = bar.width() // 2  # the handle sits at the top (value 0)
        colours = {image.pixelColor(handle_from, y).name() for y in range(4, 24)}
        groove = image.pixelColor(handle_from, image.height() - 6).name()
        window = QApplication.palette().color(QPalette.ColorRole.Window).name()
        assert any(contrast(c, groove) >= 7 and contrast(c, window) >= 7 for c in colours), (
            colours, groove)
        assert bar.width() >= 14  # a target a pointer can hit
    finally:
        theming.apply_theme("light")
