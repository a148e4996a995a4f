"""SVG export is true vectors: card titles are <text>, no card is an embedded bitmap; PNG
export at 2× has twice the pixels of 1×."""

from __future__ import annotations

import re
from pathlib import Path

from coi_desktop.models import Workshop
from coi_desktop.views.findings.picture import export_svg, render_image

from .conftest import add, first_canvas


def _board(qapp) -> Workshop:
    w = Workshop.new("Vectors", language="en", template="barrier_board")
    for i, title in enumerate(("Tender rules too rigid", "No budget after the pilot",
                               "Data sharing unclear")):
        add(w, "barrier", title, x=60 + 240 * i, y=200)
    add(w, "actor", "Municipality of Aarhus", x=60, y=500)
    w.links.add([w.links.new(*sorted(w.cards)[:2])])
    return w


def test_svg_has_text_and_no_image(qapp, tmp_path: Path) -> None:
    w = _board(qapp)
    out = tmp_path / "board.svg"
    export_svg(w, first_canvas(w), out)
    svg = out.read_text(encoding="utf-8")
    assert "<image" not in svg
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)", svg))
    for word in ("Tender", "budget", "sharing", "Aarhus"):
        assert word in texts


def test_png_scale_doubles_the_pixels(qapp) -> None:
    w = _board(qapp)
    one = render_image(w, first_canvas(w), 1.0)
    two = render_image(w, first_canvas(w), 2.0)
    assert abs(two.width() - 2 * one.width()) <= 1
    assert abs(two.height() - 2 * one.height()) <= 1
