"""`coi-desktop export FILE --png OUT --scale N`: a board picture for slides or print at 1×,
2× or 3× the pixels (issue 11). The pixel size is read from the PNG file's own header."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from coi_desktop.cli import run
from coi_desktop.storage import create_workshop_file
from tests.services.test_report_data import rich


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk (bytes 16–24 of every PNG)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def coi(tmp_path: Path) -> Path:
    path = tmp_path / "w.coi"
    create_workshop_file(path, rich("da"))
    return path


def test_scale_2_doubles_and_scale_3_triples_the_pixels(coi: Path, tmp_path: Path) -> None:
    sizes = {}
    for n in (1, 2, 3):
        out = tmp_path / f"board-{n}.png"
        assert run(["export", str(coi), "--png", str(out), "--scale", str(n),
                    "--canvas", "Netværk"]) == 0
        sizes[n] = png_size(out)
    w, h = sizes[1]
    assert w > 300 and h > 200
    assert sizes[2] == (2 * w, 2 * h)
    assert sizes[3] == (3 * w, 3 * h)
    default = tmp_path / "default.png"
    assert run(["export", str(coi), "--png", str(default), "--canvas", "Netværk"]) == 0
    assert png_size(default) == (w, h)


def test_a_wrong_scale_or_scale_without_png_is_one_sentence(
        coi: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.png"
    with pytest.raises(SystemExit) as exc:
        run(["export", str(coi), "--png", str(out), "--scale", "4"])
    assert exc.value.code == 2
    assert "--scale" in capsys.readouterr().err
    assert run(["export", str(coi), "--pdf", str(tmp_path / "r.pdf"), "--scale", "2"]) == 2
    err = capsys.readouterr().err
    assert "--scale" in err and "--png" in err and "Traceback" not in err
    assert not out.exists() and not (tmp_path / "r.pdf").exists()
