"""PNG and SVG pictures of a canvas, rendered from the real canvas scene.

A fresh presentation scene (hidden cards, notes and contributor names stay out) is built
for the canvas and rendered over the board plus every card, into a QImage or a
QSvgGenerator. The file is written to a temporary file and renamed into place. Used by the
File → Export menu and, lazily, by `coi-desktop export --png/--svg`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from coi_desktop.models import Workshop
from coi_desktop.services.report.base import ExportError, write_atomically

MAX_PIXELS = 8000  # longest side of a PNG
MARGIN = 140.0
_app: Any = None


#: Characters XML 1.0 does not allow (tab, newline and carriage return are allowed).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

def ensure_app() -> Any:
    """A QApplication for scene rendering (the CLI has none)."""
    global _app
    app = QApplication.instance()
    if app is None:
        _app = app = QApplication(["coi-desktop"])
    return app


def picture_rect(workshop: Workshop, canvas_id: str) -> QRectF:
    """The board plus every card and group, with a margin for axis captions."""
    layout = workshop.canvases.layout(canvas_id)
    rect = QRectF(0, 0, layout.width, layout.height)
    for card in workshop.cards.on(canvas_id):
        rect = rect.united(QRectF(card.x, card.y, card.width, card.height))
    for group in workshop.groups.on(canvas_id):
        rect = rect.united(QRectF(group.x, group.y, group.width, group.height))
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _scene(workshop: Workshop, canvas_id: str) -> Any:
    from coi_desktop.services.privacy import public_copy
    from coi_desktop.views.canvas.scene import CanvasScene

    workshop.canvases.require(canvas_id)
    # What every output shows (services/privacy.py): a name or e-mail of a participant who
    # did not consent, typed into a title, description, link label or group title, is
    # replaced by their public label, as in the report; the picture showed it as typed.
    scene = CanvasScene(public_copy(workshop), canvas_id, presentation=True)
    scene.clearSelection()
    scene.set_caching(False)  # painted directly: an SVG gets vectors and text, no bitmaps
    return scene


def render_image(workshop: Workshop, canvas_id: str, scale: float = 1.0) -> QImage:
    """The canvas as an image (white background), at most MAX_PIXELS on its longest side."""
    ensure_app()
    scene = _scene(workshop, canvas_id)
    source = picture_rect(workshop, canvas_id)
    scale = min(scale, MAX_PIXELS / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    scene.deleteLater()
    return image


def export_png(workshop: Workshop, canvas_id: str, path: str | os.PathLike[str],
               scale: float = 1.0) -> None:
    image = render_image(workshop, canvas_id, scale)

    def save(tmp: str) -> None:
        saved = image.save(tmp, "PNG")  # type: ignore[call-overload]  # str works at runtime
        if not saved:
            raise ExportError("The picture could not be written.",
                              "Billedet kunne ikke skrives.")

    write_atomically(path, save)


def export_svg(workshop: Workshop, canvas_id: str, path: str | os.PathLike[str]) -> None:
    from PySide6.QtSvg import QSvgGenerator

    ensure_app()
    scene = _scene(workshop, canvas_id)
    source = picture_rect(workshop, canvas_id)

    def save(tmp: str) -> None:
        generator = QSvgGenerator()
        generator.setFileName(tmp)
        generator.setSize(QSize(round(source.width()), round(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(workshop.canvases.require(canvas_id).name)
        generator.setDescription(workshop.info.title)
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError("The picture could not be written.",
                              "Billedet kunne ikke skrives.")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        # Card text is now SVG <text>: QSvgGenerator writes control characters a card may
        # hold (pasted from elsewhere) as they are, which no XML reader accepts.
        raw = Path(tmp).read_text(encoding="utf-8")
        clean = _XML_INVALID.sub("", raw)
        if clean != raw:
            Path(tmp).write_text(clean, encoding="utf-8")

    write_atomically(path, save)
    scene.deleteLater()
