"""`coi-desktop library build|merge|search` and `new --from-library`: output, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coi_desktop.cli import EXIT_BAD_FILE, EXIT_OK, EXIT_USAGE, run
from coi_desktop.storage import read_workshop


def test_build_merge_search(tmp_path: Path, consolidated: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "a.coilib"
    assert run(["library", "build", str(consolidated), "-o", str(lib)]) == EXIT_OK
    assert "5 barriers" in capsys.readouterr().out
    assert run(["library", "build", str(consolidated), "-o", str(lib)]) == EXIT_USAGE
    assert "--force" in capsys.readouterr().err
    workshop = tmp_path / "w.coi"
    workshop.write_bytes(consolidated.read_bytes())  # any file that is not a library
    before = workshop.read_bytes()
    assert run(["library", "build", str(consolidated), "-o", str(workshop), "--force"]) \
        == EXIT_USAGE
    assert "not a library file" in capsys.readouterr().err and workshop.read_bytes() == before
    assert run(["library", "build", str(consolidated), "-o", str(lib), "--force"]) == EXIT_OK
    out = tmp_path / "m.coilib"
    assert run(["library", "merge", str(lib), str(lib), "-o", str(out)]) == EXIT_OK
    capsys.readouterr()
    assert run(["library", "search", str(out), "barrierer", "--json"]) == EXIT_OK
    found = json.loads(capsys.readouterr().out)
    assert {e["name"] for e in found} == {"Barrierer i GDPR", "Barrieren mellem afdelinger"}
    assert run(["library", "search", str(out), "udbudsreglerne"]) == EXIT_OK
    text = capsys.readouterr().out
    assert "Stive udbudsregler" in text and "3 workshops" in text and "Markedsdialog" in text
    assert run(["library", "search", str(out), "--technology", "welfare", "--kind",
                "barrier"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("Ingen plan for spredning")


def test_bad_library_exit_3_one_line(tmp_path: Path, sources: list[Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.coilib"
    bad.write_bytes(b"not sqlite at all" * 10)
    assert run(["library", "search", str(bad), "x"]) == EXIT_BAD_FILE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a COI Desktop library file" in err
    assert run(["library", "build", str(sources[0]), "-o", str(tmp_path / "x.coilib")]) \
        == EXIT_USAGE
    assert "not a consolidated database" in capsys.readouterr().err


def test_new_from_library_seeds_a_barrier_board(tmp_path: Path, library_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new.coi"
    assert run(["new", str(out), "--title", "Ny workshop", "--lang", "da", "--from-library",
                str(library_path), "--technology", "rpa", "--phase", "need"]) == EXIT_OK
    assert "Seeded" in capsys.readouterr().err
    ws = read_workshop(out)
    assert ws.info.technology == "rpa" and ws.info.phase == "need"
    titles = {c.title for c in ws.cards.values()}
    assert "Stive udbudsregler" in titles and "Ingen plan for spredning" not in titles
    card = next(c for c in ws.cards.values() if c.title == "Stive udbudsregler")
    assert "fra tidligere workshops" in card.tags
    assert card.description.startswith("Fra tidligere workshops: rejst i 3 workshops")
    assert any(t.startswith("coilib:") for t in card.tags)
    assert ws.canvases.require(card.canvas_id).template == "barrier_board"
    assert card.category == "procurement"
    zone = next(z for z in ws.canvases.layout(card.canvas_id).zones if z.key == "procurement")
    assert zone.contains(card.x + card.width / 2, card.y + card.height / 2)
