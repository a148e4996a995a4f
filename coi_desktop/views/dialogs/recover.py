"""File → Recover from snapshot…: get a workshop back from the copies kept while editing.

COI Desktop keeps rotating snapshots of every workshop it edits (see `views.application.
snapshot_dir` and `storage.WorkshopFile.snapshot_now`). A facilitator who deleted or
overwrote a workshop should not need to know where they live: this dialog lists every
snapshot in the snapshot folders (title, time taken, card count), newest first. Each file is
read as untrusted and read-only (`storage.read_workshop`); one that cannot be read is listed
as unusable with the reason in one sentence. Recovering asks where to save the copy (by
default "<title> (recovered <time>).coi" in Documents), writes it atomically with the storage
copy API (the snapshot itself is never written) and opens it in a new window through the
application's Shell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.errors import CoiError
from .. import i18n
from . import errors as error_dialogs

ENTRY_ROLE = Qt.ItemDataRole.UserRole
_STAMP = re.compile(r"--(\d{8}T\d{12})Z\.coi$")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class SnapshotEntry:
    """One snapshot file: what it holds, or why it cannot be used."""

    path: Path
    taken: datetime  # aware (UTC)
    title: str = ""
    cards: int = 0
    problem: str = ""  # one sentence; empty when the snapshot can be recovered

    @property
    def usable(self) -> bool:
        return not self.problem


def snapshot_roots() -> list[Path]:
    """The folders holding snapshots: the GUI's (per workshop file) and the storage default."""
    from ...storage.copies import default_snapshot_dir
    from ..paths import data_dir

    roots: list[Path] = []
    for root in (data_dir() / "snapshots", default_snapshot_dir()):
        if root.resolve() not in [r.resolve() for r in roots]:
            roots.append(root)
    return roots


def _taken(path: Path) -> datetime:
    match = _STAMP.search(path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        except ValueError:
            pass
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def find_snapshots(roots: list[Path], language: str = "en") -> list[SnapshotEntry]:
    """Every `.coi` under `roots`, read untrusted and read-only, newest first."""
    from ...storage import read_workshop

    seen: dict[Path, Path] = {}
    for root in roots:
        try:
            found = [p for p in root.rglob("*.coi") if p.is_file()] if root.is_dir() else []
        except OSError:
            found = []
        for path in found:
            seen.setdefault(path.resolve(), path)
    entries = []
    for path in seen.values():
        taken = _taken(path)
        try:
            workshop = read_workshop(path)
        except CoiError as exc:
            entries.append(SnapshotEntry(path, taken, problem=exc.text(language)))
        except Exception:  # an untrusted file must never stop the listing
            entries.append(SnapshotEntry(path, taken, problem=QCoreApplication.translate(
                "RecoverDialog", "This snapshot cannot be read.")))
        else:
            entries.append(SnapshotEntry(path, taken, workshop.info.title, len(workshop.cards)))
    entries.sort(key=lambda e: e.taken, reverse=True)
    return entries


def local_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def default_target(entry: SnapshotEntry) -> Path:
    """Documents/"<title> (recovered <time>).coi"."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    title = _UNSAFE.sub(" ", entry.title).strip(" .") or "workshop"
    stamp = entry.taken.astimezone().strftime("%Y-%m-%d %H.%M")
    name = QCoreApplication.translate("RecoverDialog", "%1 (recovered %2).coi")
    return Path(folder or Path.home()) / name.replace("%1", title[:80]).replace("%2", stamp)


def ask_save_path(parent: QWidget | None, start: Path) -> str:
    """Where to save the recovered copy ("" if cancelled). A function so tests replace it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RecoverDialog", "Save the recovered workshop as"),
        str(start), QCoreApplication.translate("RecoverDialog", "COI workshops (*.coi)"))
    return path


