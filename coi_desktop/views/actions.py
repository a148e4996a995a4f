"""Every command of the main window as a QAction: shortcut, icon, handler and its text.

The texts live in `retranslate()` so switching the language re-sets them all; shortcuts use
`QKeySequence.StandardKey` wherever the platform has one. Handlers are method names of the
window (`MainWindow.do_<name>` or a canvas-view call), resolved once here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..models.taxonomy import CARD_KINDS
from .icons import icon

if TYPE_CHECKING:
    from .main_window import MainWindow

SK = QKeySequence.StandardKey

#: (key, shortcut(s), icon, handler) — handler "view:NAME" calls NAME() on the current canvas
#: view; any other name is a method of the window.
SPECS: tuple[tuple[str, object, str, str], ...] = (
    ("file.new", SK.New, "new", "do_new"),
    ("file.open", SK.Open, "open", "do_open"),
    ("file.save_copy", SK.SaveAs, "", "do_save_copy"),
    ("file.close", SK.Close, "", "close"),
    ("file.quit", SK.Quit, "", "do_quit"),
    ("edit.undo", SK.Undo, "undo", "do_undo"),
    ("edit.redo", SK.Redo, "redo", "do_redo"),
    ("edit.cut", SK.Cut, "", "view:cut"),
    ("edit.copy", SK.Copy, "", "view:copy"),
    ("edit.paste", SK.Paste, "", "view:paste"),
    ("edit.duplicate", "Ctrl+D", "", "view:duplicate"),
    ("edit.delete", SK.Delete, "delete", "view:delete_selection"),
    ("edit.select_all", SK.SelectAll, "", "view:select_all"),
    ("edit.add_card", "Ctrl+Return", "card", "do_add_card"),
    ("edit.rename", "F2", "", "view:edit_selected_title"),
    ("edit.link", "L", "link", "view:link_selected"),
    ("edit.group", "Ctrl+G", "group", "do_group"),
    ("edit.quick_capture", "Ctrl+E", "", "do_focus_quick_capture"),
    ("edit.find", SK.Find, "find", "do_find"),
    ("edit.find_next", SK.FindNext, "", "do_find_next"),
    ("edit.find_previous", SK.FindPrevious, "", "do_find_previous"),
    ("edit.align_left", "", "", "align:left"),
    ("edit.align_right", "", "", "align:right"),
    ("edit.align_top", "", "", "align:top"),
    ("edit.align_bottom", "", "", "align:bottom"),
    ("edit.distribute_h", "", "", "distribute:horizontal"),
    ("edit.distribute_v", "", "", "distribute:vertical"),
    ("edit.settings", SK.Preferences, "", "do_settings"),
    ("view.zoom_in", SK.ZoomIn, "zoom_in", "view:zoom_in"),
    ("view.zoom_out", SK.ZoomOut, "zoom_out", "view:zoom_out"),
    ("view.fit_all", "Shift+1", "fit", "view:fit_all"),
    ("view.zoom_selection", "Shift+2", "", "view:zoom_to_selection"),
    ("view.reset_zoom", "Ctrl+0", "", "view:reset_zoom"),
    ("view.text_larger", "Ctrl+Alt+=", "", "do_text_larger"),
    ("view.text_smaller", "Ctrl+Alt+-", "", "do_text_smaller"),
    ("view.text_reset", "Ctrl+Alt+0", "", "do_text_reset"),
    ("view.full_screen", SK.FullScreen, "", "do_full_screen"),
    ("view.focus_canvas", "Ctrl+Shift+1", "", "do_focus_canvas"),
    ("view.focus_outline", "Ctrl+Shift+2", "", "do_focus_outline"),
    ("view.focus_inspector", "Ctrl+Shift+3", "", "do_focus_inspector"),
    ("canvas.new", "Ctrl+T", "canvas", "do_new_canvas"),
    ("canvas.rename", "Ctrl+Shift+R", "", "do_rename_canvas"),
    ("canvas.duplicate", "", "", "do_duplicate_canvas"),
    ("canvas.delete", "", "", "do_delete_canvas"),
    ("canvas.move_left", "Ctrl+Shift+PgUp", "", "do_move_canvas_left"),
    ("canvas.move_right", "Ctrl+Shift+PgDown", "", "do_move_canvas_right"),
    ("canvas.previous", "Ctrl+PgUp", "", "do_previous_canvas"),
    ("canvas.next", "Ctrl+PgDown", "", "do_next_canvas"),
    ("workshop.details", "", "info", "do_details"),
    ("workshop.taxonomies", "", "", "do_taxonomies"),
    ("help.shortcuts", SK.HelpContents, "", "do_shortcuts"),
    ("help.about", "", "", "do_about"),
)

#: Actions that change the workshop: disabled in a read-only window.
EDITING = frozenset({
    "edit.cut", "edit.paste", "edit.duplicate", "edit.delete", "edit.add_card", "edit.rename",
    "edit.link", "edit.group", "edit.quick_capture", "edit.align_left", "edit.align_right",
    "edit.align_top", "edit.align_bottom", "edit.distribute_h", "edit.distribute_v",
    "canvas.new", "canvas.rename", "canvas.duplicate", "canvas.delete", "canvas.move_left",
    "canvas.move_right", "workshop.taxonomies",
})

#: Actions that need at least this many selected cards.
NEEDS_SELECTION = {
    "edit.cut": 1, "edit.copy": 1, "edit.duplicate": 1, "edit.delete": 1, "edit.rename": 1,
    "edit.group": 1, "edit.link": 2, "view.zoom_selection": 1, "edit.align_left": 2,
    "edit.align_right": 2, "edit.align_top": 2, "edit.align_bottom": 2,
    "edit.distribute_h": 3, "edit.distribute_v": 3,
}


class WindowActions(QObject):
    """The window's actions by key (`actions["edit.undo"]`), with their texts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        # Our own single shortcuts win over a platform's extra bindings of a standard key
        # (e.g. Ctrl+G is also "find next" on some desktops, but here it groups cards).
        explicit = {QKeySequence(str(s)) for _k, s, _i, _h in SPECS
                    if isinstance(s, str) and s}
        for key, shortcut, icon_name, handler in SPECS:
            action = QAction(window)
            action.setObjectName(key)
            if isinstance(shortcut, SK):
                keys = [k for k in QKeySequence.keyBindings(shortcut) if k not in explicit]
                if key == "edit.settings" and not keys:
                    keys = [QKeySequence("Ctrl+,")]
                if key == "file.quit" and not keys:
                    keys = [QKeySequence("Ctrl+Q")]
                action.setShortcuts(keys)
            elif shortcut:
                action.setShortcut(QKeySequence(str(shortcut)))
            if icon_name:
                action.setIcon(icon(icon_name))
            action.triggered.connect(self._handler(handler))
            window.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.actions[key] = action
        self.kind_group = QActionGroup(self)
        self.kind_actions: dict[str, QAction] = {}
        for n, kind in enumerate(CARD_KINDS, 1):
            action = QAction(window, checkable=True)
            action.setObjectName(f"kind.{kind}")
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: window.set_card_kind(k))
            self.kind_group.addAction(action)
            window.addAction(action)
            self.kind_actions[kind] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in ("system", "da", "en"):
            action = QAction(window, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, v=lang: window.choose_language(v))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _handler(self, name: str) -> Callable[[], None]:
        window = self.window
        if ":" in name:
            how, what = name.split(":", 1)
            if how == "view":
                return lambda: window.call_view(what)
            if how == "align":
                return lambda: window.call_view("align_selection", what)
            return lambda: window.call_view("distribute_selection", what)
        method = getattr(window, name)
        return lambda: method()

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
            "edit.find": self.tr("Find cards and filter the canvas"),
            "view.fit_all": self.tr("Show every card of the canvas"),
            "canvas.new": self.tr("Add a canvas from a template"),
            "workshop.details": self.tr("Title, date, place and other details of the workshop"),
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
        kinds = {"actor": self.tr("Actor"), "barrier": self.tr("Barrier"),
                 "opportunity": self.tr("Opportunity"), "action": self.tr("Action"),
                 "note": self.tr("Note")}
        for kind, action in self.kind_actions.items():
            action.setText(kinds[kind])
        languages = {"system": self.tr("Follow the system"), "da": "Dansk", "en": "English"}
        for lang, action in self.language_actions.items():
            action.setText(languages[lang])


def kind_label(kind: str) -> str:
    """The card kind's name in the interface language."""
    from PySide6.QtCore import QCoreApplication

    names = {"actor": QCoreApplication.translate("WindowActions", "Actor"),
             "barrier": QCoreApplication.translate("WindowActions", "Barrier"),
             "opportunity": QCoreApplication.translate("WindowActions", "Opportunity"),
             "action": QCoreApplication.translate("WindowActions", "Action"),
             "note": QCoreApplication.translate("WindowActions", "Note")}
    return names.get(kind, kind)
