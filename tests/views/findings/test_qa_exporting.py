"""QA finding in the export dialogs, a test that would have caught it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.views.conftest import make_file


def test_picture_export_suggests_the_canvas_name(open_window: Any, tmp_path: Path) -> None:
    """A PNG of the third canvas was offered as 'demo.png', saying nothing of which canvas."""
    window = open_window(make_file(tmp_path, "demo.coi", cards=1))
    window.canvases.add_canvas("blank", "Muligheder: effekt/indsats")
    exporter = window.exporter
    assert exporter.suggested_name("png") == "demo - Muligheder effekt indsats.png"
    assert exporter.suggested_name("svg").endswith(" effekt indsats.svg")
    assert exporter.suggested_name("pdf") == "demo.pdf"  # the report is of the whole workshop
    assert exporter.suggested_name("json") == "demo.json"
