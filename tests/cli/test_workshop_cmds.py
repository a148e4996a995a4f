"""`coi-desktop new / demo / info / check`, run as the real command in a child process.

What a facilitator or a script sees: the files written, the counts printed, the exit codes
(0 ok, 2 usage, 3 bad or unsafe file, 4 in use) and one line on stderr, never a traceback.
A file given to `info` or `check` is never changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from coi_desktop.cli import run
from coi_desktop.storage import open_workshop, read_workshop

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def coi(*args: str, cwd: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COI_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(MAIN), *args], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=180)


def one_line_error(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("coi-desktop: "), done.stderr
    return lines[0]


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = coi("demo", "x.coi", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder / "x.coi"


def test_demo_then_info_then_check(demo_file: Path) -> None:
    folder = demo_file.parent
    assert sorted(p.name for p in folder.iterdir()) == ["x.coi"]  # one self-contained file
    with sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    before = fingerprint(folder)
    info = coi("info", "x.coi", cwd=folder)
    assert info.returncode == 0, info.stderr
    assert "Software robots in home care" in info.stdout
    for label in ("Title:", "Date:", "Language:", "Schema version:", "Canvases:", "Items:",
                  "Links:", "Participants:", "Votes:"):
        assert label in info.stdout
    check = coi("check", "x.coi", cwd=folder)
    assert (check.returncode, check.stdout, check.stderr) == (0, "ok\n", "")
    assert fingerprint(folder) == before  # read-only: no -wal, no lock, same bytes


def test_info_json_counts_match_the_file(demo_file: Path, tmp_path: Path) -> None:
    done = coi("info", str(demo_file), "--json", cwd=demo_file.parent)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    ws = read_workshop(demo_file)
    kinds = Counter(c.kind for c in ws.cards.values())
    assert data["cards"] == {"total": len(ws.cards), **{k: kinds[k] for k in
                                                         ("actor", "barrier", "opportunity",
                                                          "action", "note")}}
    items = {c.item: c.kind for c in ws.cards.values()}
    assert data["items"]["total"] == len(items) < len(ws.cards)  # RoboCare is on 3 canvases
    assert data["items"]["actor"] == Counter(items.values())["actor"]
    assert f"Items:          {len(items)} (" in coi("info", str(demo_file), cwd=tmp_path).stdout
    assert data["links"] == len(ws.links) > 0
    assert data["participants"] == len(ws.participants) >= 10
    assert data["votes"] == sum(v.count for v in ws.voting.votes.values()) > 0
    assert data["voting_rounds"] == len(ws.voting) >= 1
    assert (data["title"], data["date"], data["language"]) == (ws.info.title, ws.info.date, "en")
    assert data["schema_version"] >= 1
    assert len(data["canvases"]) == len(ws.canvases) >= 3
    assert len({c["template"] for c in data["canvases"]}) >= 3
    assert sum(c["cards"] for c in data["canvases"]) == len(ws.cards)
    assert all(kinds[k] for k in ("actor", "barrier", "opportunity", "action"))


def test_info_in_danish(demo_file: Path) -> None:
    done = coi("info", str(demo_file), cwd=demo_file.parent, lang="da")
    assert done.returncode == 0
    assert "Titel:" in done.stdout and "Deltagere:" in done.stdout


def test_demo_scales_to_2000_cards_in_danish(tmp_path: Path) -> None:
    done = coi("demo", "big.coi", "--cards", "2000", "--seed", "7", "--lang", "da", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(coi("info", "big.coi", "--json", cwd=tmp_path).stdout)
    assert data["cards"]["total"] == 2000
    assert data["language"] == "da" and data["title"] == "Softwarerobotter i hjemmeplejen"
    assert len(read_workshop(tmp_path / "big.coi").cards) == 2000


def test_new_writes_an_empty_workshop_with_one_canvas(tmp_path: Path) -> None:
    done = coi("new", "empty.coi", "--title", "Velfærd & robotter", "--lang", "da",
               "--template", "barrier_board", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    ws = read_workshop(tmp_path / "empty.coi")
    assert ws.info.title == "Velfærd & robotter" and ws.info.language == "da"
    assert [c.template for c in ws.canvases.values()] == ["barrier_board"]
    assert not ws.cards and coi("check", "empty.coi", cwd=tmp_path).stdout == "ok\n"


def test_new_with_a_bad_template_is_a_usage_error(tmp_path: Path) -> None:
    line = one_line_error(coi("new", "t.coi", "--title", "T", "--template", "kanban",
                              cwd=tmp_path), 2)
    assert "kanban" in line and "power_interest" in line
    assert not (tmp_path / "t.coi").exists()


@pytest.mark.parametrize("args", [
    ("new", "t.coi"),  # no --title
    ("new", "t.coi", "--title", "   "),
    ("new", "t.coi", "--title", "T", "--lang", "fr"),
    ("demo",),
    ("demo", "t.coi", "--cards", "many"),
    ("demo", "t.coi", "--cards", "10001"),
    ("info",),
], ids=lambda a: " ".join(a))
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    one_line_error(coi(*args, cwd=tmp_path), 2)
    assert not (tmp_path / "t.coi").exists()


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    assert coi("new", "w.coi", "--title", "Mine", cwd=tmp_path).returncode == 0
    before = fingerprint(tmp_path)
    line = one_line_error(coi("demo", "w.coi", cwd=tmp_path), 2)
    assert "--force" in line
    danish = one_line_error(coi("new", "w.coi", "--title", "X", cwd=tmp_path, lang="da"), 2)
    assert "findes allerede" in danish
    assert fingerprint(tmp_path) == before
    assert coi("demo", "w.coi", "--force", "--cards", "50", cwd=tmp_path).returncode == 0
    assert len(read_workshop(tmp_path / "w.coi").cards) == 50


def test_a_file_open_for_writing_is_not_replaced_and_can_still_be_read(tmp_path: Path) -> None:
    assert coi("demo", "open.coi", "--cards", "30", cwd=tmp_path).returncode == 0
    with open_workshop(tmp_path / "open.coi") as opened:
        opened.workshop.update_info(title="Being edited")
        line = one_line_error(coi("demo", "open.coi", "--force", cwd=tmp_path), 4)
        assert "open.coi" in line
        info = json.loads(coi("info", "open.coi", "--json", cwd=tmp_path).stdout)
        assert info["title"] == "Being edited" and info["cards"]["total"] == 30
    assert read_workshop(tmp_path / "open.coi").info.title == "Being edited"


def test_writing_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    one_line_error(coi("new", "no/such/dir/x.coi", "--title", "T", cwd=tmp_path), 3)


# -- hostile files -----------------------------------------------------------------------

def _sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(3)
    for _ in range(64):
        at = rng.randrange(4096, len(data))
        data[at] ^= 0xFF
    path.write_bytes(bytes(data))


HOSTILE: dict[str, Callable[[Path], None]] = {
    "empty": lambda p: p.write_bytes(b""),
    "random bytes": lambda p: p.write_bytes(random.Random(1).randbytes(8192)),
    "text": lambda p: p.write_text("title,date\nhello,2026-03-12\n", encoding="utf-8"),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[:len(p.read_bytes()) // 2]),
    "flipped bytes": _flip,
    "newer version": lambda p: _sql(p, "PRAGMA user_version = 999"),
    "wrong application id": lambda p: _sql(p, "PRAGMA application_id = 12345"),
    "extra view": lambda p: _sql(p, "CREATE VIEW spy AS SELECT * FROM cards"),
    "extra trigger": lambda p: _sql(p, "CREATE TRIGGER t AFTER INSERT ON cards "
                                       "BEGIN DELETE FROM cards; END"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_check_and_info_reject_a_hostile_file_in_one_line(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    target = tmp_path / "hostile.coi"
    target.write_bytes(demo_file.read_bytes())
    HOSTILE[name](target)
    before = fingerprint(tmp_path)
    done = coi("check", "hostile.coi", cwd=tmp_path)
    line = one_line_error(done, 3)
    assert "hostile.coi" in line and done.stdout == ""
    # info takes the same path in-process (a stray exception would fail this test too)
    assert run(["info", str(target), "--json"]) == 3
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert fingerprint(tmp_path) == before


def test_check_on_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    one_line_error(coi("check", "missing.coi", cwd=tmp_path), 3)
    (tmp_path / "folder.coi").mkdir()
    one_line_error(coi("check", "folder.coi", cwd=tmp_path, lang="da"), 3)


def test_info_on_an_older_file_reports_its_version_and_leaves_it_alone(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "v1.coi"
    if not fixture.exists():
        pytest.skip("no version-1 fixture")
    (tmp_path / "old.coi").write_bytes(fixture.read_bytes())
    before = fingerprint(tmp_path)
    data = json.loads(coi("info", "old.coi", "--json", cwd=tmp_path).stdout)
    assert data["schema_version"] == 1 and data["cards"]["total"] > 0
    assert coi("check", "old.coi", cwd=tmp_path).stdout == "ok\n"
    assert fingerprint(tmp_path) == before  # read-only: no migration, no backup copy


# -- w3-model: links the relation rules refuse ----------------------------------------------

def _file_with_refused_links(folder: Path) -> Path:
    """A workshop file as one written before the relation rules: a barrier that "addresses"
    an actor and an actor that "blocks" an opportunity, besides a link the rules allow. The
    actor is named after a participant who did not consent."""
    from coi_desktop.models import Card, Participant, Workshop
    from coi_desktop.models.entities import new_id
    from coi_desktop.storage import create_workshop_file

    w = Workshop.new("Før reglerne", language="da", template="blank")
    canvas = w.canvases.ordered()[0]
    w.canvases.update(canvas.id, name="Værksted")
    person = Participant(new_id(), "Birgitte Lund", "Vesterå Kommune", consent=False)
    w.participants.add([person])
    barrier = Card(new_id(), canvas.id, "barrier", "Ingen budget", category="economy")
    actor = Card(new_id(), canvas.id, "actor", "Birgitte Lund", y=200.0)
    pilot = Card(new_id(), canvas.id, "opportunity", "Pilot", y=400.0)
    w.cards.add([barrier, actor, pilot])
    w.links.add([w.links.new(actor.id, barrier.id, "experiences")])
    w.restore([w.links.new(barrier.id, actor.id, "addresses"),
               w.links.new(actor.id, pilot.id, "blocks")])
    path = folder / "old.coi"
    create_workshop_file(path, w)
    return path


@pytest.mark.parametrize("lang", ["en", "da"])
def test_check_warns_once_per_link_the_rules_refuse(tmp_path: Path, lang: str) -> None:
    path = _file_with_refused_links(tmp_path)
    before = fingerprint(tmp_path)
    done = coi("check", path.name, cwd=tmp_path, lang=lang)
    assert (done.returncode, done.stdout) == (0, "ok\n"), done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2  # one sentence per refused link, none for the allowed one
    if lang == "en":
        assert (
            "Warning: on the canvas \u201cVærksted\u201d, the link from \u201cIngen budget\u201d "
            "to \u201cVesterå Kommune\u201d breaks the relation rules (a barrier cannot address "
            "an actor: \u201caddresses\u201d goes from an opportunity or action to a barrier); "
            "the file still opens, but change its type or remove it.") in lines
        assert any("an actor cannot block an opportunity" in line for line in lines)
    else:
        assert all(line.startswith("Advarsel: på lærredet \u201cVærksted\u201d") for line in lines)
        assert any("en barriere kan ikke adressere en aktør" in line for line in lines)
        assert all(line.endswith("men ret typen eller fjern forbindelsen.") for line in lines)
    assert "Birgitte" not in done.stderr  # consent holds in the warning too
    assert all(line.count(".") <= 1 for line in lines)  # one sentence each
    assert fingerprint(tmp_path) == before  # check never changes the file
    ws = read_workshop(path)  # and the file still opens, links and all
    assert len(ws.links) == 3 and len(ws.links.refused()) == 2


def test_check_is_quiet_when_every_link_is_allowed(demo_file: Path) -> None:
    done = coi("check", demo_file.name, cwd=demo_file.parent, lang="da")
    assert (done.returncode, done.stdout, done.stderr) == (0, "ok\n", "")
