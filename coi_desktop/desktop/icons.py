"""The app's icon in Qt, and rendering its PNG sizes (and the file icon's) from the SVGs.

`apply_identity(app)` gives every window the app icon (views/application.py calls it).
`python -m coi_desktop.desktop.icons` rewrites `data/icons/<size>/*.png` after an SVG
changed (the PNGs are committed, so installing needs no renderer); Qt's SVG renderer draws
them, imported only then so starting the app does not load QtSvg.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter

from . import APP_ICON, DATA, DESKTOP_FILE, ICON_SIZES, MIME_ICON


def app_icon() -> QIcon:
    """COI Desktop's icon with every drawn size (the window manager picks one)."""
    result = QIcon()
    for size in ICON_SIZES:
        result.addFile(str(DATA / "icons" / str(size) / f"{APP_ICON}.png"))
    return result


def apply_identity(app: QGuiApplication) -> None:
    """Window icon, and the desktop file name Wayland and docks match windows with."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE.removesuffix(".desktop"))


def render(name: str, size: int) -> QImage:
    """One icon as a transparent `size`×`size` image."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(DATA / "icons" / "scalable" / f"{name}.svg"))
    if not renderer.isValid():
        raise ValueError(f"{name}.svg is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        folder = DATA / "icons" / str(size)
        folder.mkdir(parents=True, exist_ok=True)
        for name in (APP_ICON, MIME_ICON):
            if not render(name, size).save(str(folder / f"{name}.png")):
                raise OSError(f"could not write {folder / name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
