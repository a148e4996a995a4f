"""Render the PNG sizes of the app and file icons from their SVG sources.

`python -m coi_desktop.desktop.icons` rewrites `data/icons/<size>/*.png` after an SVG
changed (the PNGs are committed, so installing needs no renderer). Qt's SVG renderer draws
them, the same one the app uses for the window icon.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from . import APP_ICON, DATA, ICON_SIZES, MIME_ICON


def render(name: str, size: int) -> QImage:
    """One icon as a transparent `size`×`size` image."""
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
