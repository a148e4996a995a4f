"""Benchmark: the workshop PDF report next to a plain reportlab document of the same text.

For a 200- and a 3,000-card demo workshop, builds the full report (`export_report`) and, in
the same run, a baseline: a SimpleDocTemplate with one escaped Paragraph per card title and
description in the same embedded font. Prints JSON with seconds, pages and the ratio
report/baseline (the figure to watch; absolute times vary with the machine's load).

    .venv/bin/python benchmarks/report.py [--sizes 200 3000]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coi_desktop.services.demo import build_demo
from coi_desktop.services.report.base import esc, register_fonts
from coi_desktop.services.report.workshop import export_report


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type /Page\b", path.read_bytes()))


def baseline(workshop: object, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    regular, bold = register_fonts()
    title = ParagraphStyle("t", fontName=bold, fontSize=10.5, leading=13.5)
    body = ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=13)
    story = []
    for card in workshop.cards.values():  # type: ignore[attr-defined]
        story.append(Paragraph(esc(card.title), title))
        if card.description:
            story.append(Paragraph(esc(card.description), body))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def measure(cards: int, folder: Path) -> dict[str, object]:
    workshop = build_demo(cards=cards, seed=0)
    report, plain = folder / f"report-{cards}.pdf", folder / f"plain-{cards}.pdf"
    start = time.perf_counter()
    baseline(workshop, plain)
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    export_report(workshop, report)
    report_s = time.perf_counter() - start
    return {"cards": len(workshop.cards), "links": len(workshop.links),
            "report_s": round(report_s, 3), "report_pages": pages(report),
            "baseline_s": round(base_s, 3), "baseline_pages": pages(plain),
            "ratio": round(report_s / base_s, 2),
            # The report holds far more than the card texts (canvases, tables, findings):
            # seconds per page compares the layout work itself.
            "ratio_per_page": round((report_s / pages(report)) / (base_s / pages(plain)), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 3000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = [measure(n, Path(tmp)) for n in args.sizes]
    print(json.dumps({"benchmark": "report", "results": results}, indent=2))


if __name__ == "__main__":
    main()
