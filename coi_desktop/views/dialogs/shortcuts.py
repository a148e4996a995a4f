"""The keyboard-shortcut sheet (F1): every command of the window that has a shortcut.

Built from the window's menus at the moment it opens, so it lists exactly what works now,
in the interface language, features' commands included.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


def _typeable(keys: QKeySequence) -> bool:
    """Leave out bindings for keys most keyboards lack (F13–F35, Undo/Cut/Copy keys)."""
    if keys.isEmpty():
        return False
    key = keys[0].key()  # type: ignore[index]  # QKeySequence[i] exists at runtime
    if Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value:
        return False
    return key.value < 0x01000000 or key.value <= Qt.Key.Key_F12.value or key in _NAV


_NAV = {Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_Enter,
        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Backspace, Qt.Key.Key_Escape,
        Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Tab}


def _entries(menu: QMenu) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows.extend(_entries(sub))
            continue
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if _typeable(k)][:2]
        if keys and action.text():
            rows.append((action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"),
                         ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    """A searchable two-column list: command, keys; grouped by menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 640)
        column = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search commands"))
        self.search.setAccessibleName(self.tr("Search commands"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts.tree")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        for action in window.menuBar().actions():
            menu = action.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = _entries(menu)
            if not rows:
                continue
            top = QTreeWidgetItem([action.text().replace("&", ""), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for text, keys in rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([f"    {text}", keys]))
        extra = QTreeWidgetItem([self.tr("On the canvas"), ""])
        font = extra.font(0)
        font.setBold(True)
        extra.setFont(0, font)
        self.tree.addTopLevelItem(extra)
        for text, keys in (
                (self.tr("Add a card where you double-click"), self.tr("Double-click")),
                (self.tr("Pan the canvas"), self.tr("Wheel, Space+drag")),
                (self.tr("Zoom around the pointer"), self.tr("Ctrl+wheel")),
                (self.tr("Hand the keyboard back to the canvas"), "Esc")):
            self.tree.addTopLevelItem(QTreeWidgetItem([f"    {text}", keys]))
        self.tree.resizeColumnToContents(0)
        self.search.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            line = f"{item.text(0)} {item.text(1)}".casefold()
            item.setHidden(bool(needle) and needle not in line)