class RecoverDialog(QDialog):
    """The list of snapshots and the Recover button (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None,
                 roots: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recover.dialog")
        self.setWindowTitle(self.tr("Recover from snapshot"))
        self.resize(720, 440)
        self.roots = roots if roots is not None else snapshot_roots()
        self.recovered: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "COI Desktop keeps copies of your workshops while you edit them. Choose one to "
            "save it as a new workshop file; the copy itself is never changed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("recover.list")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Workshop"), self.tr("Taken"), self.tr("Cards")])
        self.tree.setAccessibleName(self.tr("Snapshots"))
        layout.addWidget(self.tree, 1)
        self.details = QLabel(self)
        self.details.setObjectName("recover.details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.recover_button = QPushButton(self.tr("&Recover…"), self)
        self.recover_button.setDefault(True)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.recover_button.clicked.connect(self.recover_selected)
        self.tree.itemActivated.connect(lambda *_: self.recover_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        self.entries: list[SnapshotEntry] = []
        self.reload()

    def reload(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # each file is read whole
        try:
            self.entries = find_snapshots(self.roots, i18n.current_language())
        finally:
            QApplication.restoreOverrideCursor()
        self.tree.clear()
        for entry in self.entries:
            if entry.usable:
                texts = [entry.title, local_time(entry.taken), str(entry.cards)]
            else:
                texts = [self.tr("Unusable: %1").replace("%1", entry.path.name),
                         local_time(entry.taken), "–"]
            item = QTreeWidgetItem(texts)
            item.setData(0, ENTRY_ROLE, entry)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = str(entry.path) if entry.usable else entry.problem
            for column in range(3):
                item.setToolTip(column, tip)
            if not entry.usable:
                item.setForeground(0, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 380))
        first = next((i for i, e in enumerate(self.entries) if e.usable), 0)
        top = self.tree.topLevelItem(first) if self.entries else None
        if top is not None:
            self.tree.setCurrentItem(top)
        self._show_details()

    def selected(self) -> SnapshotEntry | None:
        item = self.tree.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def select(self, path: Path) -> None:
        """Make the snapshot at `path` the current one (tests, keyboard users)."""
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.data(0, ENTRY_ROLE).path == path:
                self.tree.setCurrentItem(item)

    def _show_details(self) -> None:
        entry = self.selected()
        if not self.entries:
            self.details.setText(self.tr(
                "There are no snapshots yet. They are taken while you edit a workshop "
                "(how often is set in Settings)."))
        elif entry is None:
            self.details.setText("")
        elif entry.usable:
            self.details.setText(self.tr("Snapshot file: %1").replace("%1", str(entry.path)))
        else:
            self.details.setText(self.tr("This snapshot cannot be used: %1")
                                 .replace("%1", entry.problem))
        self.recover_button.setEnabled(entry is not None and entry.usable)

    def recover_selected(self) -> None:
        """Ask where to save the selected snapshot, copy it there and open the copy."""
        entry = self.selected()
        if entry is None or not entry.usable:
            return
        target_text = ask_save_path(self, default_target(entry))
        if not target_text:
            return
        target = Path(target_text)
        if target.suffix.lower() != ".coi":
            target = target.with_name(target.name + ".coi")
        if target.exists() and target.resolve() == entry.path.resolve():
            self._error(self.tr("That is the snapshot itself: choose another place to save "
                                "the recovered workshop."))
            return
        from ...storage import open_workshop

        try:
            with open_workshop(entry.path, readonly=True) as snapshot:
                snapshot.save_copy(target)
        except CoiError as exc:
            self._error(exc.text(i18n.current_language()))
            return
        self.recovered = target
        self.accept()

    def _error(self, text: str) -> None:
        error_dialogs.show_error_message(self, text)


def show_recover_dialog(parent: QWidget | None,
                        open_path: Callable[..., object] | None = None,
                        roots: list[Path] | None = None) -> object:
    """Show the dialog; after a recovery open the copy with `open_path` (the application
    shell's: a new window) and return what it returned. The window is opened once the
    dialog is gone: opening closes the welcome screen, its parent."""
    dialog = RecoverDialog(parent, roots)
    dialog.exec()
    recovered = dialog.recovered
    dialog.deleteLater()
    if recovered is None or open_path is None:
        return None
    return open_path(recovered, parent=parent)
