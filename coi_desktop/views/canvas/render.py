"""Pictures of what a canvas or the projector shows, made without opening a window.

`render_wall` lays a `Wall` (wall.py) out at the projector's size, offscreen, and grabs it:
the whole canvas when its titles are legible from the back row at that size, otherwise (or
when a zone is asked for) its presentation slides, one picture each. `render_canvas` is the
facilitator's view of the whole board at a given size. Both write PNG files through a
temporary file, so a failed write leaves nothing half-written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QApplication

from coi_desktop.models import CoiError, Workshop
from coi_desktop.services.report.base import write_atomically

from .board import zone_label
from .slides import zone_slides
from .view import CanvasView
from .wall import Wall


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(image: QImage, path: Path) -> None:
    def save(tmp: str) -> None:
        if not image.save(tmp, "PNG"):  # type: ignore[call-overload]  # str works at runtime
            raise CoiError("The picture could not be written.", "Billedet kunne ikke skrives.")

    write_atomically(path, save)


def numbered(path: Path, n: int) -> Path:
    """`path` for the first picture, `name-2.png`, `name-3.png` … for the next ones."""
    return path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")


def render_wall(workshop: Workshop, canvas_id: str, size: QSize, out: Path,
                zone: str | None = None, slides: bool | None = None) -> list[Path]:
    """Picture(s) of the projector's wall; `slides` None: slides only when needed."""
    wall = Wall(workshop, QUndoStack())
    try:
        wall.resize(size)
        wall.show_canvas(canvas_id)
        wall.show()
        _settle()
        wall.fit()
        if zone is not None or slides or (slides is None and not wall.legible()):
            wall.set_mode("zones")
            _settle()
            if zone is not None:
                _go_to_zone(wall, workshop, canvas_id, zone)
        written: list[Path] = []
        count = len(wall.slides.slides) if wall.mode and zone is None else 1
        for n in range(1, count + 1):
            if n > 1:
                wall.step(1)
            _settle()
            wall.fit()
            path = numbered(out, n)
            _save(wall.grab().toImage(), path)
            written.append(path)
        return written
    finally:
        wall.close()
        wall.deleteLater()


def _go_to_zone(wall: Wall, workshop: Workshop, canvas_id: str, zone: str) -> None:
    layout = workshop.canvases.layout(canvas_id)
    names = {z.key: zone_label(workshop, layout, z) for z in layout.zones}
    wanted = next((k for k, label in names.items()
                   if zone in (k, label) or label.casefold() == zone.casefold()), None)
    if wanted is None:
        listed = ", ".join(names.values()) or "-"
        raise CoiError(f"No zone named \u201c{zone}\u201d (there are: {listed}).",
                       f"Ingen zone hedder \u201c{zone}\u201d (der er: {listed}).")
    title = names[wanted]
    for index, slide in enumerate(zone_slides(workshop, canvas_id)):
        if slide.title == title or slide.title.startswith(f"{title} ("):
            wall.slides.show_slide(index)
            wall.update_title()
            return
    raise CoiError(f"The zone \u201c{title}\u201d has no cards to show.",
                   f"Zonen \u201c{title}\u201d har ingen kort at vise.")


def render_canvas(workshop: Workshop, canvas_id: str, size: QSize, out: Path) -> list[Path]:
    """The whole canvas as the facilitator sees it, fitted into `size`."""
    view = CanvasView(workshop, canvas_id, QUndoStack())
    try:
        view.resize(size)
        view.show()
        _settle()
        view.fit_all()
        _settle()
        _save(view.grab().toImage(), out)
        return [out]
    finally:
        view.close()
        view.deleteLater()
