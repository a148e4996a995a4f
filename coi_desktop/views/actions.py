"""Every command of the main window as a QAction: shortcut, icon, handler and its text.

The texts live in `retranslate()` so switching the language re-sets them all; shortcuts use
`QKeySequence.StandardKey` wherever the platform has one. A handler is a name the window
dispatches: "files.open" is the method `open` of the window's controller `files`,
"view:cut" calls `cut()` on the current canvas view (see `MainWindow.dispatch`). Names are
resolved when an action fires, so actions exist before the controllers they reach.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from ..models.taxonomy import CARD_KINDS
from .icons import icon
from .kinds import kind_label
from .settings import THEME_CHOICES

SK = QKeySequence.StandardKey

#: (key, shortcut(s), icon, handler) — handler "view:NAME" calls NAME() on the current canvas
#: view, "align:SIDE" and "distribute:AXIS" arrange its selection; "OWNER.METHOD" calls a
#: method of one of the window's controllers (or "window.close").
SPECS: tuple[tuple[str, object, str, str], ...] = (
    ("file.new", SK.New, "new", "files.new"),
    ("file.open", SK.Open, "open", "files.open"),
    ("file.save_copy", SK.SaveAs, "", "files.save_copy"),
    ("file.close", SK.Close, "", "window.close"),
    ("file.quit", SK.Quit, "", "files.quit"),
    ("edit.undo", SK.Undo, "undo", "edit.undo"),
    ("edit.redo", SK.Redo, "redo", "edit.redo"),
    ("edit.cut", SK.Cut, "", "view:cut"),
    ("edit.copy", SK.Copy, "", "view:copy"),
    ("edit.paste", SK.Paste, "", "view:paste"),
    ("edit.duplicate", "Ctrl+D", "", "view:duplicate"),
    ("edit.place_elsewhere", "Ctrl+Shift+P", "", "view:place_on_canvas"),
    ("edit.delete", SK.Delete, "delete", "view:delete_selection"),
    ("edit.select_all", SK.SelectAll, "", "view:select_all"),
    ("edit.add_card", "Ctrl+Return", "card", "edit.add_card"),
    ("edit.rename", "F2", "", "view:edit_selected_title"),
    ("edit.link", "L", "link", "view:link_selected"),
    ("edit.group", "Ctrl+G", "group", "edit.group"),
    ("edit.quick_capture", "Ctrl+E", "", "edit.focus_quick_capture"),
    ("edit.find", SK.Find, "find", "edit.find"),
    ("edit.find_next", SK.FindNext, "", "edit.find_next"),
    ("edit.find_previous", SK.FindPrevious, "", "edit.find_previous"),
    ("edit.align_left", "", "", "align:left"),
    ("edit.align_right", "", "", "align:right"),
    ("edit.align_top", "", "", "align:top"),
    ("edit.align_bottom", "", "", "align:bottom"),
    ("edit.distribute_h", "", "", "distribute:horizontal"),
    ("edit.distribute_v", "", "", "distribute:vertical"),
    ("edit.tidy", "Ctrl+Shift+T", "", "view:tidy"),
    ("edit.settings", SK.Preferences, "", "looks.settings"),
    ("view.zoom_in", SK.ZoomIn, "zoom_in", "view:zoom_in"),
    ("view.zoom_out", SK.ZoomOut, "zoom_out", "view:zoom_out"),
    ("view.fit_all", "Shift+1", "fit", "view:fit_all"),
    ("view.zoom_selection", "Shift+2", "", "view:zoom_to_selection"),
    ("view.reset_zoom", "Ctrl+0", "", "view:reset_zoom"),
    ("view.text_larger", "Ctrl+Alt+=", "", "looks.text_larger"),
    ("view.text_smaller", "Ctrl+Alt+-", "", "looks.text_smaller"),
    ("view.text_reset", "Ctrl+Alt+0", "", "looks.text_reset"),
    ("view.full_screen", SK.FullScreen, "", "looks.full_screen"),
    ("view.focus_canvas", "Ctrl+Shift+1", "", "canvases.focus_view"),
    ("view.focus_outline", "Ctrl+Shift+2", "", "looks.focus_outline"),
    ("view.focus_inspector", "Ctrl+Shift+3", "", "looks.focus_inspector"),
    ("canvas.new", "Ctrl+T", "canvas", "canvases.new_canvas"),
    ("canvas.rename", "Ctrl+Shift+R", "", "canvases.rename"),
    ("canvas.duplicate", "", "", "canvases.duplicate"),
    ("canvas.delete", "", "", "canvases.delete"),
    ("canvas.move_left", "Ctrl+Shift+PgUp", "", "canvases.move_left"),
    ("canvas.move_right", "Ctrl+Shift+PgDown", "", "canvases.move_right"),
    ("canvas.previous", "Ctrl+PgUp", "", "canvases.previous"),
    ("canvas.next", "Ctrl+PgDown", "", "canvases.next"),
    ("workshop.details", "", "info", "dialogs.details"),
    ("workshop.taxonomies", "", "", "dialogs.taxonomies"),
    ("workshop.duplicates", "", "", "dialogs.duplicates"),
    ("help.shortcuts", SK.HelpContents, "", "dialogs.shortcuts"),
    ("help.about", "", "", "dialogs.about"),
)

#: Actions that change the workshop: disabled in a read-only window.
EDITING = frozenset({
    "edit.cut", "edit.paste", "edit.duplicate", "edit.place_elsewhere", "edit.delete",
    "edit.add_card", "edit.rename",
    "edit.link", "edit.group", "edit.quick_capture", "edit.align_left", "edit.align_right",
    "edit.align_top", "edit.align_bottom", "edit.distribute_h", "edit.distribute_v",
    "edit.tidy", "canvas.new", "canvas.rename", "canvas.duplicate", "canvas.delete",
    "canvas.move_left", "canvas.move_right", "workshop.taxonomies",
})

#: Actions that need at least this many selected cards.
NEEDS_SELECTION = {
    "edit.cut": 1, "edit.copy": 1, "edit.duplicate": 1, "edit.place_elsewhere": 1,
    "edit.delete": 1, "edit.rename": 1,
    "edit.group": 1, "edit.link": 2, "view.zoom_selection": 1, "edit.align_left": 2,
    "edit.align_right": 2, "edit.align_top": 2, "edit.align_bottom": 2,
    "edit.distribute_h": 3, "edit.distribute_v": 3,
}


class WindowActions(QObject):
    """The window's actions by key (`actions["edit.undo"]`), with their texts.

    `host` is the widget the actions belong to (their shortcuts work while it is active);
    `dispatch(handler, *args)` runs a handler name of `SPECS`.
    """

    def __init__(self, host: QWidget, dispatch: Callable[..., Any]) -> None:
        super().__init__(host)
        self.dispatch = dispatch
        self.actions: dict[str, QAction] = {}
        # Our own single shortcuts win over a platform's extra bindings of a standard key
        # (e.g. Ctrl+G is also "find next" on some desktops, but here it groups cards).
        explicit = {QKeySequence(str(s)) for _k, s, _i, _h in SPECS
                    if isinstance(s, str) and s}
        for key, shortcut, icon_name, handler in SPECS:
            action = QAction(host)
            action.setObjectName(key)
            if isinstance(shortcut, SK):
                action.setShortcuts(_standard_keys(key, shortcut, explicit))
            elif shortcut:
                action.setShortcut(QKeySequence(str(shortcut)))
            if icon_name:
                action.setIcon(icon(icon_name))
            action.triggered.connect(lambda _=False, h=handler: dispatch(h))
            host.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.actions[key] = action
        self.kind_group = QActionGroup(self)
        self.kind_actions: dict[str, QAction] = {}
        for n, kind in enumerate(CARD_KINDS, 1):
            action = QAction(host, checkable=True)
            action.setObjectName(f"kind.{kind}")
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: dispatch("edit.set_card_kind", k))
            self.kind_group.addAction(action)
            host.addAction(action)
            self.kind_actions[kind] = action
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEME_CHOICES:
            action = QAction(host, checkable=True)
            action.setObjectName(f"theme.{theme}")
            action.setData(theme)
            action.triggered.connect(lambda _=False, t=theme: dispatch("looks.choose_theme", t))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in ("system", "da", "en"):
            action = QAction(host, checkable=True)
            action.setObjectName(f"language.{lang}")
            action.setData(lang)
            action.triggered.connect(
                lambda _=False, v=lang: dispatch("looks.choose_language", v))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def refresh_icons(self) -> None:
        """Fetch the icons again (the theme changed: they are drawn in its ink)."""
        for key, _shortcut, icon_name, _handler in SPECS:
            if icon_name:
                self.actions[key].setIcon(icon(icon_name))

    def __getitem__(self, key: str) -> QAction:
        return self.actions[key]

    def retranslate(self) -> None:
        texts = {
            "file.new": self.tr("&New workshop…"),
            "file.open": self.tr("&Open…"),
            "file.save_copy": self.tr("Save a copy &as…"),
            "file.close": self.tr("&Close window"),
            "file.quit": self.tr("&Quit"),
            "edit.undo": self.tr("&Undo"),
            "edit.redo": self.tr("&Redo"),
            "edit.cut": self.tr("Cu&t"),
            "edit.copy": self.tr("&Copy"),
            "edit.paste": self.tr("&Paste"),
            "edit.duplicate": self.tr("Dupl&icate"),
            "edit.place_elsewhere": self.tr("Place on anot&her canvas…"),
            "edit.delete": self.tr("De&lete"),
            "edit.select_all": self.tr("Select &all"),
            "edit.add_card": self.tr("A&dd card"),
            "edit.rename": self.tr("&Edit card title"),
            "edit.link": self.tr("Li&nk selected cards"),
            "edit.group": self.tr("Gr&oup selected cards"),
            "edit.quick_capture": self.tr("&Quick capture"),
            "edit.find": self.tr("&Find…"),
            "edit.find_next": self.tr("Find ne&xt"),
            "edit.find_previous": self.tr("Find pre&vious"),
            "edit.align_left": self.tr("Align &left edges"),
            "edit.align_right": self.tr("Align &right edges"),
            "edit.align_top": self.tr("Align &top edges"),
            "edit.align_bottom": self.tr("Align &bottom edges"),
            "edit.distribute_h": self.tr("Distribute &horizontally"),
            "edit.distribute_v": self.tr("Distribute &vertically"),
            "edit.tidy": self.tr("T&idy cards"),
            "edit.settings": self.tr("&Settings…"),
            "view.zoom_in": self.tr("Zoom &in"),
            "view.zoom_out": self.tr("Zoom &out"),
            "view.fit_all": self.tr("&Fit all cards"),
            "view.zoom_selection": self.tr("Zoom to &selection"),
            "view.reset_zoom": self.tr("&Actual size (100 %)"),
            "view.text_larger": self.tr("&Larger card text"),
            "view.text_smaller": self.tr("S&maller card text"),
            "view.text_reset": self.tr("No&rmal card text"),
            "view.full_screen": self.tr("F&ull screen"),
            "view.focus_canvas": self.tr("Go to the &canvas"),
            "view.focus_outline": self.tr("Go to the ou&tline"),
            "view.focus_inspector": self.tr("Go to the i&nspector"),
            "canvas.new": self.tr("&New canvas…"),
            "canvas.rename": self.tr("&Rename canvas…"),
            "canvas.duplicate": self.tr("&Duplicate canvas"),
            "canvas.delete": self.tr("De&lete canvas"),
            "canvas.move_left": self.tr("Move canvas le&ft"),
            "canvas.move_right": self.tr("Move canvas r&ight"),
            "canvas.previous": self.tr("&Previous canvas"),
            "canvas.next": self.tr("N&ext canvas"),
            "workshop.details": self.tr("Workshop &details…"),
            "workshop.taxonomies": self.tr("&Taxonomies…"),
            "workshop.duplicates": self.tr("Possible d&uplicates…"),
            "help.shortcuts": self.tr("&Keyboard shortcuts"),
            "help.about": self.tr("&About COI Desktop"),
        }
        tips = {
            "file.new": self.tr("Start a new workshop in a new file"),
            "file.open": self.tr("Open a workshop file"),
            "edit.add_card": self.tr("Add a card of the chosen kind to the canvas"),
            "edit.link": self.tr("Link the selected cards"),
            "edit.group": self.tr("Put a titled frame around the selected cards"),
            "edit.delete": self.tr("Delete the selected cards and links"),
            "edit.place_elsewhere": self.tr("Show the selected cards on another canvas as "
                                            "well: the same items, not copies"),
            "edit.tidy": self.tr("Lay the selected cards (or all) on their zone's grid"),
            "edit.find": self.tr("Find cards and filter the canvas"),
            "view.fit_all": self.tr("Show every card of the canvas"),
            "canvas.new": self.tr("Add a canvas from a template"),
            "workshop.details": self.tr("Title, date, place and other details of the workshop"),
            "workshop.duplicates": self.tr("Cards of one kind with the same title that are "
                                           "different items: merge them or keep them apart"),
        }
        for key, action in self.actions.items():
            action.setText(texts[key])
            tip = tips.get(key, texts[key].replace("&", "").rstrip("…"))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        short = {"edit.add_card": self.tr("Add card"), "edit.link": self.tr("Link"),
                 "edit.group": self.tr("Group"), "edit.find": self.tr("Find")}
        for key, text in short.items():
            self.actions[key].setIconText(text)
        for kind, action in self.kind_actions.items():
            action.setText(kind_label(kind))
        themes = {"light": self.tr("Light"), "dark": self.tr("Dark"),
                  "high_contrast": self.tr("High contrast")}
        for theme, action in self.theme_actions.items():
            action.setText(themes[theme])
        languages = {"system": self.tr("Follow the system"), "da": "Dansk", "en": "English"}
        for lang, action in self.language_actions.items():
            action.setText(languages[lang])



def _standard_keys(key: str, standard: QKeySequence.StandardKey,
                   explicit: set[QKeySequence]) -> list[QKeySequence]:
    """The platform's keys for a standard command, with the ones every platform should have."""
    keys = [k for k in QKeySequence.keyBindings(standard) if k not in explicit]
    if key == "edit.redo":
        # Ctrl+Shift+Z on Linux and macOS, Ctrl+Y where people came from Windows and
        # Office: facilitators reach for both, whatever the platform lists (first, so the
        # shortcut sheet and tooltips name them).
        both = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        return both + [k for k in keys if k not in both]
    fallback = {"edit.settings": "Ctrl+,", "file.quit": "Ctrl+Q"}
    if not keys and key in fallback:
        keys = [QKeySequence(fallback[key])]
    return keys
