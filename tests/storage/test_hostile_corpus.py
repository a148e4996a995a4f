"""Issue 13's hostile files: refused alike by check and every open, bytes never changed.

Each entry of `hostile_corpus.MORE` (built here from a valid file) is tried through check_file,
read_workshop and open_workshop (for writing and read-only) within a per-case timeout: every
one raises the same typed error with a one-line sentence in both languages, and afterwards the
folder listing and every file's bytes are exactly as before. Paths that are not regular files
(FIFO, socket, device, folder, symlink loop) are refused at once by the same entry points and
by the command line's check, info and export (run as a real subprocess with a timeout).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from coi_desktop.storage import (
    UnreadableFileError,
    WorkshopFileError,
    check_file,
    open_workshop,
    read_workshop,
    validate,
)

from .hostile_corpus import MORE, SPECIAL
from .test_hostile import CORPUS


def _state(folder: Path) -> dict[str, str]:
    """Every name in the folder with the sha256 of a regular file's bytes."""
    found = {}
    for name in sorted(os.listdir(folder)):
        path = folder / name
        if path.is_file() and not path.is_symlink():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[name] = "-"
    return found


def _attempts(path: Path) -> list[Callable[[], object]]:
    return [lambda: check_file(path), lambda: read_workshop(path),
            lambda: open_workshop(path), lambda: open_workshop(path, readonly=True),
            lambda: validate(path).close()]


def test_the_suite_holds_at_least_80_distinct_hostile_files() -> None:
    assert len(set(CORPUS) | set(MORE) | set(SPECIAL)) >= 80


@pytest.mark.usefixtures("per_case_timeout")
@pytest.mark.parametrize("name", sorted(MORE))
def test_more_hostile_files_are_refused_alike_and_untouched(name: str, tmp_path: Path,
                                                            coi_file: Path) -> None:
    make, error = MORE[name]
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = folder / "hostile.coi"
    shutil.copyfile(coi_file, hostile)
    make(hostile)
    before = _state(folder)
    for attempt in _attempts(hostile):
        with pytest.raises(error) as info:
            attempt()
        assert type(info.value) is error
        en, da = info.value.text("en"), info.value.text("da")
        assert en and da and da != en and "\n" not in en
        assert "hostile.coi" in en or "workshop file" in en
        assert _state(folder) == before


@pytest.mark.usefixtures("per_case_timeout")
@pytest.mark.parametrize("name", sorted(SPECIAL))
def test_special_paths_are_refused_at_once(name: str, tmp_path: Path) -> None:
    make, words = SPECIAL[name]
    path = make(tmp_path)
    before = _state(tmp_path)
    for attempt in _attempts(path):
        with pytest.raises(UnreadableFileError) as info:
            attempt()
        assert words in info.value.text("en")
        assert info.value.text("da") != info.value.text("en")
        assert _state(tmp_path) == before


@pytest.mark.parametrize("name", ["FIFO", "device", "folder named x.coi", "symlink loop"])
@pytest.mark.parametrize("command", ["check", "info", "export"])
def test_command_line_refuses_special_paths_without_hanging(name: str, command: str,
                                                            tmp_path: Path) -> None:
    make, words = SPECIAL[name]
    path = make(tmp_path)
    argv = {"check": ["check", str(path)], "info": ["info", str(path)],
            "export": ["export", str(path), "--json", str(tmp_path / "out.json")]}[command]
    env = {**os.environ, "COI_LANG": "en", "LANGUAGE": "en", "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-c", "from coi_desktop.app import main; "
                           "raise SystemExit(main())", *argv], capture_output=True,
                          text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert words in done.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.usefixtures("per_case_timeout")
def test_a_fifo_planted_as_the_lock_file_never_blocks(tmp_path: Path, coi_file: Path) -> None:
    os.mkfifo(f"{coi_file}.lock")
    Path(f"{coi_file}-wal").write_bytes(b"")  # makes check ask who holds the lock
    assert check_file(coi_file) is None
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(coi_file, snapshot_dir=tmp_path / "snaps")
    assert "not a lock file" in info.value.text("en")
    with open_workshop(coi_file, readonly=True) as ro:
        assert ro.workshop.cards
