"""A writer killed inside a rollback-journal transaction leaves `<file>-journal` (hot).

That happens to our own files when a crash hits the switch between WAL and DELETE mode on open
or close. Readers must see the file as it was before that transaction without touching the
file or its journal (the check runs on a recovered copy); opening for writing plays the journal
back, and closing leaves the single file.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from coi_desktop.storage import (
    WorkshopFileError,
    check_file,
    open_workshop,
    read_workshop,
)

KILL_MID_TRANSACTION = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before COMMIT
conn.execute("BEGIN")
conn.execute("UPDATE cards SET title = 'half-done'")
conn.execute("UPDATE terms SET da = 'half-done'")
os.kill(os.getpid(), 9)
"""


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def crashed(coi_file: Path) -> Path:
    subprocess.run([sys.executable, "-c", KILL_MID_TRANSACTION, str(coi_file)], check=False)
    journal = Path(f"{coi_file}-journal")
    assert journal.exists() and journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
    return coi_file


def test_readers_see_the_state_before_the_crash_and_touch_nothing(crashed: Path) -> None:
    before = _digests(crashed.parent)
    check_file(crashed)
    w = read_workshop(crashed)
    assert w.cards.require("b1").title == "GDPR"
    assert all(t.da != "half-done" for t in w.terms.values())
    with open_workshop(crashed, readonly=True) as wf:
        assert wf.workshop.snapshot() == w.snapshot()
    assert _digests(crashed.parent) == before


def test_opening_for_writing_plays_the_journal_back(crashed: Path) -> None:
    expected = read_workshop(crashed).snapshot()
    with open_workshop(crashed) as wf:
        assert wf.workshop.snapshot() == expected
        wf.workshop.cards.update("b1", title="after recovery")
    assert sorted(os.listdir(crashed.parent)) == ["workshop.coi"]
    assert read_workshop(crashed).cards.require("b1").title == "after recovery"


def test_a_garbage_journal_gives_a_typed_error_or_a_workshop(coi_file: Path) -> None:
    rng = random.Random(7)
    for _ in range(5):
        Path(f"{coi_file}-journal").write_bytes(bytes.fromhex("d9d505f920a163d7")
                                                + rng.randbytes(rng.randint(0, 9000)))
        before = _digests(coi_file.parent)
        try:
            check_file(coi_file)
            read_workshop(coi_file)
        except WorkshopFileError:
            pass
        assert _digests(coi_file.parent) == before
