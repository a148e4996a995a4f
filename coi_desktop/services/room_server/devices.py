"""Join codes, device tokens, per-device rate limits and idempotency.

A join code (5 characters from an alphabet without look-alikes) is made new every time the
server starts or the facilitator asks for a new one; the previous codes are remembered so a
phone typing one is told it has expired, not that it is wrong. Joining gives the device its own
random token; every later request carries it. A device's recent submissions are remembered by
their idempotency key, so a phone that retries (the network dropped the answer) gets the same
answer again instead of adding a second card. Wrong codes are counted per client address, so
guessing the code is slow.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .policy import RATE_PER_MINUTE

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read off a projector across a room.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 5
#: Wrong join codes one address may try per minute.
JOIN_ATTEMPTS_PER_MINUTE = 10
#: Idempotency keys remembered per device (the oldest are forgotten first).
KEYS_PER_DEVICE = 1000


def new_join_code(length: int = CODE_LENGTH) -> str:
    if not 4 <= length <= 6:
        raise ValueError("a join code has 4 to 6 characters")
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


class SlidingWindow:
    """At most `limit` events per `window_s` seconds; `allow()` counts the event if allowed."""

    def __init__(self, limit: int, window_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._times: deque[float] = deque()

    def _trim(self, now: float) -> None:
        while self._times and now - self._times[0] >= self.window_s:
            self._times.popleft()

    def allow(self) -> bool:
        now = self.clock()
        self._trim(now)
        if len(self._times) >= self.limit:
            return False
        self._times.append(now)
        return True

    def retry_after(self) -> int:
        """Whole seconds until the next event would be allowed."""
        if not self._times:
            return 0
        return max(1, int(self.window_s - (self.clock() - self._times[0])) + 1)


@dataclass
class Device:
    """One phone or laptop that joined: its token and what it did."""

    token: str
    number: int  # shown to the facilitator as "Phone 3"; never to other phones
    name: str = ""  # only with consent in a named round; never stored otherwise
    participant_id: str | None = None  # set by the applier when a named card/vote needs one
    limiter: SlidingWindow = field(default_factory=lambda: SlidingWindow(RATE_PER_MINUTE))
    answers: OrderedDict[str, tuple[int, dict[str, Any]]] = field(default_factory=OrderedDict)
    submissions: list[dict[str, Any]] = field(default_factory=list)  # own cards, for the phone
    dots: dict[str, int] = field(default_factory=dict)  # card id -> own dots in the round
    dots_left: int | None = None  # None until the first answer about the round says

    def remember(self, key: str, status: int, answer: dict[str, Any]) -> None:
        self.answers[key] = (status, answer)
        while len(self.answers) > KEYS_PER_DEVICE:
            self.answers.popitem(last=False)


class DeviceBook:
    """The devices of one server run, the current join code and the retired ones."""

    def __init__(self, code: str | None = None, retired: set[str] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.code = code or new_join_code()
        self.retired: set[str] = set(retired or ())
        self.clock = clock
        self.devices: dict[str, Device] = {}
        self._joins: dict[str, SlidingWindow] = {}

    def new_code(self) -> str:
        """A fresh join code; the old one is retired (joined devices keep their tokens)."""
        self.retired.add(self.code)
        code = new_join_code()
        while code in self.retired:
            code = new_join_code()
        self.code = code
        return code

    def check_code(self, code: str, address: str) -> str:
        """"ok", "expired", "wrong" or "too_many" for a code typed at `address`."""
        window = self._joins.setdefault(
            address, SlidingWindow(JOIN_ATTEMPTS_PER_MINUTE, clock=self.clock))
        window._trim(self.clock())
        if len(window._times) >= window.limit:
            return "too_many"
        typed = code.strip().upper()
        if secrets.compare_digest(typed.encode(), self.code.encode()):
            return "ok"
        window._times.append(self.clock())
        return "expired" if typed in self.retired else "wrong"

    def join(self, name: str = "") -> Device:
        device = Device(secrets.token_urlsafe(24), len(self.devices) + 1, name=name,
                        limiter=SlidingWindow(RATE_PER_MINUTE, clock=self.clock))
        self.devices[device.token] = device
        return device

    def device(self, token: str) -> Device | None:
        return self.devices.get(token) if token else None
