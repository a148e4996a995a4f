"""Fixtures for the room-server tests: a real workshop file, a real server on loopback.

Requests run on a worker thread while the test's thread spins the Qt event loop, because
the server hands every submission to this (the GUI) thread and waits for it to be stored.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from coi_desktop.models import Card, VotingRound, Workshop, new_id
from coi_desktop.services.room_server import RoundPolicy
from coi_desktop.services.room_server.server import Timeouts
from coi_desktop.storage import create_workshop_file, open_workshop, read_workshop
from coi_desktop.views.devices.session import DeviceSession

_POOL = ThreadPoolExecutor(8)


def raw_call(url: str, method: str, path: str, body: Any = None, token: str = "",
             data: bytes | None = None, timeout: float = 15) -> tuple[int, dict[str, Any]]:
    """One HTTP request (blocking); the status and the JSON answer."""
    if data is None and body is not None:
        data = json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url + path.lstrip("/"), data=data, headers=headers,
                                     method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def spin_until(future: Any, seconds: float = 20) -> Any:
    """Run the Qt event loop until `future` is done; its result."""
    import time

    end = time.monotonic() + seconds
    while not future.done():
        QCoreApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("no answer")
        time.sleep(0.002)
    return future.result()


@dataclass
class Room:
    path: Path
    file: Any
    workshop: Workshop
    stack: QUndoStack
    session: DeviceSession
    canvas_id: str
    round_id: str
    votable: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.session.url

    def call(self, method: str, path: str, body: Any = None, token: str = "",
             data: bytes | None = None) -> tuple[int, dict[str, Any]]:
        return spin_until(_POOL.submit(raw_call, self.url, method, path, body, token, data))

    def calls(self, requests: list[tuple[str, str, Any, str]]) -> list[tuple[int, dict]]:
        """Several requests at once (on worker threads)."""
        futures = [_POOL.submit(raw_call, self.url, *r) for r in requests]
        return [spin_until(f) for f in futures]

    def join(self, name: str = "", consent: bool = False) -> str:
        status, answer = self.call("POST", "/api/join", {"code": self.session.code,
                                                         "name": name, "consent": consent})
        assert status == 200, answer
        return str(answer["token"])

    def card(self, token: str, title: str, key: str | None = None, kind: str = "barrier",
             **extra: Any) -> tuple[int, dict[str, Any]]:
        body = {"key": key or new_id(), "kind": kind, "title": title, **extra}
        return self.call("POST", "/api/cards", body, token)

    def vote(self, token: str, card_id: str, delta: int = 1) -> tuple[int, dict[str, Any]]:
        return self.call("POST", "/api/votes", {"key": new_id(), "card_id": card_id,
                                                "delta": delta}, token)

    def stored(self) -> Workshop:
        """The workshop as the file holds it (read by a separate connection)."""
        return read_workshop(self.path)


def make_workshop(path: Path, template: str = "barrier_board",
                  anonymous_round: bool = False) -> tuple[str, str, list[str]]:
    w = Workshop.new("Room test", language="en", template=template, canvas_name="Board")
    canvas_id = next(iter(w.canvases))
    cards = [Card(new_id(), canvas_id, "barrier", f"Barrier {n}", x=40 + 200 * n, y=100,
                  category="law") for n in range(3)]
    w.cards.add(cards)
    voting = VotingRound(new_id(), canvas_id, "Prioritise", kinds=("barrier",),
                         dots_per_participant=4, max_per_card=2, anonymous=anonymous_round)
    w.voting.add(voting)
    create_workshop_file(path, w)
    return canvas_id, voting.id, [c.id for c in cards]


def open_room(tmp_path: Path, anonymous: bool = False, inbox: bool = False,
              anonymous_round: bool = False, timeouts: Timeouts | None = None,
              categories: tuple[str, ...] = ("law", "economy")) -> Room:
    path = tmp_path / "room.coi"
    canvas_id, round_id, votable = make_workshop(path, anonymous_round=anonymous_round)
    wf = open_workshop(path)
    stack = QUndoStack()
    policy = RoundPolicy(canvas_id, kinds=("barrier", "opportunity"), categories=categories,
                         vote_round_id=round_id, anonymous=anonymous, inbox=inbox)
    session = DeviceSession(wf.workshop, stack, policy)
    session.start("127.0.0.1", 0, timeouts=timeouts)
    return Room(path, wf, wf.workshop, stack, session, canvas_id, round_id, votable)


@pytest.fixture
def room(qapp: Any, tmp_path: Path) -> Iterator[Room]:
    r = open_room(tmp_path)
    yield r
    r.session.stop()
    r.file.close()
