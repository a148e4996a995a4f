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

from PySide6.QtCore import QObject, QThread, Signal

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class Task(QThread):
    """One job in a worker thread; see the module docstring."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

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
