"""Applying the chosen theme (light, dark, high contrast) to the whole application, live.

The colours come from `coi_desktop.theme` (one token set per theme, shared with the canvas,
the projector and the exports). `apply_theme(name)` sets the QApplication palette for every
widget (menus, docks, dialogs) and switches the canvas and projector through
`views.canvas.palette.use_theme`, which repaints every open canvas. Light keeps the
platform's own palette, so the app looks exactly as it did before themes existed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..theme import THEMES

#: Events a widget gets when the theme changes (it re-fetches icons and tinted colours).
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

_style_palette: QPalette | None = None  # the platform's palette, restored by "light"
_current = "light"

#: QPalette roles by theme: (window, base, alternate base, text, button, highlight,
#: highlighted text, disabled text, link, tooltip base).
_COLOURS = {
    "dark": ("#1E232A", "#14171C", "#232930", "#EEF1F5", "#2A3038", "#4C9BFF", "#FFFFFF",
             "#7D8794", "#8CC4FF", "#2A3038"),
    "high_contrast": ("#000000", "#000000", "#0D0D0D", "#FFFFFF", "#000000", "#FFFF00",
                      "#000000", "#A6A6A6", "#7FD4FF", "#000000"),
}


def current_theme() -> str:
    return _current


def palette_for(name: str) -> QPalette:
    """The widget palette of a theme ("light": the platform's own)."""
    global _style_palette
    app = QApplication.instance()
    if _style_palette is None and isinstance(app, QApplication):
        _style_palette = QPalette(app.style().standardPalette())
    if name not in _COLOURS:
        return QPalette(_style_palette) if _style_palette is not None else QPalette()
    (window, base, alt, text, button, highlight, highlighted, disabled, link,
     tip) = (QColor(c) for c in _COLOURS[name])
    p = QPalette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for role, colour in ((R.Window, window), (R.Base, base), (R.AlternateBase, alt),
                         (R.WindowText, text), (R.Text, text), (R.ButtonText, text),
                         (R.Button, button), (R.Highlight, highlight),
                         (R.HighlightedText, highlighted), (R.Link, link),
                         (R.ToolTipBase, tip), (R.ToolTipText, text),
                         (R.PlaceholderText, disabled), (R.BrightText, QColor("#FF5555"))):
        p.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(G.Disabled, role, disabled)
    if name == "high_contrast":  # every edge visible: frames in the text colour
        for role in (R.Light, R.Midlight, R.Mid, R.Dark, R.Shadow):
            p.setColor(role, text)
    return p


#: High contrast draws every field and button edge in the text colour, and the keyboard
#: focus in yellow: the style's own edges are derived from the (black) window colour and
#: vanish. Scroll bars the same: the style drew a black handle in a black groove, so the
#: outline and the canvas had no bar to see; here a white handle (yellow under the pointer)
#: in a white-edged groove, without arrow buttons (a style sheet would draw them blank).
#: Light and dark keep the style's look (no sheet).
HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QListView, QTreeView,
QTableView { border: 1px solid #FFFFFF; }
QPushButton, QToolButton:checked { border: 2px solid #FFFFFF; border-radius: 3px;
                                   padding: 3px 10px; }
QPushButton:disabled { border-color: #A6A6A6; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QPushButton:focus, QListView:focus, QTreeView:focus,
QTableView:focus { border: 2px solid #FFFF00; }
QScrollBar:vertical { background: #000000; border: 1px solid #FFFFFF; width: 16px; margin: 0; }
QScrollBar:horizontal { background: #000000; border: 1px solid #FFFFFF; height: 16px;
                        margin: 0; }
QScrollBar::handle { background: #FFFFFF; border: 3px solid #000000; border-radius: 6px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: #FFFF00; }
QScrollBar::handle:vertical { min-height: 36px; }
QScrollBar::handle:horizontal { min-width: 36px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def apply_theme(name: str) -> str:
    """Switch the application to theme `name` (an unknown name: light); returns the name."""
    global _current
    name = name if name in THEMES else "light"
    _current = name  # first: widgets ask for it while they handle the palette change
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(palette_for(name))
        app.setStyleSheet(HIGH_CONTRAST_SHEET if name == "high_contrast" else "")
        # A widget with a style sheet of its own keeps the palette it was polished with
        # (a light label stayed pale on a light window after dark): polish it again.
        for widget in app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)
    from .canvas import palette as canvas_palette

    canvas_palette.use_theme(name)  # every open canvas and the projector repaint
    return name


def heading_text_colour() -> str:
    """The ink of big headings (the welcome screen's title)."""
    return {"dark": "#EEF1F5", "high_contrast": "#FFFFFF"}.get(_current, "#1F2933")


def muted_text_colour() -> str:
    """A quiet text colour for notes and hints that reads on the current theme's window."""
    return {"dark": "#BAC3CE", "high_contrast": "#FFFFFF"}.get(_current, "#52606D")
