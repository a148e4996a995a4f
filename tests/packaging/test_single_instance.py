"""A second `coi-desktop FILE` while COI Desktop runs hands the file to the running app
(QLocalSocket) and exits: the file opens in the running app, once, and a file already open
only comes to the front. A socket left behind by a crashed app does not block the next start.

The running app is this test process (a real Shell and real windows, offscreen) or a real
first `python -m coi_desktop`; the second start is a real process with the same user folders,
and the files' lock shows which process writes them.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir, QSettings, QStandardPaths

from coi_desktop.desktop import single_instance

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def running_app(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """This process as the running COI Desktop (its QLocalServer listening)."""
    from coi_desktop.views import application
    from coi_desktop.views.dialogs import errors

    # The second process uses the real standard paths of the same (temporary) HOME.
    was_test_mode = QStandardPaths.isTestModeEnabled()
    QStandardPaths.setTestModeEnabled(False)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    application.make_application()
    told: list[str] = []
    monkeypatch.setattr(errors, "show_error_message",
                        lambda parent, text, title="": told.append(text))
    application.reset_shell()
    shell = application.shell()
    server = single_instance.listen(shell)
    assert server is not None
    shell.told = told
    yield shell
    server.server.close()
    application.reset_shell()
    QStandardPaths.setTestModeEnabled(was_test_mode)


def _workshop(folder: Path, name: str) -> Path:
    from coi_desktop.models import Workshop
    from coi_desktop.storage import create_workshop_file

    path = folder / name
    create_workshop_file(path, Workshop.new(name, language="en"))
    return path


def _second_start(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "coi_desktop", *map(str, args)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True)


def _finish(process: subprocess.Popen[str], qtbot: Any) -> tuple[int, str]:
    # The running app must keep its event loop turning to answer.
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    finally:  # a start that did not hand over runs an app of its own: stop it
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, process.stderr.read() if process.stderr else ""


def test_second_start_hands_its_file_to_the_running_app(running_app: Any, qtbot: Any,
                                                        tmp_path: Path) -> None:
    first = _workshop(tmp_path, "first.coi")
    second = _workshop(tmp_path, "second.coi")
    assert running_app.open_path(first) is not None

    code, err = _finish(_second_start(second), qtbot)
    assert code == 0, err
    qtbot.waitUntil(lambda: running_app.window_for(second) is not None, timeout=10_000)
    assert len(running_app.windows) == 2
    assert not running_app.window_for(second).workshop_file.readonly  # the one writer

    # The same file again: its window comes forward, no second window, no second writer.
    started = time.monotonic()
    code, err = _finish(_second_start(second), qtbot)
    assert code == 0, err
    qtbot.wait(300)
    assert len(running_app.windows) == 2
    assert time.monotonic() - started < 20
    assert running_app.told == []


def test_second_start_without_a_file_brings_the_app_forward(running_app: Any, qtbot: Any,
                                                            tmp_path: Path) -> None:
    code, err = _finish(_second_start(), qtbot)
    assert code == 0, err
    qtbot.waitUntil(lambda: running_app.welcome is not None
                    and running_app.welcome.isVisible(), timeout=10_000)
    assert running_app.windows == []


def test_a_socket_left_by_a_crashed_app_does_not_block_the_next(qapp: Any,
                                                                tmp_path: Path) -> None:
    name = f"coi-desktop-test-{tmp_path.name}"
    stale = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(stale))  # bound, never listening, left behind: as after a crash
    dead.close()
    try:
        assert stale.exists()
        assert single_instance.hand_over([], name=name) is False  # nobody answers
        server = single_instance.InstanceServer(shell=None, name=name)
        assert server.listen()
        server.server.close()
    finally:
        stale.unlink(missing_ok=True)


def _holder(path: Path) -> int | None:
    """The pid in a workshop's lock file (who writes it), None while nobody does."""
    import json

    lock = path.with_name(path.name + ".lock")
    try:
        return int(json.loads(lock.read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return None


def test_two_real_starts_leave_one_process_writing_both_files(tmp_path: Path) -> None:
    first, second = _workshop(tmp_path, "a.coi"), _workshop(tmp_path, "b.coi")
    app = subprocess.Popen([sys.executable, "-m", "coi_desktop", str(first)], cwd=ROOT,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while _holder(first) != app.pid:
            assert app.poll() is None and time.monotonic() < deadline, "a.coi never opened"
            time.sleep(0.1)
        # run_gui listens before it opens the files, so the server is up by now.
        done = subprocess.run([sys.executable, "-m", "coi_desktop", str(second)], cwd=ROOT,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        while _holder(second) != app.pid:  # opened by the running app, not the second start
            assert app.poll() is None and time.monotonic() < deadline, "b.coi never opened"
            time.sleep(0.1)
    finally:
        app.terminate()
        app.wait(timeout=30)
