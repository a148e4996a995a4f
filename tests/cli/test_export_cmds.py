"""`coi-desktop analyze`, `export` and `import` through the real command line entry."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coi_desktop.cli import run
from coi_desktop.storage import create_workshop_file, read_workshop
from tests.services.test_report_data import rich, star


@pytest.fixture
def coi(tmp_path: Path) -> Path:
    path = tmp_path / "w.coi"
    create_workshop_file(path, rich("da"))
    return path


def test_analyze_json_names_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w, centre, _ = star("en")
    path = tmp_path / "star.coi"
    create_workshop_file(path, w)
    assert run(["analyze", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    bridges = data["findings"][0]
    assert bridges["key"] == "bridges"
    assert bridges["cards"][0] == {"id": centre, "title": "Centre", "kind": "actor",
                                   "score": 1.0, "canvas_id": w.canvases.ordered()[0].id,
                                   "rank": 1, "shared": False}


def test_analyze_text_and_one_canvas(coi: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["analyze", str(coi), "--canvas", "Netværk"]) == 0
    out = capsys.readouterr().out
    assert "Hvem er brobyggerne?" in out and "Aktør 0" in out
    assert run(["analyze", str(coi), "--canvas", "Nowhere"]) == 2
    err = capsys.readouterr().err
    assert "Nowhere" in err and "Traceback" not in err


def test_export_everything(coi: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = run(["export", str(coi), "--pdf", str(out / "r.pdf"), "--xlsx", str(out / "r.xlsx"),
                "--csv", str(out / "csv"), "--graphml", str(out / "r.graphml"),
                "--json", str(out / "r.json")])
    assert code == 0
    assert (out / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "csv" / "elements.csv").exists() and (out / "csv" / "connections.csv").exists()
    assert json.loads((out / "r.json").read_text(encoding="utf-8"))["info"]["title"]
    assert sorted(p.name for p in out.iterdir()) == ["csv", "r.graphml", "r.json", "r.pdf",
                                                     "r.xlsx"]


def test_export_pictures_in_a_fresh_process(coi: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "COI_LANG": "en"}
    root = Path(__file__).parents[2]
    result = subprocess.run([sys.executable, str(root / "main.py"), "export", str(coi),
                             "--png", str(png), "--svg", str(svg), "--canvas", "Netværk"],
                            capture_output=True, text=True, env=env, cwd=root)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in svg.read_bytes()


def test_export_without_a_target_is_a_usage_error(coi: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", str(coi)]) == 2
    assert "--pdf" in capsys.readouterr().err


def test_import_adds_a_canvas_to_the_file(coi: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    e, c = tmp_path / "e.csv", tmp_path / "c.csv"
    with e.open("w", newline="", encoding="utf-8") as h:
        csv.writer(h).writerows([["Label", "Type"], *[[f"N{i}", "Aktør"] for i in range(5)]])
    with c.open("w", newline="", encoding="utf-8") as h:
        csv.writer(h).writerows([["From", "To"], ["N0", "N1"], ["N1", "N2"]])
    assert run(["import", str(coi), "--elements", str(e), "--connections", str(c),
                "--canvas", "Importeret"]) == 0
    assert "5" in capsys.readouterr().out
    w = read_workshop(coi)
    canvas = next(cv for cv in w.canvases.values() if cv.name == "Importeret")
    assert len(w.cards.on(canvas.id)) == 5 and len(w.links.on(canvas.id)) == 2



def test_importing_an_export_of_three_canvases_says_three(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    # It said "into the canvas “Actors…”" while it made three canvases.
    demo, back, book = tmp_path / "d.coi", tmp_path / "b.coi", tmp_path / "d.xlsx"
    assert run(["demo", str(demo)]) == 0
    assert run(["export", str(demo), "--xlsx", str(book)]) == 0
    assert run(["new", str(back), "--title", "Back"]) == 0
    capsys.readouterr()
    assert run(["import", str(back), "--elements", str(book), "--connections", str(book)]) == 0
    said = capsys.readouterr().out
    names = [c.name for c in read_workshop(demo).canvases.ordered()]
    assert "into 3 new canvases" in said or "til 3 nye lærreder" in said
    assert all(f"\u201c{n}\u201d" in said for n in names)

def test_bad_import_names_the_row_and_leaves_the_file(coi: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    before = read_workshop(coi).snapshot()
    e = tmp_path / "e.csv"
    e.write_text("Label,Type\nA,Actor\nB,Unicorn\n", encoding="utf-8")
    assert run(["import", str(coi), "--elements", str(e)]) == 2
    err = capsys.readouterr().err
    assert "row 3" in err and "Unicorn" in err
    assert read_workshop(coi).snapshot() == before
