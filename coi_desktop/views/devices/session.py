"""One run of the room server for one open workshop: start, pause, end, new code, inbox.

`DeviceSession` owns the aiohttp server (worker thread), the `SubmissionApplier` and the
queued signal between them. The server thread emits `_submitted` with the submission and a
`Future`; Qt delivers it to this object's (the GUI) thread, where the applier pushes the
command and completes the future after the model change (and the store's commit) returned.
Every change of the workshop re-publishes what phones may see, batched by a short timer so a
burst of phone cards costs one rebuild. Used by the window's devices controller and, with a
QCoreApplication and no window, by `coi-desktop serve`.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from coi_desktop.models import Change, Workshop
from coi_desktop.services.room_server import (
    CardSubmission,
    Device,
    DeviceBook,
    RequestError,
    RoundPolicy,
    RoundState,
    VoteSubmission,
)
from coi_desktop.services.room_server.public import public_state

from .applier import SubmissionApplier

if TYPE_CHECKING:  # aiohttp (~0.1 s to import) only when a server starts
    from coi_desktop.services.room_server.server import RoomServer, Timeouts

#: Milliseconds a burst of changes is gathered before phones hear about it.
PUBLISH_DELAY_MS = 150
#: Seconds of one slice of applying queued submissions before the window paints again.
DRAIN_SLICE_S = 0.02
#: Cards from phones applied as one command at most.
MAX_BATCH = 8


def hidden_round_of(workshop: Workshop) -> bool:
    """Whether a silent brainstorm is on (session state; the window passes its own reader)."""
    try:
        from coi_desktop.views.hidden_round import hidden_round_on
    except ImportError:  # replaced by views/session.py: the window passes session's flag
        return bool(getattr(workshop, "hidden_round", False))
    return hidden_round_on(workshop)


class DeviceSession(QObject):
    """See the module docstring."""

    _submitted = Signal(object, object, object)
    started = Signal(str)  # the join URL
    stopped = Signal()
    state_changed = Signal(str)
    applied = Signal(object)  # the answer dict of each stored submission

    def __init__(self, workshop: Workshop, stack: QUndoStack, policy: RoundPolicy,
                 hidden_round: Callable[[], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.stack = stack
        self.policy = policy
        self.hidden_round = hidden_round or (lambda: hidden_round_of(workshop))
        self.applier = SubmissionApplier(workshop, stack, lambda: self.policy,
                                         self.hidden_round)
        self.server: RoomServer | None = None
        self.state = RoundState.OPEN
        self._retired: set[str] = set()
        self._queue: deque[tuple[Device, Any, concurrent.futures.Future[dict[str, Any]]]] = \
            deque()
        self._draining = False
        self._submitted.connect(self._on_submitted, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PUBLISH_DELAY_MS)
        self._timer.timeout.connect(self.publish)

    # -- life -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, host: str = "127.0.0.1", port: int = 0,
              timeouts: Timeouts | None = None) -> str:
        """Bind and serve; returns the join URL. Raises OSError if the port is taken."""
        from coi_desktop.services.room_server.server import RoomServer

        self.stop()
        book = DeviceBook(retired=self._retired)
        self.state = RoundState.OPEN
        server = RoomServer(self.policy, self.dispatch, host=host, port=port,
                            language=self.workshop.info.language, book=book,
                            timeouts=timeouts)
        server.publish(public_state(self.workshop, self.policy), state=self.state)
        server.start()
        self.server = server
        self.workshop.subscribe(self._on_change)
        url = server.join_url()
        self.started.emit(url)
        return url

    def stop(self) -> None:
        """End the round for the phones and close the server (idempotent)."""
        server, self.server = self.server, None
        if server is None:
            return
        self._timer.stop()
        self.workshop.unsubscribe(self._on_change)
        ended = RequestError(409, "round_ended", "The round has ended.", "Runden er slut.")
        while self._queue:  # nothing queued is applied after the end
            _device, _sub, future = self._queue.popleft()
            if future.set_running_or_notify_cancel():
                future.set_exception(ended)
        self._retired |= server.book.retired | {server.book.code}
        server.publish(server._public, state=RoundState.ENDED)
        server.stop()
        self.state = RoundState.ENDED
        self.stopped.emit()

    def set_state(self, state: RoundState) -> None:
        """Open or pause the round (phones see it at once); ending it is `stop()`."""
        self.state = state
        if self.server is not None:
            self.server.publish(public_state(self.workshop, self.policy), state=state)
        self.state_changed.emit(str(state))

    def set_policy(self, policy: RoundPolicy) -> None:
        self.policy = policy
        if self.server is not None:
            self.server.publish(public_state(self.workshop, policy), policy=policy)

    def new_code(self) -> str:
        if self.server is None:
            return ""
        code = self.server.new_code()
        self.started.emit(self.server.join_url())
        return code

    @property
    def code(self) -> str:
        return self.server.book.code if self.server is not None else ""

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def device_count(self) -> int:
        return len(self.server.book.devices) if self.server is not None else 0

    # -- from the server thread -----------------------------------------------------------

    def dispatch(self, device: Device, submission: CardSubmission | VoteSubmission
                 ) -> concurrent.futures.Future[dict[str, Any]]:
        """Thread-safe: queue the submission for the GUI thread; the future is its answer."""
        future: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        self._submitted.emit(device, submission, future)
        return future

    def _on_submitted(self, device: Device, submission: Any,
                      future: concurrent.futures.Future[dict[str, Any]]) -> None:
        """Queue it; the queue is drained in slices so the window keeps painting."""
        self._queue.append((device, submission, future))
        if not self._draining:
            self._draining = True
            QTimer.singleShot(0, self._drain)

    def _drain(self) -> None:
        """Apply queued submissions for at most DRAIN_SLICE_S, then yield to the event loop.

        Cards waiting together are applied as one command (see `SubmissionApplier.add_cards`).
        """
        started = time.perf_counter()
        queue = self._queue
        while queue and time.perf_counter() - started < DRAIN_SLICE_S:
            if isinstance(queue[0][1], CardSubmission):
                batch: list[Any] = []
                while queue and isinstance(queue[0][1], CardSubmission) and \
                        len(batch) < MAX_BATCH:
                    batch.append(queue.popleft())
                self._apply_cards(batch)
            else:
                self._apply_one(*queue.popleft())
        if queue:
            QTimer.singleShot(0, self._drain)
        else:
            self._draining = False

    def _closed_round(self) -> RequestError | None:
        if self.server is None or self.state != RoundState.OPEN:
            return RequestError(409, "round_" + str(self.state), "The round is not open.",
                                "Runden er ikke åben.")
        return None

    def _apply_cards(self, batch: list[tuple[Device, Any, Any]]) -> None:
        live = [(d, s, f) for d, s, f in batch if f.set_running_or_notify_cancel()]
        closed = self._closed_round()
        answers: list[dict[str, Any] | RequestError]
        if closed is not None:
            answers = [closed] * len(live)
        else:
            answers = self.applier.add_cards([(d, s) for d, s, _f in live]) if live else []
        for (_d, _s, future), answer in zip(live, answers, strict=True):
            if isinstance(answer, RequestError):
                future.set_exception(answer)
            else:
                future.set_result(answer)
                self.applied.emit(answer)

    def _apply_one(self, device: Device, submission: Any,
                   future: concurrent.futures.Future[dict[str, Any]]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        closed = self._closed_round()
        if closed is not None:
            future.set_exception(closed)
            return
        try:
            answer = self.applier.apply(device, submission)
        except RequestError as exc:
            future.set_exception(exc)
            return
        except Exception as exc:
            future.set_exception(exc)
            raise
        future.set_result(answer)
        self.applied.emit(answer)

    # -- following the workshop -----------------------------------------------------------

    def _on_change(self, _change: Change) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def publish(self) -> None:
        if self.server is not None:
            with contextlib.suppress(KeyError):  # the canvas went in the same instant
                self.server.publish(public_state(self.workshop, self.policy))
