"""The projector's wall is legible from the back row (issue 11): on a 1920×1080 wall the demo
workshop's busiest canvas, in presentation mode where the whole board would be too small,
shows card titles whose capitals are at least 24 px tall, measured in the rendered picture;
`coi-desktop render` writes those pictures without a window."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from coi_desktop.models import Workshop
from coi_desktop.services.demo import build_demo
from coi_desktop.storage import create_workshop_file
from coi_desktop.views.canvas.render import render_wall

PROBE = "HEIT HEIT"  # capitals without descenders: the ink's height is the cap height


def _busiest(workshop: Workshop) -> str:
    return max(workshop.canvases.ordered(), key=lambda c: len(workshop.cards.on(c.id))).id


def _probe_workshop() -> tuple[Workshop, str, str]:
    w = build_demo(language="en")
    canvas = _busiest(w)
    card = next(c for c in w.cards.on(canvas) if not c.hidden)
    w.cards.update(card.id, title=PROBE)
    return w, canvas, card.id


def _ink_rows(image: QImage, threshold: int = 90) -> list[int]:
    """Rows holding dark title ink (card text is near black on a light card body)."""
    rows = []
    for y in range(image.height()):
        if any(image.pixelColor(x, y).lightness() < threshold
               for x in range(0, image.width(), 2)):
            rows.append(y)
    return rows


def _cap_height(path: Path, card_rect: tuple[int, int, int, int], band_share: float) -> int:
    """The height of the first run of dark rows inside the card's body (its title's caps)."""
    x, y, w, h = card_rect
    band = round(h * band_share) + 3  # the coloured band with the kind's name: not the title
    inset = round(w * 0.03)  # clear of the card's rounded edge
    image = QImage(str(path)).copy(x + inset, y + band, w - 2 * inset, h - band - inset)
    rows = _ink_rows(image)
    assert rows, "no title ink found"
    run = 1
    for a, b in itertools.pairwise(rows):
        if b != a + 1:
            break
        run += 1
    return run


def test_busiest_demo_canvas_has_titles_24px_tall(qapp, tmp_path: Path) -> None:
    w, canvas, probe = _probe_workshop()
    out = tmp_path / "wall.png"
    written = render_wall(w, canvas, QSize(1920, 1080), out)
    assert written[0] == out and all(p.exists() for p in written)
    assert QImage(str(out)).size() == QSize(1920, 1080)
    # find the probe card on its slide: render again, keeping the wall to ask where it is
    from PySide6.QtGui import QUndoStack

    from coi_desktop.views.canvas.wall import Wall

    wall = Wall(w, QUndoStack())
    wall.resize(1920, 1080)
    wall.show_canvas(canvas)
    wall.show()
    qapp.processEvents()
    wall.fit()
    if not wall.legible():
        wall.set_mode("zones")
    while wall.mode and probe not in wall.slides.items_:
        assert wall.step(1), "the probe card is on no slide"
    qapp.processEvents()
    wall.fit()
    shot = tmp_path / "probe.png"
    assert wall.grab().toImage().save(str(shot))
    source = wall.slides if wall.mode else wall.view
    item = wall.slides.items_[probe] if wall.mode else wall.view.scene().card_item(probe)
    rect = source.mapFromScene(item.scene_card_rect()).boundingRect()
    origin = source.mapTo(wall, rect.topLeft())
    share = item.style.band_height / item.card.height
    cap = _cap_height(shot, (origin.x(), origin.y(), rect.width(), rect.height()), share)
    assert cap >= 24, f"title capitals are {cap} px tall on the wall"
    assert wall.legible()
    wall.close()


def test_the_measure_can_fail(qapp, tmp_path: Path) -> None:
    """The whole busiest board on one 1920×1080 wall is too small to read (today's
    projector), and the same measurement says so."""
    from PySide6.QtGui import QUndoStack

    from coi_desktop.views.canvas.wall import Wall

    w, canvas, probe = _probe_workshop()
    wall = Wall(w, QUndoStack())
    wall.resize(1920, 1080)
    wall.show_canvas(canvas)
    wall.show()
    qapp.processEvents()
    wall.fit()
    assert not wall.legible()
    shot = tmp_path / "board.png"
    assert wall.grab().toImage().save(str(shot))
    view = wall.view
    item = view.scene().card_item(probe)
    rect = view.mapFromScene(item.scene_card_rect()).boundingRect()
    origin = view.mapTo(wall, rect.topLeft())
    share = item.style.band_height / item.card.height
    assert _cap_height(shot, (origin.x(), origin.y(), rect.width(), rect.height()), share) < 24
    wall.close()


def test_render_command_writes_slides(tmp_path: Path) -> None:
    w = build_demo(language="en")
    path = tmp_path / "demo.coi"
    create_workshop_file(path, w)
    name = w.canvases.require(_busiest(w)).name
    out = tmp_path / "slides.png"
    done = subprocess.run([sys.executable, "-m", "coi_desktop", "render", str(path),
                           "--canvas", name, "--projector", "--size", "1920x1080",
                           "-o", str(out)], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.split()]
    assert written[0] == out and len(written) > 1  # the board is too big: slides
    assert all(QImage(str(p)).size() == QSize(1920, 1080) for p in written)
    assert done.stderr == ""
    bad = subprocess.run([sys.executable, "-m", "coi_desktop", "render", str(path),
                          "--size", "huge", "-o", str(out)], capture_output=True, text=True,
                         timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert bad.returncode == 2 and "WIDTHxHEIGHT" in bad.stderr and "Traceback" not in bad.stderr


def test_crowded_slides_keep_short_titles_whole(qapp) -> None:
    """Every demo slide, Danish, on a 1920×1080 wall: a title of up to 45 characters shows
    whole. On cards as low as the canvas's, the slide's larger type cut "Invitér fem
    leverandører til dialogmøde" to "Invitér fem le…" on the crowded last slide."""
    from PySide6.QtGui import QUndoStack

    from coi_desktop.views.canvas.wall import Wall

    w = build_demo(language="da")
    wall = Wall(w, QUndoStack())
    try:
        wall.resize(1920, 1080)
        wall.show()
        cut: list[str] = []
        for canvas in w.canvases.ordered():
            wall.show_canvas(canvas.id)
            wall.set_mode("zones")
            for n in range(len(wall.slides.slides)):
                if n:
                    wall.step(1)
                for item in wall.slides.items_.values():
                    lines = [st.text() for st in item._layout()[2]]
                    if len(item.card.title) <= 45 and lines and lines[-1].endswith("…"):
                        cut.append(" / ".join(lines))
        assert not cut, cut
    finally:
        wall.close()
