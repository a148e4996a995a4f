"""Fuzzing the untrusted open: any damage to a valid file gives a typed error or a workshop.

Random bytes anywhere in a valid file are changed (or the file is cut); opening it must then
either work or raise a WorkshopFileError subclass (never another exception, never a crash),
and the file must be left byte for byte as it was, with nothing created beside it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coi_desktop.storage import (
    WorkshopFileError,
    check_file,
    create_workshop_file,
    open_workshop,
    read_workshop,
)

from .conftest import full_workshop

_BASE: list[bytes] = []


def _base() -> bytes:
    if not _BASE:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "base.coi"
            create_workshop_file(path, full_workshop())
            _BASE.append(path.read_bytes())
    return _BASE[0]


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    data = bytearray(_base())
    if draw(st.booleans()):
        # Damage within one page, biased to the start of pages where the structure lives.
        page = draw(st.integers(0, len(data) // 4096 - 1))
        for _ in range(draw(st.integers(1, 8))):
            offset = page * 4096 + draw(st.integers(0, 200) | st.integers(0, 4095))
            data[offset] = draw(st.integers(0, 255))
    else:
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
    if draw(st.integers(0, 9)) == 0:
        data = data[:draw(st.integers(0, len(data)))]
    return bytes(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_files())
def test_damaged_file_gives_a_typed_error_or_a_workshop(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.coi"
        path.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        for attempt in (check_file, read_workshop,
                        lambda p: open_workshop(p, readonly=True).close()):
            try:
                attempt(path)
            except WorkshopFileError as exc:
                assert exc.text("en") and exc.text("da")
            assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
            assert os.listdir(folder) == ["fuzz.coi"]
        try:  # for writing: a file that passed every check must take an edit and close whole
            wf = open_workshop(path, snapshot_dir=Path(folder) / "snaps")
        except WorkshopFileError:
            return
        with wf:
            wf.auto_snapshot_s = None
            wf.workshop.update_info(notes="after fuzz")
        assert os.listdir(folder) == ["fuzz.coi"]
        assert read_workshop(path).info.notes == "after fuzz"
