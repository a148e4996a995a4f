"""Issue 13, the hostile spreadsheets and CSVs through the real command line: "each refused or
handled with a sentence, bytes unchanged, no traceback, no hang".

Each of the hostile tables of tests/services/test_tabular.py is given, in a child process
with a time limit, to `coi-desktop participants FILE --import LIST --dry-run` and to the Kumu
import `coi-desktop import FILE --elements LIST`. Every run ends with the command line's exit
code for a user's error (2, never 1 from an uncaught exception), one sentence on stderr and
no traceback, and the workshop's folder — the workshop's bytes, the table's bytes, no new
file — is as it was.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coi_desktop.cli import EXIT_USAGE
from coi_desktop.models import Workshop
from coi_desktop.storage import create_workshop_file
from tests.deadline import deadline
from tests.services.test_tabular import HOSTILE

SECONDS = 60  # per run; the refusals take well under a second


def _folder(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())}


def _coi(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COI_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "coi_desktop", *args], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=SECONDS,
                          stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_table_is_refused_by_the_command_line(name: str, tmp_path: Path) -> None:
    make, suffix = HOSTILE[name]
    with deadline(3 * SECONDS):
        create_workshop_file(tmp_path / "w.coi", Workshop.new("Velfærd", language="da"))
        make(tmp_path / f"list{suffix}")
        before = _folder(tmp_path)
        for argv in (("participants", "w.coi", "--import", f"list{suffix}", "--dry-run"),
                     ("import", "w.coi", "--elements", f"list{suffix}")):
            done = _coi(*argv, cwd=tmp_path)
            said = (argv[0], done.returncode, done.stderr)
            assert done.returncode == EXIT_USAGE, said
            assert "Traceback" not in done.stderr + done.stdout, said
            lines = [line for line in done.stderr.splitlines() if line.strip()]
            assert len(lines) == 1 and lines[0].startswith("coi-desktop: "), said
            assert lines[0].rstrip().endswith("."), said  # a sentence, not an exception's repr
            assert _folder(tmp_path) == before, argv[0]
