"""A background job with progress and cancel, for the consolidation window.

`Task(job)` runs `job(progress, cancelled)` in a `QThread`: `progress(done, total, text)`
becomes the `progressed` signal (delivered in the GUI thread), `cancelled()` answers
whether the user pressed Cancel. The job decides what cancelling means; consolidation and
the exports all build into a temporary file, so a cancelled job leaves every file as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]

#: Tasks still running. A task has no QObject parent (closing the window must not destroy a
#: running thread); this set keeps it alive until it ends, and the application waits for
#: every one of them (after asking them to stop) before it quits.
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
