"""The Consolidation window: many workshop files into one database, for the Center's analysts.

Sources (files and folders, also by drag and drop), the output database, a run with a
progress bar and Cancel (the run builds a temporary copy and renames it into place, so
cancelling leaves the database exactly as it was), the skipped files with their reasons in
the interface language, the recurring-item proposals to accept, reject or rename, and
exports of the consolidated PDF report and the XLSX tables. The window needs no open
workshop; it works on files only and never writes to a source.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..worker import Job, Task
from .proposals import ProposalsPanel
from .search import SearchPanel


def show_error(parent: QWidget | None, text: str) -> None:
    """One sentence in a message box (a module function so tests can replace it)."""
    from ..dialogs.errors import show_error_message

    show_error_message(parent, text)


class ConsolidationWindow(QWidget):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None,
                 language: Callable[[], str] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("consolidation.window")
        self._language = language
        self.task: Task | None = None
        self.last_result: Any = None
        self._succeeded = False
        self.setAcceptDrops(True)

        self.sources_box = QGroupBox()
        self.sources = QListWidget()
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_files_button = QPushButton()
        self.add_folder_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        box = QHBoxLayout(self.sources_box)
        box.addWidget(self.sources, 1)
        box.addLayout(side)

        self.output_label = QLabel()
        self.output = QLineEdit()
        self.output_button = QPushButton()
        self.output_button.clicked.connect(self.choose_output)
        self.output.textChanged.connect(self._on_output_changed)
        self.remove_missing = QCheckBox()
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        grid.addWidget(self.output_label, 0, 0)
        grid.addWidget(self.output, 0, 1)
        grid.addWidget(self.output_button, 0, 2)
        grid.addWidget(self.remove_missing, 1, 1, 1, 2)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)

        self.skipped = QTableWidget(0, 2)
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.verticalHeader().setVisible(False)
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.skipped.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.proposals = ProposalsPanel()
        self.proposals.failed.connect(self._show_exception)
        self.search = SearchPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.proposals, "")
        self.skipped_none = QLabel()  # said instead of an empty table
        self.skipped_none.setWordWrap(True)
        skipped_page = QWidget()
        skipped_layout = QVBoxLayout(skipped_page)
        skipped_layout.addWidget(self.skipped_none)
        skipped_layout.addWidget(self.skipped, 1)
        self.tabs.addTab(skipped_page, "")
        self.tabs.addTab(self.search, "")

        self.report_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.report_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.report_button)
        exports.addWidget(self.xlsx_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sources_box, 1)
        layout.addLayout(grid)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(exports)
        self.resize(980, 760)
        self.retranslate()
        self._set_running(False)

    # -- texts ------------------------------------------------------------------------------

    def language(self) -> str:
        if self._language is not None:
            return self._language()
        from ..i18n import current_language

        return current_language()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consolidate workshops"))
        self.sources_box.setTitle(self.tr("Workshop files and folders (folders are searched "
                                          "for .coi files)"))
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.output_label.setText(self.tr("Database:"))
        self.output.setPlaceholderText(self.tr("Consolidated database (.db)"))
        self.output_button.setText(self.tr("Choose…"))
        self.remove_missing.setText(self.tr("Remove workshops whose files are gone"))
        self.run_button.setText(self.tr("Consolidate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.skipped.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.tabs.setTabText(0, self.tr("Recurring items"))
        self.tabs.setTabText(1, self.tr("Skipped files (%n)", "", self.skipped.rowCount()))
        self._update_skipped_hint()
        self.tabs.setTabText(2, self.tr("Search cards"))
        self.report_button.setText(self.tr("Export report (PDF)…"))
        self.xlsx_button.setText(self.tr("Export tables (XLSX)…"))
        if self.last_result is not None:
            self._show_result(self.last_result)

    def _update_skipped_hint(self) -> None:
        self.skipped_none.setText(self.tr("No files were skipped: every workshop file found "
                                          "was merged.") if self.last_result is not None else
                                  self.tr("Files that cannot be merged are listed here, with "
                                          "the reason, after a run."))
        self.skipped_none.setVisible(self.skipped.rowCount() == 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- sources and output -----------------------------------------------------------------

    def source_paths(self) -> list[str]:
        return [self.sources.item(i).text() for i in range(self.sources.count())]

    def add_paths(self, paths: list[str]) -> None:
        known = set(self.source_paths())
        for path in paths:
            if path and path not in known:
                self.sources.addItem(path)
                known.add(path)
        self._set_running(False)

    def remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._set_running(False)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add workshop files"), "",
            self.tr("COI Desktop workshops (*.coi);;All files (*)"))
        self.add_paths(paths)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of workshops"))
        self.add_paths([path] if path else [])

    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Consolidated database"), self.output.text(),
            self.tr("SQLite databases (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.set_output(path)

    def set_output(self, path: str | Path) -> None:
        self.output.setText(str(path))

    def output_path(self) -> Path | None:
        text = self.output.text().strip()
        return Path(text) if text else None

    def _on_output_changed(self) -> None:
        self.proposals.load(self.output_path())
        self.search.set_database(self.output_path())
        if self.task is None:
            self.last_result = None
            self.status.setText(self._contents())
        self._set_running(False)

    def _contents(self) -> str:
        """What the chosen database holds already (empty when it is new or not ours)."""
        output = self.output_path()
        if output is None or not output.is_file():
            return ""
        from ...models.errors import CoiError
        from ...services.consolidation.stats import open_readonly, overview

        try:
            conn = open_readonly(output)
        except CoiError:
            return ""
        try:
            figures = overview(conn)
        finally:
            conn.close()
        return self.tr("The database holds %1 workshops with %2 cards.").replace(
            "%1", str(figures["workshops"])).replace("%2", str(figures["cards"]))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    # -- running ----------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        output = self.output_path()
        self.run_button.setEnabled(not running and bool(self.source_paths()) and
                                   output is not None)
        self.cancel_button.setEnabled(running)
        exists = output is not None and output.exists()
        for button in (self.report_button, self.xlsx_button):
            button.setEnabled(not running and exists)
        widgets: tuple[QWidget, ...] = (self.sources_box, self.output, self.output_button,
                                        self.remove_missing, self.proposals)
        for widget in widgets:
            widget.setEnabled(not running)
        if not running:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)

    def start(self) -> None:
        """Run the consolidation in a worker thread."""
        output = self.output_path()
        if self.task is not None or output is None or not self.source_paths():
            return
        from ...services.consolidation import consolidate

        paths, remove = self.source_paths(), self.remove_missing.isChecked()

        def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
            return consolidate(paths, output, remove_missing=remove, progress=progress,
                               cancelled=cancelled)

        self.status.setText(self.tr("Consolidating…"))
        self._run(job, self._show_result)

    def _run(self, job: Job, done: Callable[[Any], None]) -> None:
        self._succeeded = False
        self._set_running(True)
        self.progress.setRange(0, 0)
        task = Task(job)  # no parent: closing this window must not destroy a running thread
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(done)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self.task = task
        task.start_tracked()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self.task is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels a run (the database stays as it was)."""
        self.cancel()
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{name}  %v/%m" if name else "%p%")

    def _on_finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.wait()  # never let a QThread go while it is still ending
            task.deleteLater()
        self._set_running(False)
        self.proposals.load(self.output_path())
        self.search.set_database(self.output_path())
        if self._succeeded:
            self.progress.setValue(1)  # a full bar: done

    def _on_failed(self, exc: BaseException) -> None:
        from ...models.errors import CoiError
        from ...services.consolidation import Cancelled
        from ...services.report.base import Cancelled as ExportCancelled

        if isinstance(exc, Cancelled | ExportCancelled):
            self.status.setText(exc.text(self.language()))
            return
        self.status.setText(exc.text(self.language()) if isinstance(exc, CoiError) else "")
        self._show_exception(exc)

    def _show_exception(self, exc: BaseException) -> None:
        from ...models.errors import CoiError

        if isinstance(exc, CoiError):
            show_error(self, exc.text(self.language()))
            return
        from .. import crash

        crash.handle_exception(type(exc), exc, exc.__traceback__)

    def _show_result(self, result: Any) -> None:
        lang = self.language()
        self.last_result = result
        self._succeeded = True
        self.proposals.load(self.output_path())
        self.status.setText(result.summary(lang))
        # a newer file that replaced an earlier version of its workshop is listed first, then
        # the files left out; each with the reason in the user's language
        listed = [*result.replaced, *result.skipped]
        self.skipped.setRowCount(len(listed))
        for row, entry in enumerate(listed):
            name = QTableWidgetItem(entry.path.name)
            name.setToolTip(str(entry.path))
            self.skipped.setItem(row, 0, name)
            self.skipped.setItem(row, 1, QTableWidgetItem(entry.text(lang)))
        self.tabs.setTabText(1, self.tr("Skipped and replaced files (%n)", "", len(listed))
                             if result.replaced else
                             self.tr("Skipped files (%n)", "", len(listed)))
        self._update_skipped_hint()
        if result.skipped and not self.proposals.keys():
            self.tabs.setCurrentIndex(1)

    # -- exports ----------------------------------------------------------------------------

    def export(self, what: str, target: str | None = None) -> None:
        """Write the report ("pdf") or the tables ("xlsx") of the consolidated database."""
        database = self.output_path()
        if database is None or not database.exists() or self.task is not None:
            return
        if target is None:
            title, pattern = ((self.tr("Export consolidated report"), self.tr("PDF (*.pdf)"))
                              if what == "pdf" else
                              (self.tr("Export tables"), self.tr("Excel workbook (*.xlsx)")))
            suggested = str(database.with_suffix(f".{what}"))
            target, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        if not target:
            return
        lang = self.language()
        chosen = target

        def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
            if what == "pdf":
                from ...services.consolidation.report import export_report

                export_report(database, chosen, lang,
                              progress=lambda d, t: progress(d, t, ""), cancelled=cancelled)
            else:
                from ...services.consolidation.xlsx import export_xlsx

                export_xlsx(database, chosen, lang)
            return chosen

        self.status.setText(self.tr("Exporting…"))
        def wrote(path: str) -> None:
            self._succeeded = True
            self.status.setText(self.tr("Wrote %1.").replace("%1", Path(path).name))

        self._run(job, wrote)
