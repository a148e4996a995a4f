"""`coi-desktop --install-desktop-entry` into a temporary XDG_DATA_HOME: the desktop then
knows the app, its icon and the .coi file type (by name and by the SQLite application id),
a double-click opens COI Desktop, and `--uninstall-desktop-entry` removes every file.

Uses the real freedesktop tools (xdg-utils, shared-mime-info, desktop-file-utils), which CI
installs; without them this test fails rather than passing vacuously.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from coi_desktop.desktop import APP_ICON, DATA, ICON_SIZES, MIME_ICON, MIME_TYPE
from coi_desktop.desktop.integration import _exec_quote

from .conftest import clean_env, run


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def _filetype(path: Path, env: dict[str, str]) -> str:
    done = subprocess.run(["xdg-mime", "query", "filetype", str(path)], env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_install_registers_app_and_file_type_then_uninstall_removes_everything(
        tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "keep.txt").write_text("the user's own file")
    before = _files(share)
    env = clean_env(tmp_path, XDG_DATA_HOME=str(share), XDG_DATA_DIRS="/usr/share",
                    PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = run([sys.executable, "-m", "coi_desktop", "--install-desktop-entry"], tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert "Installed COI Desktop" in done.stdout

    entry = share / "applications" / "coi-desktop.desktop"
    text = entry.read_text()
    assert f"Exec={sys.executable} -m coi_desktop %F" in text  # this very installation
    assert "MimeType=application/x-coi-workshop;" in text
    subprocess.run(["desktop-file-validate", str(entry)], check=True)
    for size in ICON_SIZES:
        image = QImage(str(share / f"icons/hicolor/{size}x{size}/apps/{APP_ICON}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (share / f"icons/hicolor/scalable/mimetypes/{MIME_ICON}.svg").is_file()

    workshop = tmp_path / "x.coi"
    done = run([sys.executable, "-m", "coi_desktop", "new", str(workshop), "--title", "T"],
               tmp_path, env)
    assert done.returncode == 0, done.stderr
    renamed = tmp_path / "sent-by-mail.bin"
    renamed.write_bytes(workshop.read_bytes())
    plain = tmp_path / "other.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()
    assert _filetype(workshop, env) == MIME_TYPE
    assert _filetype(renamed, env) == MIME_TYPE  # by the magic: application id "COI1"
    assert _filetype(plain, env) != MIME_TYPE
    default = subprocess.run(["xdg-mime", "query", "default", MIME_TYPE], env=env,
                             capture_output=True, text=True, check=True).stdout.strip()
    assert default == "coi-desktop.desktop"  # a double-click opens COI Desktop

    # Installing twice is harmless; uninstalling removes every file, the caches included.
    assert run([sys.executable, "-m", "coi_desktop", "--install-desktop-entry"], tmp_path,
               env).returncode == 0
    done = run([sys.executable, "-m", "coi_desktop", "--uninstall-desktop-entry"], tmp_path,
               {**env, "LANG": "da_DK.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert "Fjernede COI Desktop" in done.stdout
    assert _files(share) == before
    assert _filetype(workshop, env) != MIME_TYPE


def test_uninstall_keeps_other_programs_file_types(tmp_path: Path) -> None:
    from coi_desktop.desktop.integration import install, uninstall

    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    other = share / "mime" / "packages" / "other.xml"
    other.write_text(
        '<?xml version="1.0"?><mime-info xmlns="http://www.freedesktop.org/standards/'
        'shared-mime-info"><mime-type type="application/x-other"><glob pattern="*.zzqother"/>'
        '</mime-type></mime-info>')
    install(share)
    uninstall(share)
    assert other.is_file()
    env = {**os.environ, "XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": "/usr/share"}
    (tmp_path / "a.zzqother").write_text("x")
    assert _filetype(tmp_path / "a.zzqother", env) == "application/x-other"


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert _exec_quote("/opt/coi/bin/coi-desktop") == "/opt/coi/bin/coi-desktop"
    assert _exec_quote("/home/a b/coi-desktop") == '"/home/a b/coi-desktop"'
    assert _exec_quote('/x/"$y`') == '"/x/\\\\"\\\\$y\\\\`"'


def test_the_shipped_icons_are_drawn_at_every_size() -> None:
    for name in (APP_ICON, MIME_ICON):
        for size in ICON_SIZES:
            image = QImage(str(DATA / "icons" / str(size) / f"{name}.png"))
            assert (image.width(), image.height()) == (size, size)
            colours = {image.pixel(x, y) for x in range(0, size, max(1, size // 16))
                       for y in range(0, size, max(1, size // 16))}
            assert len(colours) > 4  # a picture, not an empty square


def test_an_unusable_data_folder_is_one_sentence_and_nothing_is_left(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    for lang, words in (("C.UTF-8", "could not write in"),
                        ("da_DK.UTF-8", "kunne ikke skrive i")):
        env = clean_env(tmp_path, XDG_DATA_HOME=str(blocker / "share"), LANG=lang,
                        PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        done = run([sys.executable, "-m", "coi_desktop", "--install-desktop-entry"],
                   tmp_path, env)
        assert done.returncode == 3
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert words in done.stderr and str(blocker) in done.stderr
    assert blocker.read_text() == "a file where the data folder should be"
    done = run([sys.executable, "-m", "coi_desktop", "--install-desktop-entry", "extra"],
               tmp_path, clean_env(tmp_path, PYTHONPATH=str(Path(__file__).parents[2])))
    assert done.returncode == 2 and "take no other arguments" in done.stderr


def test_the_running_app_shows_its_own_icon_and_names_its_desktop_entry(qapp: Any) -> None:
    from coi_desktop.views import application

    app = application.make_application()
    assert app.desktopFileName() == "coi-desktop"
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(size, size) for size in ICON_SIZES} <= sizes
    shown = app.windowIcon().pixmap(64, 64).toImage()
    drawn = QImage(str(DATA / "icons" / "64" / f"{APP_ICON}.png"))
    assert shown.convertToFormat(drawn.format()) == drawn
