"""`coi-desktop participants FILE --import LIST [--dry-run]` (issue 11): the lenient import from
the command line, in the user's language; --dry-run leaves the file's bytes alone; the write
is all or nothing; errors are one sentence with the usual exit codes."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from coi_desktop.cli import COMMANDS, run
from coi_desktop.models import CoiError, Workshop
from coi_desktop.models.people import Participants
from coi_desktop.storage import create_workshop_file, read_workshop
from tests.services.signup_list import (
    DUPLICATES,
    HEADER,
    KEPT_AS_WRITTEN,
    PEOPLE,
    write_signup_list,
)


@pytest.fixture
def coi(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.coi"
    create_workshop_file(path, Workshop.new("Velfærdsteknologi", language="da"))
    return path


def digest(folder: Path) -> dict[str, str]:
    """Every file next to the workshop (the database and any -wal/-shm) by content."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.name.startswith("workshop.coi")}


def test_the_command_is_in_the_table() -> None:
    assert COMMANDS["participants"][0] == "participants_cmd"


def test_dry_run_shows_everything_in_danish_and_changes_nothing(
        coi: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COI_LANG", "da")
    listed = write_signup_list(tmp_path)
    before = digest(tmp_path)
    assert run(["participants", str(coi), "--import", str(listed), "--dry-run"]) == 0
    assert digest(tmp_path) == before  # not a byte changed
    assert len(read_workshop(coi).participants) == 0
    out = capsys.readouterr().out
    assert "tilmeldinger.csv: læst som Windows-1252; 40 rækker." in out
    assert f"Ville importere til workshop.coi: {40 - DUPLICATES} deltagere" in out
    assert "række 2: Mette Søndergaard: sektor “Kommunen” → Kommune; " \
           "rolle “Projektleder” → Innovationsfunktion" in out
    assert "sektor ud fra organisationen “Odense Kommune” → Kommune" in out
    assert f"Beholdt som skrevet under “Andet” ({len(KEPT_AS_WRITTEN) - 1}):" in out  # Pia: 2
    assert "række 23: Pia Eriksen: sektor “Selvstændig”; rolle “Freelancer”" in out
    assert "Sprunget over (2):" in out
    assert "række 41: Lars Østergaard: Dublet: samme e-mail som række 3." in out
    assert "Ikke brugt: Tidsstempel, Kommentar." in out


def test_import_writes_the_roster_and_the_other_entries(
        coi: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COI_LANG", "en")
    listed = write_signup_list(tmp_path)
    assert run(["participants", str(coi), "--import", str(listed)]) == 0
    out = capsys.readouterr().out
    assert f"Imported into workshop.coi: {40 - DUPLICATES} participants." in out
    assert "Skipped (2):" in out and "Duplicate: the same e-mail as row 3." in out
    saved = read_workshop(coi)
    assert len(saved.participants) == len(PEOPLE) - DUPLICATES
    pia = next(p for p in saved.participants.values() if p.name == "Pia Eriksen")
    assert saved.terms.label("role", pia.role, "en") == "Other: Freelancer"
    assert {p.organisation for p in saved.participants.values()} >= {"Eriksen Design", "KL"}
    # Again: everyone is already there; nothing is written, and the reason is said.
    before = digest(tmp_path)
    assert run(["participants", str(coi), "--import", str(listed)]) == 2
    captured = capsys.readouterr()
    assert "Already in the workshop" in captured.out
    assert "No row can be imported" in captured.err and "Traceback" not in captured.err
    assert digest(tmp_path) == before


def test_an_xlsx_list(coi: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(list(HEADER))
    for person in PEOPLE[:5]:
        sheet.append(["2026-11-01", *person, None])
    path = tmp_path / "tilmeldinger.xlsx"
    book.save(path)
    assert run(["participants", str(coi), "--import", str(path)]) == 0
    assert "read as XLSX; 5 rows" in capsys.readouterr().out
    assert len(read_workshop(coi).participants) == 5


def test_all_or_nothing_when_the_people_cannot_be_added(
        coi: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Participants, participants: object) -> None:
        raise CoiError("The disk said no.", "Disken sagde nej.")

    monkeypatch.setattr(Participants, "add", refuse)
    assert run(["participants", str(coi), "--import", str(write_signup_list(tmp_path))]) == 2
    captured = capsys.readouterr()
    assert "The disk said no." in captured.err and "Imported" not in captured.out
    saved = read_workshop(coi)
    assert len(saved.participants) == 0
    assert not [t for t in saved.terms.of("role") if t.key.startswith("other_")]  # none shown


def test_bad_input_is_one_sentence(coi: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "list.csv"
    garbage.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)  # bytes no encoding here explains
    assert run(["participants", str(coi), "--import", str(garbage)]) == 2
    assert run(["participants", str(coi), "--import", str(tmp_path / "missing.csv")]) == 2
    assert run(["participants", str(tmp_path / "nope.coi"), "--import", str(garbage)]) == 3
    err = capsys.readouterr().err
    assert err.count("coi-desktop:") == 3 and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        run(["participants", str(coi)])  # --import is required
    assert exc.value.code == 2


def test_a_fresh_process_speaks_danish(coi: Path, tmp_path: Path) -> None:
    listed = write_signup_list(tmp_path)
    root = Path(__file__).parents[2]
    result = subprocess.run([sys.executable, str(root / "main.py"), "participants", str(coi),
                             "--import", str(listed), "--dry-run"], capture_output=True,
                            text=True, cwd=root, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                 "LANG": "da_DK.UTF-8", "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stderr
    assert "prøvekørsel: intet er skrevet" in result.stdout
