"""Canvas drawing benchmark: our CanvasView against a naive scene, same board, same run.

For each card count N the script builds one canvas with N cards in a grid (texts from the demo
generator when it is there) and a link between every fourth pair of neighbours, then measures
for our `CanvasView` and for a naive baseline (one `QGraphicsRectItem` + `QGraphicsTextItem`
per card, no level of detail):

- build_ms: constructing the scene with all items;
- first_frame_ms: opening (build, fit the board in the view, paint the first frame);
- pan_ms: median time of a painted frame while panning at 100 % zoom;
- fit_ms: median time of a painted frame with the whole board in view.

Frames are painted offscreen and deterministically with `viewport().grab()`. Prints JSON
(`--json`) or a table; ratios are ours / baseline (below 1 is faster).

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas.py --cards 2000 --json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
)

from coi_desktop.models import Card, Link, Workshop, new_id
from coi_desktop.models.taxonomy import is_directed

VIEW_W, VIEW_H = 1280, 800
KINDS = ("actor", "barrier", "opportunity", "action", "note")


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


def build_workshop(n: int) -> Workshop:
    w = Workshop.new("Benchmark", language="en", template="blank")
    canvas = w.canvases.ordered()[0].id
    cols = max(1, math.ceil(math.sqrt(n * 1.6)))
    cards = []
    for i, (title, desc) in enumerate(_texts(n)):
        row, col = divmod(i, cols)
        cards.append(Card(new_id(), canvas, KINDS[i % len(KINDS)], title, desc,
                          x=col * 220.0, y=row * 140.0))
    w.cards.add(cards)
    links = [Link(new_id(), canvas, cards[i].id, cards[i + 1].id, "causes", "",
                  is_directed("causes")) for i in range(0, n - 1, 4) if (i + 1) % cols]
    w.links.add(links)
    return w


class NaiveView(QGraphicsView):
    """The baseline: a rect item and a text item per card, a line per link, no LOD."""

    def __init__(self, w: Workshop, canvas_id: str) -> None:
        super().__init__()
        scene = QGraphicsScene(self)
        self._scene = scene
        for c in w.cards.on(canvas_id):
            rect = QGraphicsRectItem(0, 0, c.width, c.height)
            rect.setPos(c.x, c.y)
            rect.setBrush(QBrush(QColor("#FFF3C4")))
            rect.setPen(QPen(QColor("#777777")))
            text = QGraphicsTextItem(c.title + "\n" + c.description, rect)
            text.setTextWidth(c.width - 8)
            text.setPos(4, 4)
            scene.addItem(rect)
        for link in w.links.on(canvas_id):
            a, b = w.cards.require(link.source_id), w.cards.require(link.target_id)
            scene.addLine(a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2,
                          b.y + b.height / 2, QPen(QColor("#555555"), 2))
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)

    def fit_all(self) -> None:
        self.fitInView(self._scene.itemsBoundingRect())


def _frame(view: QGraphicsView) -> float:
    t = time.perf_counter()
    view.viewport().grab()
    return (time.perf_counter() - t) * 1000


def measure(make, frames: int) -> dict[str, float]:
    t0 = time.perf_counter()
    view = make()
    build = (time.perf_counter() - t0) * 1000
    view.resize(VIEW_W, VIEW_H)
    view.show()
    view.fit_all()
    view.viewport().grab()
    first = (time.perf_counter() - t0) * 1000
    fit = [_frame(view) for _ in range(max(3, frames // 3))]
    view.resetTransform()
    view.centerOn(QRectF(0, 0, VIEW_W, VIEW_H).center())
    bar = view.horizontalScrollBar()
    pan = []
    for i in range(frames):
        bar.setValue(bar.value() + (37 if i % 40 < 20 else -37))
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 11)
        pan.append(_frame(view))
    view.close()
    view.deleteLater()
    return {"build_ms": round(build, 1), "first_frame_ms": round(first, 1),
            "pan_ms": round(statistics.median(pan), 2), "fit_ms": round(statistics.median(fit), 2)}


def run(n: int, frames: int) -> dict[str, object]:
    from coi_desktop.views.canvas import CanvasView

    w = build_workshop(n)
    canvas = w.canvases.ordered()[0].id
    stack = QUndoStack()
    ours = measure(lambda: CanvasView(w, canvas, stack), frames)
    QApplication.processEvents()
    base = measure(lambda: NaiveView(w, canvas), frames)
    QApplication.processEvents()
    ratio = {k: round(ours[k] / base[k], 3) if base[k] else None for k in ours}
    return {"cards": n, "links": len(w.links), "ours": ours, "baseline": base,
            "ratio": ratio,
            "targets": {"fit_ratio_at_most_0.25": ratio["fit_ms"] is not None
                        and ratio["fit_ms"] <= 0.25 if n == 2000 else None,
                        "pan_under_16ms": ours["pan_ms"] < 16 if n == 10000 else None}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, action="append",
                        help="number of cards (repeatable; default 500, 2000, 10000)")
    parser.add_argument("--frames", type=int, default=30, help="frames per measurement")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = [run(n, args.frames) for n in (args.cards or [500, 2000, 10000])]
    if args.json:
        print(json.dumps({"benchmark": "canvas", "view": [VIEW_W, VIEW_H],
                          "results": results}, indent=2))
    else:
        for r in results:
            print(f"{r['cards']:>6} cards  ours {r['ours']}  baseline {r['baseline']}  "
                  f"ratio {r['ratio']}")
    del app


if __name__ == "__main__":
    main()
