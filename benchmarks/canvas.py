"""Canvas drawing benchmark: our CanvasView against a naive scene, same board, same run.

For each card count N the script builds one canvas with N cards in a grid (texts from the demo
generator when it is there) and a link between every fourth pair of neighbours (the relation
the registry gives their kinds, "causes" where allowed), then measures our `CanvasView` and a
naive baseline (one `QGraphicsRectItem` + `QGraphicsTextItem` per card,
no level of detail, no cache), each in its own fresh process:

- build_ms: constructing the view with all items (its modules imported before the clock, on
  both sides, as the naive side's classes are: imports are timed by startup.py; and, on both
  sides, PySide6's one-time set-up of a process, below);
- first_frame_ms: opening (build, fit the board in the view, paint the first frame);
- fit_ms: median frame with the whole board in view;
- pan_ms / pan_p95_ms: frames while panning a little back and forth at 100 % (seen area);
- pan_unseen_p95_ms: frames jumping a whole view at 100 %, each onto cards never painted;
- zoom_cold_p95_ms: one zoom step at 100 % after the pixmap cache was emptied;
- first_drag_ms: press, move and paint on a card of a freshly opened view;
- text_pixels: dark pixels of a 100 % frame of the board's corner (card text);
- projector_open_ms (2,000 cards): the room's projector opened from a main window on the
  file, to its first frame, against the naive view opened in a new window.

Honesty check: the naive baseline keeps a Python reference to each text item (PySide6 may
otherwise collect it and the baseline paints empty cards); its `text_pixels` must be at least
a third of ours, or the run fails. Frames are painted offscreen with `viewport().grab()`.
Ratios are ours / baseline (below 1 is faster). Prints JSON.

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas.py --cards 2000
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import child_main, percentile, ratio, run_child

VIEW_W, VIEW_H = 1280, 800
KINDS = ("actor", "barrier", "opportunity", "action", "note")
DARK = 70  # grey level below which a pixel counts as text (card borders are lighter)


def _texts(n: int) -> list[tuple[str, str]]:
    """(title, description) pairs: from the demo generator if present, else synthetic."""
    try:
        from coi_desktop.services.demo import build_demo

        demo = build_demo(cards=n, language="en")
        texts = [(c.title, c.description) for c in demo.cards.values()]
    except Exception:  # the demo is optional for this benchmark
        texts = []
    while len(texts) < n:
        i = len(texts)
        texts.append((f"Card {i}: no budget planned beyond the pilot phase",
                      "Benefit realisation is unclear and the business case was never made."))
    return texts[:n]


def _relation(source_kind: str, target_kind: str) -> str:
    """"causes" where the registry allows it, else the default for the two kinds."""
    try:
        from coi_desktop.models.registry import REGISTRY
    except ImportError:  # code from before the registry: every relation joins anything
        return "causes"
    if REGISTRY.allows("causes", source_kind, target_kind):
        return "causes"
    return REGISTRY.default_relation(source_kind, target_kind)


def build_workshop(n: int) -> Any:
    from coi_desktop.models import Card, Link, Workshop, new_id
    from coi_desktop.models.taxonomy import is_directed

    w = Workshop.new("Benchmark", language="en", template="blank")
    canvas = w.canvases.ordered()[0].id
    cols = max(1, math.ceil(math.sqrt(n * 1.6)))
    cards = []
    for i, (title, desc) in enumerate(_texts(n)):
        row, col = divmod(i, cols)
        cards.append(Card(new_id(), canvas, KINDS[i % len(KINDS)], title, desc,
                          x=col * 220.0, y=row * 140.0))
    w.cards.add(cards)
    links = []
    for i in range(0, n - 1, 4):
        if (i + 1) % cols:
            # The relation a user's line between these kinds gets: the registry refuses
            # relations its kinds do not take ("causes" is barrier to barrier only)
            relation = _relation(cards[i].kind, cards[i + 1].kind)
            links.append(Link(new_id(), canvas, cards[i].id, cards[i + 1].id, relation, "",
                              is_directed(relation)))
    w.links.add(links)
    return w


def naive_view(w: Any, canvas_id: str) -> Any:
    """The baseline: a rect item and a text item per card, a line per link, no LOD."""
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import (
        QGraphicsItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsTextItem,
        QGraphicsView,
    )

    class NaiveView(QGraphicsView):
        def __init__(self) -> None:
            super().__init__()
            scene = QGraphicsScene(self)
            self._scene = scene
            # Python references to every item: without them PySide6 may collect the text
            # children and the baseline would paint empty cards (and look faster).
            self.items_kept: list[Any] = []
            brush, pen = QBrush(QColor("#FFF3C4")), QPen(QColor("#777777"))
            for c in w.cards.on(canvas_id):
                rect = QGraphicsRectItem(0, 0, c.width, c.height)
                rect.setPos(c.x, c.y)
                rect.setBrush(brush)
                rect.setPen(pen)
                rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
                text = QGraphicsTextItem(c.title + "\n" + c.description, rect)
                text.setTextWidth(c.width - 8)
                text.setPos(4, 4)
                scene.addItem(rect)
                self.items_kept += (rect, text)
            line_pen = QPen(QColor("#555555"), 2)
            for link in w.links.on(canvas_id):
                a, b = w.cards.require(link.source_id), w.cards.require(link.target_id)
                self.items_kept.append(scene.addLine(
                    a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2,
                    b.y + b.height / 2, line_pen))
            self.setScene(scene)
            self.setRenderHints(QPainter.RenderHint.Antialiasing
                                | QPainter.RenderHint.TextAntialiasing)

        def fit_all(self) -> None:
            self.fitInView(self._scene.itemsBoundingRect())

    return NaiveView()


def _frame(view: Any) -> float:
    t = time.perf_counter()
    view.viewport().grab()
    return (time.perf_counter() - t) * 1000


def _dark_pixels(view: Any) -> int:
    from PySide6.QtGui import QImage

    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    table = bytes(1 if v < DARK else 0 for v in range(256))
    return data.translate(table).count(1)


def _open(view: Any) -> None:
    """Show `view` at the benchmark's size, the whole board in view, and paint a frame."""
    view.resize(VIEW_W, VIEW_H)
    view.show()
    view.fit_all()
    view.viewport().grab()


