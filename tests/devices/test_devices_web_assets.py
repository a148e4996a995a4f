"""The participant page's files: small, self-contained, text-only card rendering, both
languages."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

from coi_desktop.models import Workshop
from coi_desktop.storage import create_workshop_file

from .conftest import open_room, raw_call

WEB = Path(str(resources.files("coi_desktop") / "resources" / "web"))


def test_the_page_is_small_and_loads_nothing_from_elsewhere() -> None:
    files = sorted(WEB.iterdir())
    assert {f.name for f in files} == {"index.html", "app.js", "app.css"}
    assert sum(f.stat().st_size for f in files) < 100 * 1024
    for f in files:
        text = f.read_text("utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), f.name
        assert "@import" not in text and "@font-face" not in text


def test_card_text_is_never_parsed_as_markup() -> None:
    script = (WEB / "app.js").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script
    assert "textContent" in script


def test_the_page_follows_the_workshop_language(qapp: Any, tmp_path: Path) -> None:
    room = open_room(tmp_path)
    try:
        page = raw_page(room.url)
        assert '<html lang="en">' in page
    finally:
        room.session.stop()
        room.file.close()
    w = Workshop.new("Dansk", language="da", template="blank", canvas_name="Tavle")
    create_workshop_file(tmp_path / "da.coi", w)
    from PySide6.QtGui import QUndoStack

    from coi_desktop.services.room_server import RoundPolicy
    from coi_desktop.storage import open_workshop
    from coi_desktop.views.devices.session import DeviceSession

    wf = open_workshop(tmp_path / "da.coi")
    session = DeviceSession(wf.workshop, QUndoStack(), RoundPolicy(w.canvases.ordered()[0].id))
    try:
        session.start("127.0.0.1", 0)
        assert '<html lang="da">' in raw_page(session.url)
        status, answer = raw_call(session.url, "POST", "/api/join", {"code": "QQQQQ"})
        assert status == 403 and answer["message"] == "Det er ikke den rigtige kode."
    finally:
        session.stop()
        wf.close()


def raw_page(url: str) -> str:
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        return str(answer.read().decode("utf-8"))
