"""Screenshots of the real app for the user guide (and the README), so they never go stale.

    python tools/screenshots.py [--out DIR] [--lang da en] [--readme]

Runs COI Desktop offscreen in a throw-away home folder (your settings and recent files are
never touched), opens the demo workshop in each language and saves `widget.grab()` of the
welcome screen, the main window, the projector, the new-workshop dialog and the shortcut
sheet as `<out>/<lang>/images/<name>.png` (default out: the guide inside the package).
`--readme` also refreshes docs/images/board.png and projector.png from the English shots.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "coi_desktop" / "desktop" / "guide"

#: Every picture the guide may use.
SHOTS = ("board", "projector", "new-workshop", "shortcuts", "welcome")


def _isolate() -> Path:
    """A throw-away HOME and XDG folders, set before Qt reads them. Always the same path, so
    the file names the pictures show do not change from one run to the next."""
    home = Path(tempfile.gettempdir()) / "coi-desktop-guide"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_RUNTIME_DIR", "run")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(home / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COI_LANG"] = "en"
    return home


def _settle(app: object, ms: int = 150) -> None:
    """Let pending layouts, timers (the projector's refit) and paints happen."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: object, path: Path) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG", 9):
        raise OSError(f"could not write {path}")
    return path


def shoot(lang: str, out: Path, work: Path) -> list[Path]:
    """All shots of one language; returns the files written."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from coi_desktop.services.demo import build_demo
    from coi_desktop.storage import create_workshop_file
    from coi_desktop.views import application, i18n, settings
    from coi_desktop.views.dialogs.new_workshop import NewWorkshopDialog
    from coi_desktop.views.dialogs.shortcuts import ShortcutsDialog
    from coi_desktop.views.room.projector import ProjectorWindow

    app = application.make_application()
    i18n.set_language(lang)
    application.reset_shell()
    for old in settings.recent_files():  # Recent shows this language's demo only
        settings.remove_recent_file(old)
    shell = application.shell()
    images = out / lang / "images"
    written = []

    documents = work / ("Dokumenter" if lang == "da" else "Documents")
    documents.mkdir(exist_ok=True)
    path = documents / ("hjemmepleje-robotter.coi" if lang == "da" else "home-care-robots.coi")
    create_workshop_file(path, build_demo(language=lang, seed=1), overwrite=True)
    window = shell.open_path(path)
    if window is None:
        raise RuntimeError(f"the demo workshop did not open ({lang})")
    window.resize(1600, 1000)
    _settle(app)
    fit = window.findChild(QAction, "view.fit_all")
    if fit is not None:
        fit.trigger()
    view = window.current_view()
    it_unit = next((card.id for card in window.workshop.cards.values()
                    if card.title in ("IT og Digitalisering", "IT and Digitalisation")), None)
    if view is not None and it_unit is not None:  # the Inspector shows a card's fields
        view.select_cards([it_unit])
    _settle(app)
    written.append(_save(window, images / "board.png"))

    projector_action = window.findChild(QAction, "room.projector")
    if projector_action is None:
        raise RuntimeError("the Room menu has no projector action")
    projector_action.trigger()
    _settle(app)
    projector = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, ProjectorWindow) and w.isVisible())
    projector.showNormal()
    projector.resize(1280, 720)
    _settle(app)
    projector.fit()
    _settle(app)
    written.append(_save(projector, images / "projector.png"))
    projector_action.trigger()  # closes it again

    dialog = NewWorkshopDialog(window, folder=documents)
    dialog.title.setText("Velfærdsteknologi i Vesterå" if lang == "da"
                         else "Welfare technology in Vesterå")
    dialog.location.setText("Vesterå Rådhus" if lang == "da" else "Vesterå town hall")
    dialog.facilitator.setText("Anne Sørensen")
    dialog.show()
    _settle(app)
    written.append(_save(dialog, images / "new-workshop.png"))
    dialog.close()

    sheet = ShortcutsDialog(window)
    sheet.resize(640, 720)
    sheet.show()
    _settle(app)
    written.append(_save(sheet, images / "shortcuts.png"))
    sheet.close()

    window.close()  # the last window: the welcome screen comes back, the demo under Recent
    _settle(app)
    welcome = shell.welcome or shell.show_welcome()
    welcome.resize(900, 540)
    _settle(app)
    written.append(_save(welcome, images / "welcome.png"))

    application.reset_shell()
    _settle(app)
    return written


IMG = re.compile(r'<img src="images/(?P<name>[\w-]+)\.png" width="(?P<width>\d+)"'
                 r'(?: height="\d+")?')


def fit_guide_images(page: Path) -> None:
    """Give every picture of a guide page the height that matches its width and the real
    picture (Qt's text browser keeps the full height when only a width is given)."""
    from PySide6.QtGui import QImage

    def sized(match: re.Match[str]) -> str:
        image = QImage(str(page.parent / "images" / f"{match['name']}.png"))
        if image.isNull():
            raise FileNotFoundError(f"{page}: no picture {match['name']}.png")
        name, width = match["name"], int(match["width"])
        height = round(width * image.height() / image.width())
        return f'<img src="images/{name}.png" width="{width}" height="{height}"'

    page.write_text(IMG.sub(sized, page.read_text(encoding="utf-8")), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GUIDE, help="folder of the guide")
    parser.add_argument("--lang", nargs="+", default=["da", "en"], choices=["da", "en"])
    parser.add_argument("--readme", action="store_true",
                        help="also refresh docs/images/board.png and projector.png")
    args = parser.parse_args(argv)
    home = _isolate()
    sys.path.insert(0, str(ROOT))
    try:
        for lang in args.lang:
            for path in shoot(lang, args.out, home):
                print(path)
            if (args.out / lang / "index.html").is_file():
                fit_guide_images(args.out / lang / "index.html")
        if args.readme and "en" in args.lang:
            for name in ("board", "projector"):
                shutil.copyfile(args.out / "en" / "images" / f"{name}.png",
                                ROOT / "docs" / "images" / f"{name}.png")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
