"""Issue 12 on the command line, run as the real command in a child process:
`coi-desktop purge-personal-data FILE` (for a workshop past its retention date) and
`coi-desktop export FILE --json OUT` without and with `--include-personal-data`.

purge-personal-data asks no question (it is for scripts and facilitators without the app;
see its docstring): `--dry-run` says what would change and writes nothing, without it every
name and e-mail becomes a pseudonym for good — not in the records, not in the file's bytes —
and the file still passes `coi-desktop check`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from coi_desktop.services.privacy import retention_passed
from coi_desktop.storage import create_workshop_file, read_workshop
from tests.services.test_privacy import OPEN_NAME, SECRET_MAIL, SECRET_NAME, _workshop

from .test_workshop_cmds import coi, fingerprint

OPEN_MAIL = "hp@ucw.example"
EVERY_SECRET = (SECRET_NAME, SECRET_MAIL, OPEN_NAME, OPEN_MAIL)


def _file(folder: Path, language: str = "en") -> Path:
    w = _workshop(language)
    w.update_info(retention_date="2026-01-31")
    path = folder / "old.coi"
    create_workshop_file(path, w)
    assert retention_passed(read_workshop(path), today=date(2026, 2, 1))
    return path


def _raw(folder: Path) -> str:
    """Every file in the folder (the workshop, any journal or WAL beside it) as text."""
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in folder.iterdir()
                   if p.is_file()).casefold()


def test_purge_replaces_every_name_and_mail_for_good(tmp_path: Path) -> None:
    path = _file(tmp_path)
    assert all(s.casefold() in _raw(tmp_path) for s in EVERY_SECRET)
    before = fingerprint(tmp_path)

    dry = coi("purge-personal-data", path.name, "--dry-run", cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "would change (nothing written)" in dry.stdout and dry.stderr == ""
    assert fingerprint(tmp_path) == before  # a dry run writes nothing

    done = coi("purge-personal-data", path.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "Traceback" not in done.stdout
    assert "names and e-mail addresses removed from" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.coi"]  # no -wal left behind

    # pseudonyms in the records, nothing in the bytes (secure_delete + VACUUM: irreversible)
    w = read_workshop(path)
    names = sorted(p.name for p in w.participants.values())
    assert names and all(n.startswith("Participant ") for n in names), names
    assert not any(p.email for p in w.participants.values())
    raw = _raw(tmp_path)
    leaks = [s for s in EVERY_SECRET if s.casefold() in raw]
    assert not leaks, f"still in the file's bytes: {leaks}"
    assert not retention_passed(w, today=date(2026, 2, 1))  # nothing left to remove

    check = coi("check", path.name, cwd=tmp_path)
    assert (check.returncode, check.stdout, check.stderr) == (0, "ok\n", "")
    again = coi("purge-personal-data", path.name, cwd=tmp_path, lang="da")
    assert again.returncode == 0 and "intet ændret" in again.stdout


def test_purge_of_a_file_that_is_not_a_workshop_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.coi"
    bad.write_bytes(b"not a workshop at all")
    done = coi("purge-personal-data", bad.name, cwd=tmp_path)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert bad.read_bytes() == b"not a workshop at all"


def test_export_json_leaves_personal_data_out_unless_asked(tmp_path: Path) -> None:
    path = _file(tmp_path)
    public = coi("export", path.name, "--json", "public.json", cwd=tmp_path)
    assert public.returncode == 0 and public.stderr == "", public.stderr
    text = (tmp_path / "public.json").read_text(encoding="utf-8")
    for secret in (SECRET_NAME, SECRET_MAIL, OPEN_MAIL, OPEN_NAME):  # no name at all
        assert secret.casefold() not in text.casefold(), secret
    data = json.loads(text)
    assert "left out" in data["personal_data"] and "--include-personal-data" in \
        data["personal_data"]
    assert all("email" not in p and "name" not in p for p in data["participants"])
    assert all(p["label"] for p in data["participants"])  # by organisation or pseudonym

    full = coi("export", path.name, "--json", "full.json", "--include-personal-data",
               cwd=tmp_path)
    assert full.returncode == 0 and full.stderr == "", full.stderr
    data = json.loads((tmp_path / "full.json").read_text(encoding="utf-8"))
    assert data["personal_data"] == "included"
    people = {p["name"]: p["email"] for p in data["participants"]}
    assert people[SECRET_NAME] == SECRET_MAIL and people[OPEN_NAME] == OPEN_MAIL
    assert any(SECRET_NAME in c["owner"] for c in data["cards"])  # free text as typed

