"""`make bundle`: the one-folder app built by PyInstaller from packaging/coi-desktop.spec runs
offscreen without any Python on the PATH and gives the same results as the installed wheel
(`--version`, `demo`, `check`, `info`, `export --pdf`, in Danish and English). Prints its size.

Slow (about a minute to build on two cores), run by CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coi_desktop import __version__

from .conftest import ROOT, Installed, clean_env, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled program, built with the same command as `make bundle`."""
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(ROOT / "packaging" / "coi-desktop.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-4000:]
    program = out / "dist" / "coi-desktop" / "coi-desktop"
    assert program.is_file()
    return program


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def _info(command: Path, workshop: Path, cwd: Path, env: dict[str, str]) -> Any:
    done = run([command, "info", workshop, "--json"], cwd, env)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)

    def without_ids(value: Any) -> Any:  # ids are random per build of a demo
        if isinstance(value, dict):
            return {k: without_ids(v) for k, v in value.items() if k not in ("id", "file")}
        if isinstance(value, list):
            return [without_ids(v) for v in value]
        return value
    return without_ids(info)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_bundle_gives_the_same_results_as_the_installed_wheel(
        bundle: Path, installed: Installed, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = bundle.parent
    size = _size_mb(folder)
    with capsys.disabled():
        print(f"\nbundle: {folder} {size:.0f} MB; wheel: {installed.wheel.name} "
              f"{installed.wheel.stat().st_size / 1e6:.1f} MB")
    assert size < 400  # unused Qt modules stay out (a full PySide6 is ~600 MB)
    assert not list(folder.rglob("libQt6Qml*")) and not list(folder.rglob("libQt6Quick*"))
    # Optional pieces the report uses are there: reportlab's accelerator, Danish hyphenation.
    assert list(folder.rglob("_rl_accel*.so"))
    assert list(folder.rglob("hyph_da_DK.dic"))
    # No Python from outside: an empty PATH, so neither `python3` nor the venv can be found.
    for lang, env in (("en", clean_env(tmp_path)),
                      ("da", clean_env(tmp_path, LANG="da_DK.UTF-8"))):
        env["PATH"] = "/usr/bin:/bin" if lang == "en" else ""
        results = {}
        shared = tmp_path / f"shared-{lang}.coi"  # one file both programs report on
        for who, command in (("bundle", bundle), ("wheel", installed.command)):
            where = tmp_path / f"{who}-{lang}"
            where.mkdir()
            version = run([command, "--version"], where, env)
            demo = run([command, "demo", "demo.coi", "--seed", "3", "--lang", lang], where, env)
            check = run([command, "check", "demo.coi"], where, env)
            if not shared.exists():
                shared.write_bytes((where / "demo.coi").read_bytes())
            export = run([command, "export", shared, "--pdf", where / "r.pdf"], where, env)
            missing = run([command, "check", "missing.coi"], where, env)
            results[who] = {
                "version": (version.returncode, version.stdout),
                "demo": (demo.returncode, demo.stdout, demo.stderr),
                "check": (check.returncode, check.stdout, check.stderr),
                "export": (export.returncode, export.stderr),
                "missing": (missing.returncode, missing.stderr),
                # card ids are random per demo: the same content, told apart by ids only
                "info": _info(command, where / "demo.coi", where, env),
                "pdf": _pdf_text(where / "r.pdf"),
            }
        bundled, wheel = results["bundle"], results["wheel"]
        assert bundled["version"] == (0, f"coi-desktop {__version__}\n")
        assert bundled["check"][:2] == (0, "ok\n")
        assert bundled["export"] == (0, "")
        assert bundled["missing"][0] == 3
        assert ("findes ikke" if lang == "da" else "does not exist") in bundled["missing"][1]
        for key in wheel:
            assert bundled[key] == wheel[key], key
        assert len(bundled["pdf"]) > 5_000
