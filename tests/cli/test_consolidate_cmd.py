"""`coi-desktop consolidate`: exit codes, one summary line, skipped files with reasons."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coi_desktop.cli import run
from tests.services.consolidation.helpers import listing, make_hostile, write_demo_set


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-corpus")
    good = write_demo_set(root / "good")
    make_hostile(root / "bad", good[0])
    return root


def test_merges_good_lists_bad_and_exits_0(corpus: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = listing(corpus / "bad")
    out = tmp_path / "c.db"
    code = run(["consolidate", str(corpus / "good"), str(corpus / "bad"), "-o", str(out),
                "--report", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx")])
    captured = capsys.readouterr()
    assert code == 0
    lines = captured.out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Merged 3 workshops (")
    assert "skipped 6 files" in lines[0]
    errors = captured.err.strip().splitlines()
    assert len(errors) == 6
    assert any("newer.coi" in e and "newer version" in e for e in errors)
    assert "Traceback" not in captured.err
    assert listing(corpus / "bad") == before
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert "barriers" in book.sheetnames and "workshops" in book.sheetnames
    book.close()
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM workshops").fetchone()[0] == 3
    conn.close()


def test_nothing_merged_exits_3_in_danish(corpus: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COI_LANG", "da")
    code = run(["consolidate", str(corpus / "bad"), "-o", str(tmp_path / "c.db")])
    captured = capsys.readouterr()
    assert code == 3
    assert captured.out.startswith("Ingen workshops samlet; 6 filer sprunget over")
    assert "er ikke en workshopfil fra COI Desktop" in captured.err
    assert not (tmp_path / "c.db").exists()


def test_remove_missing(corpus: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    src = tmp_path / "src"
    shutil.copytree(corpus / "good", src)
    out = tmp_path / "c.db"
    assert run(["consolidate", str(src), "-o", str(out)]) == 0
    (src / "workshop-0.coi").unlink()
    assert run(["consolidate", str(src), "-o", str(out)]) == 0
    assert "--remove-missing" in capsys.readouterr().err
    assert run(["consolidate", str(src), "-o", str(out), "--remove-missing"]) == 0
    assert "removed 1 workshop whose files are gone" in capsys.readouterr().out
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM workshops").fetchone()[0] == 2
    conn.close()


def test_output_that_is_a_workshop_file_is_refused(corpus: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    target = tmp_path / "w.coi"
    shutil.copyfile(corpus / "good" / "workshop-0.coi", target)
    before = target.read_bytes()
    code = run(["consolidate", str(corpus / "good" / "workshop-1.coi"), "-o", str(target)])
    assert code != 0
    assert "not a consolidated database" in capsys.readouterr().err
    assert target.read_bytes() == before
