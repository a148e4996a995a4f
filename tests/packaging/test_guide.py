"""The user guide: Help → User guide opens the HTML guide shipped in the package, in the
interface language, and follows a language switch; every page's pictures exist, are the
ones tools/screenshots.py makes from the real app, and are shown at their own proportions.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QAction, QImage

from coi_desktop.desktop import GUIDE
from coi_desktop.desktop.guide import guide_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from screenshots import SHOTS  # noqa: E402

IMG = re.compile(r'<img src="images/([\w-]+)\.png" width="(\d+)" height="(\d+)"')


@pytest.fixture
def window(qapp: Any, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from coi_desktop.models import Workshop
    from coi_desktop.storage import create_workshop_file
    from coi_desktop.views import application, i18n

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    application.make_application()
    i18n.set_language("en")
    application.reset_shell()
    path = tmp_path / "w.coi"
    create_workshop_file(path, Workshop.new("Guide test", language="en"))
    opened = application.shell().open_path(path)
    assert opened is not None
    yield opened
    from coi_desktop.desktop import guide

    if guide._window is not None:
        guide._window.close()
        guide._window.deleteLater()
        guide._forget()
    application.reset_shell()
    i18n.set_language("en")


def test_help_menu_opens_the_guide_in_the_interface_language(window: Any, qtbot: Any) -> None:
    from coi_desktop.views import i18n

    action = window.findChild(QAction, "help.guide")
    assert action is not None
    help_menu = window.menu("help")
    assert help_menu.actions()[0] is action and action.text() == "User &guide"
    action.trigger()
    from coi_desktop.desktop import guide

    shown = guide._window
    assert shown is not None and shown.isVisible()
    text = shown.browser.toPlainText()
    assert "COI Desktop user guide" in text and "Getting started" in text
    assert shown.browser.source().toLocalFile() == str(guide_path("en"))

    i18n.set_language("da")
    qtbot.waitUntil(lambda: "Brugervejledning" in shown.browser.toPlainText(), timeout=3000)
    assert "Kom i gang" in shown.browser.toPlainText()
    assert shown.windowTitle() == "Brugervejledning til COI Desktop"
    assert action.text() == "&Brugervejledning"
    assert shown.external.text() == "Åbn i &webbrowser"
    action.trigger()  # a second time: the same window comes forward
    assert guide._window is shown


@pytest.mark.parametrize("lang", ["da", "en"])
def test_guide_pictures_exist_and_keep_their_proportions(lang: str) -> None:
    page = guide_path(lang)
    html = page.read_text(encoding="utf-8")
    used = IMG.findall(html)
    assert len(used) == html.count("<img ")  # every picture has a width and a height
    assert sorted(name for name, _, _ in used) == sorted(SHOTS)
    for name, width, height in used:
        image = QImage(str(page.parent / "images" / f"{name}.png"))
        assert not image.isNull(), name
        assert abs(int(height) - int(width) * image.height() / image.width()) <= 1, name
    assert '<link rel="stylesheet" type="text/css" href="../guide.css">' in html
    assert (page.parent.parent / "guide.css").is_file()
    anchors = set(re.findall(r'href="#([\w-]+)"', html))
    assert anchors and anchors <= set(re.findall(r'id="([\w-]+)"', html))
    other = guide_path("en" if lang == "da" else "da").read_text(encoding="utf-8")
    assert anchors == set(re.findall(r'href="#([\w-]+)"', other))  # same sections


def test_screenshot_script_makes_every_picture_from_the_real_app(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"),
                           "--out", str(tmp_path)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    for lang in ("da", "en"):
        made = sorted(p.stem for p in (tmp_path / lang / "images").glob("*.png"))
        assert made == sorted(SHOTS)
        assert made == sorted(p.stem for p in (GUIDE / lang / "images").glob("*.png"))
        for name in made:
            image = QImage(str(tmp_path / lang / "images" / f"{name}.png"))
            assert image.width() >= 300 and image.height() >= 200, name
            sample = {image.pixel(x, y) for x in range(0, image.width(), 5)
                      for y in range(0, image.height(), 5)}
            assert len(sample) > 20, name  # a drawn window, not an empty rectangle
    # The Danish pictures show the Danish interface, the English ones the English.
    assert (tmp_path / "da/images/board.png").read_bytes() != \
        (tmp_path / "en/images/board.png").read_bytes()
