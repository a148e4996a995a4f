"""A per-case time limit for tests that could block (a FIFO opened for reading waits for a
writer forever): SIGALRM interrupts the blocking system call and the test fails with a
TimeoutError instead of hanging the suite. Import the fixture into a test module:
`from tests.deadline import per_case_timeout  # noqa: F401`."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

SECONDS = 60


@contextmanager
def deadline(seconds: float = SECONDS) -> Iterator[None]:
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"the case did not finish within {seconds:g} seconds (it blocked)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def per_case_timeout() -> Iterator[None]:
    with deadline():
        yield
