"""The welcome screen: New workshop, Open…, recent files, the demo, Recover from snapshot….

Shown when the app starts without a file and when the last workshop window closes. It
closes itself when a workshop window opens. A `.coi` dropped on it opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import settings, theming
from .icons import icon
from .paths import coi_paths

PATH_ROLE = Qt.ItemDataRole.UserRole


class RecentList(QListWidget):
    """Recent workshops; Delete removes the selected one from the list. Empty, it says
    so (a blank white box looked broken on the first start)."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.currentItem() is not None:
            settings.remove_recent_file(self.currentItem().data(PATH_ROLE))
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)


class WelcomeWindow(QWidget):
    """See the module docstring; `shell` does the opening."""

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("welcome")
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 520)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(36, 32, 36, 32)
        outer.setSpacing(36)
        left = QVBoxLayout()
        self.heading = QLabel(self)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        left.addWidget(self.heading)
        left.addWidget(self.subtitle)
        left.addSpacing(18)
        self.new_button = QPushButton(icon("new"), "", self)
        self.open_button = QPushButton(icon("open"), "", self)
        self.demo_button = QPushButton(icon("canvas"), "", self)
        self.recover_button = QPushButton(self)
        self.recover_button.setObjectName("welcome.recover")
        self.settings_button = QPushButton(self)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(44)
            button.setStyleSheet("text-align: left; padding-left: 12px; font-size: 11pt;")
            left.addWidget(button)
        left.addStretch(1)
        small = QHBoxLayout()  # rarely needed: beside Settings, not among the big buttons
        small.addWidget(self.settings_button)
        small.addWidget(self.recover_button)
        small.addStretch(1)
        left.addLayout(small)
        right = QVBoxLayout()
        self.recent_label = QLabel(self)
        self.recent_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.recent = RecentList(self)
        self.recent.setObjectName("welcome.recent")
        self.recent.setAlternatingRowColors(True)
        self.recent.setSpacing(3)  # two-line entries need air between them
        self.recent_label.setBuddy(self.recent)
        self.recent_hint = QLabel(self)
        self.recent_hint.setWordWrap(True)
        self.restyle()
        right.addWidget(self.recent_label)
        right.addWidget(self.recent, 1)
        right.addWidget(self.recent_hint)
        outer.addLayout(left, 2)
        outer.addLayout(right, 3)
        self.new_button.clicked.connect(lambda: shell.new_workshop(parent=self))
        self.open_button.clicked.connect(lambda: shell.open_dialog(parent=self))
        self.demo_button.clicked.connect(lambda: shell.open_demo(parent=self))
        self.recover_button.clicked.connect(self._recover)
        self.settings_button.clicked.connect(self._settings)
        self.recent.itemActivated.connect(self._open_item)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_button.click),
                           (QKeySequence.StandardKey.Open, self.open_button.click),
                           (QKeySequence.StandardKey.Quit, self.close)):
            QShortcut(QKeySequence(keys), self, slot)
        self.retranslate()
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            if not Path(path).exists():
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(self.tr("%1 (missing)").replace("%1", Path(path).name)
                             + f"\n{Path(path).parent}")
            self.recent.addItem(item)
        if self.recent.count():
            first = next((i for i in range(self.recent.count())
                          if self.recent.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), -1)
            if first >= 0:
                self.recent.setCurrentRow(first)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path and Path(path).exists():
            self.shell.open_path(path, parent=self)

    def _recover(self) -> None:
        from .dialogs.recover import show_recover_dialog

        show_recover_dialog(self, self.shell.open_path)

    def _settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec():
            dialog.apply()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if coi_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = coi_paths(event)
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.shell.open_path(path, parent=self)

    def restyle(self) -> None:
        """Colours and icons in the current theme's (views/theming.py)."""
        ink, muted = theming.heading_text_colour(), theming.muted_text_colour()
        self.heading.setStyleSheet(f"font-size: 26pt; font-weight: 600; color: {ink};")
        self.subtitle.setStyleSheet(f"font-size: 11pt; color: {muted};")
        self.recent_hint.setStyleSheet(f"color: {muted};")
        for button, name in ((self.new_button, "new"), (self.open_button, "open"),
                             (self.demo_button, "canvas")):
            button.setIcon(icon(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in theming.PALETTE_EVENTS and hasattr(self, "recent_hint"):
            self.restyle()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle("COI Desktop")
        self.heading.setText("COI Desktop")
        self.subtitle.setText(self.tr("Map actors, barriers and opportunities of "
                                      "public–private innovation, live in the workshop room."))
        self.new_button.setText(self.tr("&New workshop…"))
        self.open_button.setText(self.tr("&Open…"))
        self.demo_button.setText(self.tr("Open the &demo workshop"))
        self.recover_button.setText(self.tr("Reco&ver from snapshot…"))
        self.recover_button.setToolTip(self.tr("Get a deleted or overwritten workshop back "
                                               "from the copies kept while you edited it"))
        self.settings_button.setText(self.tr("&Settings…"))
        self.recent_label.setText(self.tr("&Recent workshops"))
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.placeholder = self.tr("No recent workshops yet. Start a new workshop, "
                                          "or open the demo workshop to look around.")
        self.recent.viewport().update()
        self.recent_hint.setText(self.tr("Press Enter to open; Delete removes a workshop from "
                                         "this list (the file stays). You can also drop a "
                                         ".coi file here."))
        self.fill_recent()
