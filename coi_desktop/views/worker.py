"""A background job with progress and cancel: the consolidation window, the imports.

`Task(job)` runs `job(progress, cancelled)` in a `QThread`: `progress(done, total, text)`
becomes the `progressed` signal (delivered in the GUI thread), `cancelled()` answers
whether the user pressed Cancel. The job decides what cancelling means; consolidation and
the exports all build into a temporary file, so a cancelled job leaves every file as it was.

`run_with_progress(parent, job, …)` runs a job the caller waits for (reading a file to
import): the event loop goes on meanwhile, and a modal progress dialog with a Cancel button
appears only when the job takes longer than `SHOW_AFTER_MS`, so a small file feels instant.
Until it appears, user input waits (it is not lost), so nothing can change the workshop or
close the window under the caller. The job must not touch the model: it reads and parses,
and the caller changes the model in the GUI thread with the `Outcome`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]

# Tasks still running. A task has no QObject parent (closing the window must not destroy a
# running thread); this set keeps it alive until it ends, and the application waits for
# every one of them (after asking them to stop) before it quits.
_RUNNING: set[Task] = set()
_HOOKED: list[bool] = []


def stop_all(timeout_ms: int = 60_000) -> None:
    """Ask every running task to stop and wait for it (at application quit)."""
    for task in list(_RUNNING):
        task.cancel()
        task.wait(timeout_ms)


class Task(QThread):
    """One job in a worker thread; see the module docstring."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        # A bound slot of this object (which lives in the GUI thread) runs queued in the GUI
        # thread; a lambda would run in the worker thread and could drop the last reference
        # while the thread is still ending (deleting a running QThread crashes).
        self.finished.connect(self._forget)

    def start_tracked(self) -> None:
        """Start, and stay alive (and be waited for at quit) until finished."""
        app = QCoreApplication.instance()
        if app is not None and not _HOOKED:
            app.aboutToQuit.connect(stop_all)
            _HOOKED.append(True)
        _RUNNING.add(self)
        self.start()

    def _forget(self) -> None:
        self.wait()  # `finished` is emitted just before the thread really ends
        _RUNNING.discard(self)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._report, self._cancel.is_set)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)

    def _report(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(int(done), int(total), text)


# How long a job may take before its progress dialog appears (ms).
SHOW_AFTER_MS = 300
# The steps of a progress bar whose total is known.
_STEPS = 1000


@dataclass
class Outcome:
    """How a job run by `run_with_progress` ended: its value, its error, or cancelled."""

    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False


class ProgressDialog(QDialog):
    """What is being done, a bar and Cancel. Cancel (the button, Esc, closing the window)
    asks the job to stop; the dialog stays until the job has stopped."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(320)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the job says how far it is
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, _STEPS)
        self.bar.setValue(min(_STEPS, max(0, done) * _STEPS // total))


class _Waiter(QObject):
    """Lives in the GUI thread, so the task's signals reach it queued: drives the dialog and
    ends the local event loop when the task has finished."""

    def __init__(self, task: Task, dialog: ProgressDialog,
                 describe: Callable[[str], str] | None) -> None:
        super().__init__()
        self.task = task
        self.dialog = dialog
        self.describe = describe
        self.loop = QEventLoop(self)
        self.outcome = Outcome()
        self.done = False

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        if self.task.is_cancelling():
            return
        if text and self.describe is not None:
            self.dialog.label.setText(self.describe(text))
        self.dialog.set_progress(done, total)

    @Slot(object)
    def succeeded(self, value: Any) -> None:
        self.outcome = Outcome(value=value)

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        self.outcome = Outcome(error=error)

    @Slot()
    def finished(self) -> None:
        self.done = True
        self.loop.quit()

    @Slot()
    def cancel(self) -> None:
        self.task.cancel()

    @Slot()
    def show_dialog(self) -> None:
        if not self.done:
            self.dialog.show()
            self.loop.quit()  # on to the loop that lets the user reach Cancel


def run_with_progress(parent: QWidget | None, job: Job, *, title: str, label: str,
                      describe: Callable[[str], str] | None = None,
                      name: str = "worker.progress",
                      show_after_ms: int | None = None) -> Outcome:
    """Run `job` in a worker thread and wait for it with the event loop running (see the
    module docstring). `describe(text)` turns the job's progress text into the dialog's
    label. Returns the `Outcome`: cancelled whenever the user pressed Cancel, even if the
    job had just finished, so a cancelled import never changes anything."""
    dialog = ProgressDialog(parent, title, label)
    dialog.setObjectName(name)
    task = Task(job)
    waiter = _Waiter(task, dialog, describe)
    task.progressed.connect(waiter.progressed)
    task.succeeded.connect(waiter.succeeded)
    task.failed.connect(waiter.failed)
    task.finished.connect(waiter.finished)
    dialog.cancel_requested.connect(waiter.cancel)
    timer = QTimer(waiter)
    timer.setSingleShot(True)
    timer.timeout.connect(waiter.show_dialog)
    timer.start(max(0, SHOW_AFTER_MS if show_after_ms is None else show_after_ms))
    task.start_tracked()
    try:
        # Until the dialog is up, user input waits: the window cannot change under the job.
        waiter.loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if not waiter.done:
            waiter.loop.exec()
    finally:
        timer.stop()
        if not waiter.done:  # the application is quitting: stop the job, never abandon it
            task.cancel()
        task.wait()
        dialog.hide()
        dialog.deleteLater()
    if task.is_cancelling():
        return Outcome(cancelled=True)
    return waiter.outcome
