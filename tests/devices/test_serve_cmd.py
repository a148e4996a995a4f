"""`coi-desktop serve`: the headless server; an acknowledged card survives kill -9."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coi_desktop.models import new_id
from coi_desktop.storage import read_workshop

from .conftest import make_workshop, raw_call

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def serving(path: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "serve", str(path), "--canvas", "Board",
         "--host", "127.0.0.1", "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split()[1].split("?")[0]
        code = proc.stdout.readline().split()[1]
        yield proc, url, code
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=20)


def test_serve_prints_address_and_code_and_stops_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "room.coi"
    make_workshop(path)
    with serving(path, "--vote", "Prioritise") as (proc, url, code):
        assert url.startswith("http://127.0.0.1:") and 4 <= len(code) <= 6
        status, answer = raw_call(url, "POST", "/api/join", {"code": code})
        assert status == 200 and answer["state"]["vote"]["title"] == "Prioritise"
        proc.send_signal(signal.SIGINT)
        out, _err = proc.communicate(timeout=20)
        assert proc.returncode == 0 and "stopped" in out
    try:
        raw_call(url, "GET", "/", timeout=2)
        raise AssertionError("still serving after Ctrl+C")
    except OSError:
        pass


def test_a_wrong_canvas_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "room.coi"
    make_workshop(path)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "serve", str(path),
                             "--canvas", "Nope", "--host", "127.0.0.1"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == f"coi-desktop: no canvas named 'Nope' in {path}"


def test_an_acknowledged_card_survives_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "room.coi"
    make_workshop(path)
    with serving(path) as (proc, url, code):
        _, joined = raw_call(url, "POST", "/api/join", {"code": code})
        token = joined["token"]
        acked = []
        for n in range(5):
            status, answer = raw_call(url, "POST", "/api/cards", {
                "key": new_id(), "kind": "opportunity", "title": f"Kept {n}"}, token)
            assert status == 200
            acked.append(answer["card"]["id"])
        proc.send_signal(signal.SIGKILL)  # the very next moment
        proc.wait(timeout=20)
    stored = read_workshop(path)
    assert all(cid in stored.cards for cid in acked)
    assert sorted(stored.cards[c].title for c in acked) == [f"Kept {n}" for n in range(5)]
