"""The Library dock: a barrier library from earlier workshops, searched and filtered.

*Open library…* picks a `.coilib` file (remembered in the settings and opened again next
time); a hostile, damaged or newer file is refused with one sentence in the dock, and the
library open before stays open. The search field finds entries with Danish stemming as
you type; kind, technology, phase and sector narrow the list. Each entry shows how many
workshops raised it and what helped elsewhere; *Add to canvas* (or a double-click) puts the
selected entry on the current canvas as a card that keeps the entry's id.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.models.registry import ACTION, BARRIER, OPPORTUNITY
from coi_desktop.views.kinds import kind_label

from ...models.errors import CoiError
from ..settings import qsettings

if TYPE_CHECKING:  # the library's search (and its fuzzy matcher) loads when one opens
    from ...services.library import Entry, Library

SETTING = "library/path"
FILTERS = ("technology", "phase", "sector")


#: Libraries open in this process, shared by the windows' docks (one in-memory copy of a
#: 50,000-entry library is some 55 MB): resolved path → (mtime and size, library, users).
_OPEN: dict[str, tuple[tuple[int, int], Library, int]] = {}


def acquire(path: str) -> Library:
    """The library at `path`, opened (checked) once per version of the file."""
    key = str(Path(path).resolve())
    try:
        st = Path(key).stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (0, 0)
    found = _OPEN.get(key)
    if found is not None and found[0] == stamp and stamp != (0, 0):
        _OPEN[key] = (stamp, found[1], found[2] + 1)
        return found[1]
    from ...services.library import Library

    library = Library.open(path)  # raises with a sentence when the file is bad
    if found is not None:  # the file changed: the old copy stays with its users
        _OPEN.pop(key)
    _OPEN[key] = (stamp, library, 1)
    return library


def release(library: Library) -> None:
    """One user fewer; the last one closes it."""
    for key, (stamp, lib, users) in list(_OPEN.items()):
        if lib is library:
            if users > 1:
                _OPEN[key] = (stamp, lib, users - 1)
                return
            del _OPEN[key]
            break
    library.close()


def remembered_path() -> str:
    return str(qsettings().value(SETTING, "") or "")


def remember_path(path: str) -> None:
    qsettings().setValue(SETTING, path)


class LibraryDock(QDockWidget):
    """Search a library (see the module docstring)."""

    library_changed = Signal(object)  # the Library, or None
    add_requested = Signal(object)  # the Entry to put on the canvas

    def __init__(self, parent: QWidget | None = None,
                 language: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock.library")
        self._language = language if callable(language) else (lambda: "en")
        self.library: Library | None = None
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        self.open_button = QPushButton(body)
        self.open_button.setObjectName("library.open")
        self.open_button.clicked.connect(self.choose_file)
        self.source = QLabel(body)
        self.source.setObjectName("library.source")
        self.source.setWordWrap(True)
        top.addWidget(self.open_button)
        top.addWidget(self.source, 1)
        column.addLayout(top)
        self.message = QLabel(body)
        self.message.setObjectName("library.message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B42318;")
        self.message.hide()
        column.addWidget(self.message)
        self.search = QLineEdit(body)
        self.search.setObjectName("library.search")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        column.addWidget(self.search)
        grid = QGridLayout()
        self.kind = QComboBox(body)
        self.kind.setObjectName("library.kind")
        self.filters: dict[str, QComboBox] = {}
        self.filter_labels: dict[str, QLabel] = {}
        self.kind_label = QLabel(body)
        self.kind_label.setBuddy(self.kind)
        grid.addWidget(self.kind_label, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        for i, facet in enumerate(FILTERS, start=1):
            box = QComboBox(body)
            box.setObjectName(f"library.{facet}")
            label = QLabel(body)
            label.setBuddy(box)
            grid.addWidget(label, i, 0)
            grid.addWidget(box, i, 1)
            box.currentIndexChanged.connect(lambda _i: self._timer.start())
            self.filters[facet] = box
            self.filter_labels[facet] = label
        self.kind.currentIndexChanged.connect(lambda _i: self._timer.start())
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        self.results = QListWidget(body)
        self.results.setObjectName("library.results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setMinimumHeight(160)  # a few entries always readable
        self.results.itemDoubleClicked.connect(lambda _i: self._add())
        self.results.currentRowChanged.connect(lambda _r: self._update_buttons())
        column.addWidget(self.results, 1)
        self.count = QLabel(body)
        self.count.setObjectName("library.count")
        self.add_button = QPushButton(body)
        self.add_button.setObjectName("library.add")
        self.add_button.clicked.connect(self._add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.add_button)
        column.addLayout(bottom)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self.retranslate()
        self._update_buttons()

    # -- opening ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = remembered_path() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open library"), start,
            self.tr("COI Desktop libraries (*.coilib);;All files (*)"))
        if path:
            self.open_library(path)

    def open_library(self, path: str, remember: bool = True) -> bool:
        """Open `path`; on failure say why in one sentence and keep the library open before."""
        try:
            library = acquire(path)
        except CoiError as exc:
            self.show_message(exc.text(self._language()))
            return False
        except Exception:
            self.show_message(self.tr("The library %1 could not be opened.").replace(
                "%1", Path(path).name))
            return False
        if self.library is not None:  # (the same library: one user fewer, not closed)
            release(self.library)
        self.library = library
        self.message.hide()
        if remember:
            remember_path(str(Path(path).resolve()))
        self._fill_filters()
        self._show_source()
        self.refresh()
        self.library_changed.emit(library)
        return True

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def close_library(self) -> None:
        if self.library is not None:
            release(self.library)
            self.library = None
            self.library_changed.emit(None)

    # -- filters and results ---------------------------------------------------------------------

    def _fill_filters(self) -> None:
        lib = self.library
        lang = self._language()
        for facet, box in self.filters.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), "")
            if lib is not None:
                for key, n in lib.facet_values(facet):
                    box.addItem(f"{lib.label(facet, key, lang)} ({n})", key)
            index = box.findData(current)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def _show_source(self) -> None:
        lib = self.library
        if lib is None or lib.path is None:
            self.source.setText(self.tr("No library open."))
            return
        self.source.setText(self.tr("%1: %2 entries from %3 workshops").replace(
            "%1", lib.path.name).replace("%2", str(lib.size)).replace(
            "%3", str(lib.workshops())))

    def refresh(self) -> None:
        self.results.clear()
        lib = self.library
        if lib is None:
            self.count.setText("")
            self._update_buttons()
            return
        value = {f: (str(b.currentData() or "") or None) for f, b in self.filters.items()}
        found = lib.search(self.search.text(), kind=self.kind.currentData() or None,
                           technology=value["technology"], phase=value["phase"],
                           sector=value["sector"], limit=100)
        for entry in found:
            full = lib.entry(entry.entry_id) or entry
            item = QListWidgetItem(self.describe(full), self.results)
            item.setData(Qt.ItemDataRole.UserRole, full)
            item.setToolTip(self._tooltip(full))
        self.count.setText(self.tr("%1 entries shown").replace("%1", str(len(found))))
        if found:
            self.results.setCurrentRow(0)
        self._update_buttons()

    def kind_name(self, kind: str) -> str:
        return kind_label(kind)

    def raised(self, n: int) -> str:
        return (self.tr("raised in 1 workshop") if n == 1
                else self.tr("raised in %1 workshops").replace("%1", str(n)))

    def describe(self, entry: Entry) -> str:
        """Two lines: the name; kind, how often it recurred, and what helped elsewhere."""
        line = f"{self.kind_name(entry.kind)} · {self.raised(entry.workshops)}"
        if entry.helped:
            line += " · " + self.tr("helped: %1").replace(
                "%1", "; ".join(h.name for h in entry.helped[:3]))
        return f"{entry.name}\n{line}"

    def _tooltip(self, entry: Entry) -> str:
        lib = self.library
        lang = self._language()
        rows = [f"<b>{html.escape(entry.name)}</b>"]
        names = {"phase": self.tr("Phases"), "sector": self.tr("Sectors"),
                 "technology": self.tr("Technologies"), "category": self.tr("Categories")}
        for facet, title in names.items():
            keys = entry.facets.get(facet, ())
            if keys and lib is not None:
                shown = ", ".join(lib.label(facet, k, lang) for k in keys)
                rows.append(f"{html.escape(title)}: {html.escape(shown)}")
        if entry.variants:
            rows.append(html.escape(self.tr("Also written as: %1").replace(
                "%1", "; ".join(entry.variants[:5]))))
        return "<br>".join(rows)

    def selected(self) -> Entry | None:
        item = self.results.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if value is None:  # nothing listed (no library open): nothing to load either
            return None
        from ...services.library import Entry

        return value if isinstance(value, Entry) else None

    def _add(self) -> None:
        entry = self.selected()
        if entry is not None and self.add_button.isEnabled():
            self.add_requested.emit(entry)

    def set_can_add(self, can: bool) -> None:
        self._can_add = can
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(getattr(self, "_can_add", True)
                                   and self.selected() is not None)

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Library"))
        self.open_button.setText(self.tr("&Open library…"))
        self.open_button.setToolTip(self.tr(
            "Open a library of barriers, opportunities and actions from earlier workshops"))
        self.search.setPlaceholderText(self.tr("Search the library (e.g. udbudsregler)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.kind_label.setText(self.tr("&Kind:"))
        labels = {"technology": self.tr("&Technology:"), "phase": self.tr("P&hase:"),
                  "sector": self.tr("S&ector:")}
        for facet, label in self.filter_labels.items():
            label.setText(labels[facet])
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in (BARRIER, OPPORTUNITY, ACTION):
            self.kind.addItem(self.kind_name(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.add_button.setText(self.tr("&Add to canvas"))
        self.add_button.setToolTip(self.tr(
            "Put the selected entry on the current canvas; the card keeps the library id"))
        self._fill_filters()
        self._show_source()
        if self.library is not None:
            self.refresh()
