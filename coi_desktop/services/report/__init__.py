"""PDF reports (reportlab). `base` holds the pieces every report shares; `workshop` the
workshop report. Import submodules directly: reportlab is loaded only when a report is made."""

from __future__ import annotations

from typing import Any


def export_report(*args: Any, **kwargs: Any) -> None:
    """Write the workshop report (see `report.workshop.export_report`)."""
    from .workshop import export_report as _export

    _export(*args, **kwargs)
