"""`coi-desktop consolidate` says which file replaced an earlier version of its workshop and
which copies it skipped, in the user's language."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from coi_desktop.cli import run
from coi_desktop.storage import create_workshop_file

from .helpers import barrier_workshop


def _age(path: Path, seconds: float) -> None:
    when = time.time() + seconds
    os.utime(path, (when, when))


def test_replaced_and_skipped_copies_are_reported_in_danish(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COI_LANG", "da")
    ws = barrier_workshop("Udbud", ["Stive regler"])
    first = tmp_path / "udbud.coi"
    create_workshop_file(first, ws)
    then = time.time() - 3600
    os.utime(first, (then, then))
    out = tmp_path / "c.db"
    assert run(["consolidate", str(first), "-o", str(out)]) == 0
    capsys.readouterr()
    ws.update_info(title="Udbud, rettet")
    create_workshop_file(tmp_path / "udbud-rettet.coi", ws)  # the same workshop, saved later
    _age(tmp_path / "udbud-rettet.coi", -60)
    shutil.copyfile(tmp_path / "udbud-rettet.coi", tmp_path / "udbud-rettet (2).coi")
    code = run(["consolidate", str(tmp_path), "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0
    lines = captured.out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("udbud-rettet.coi (gemt ")
    assert "erstattede den tidligere version af samme workshop fra udbud.coi" in lines[0]
    assert lines[1].startswith("Samlede 1 workshop (0 nye, 0 opdaterede, 1 erstattede, "
                               "0 uændrede) med 1 kort; nyere version fra udbud-rettet.coi;")
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert any("udbud-rettet (2).coi er en nøjagtig kopi af udbud-rettet.coi" in e
               for e in errors)
    assert any("udbud.coi (gemt " in e and "ældre version" in e for e in errors)
    assert "Traceback" not in captured.err
