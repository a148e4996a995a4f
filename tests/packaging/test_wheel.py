"""The wheel a facilitator installs: built by `python -m build`, installed into a fresh venv,
started as `coi-desktop` and `python -m coi_desktop`, in Danish and English.

Slow (it builds the release and installs it with its dependencies), run by CI.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from coi_desktop import __version__

from .conftest import ROOT, Installed, clean_env, run

pytestmark = pytest.mark.slow


def test_the_wheel_holds_code_translations_fonts_and_desktop_files(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    for needed in ("coi_desktop/__main__.py", "coi_desktop/app.py",
                   "coi_desktop/resources/i18n/coi_desktop_da.qm",
                   "coi_desktop/resources/i18n/coi_desktop_en.qm",
                   "coi_desktop/resources/fonts/DejaVuSans.ttf",
                   "coi_desktop/resources/fonts/DejaVu-LICENSE.txt",
                   "coi_desktop/desktop/data/coi-desktop.desktop",
                   "coi_desktop/desktop/data/coi-desktop-mime.xml",
                   "coi_desktop/desktop/data/icons/scalable/coi-desktop.svg",
                   "coi_desktop/desktop/data/icons/256/coi-desktop.png",
                   "coi_desktop/desktop/guide/da/index.html",
                   "coi_desktop/desktop/guide/en/index.html",
                   "coi_desktop/desktop/guide/guide.css",
                   "coi_desktop/desktop/guide/da/images/board.png"):
        assert needed in names, needed
    # Every file of the package in git is in the wheel (code and data a feature adds beside
    # its code alike), except the translation sources.
    tracked = subprocess.run(["git", "ls-files", "coi_desktop"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
    assert len(tracked) > 100
    for name in tracked:
        if not name.endswith((".ts", ".tsv")):
            assert name in names, name
    # Sources of translations stay out (they would make the app recompile on start).
    assert not [n for n in names if n.endswith((".ts", ".tsv"))]
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "coi-desktop = coi_desktop.app:main" in \
        zipfile.ZipFile(built_wheel).read(entry_points).decode()


def test_installed_commands_start_and_work_offscreen(installed: Installed,
                                                       tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    for args in ([installed.command, "--version"],
                 [installed.python, "-m", "coi_desktop", "--version"]):
        done = run(args, tmp_path, env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"coi-desktop {__version__}"
    done = run([installed.command, "demo", "demo.coi", "--seed", "7"], tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert "demo.coi" in done.stdout and (tmp_path / "demo.coi").stat().st_size > 50_000
    done = run([installed.command, "check", "demo.coi"], tmp_path, env)
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
    done = run([installed.command, "export", "demo.coi", "--pdf", "report.pdf"], tmp_path, env)
    assert done.returncode == 0, done.stderr
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Software robots in home care" in text or "Softwarerobotter" in text, text[:500]
    fonts = subprocess.run(["pdffonts", str(tmp_path / "report.pdf")],
                           capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts  # the font shipped in the wheel is embedded


def test_installed_package_speaks_danish_and_english(installed: Installed,
                                                     tmp_path: Path) -> None:
    # The CLI's own Danish (phrasebook) and the GUI's Qt translation loaded from the
    # installed package, not from this checkout and not compiled into a cache.
    done = run([installed.command, "check", "missing.coi"], tmp_path,
               clean_env(tmp_path, LANG="da_DK.UTF-8"))
    assert done.returncode == 3
    assert "findes ikke" in done.stderr
    done = run([installed.command, "check", "missing.coi"], tmp_path, clean_env(tmp_path))
    assert "does not exist" in done.stderr
    probe = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from coi_desktop.views import i18n\n"
        "app = QApplication([])\n"
        "out = {}\n"
        "for lang in ('da', 'en'):\n"
        "    out[lang] = [i18n.set_language(lang), str(i18n._compiled(lang)),\n"
        "                 QCoreApplication.translate('WelcomeWindow',\n"
        "                                            'Open the &demo workshop')]\n"
        "print(json.dumps(out))\n")
    done = run([installed.python, "-c", probe], tmp_path, clean_env(tmp_path))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    site = installed.venv.resolve()
    for lang, text in (("da", "Åbn &demo-workshoppen"), ("en", "Open the &demo workshop")):
        loaded, path, translated = result[lang]
        assert loaded and translated == text
        assert Path(path).resolve().is_relative_to(site), path
        assert Path(path).name == f"coi_desktop_{lang}.qm"