def _at_100(view: Any, x: float, y: float) -> None:
    view.resetTransform()
    view.centerOn(x, y)


def measure(which: str, cards: int, frames: int) -> dict[str, Any]:
    """One side (`ours` or `naive`) in this process."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QPixmapCache, QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = build_workshop(cards)
    canvas = w.canvases.ordered()[0].id
    stack = QUndoStack()
    # Our view's modules are imported before the clock, as the naive side's PySide6 classes
    # are: importing is start-up's concern (benchmarks/startup.py times it), not building.
    # PySide6's first `viewport()` call in a process makes the Python types of every QtWidgets
    # class and their enums (≈ 8 ms, once per process, whoever calls it). Our view calls it
    # while it is built, the naive one only when it paints: without this the cost lands in
    # our build and in the naive first frame. Paid here by both, before the clock.
    from PySide6.QtWidgets import QGraphicsView

    QGraphicsView().viewport()
    make: Any = naive_view
    if which == "ours":
        from coi_desktop.views.canvas import CanvasView

        def make(w: Any, canvas: str) -> Any:
            return CanvasView(w, canvas, stack)

    t0 = time.perf_counter()
    view = make(w, canvas)
    build = (time.perf_counter() - t0) * 1000
    _open(view)
    first = (time.perf_counter() - t0) * 1000
    app.processEvents()
    # First drag on the freshly opened view: at 100 %, press on a card, move, paint.
    first_card = min(w.cards.on(canvas), key=lambda c: (c.y, c.x))
    _at_100(view, VIEW_W / 2, VIEW_H / 2)
    view.viewport().grab()
    start = view.mapFromScene(QPointF(first_card.x + first_card.width / 2,
                                      first_card.y + first_card.height / 2))
    t = time.perf_counter()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), start)
    QTest.mouseMove(view.viewport(), start + QPoint(30, 20))
    QTest.mouseMove(view.viewport(), start + QPoint(60, 40))
    view.viewport().grab()
    drag = (time.perf_counter() - t) * 1000
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0),
                       start + QPoint(60, 40))
    stack.clear()
    app.processEvents()
    view.fit_all()
    fit = [_frame(view) for _ in range(max(3, frames // 3))]
    _at_100(view, VIEW_W / 2, VIEW_H / 2)
    text_pixels = _dark_pixels(view)
    bar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    pan = []
    for i in range(frames):
        bar.setValue(bar.value() + (37 if i % 40 < 20 else -37))
        vbar.setValue(vbar.value() + 11)
        pan.append(_frame(view))
    # Pan to unseen areas: jump a whole view each frame across the board.
    unseen = []
    _at_100(view, VIEW_W / 2, VIEW_H / 2)
    for _ in range(frames):
        bar.setValue(bar.value() + VIEW_W)
        if bar.value() >= bar.maximum():
            bar.setValue(bar.minimum())
            vbar.setValue(vbar.value() + VIEW_H)
        unseen.append(_frame(view))
    # Zoom steps at 100 % with an empty pixmap cache (what a first zoom costs).
    zoom = []
    _at_100(view, VIEW_W * 2, VIEW_H * 2)
    view.viewport().grab()
    for i in range(frames):
        QPixmapCache.clear()
        factor = 1.15 if i % 2 == 0 else 1 / 1.15
        t = time.perf_counter()
        view.scale(factor, factor)
        view.viewport().grab()
        zoom.append((time.perf_counter() - t) * 1000)
    view.close()
    return {"which": which, "cards": cards, "links": len(w.links),
            "build_ms": round(build, 1), "first_frame_ms": round(first, 1),
            "fit_ms": round(statistics.median(fit), 2),
            "pan_ms": round(statistics.median(pan), 2),
            "pan_p95_ms": round(percentile(pan, 95), 2),
            "pan_unseen_p95_ms": round(percentile(unseen, 95), 2),
            "zoom_cold_p95_ms": round(percentile(zoom, 95), 2),
            "first_drag_ms": round(drag, 1), "text_pixels": text_pixels}


def projector(which: str, cards: int, folder: str) -> dict[str, Any]:
    """Projector open on a `cards`-card canvas: ours through the room menu's own path
    (a main window on the file, then `room.open_projector()` to its first painted frame);
    the baseline opens the naive view of the same cards in a new window."""
    from PySide6.QtWidgets import QApplication

    from coi_desktop.storage import create_workshop_file, open_workshop

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(folder) / f"projector-{cards}.coi"
    if not path.exists():
        create_workshop_file(path, build_workshop(cards))
    workshop_file = open_workshop(path, readonly=True)
    if which == "ours":
        from coi_desktop.views.application import shell
        from coi_desktop.views.main_window import MainWindow

        s = shell()
        s.show_welcome_when_empty = False
        window = MainWindow(workshop_file, shell=s)
        s.windows.append(window)
        window.show()
        window.grab()
        app.processEvents()
        t = time.perf_counter()
        shown = window.room.open_projector()  # type: ignore[attr-defined]  # a feature adds .room
        shown.view.viewport().grab()
        opened = (time.perf_counter() - t) * 1000
        shown.close()
        s.quit()
    else:
        canvas = workshop_file.workshop.canvases.ordered()[0].id
        t = time.perf_counter()
        view = naive_view(workshop_file.workshop, canvas)
        _open(view)
        opened = (time.perf_counter() - t) * 1000
        view.close()
    return {"which": which, "cards": cards, "projector_open_ms": round(opened, 1)}


def run_projector(n: int, folder: str) -> dict[str, Any]:
    ours = run_child(__file__, "projector", {"which": "ours", "cards": n, "folder": folder},
                     env={"HOME": folder, "XDG_CONFIG_HOME": f"{folder}/config"})
    base = run_child(__file__, "projector", {"which": "naive", "cards": n, "folder": folder})
    return {"cards": n, "ours": ours, "baseline": base,
            "ratio": ratio(ours["projector_open_ms"], base["projector_open_ms"], 3),
            "goal_at_most_50ms": ours["projector_open_ms"] <= 50}


def run(n: int, frames: int) -> dict[str, Any]:
    ours = run_child(__file__, "measure", {"which": "ours", "cards": n, "frames": frames})
    base = run_child(__file__, "measure", {"which": "naive", "cards": n, "frames": frames})
    keys = [k for k in ours if k.endswith("_ms") or k == "peak_rss_mib"]
    shows_text = base["text_pixels"] >= max(1000, ours["text_pixels"] / 3)
    if not shows_text:
        raise SystemExit(f"the naive baseline paints no text ({base['text_pixels']} dark "
                         f"pixels against ours {ours['text_pixels']}): not an honest baseline")
    return {"cards": n, "ours": ours, "baseline": base,
            "ratio": {k: ratio(ours[k], base[k], 3) for k in keys},
            "baseline_shows_text": shows_text,
            "goals": {
                "pan_unseen_p95_at_most_16ms": ours["pan_unseen_p95_ms"] <= 16
                if n >= 10000 else None,
                "zoom_cold_p95_at_most_8ms": ours["zoom_cold_p95_ms"] <= 8,
                "first_drag_at_most_30ms": ours["first_drag_ms"] <= 30
                if n == 2000 else None}}


def main() -> None:
    if child_main({"measure": measure, "projector": projector}):
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, action="append",
                        help="number of cards (repeatable; default 500, 2000, 10000)")
    parser.add_argument("--frames", type=int, default=30, help="frames per measurement")
    parser.add_argument("--projector-cards", type=int, default=2000)
    args = parser.parse_args()
    results = [run(n, args.frames) for n in (args.cards or [500, 2000, 10000])]
    for r in results:
        print(f"{r['cards']:>6} cards: ratio {r['ratio']}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        shown = run_projector(args.projector_cards, tmp)
    print(json.dumps({"benchmark": "canvas", "view": [VIEW_W, VIEW_H],
                      "before_the_clock": "imports of each side's modules and PySide6's "
                      "first viewport() of the process (it makes every QtWidgets type, "
                      "≈ 8 ms), on both sides",
                      "results": results,
                      "projector": shown}, indent=2))


if __name__ == "__main__":
    main()
