"""Where the GUI keeps its own files, and which dropped files are workshops.

`data_dir()` is the user data folder (snapshots per workshop file, the demo workshop);
`coi_paths(event)` lists the local .coi files of a drag-and-drop. Kept apart from
`application` so dialogs and windows can use them without importing the application shell.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QDragEnterEvent, QDropEvent


def data_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(found) if found else Path.home() / ".coi-desktop"


def snapshot_dir(path: Path) -> Path:
    """Where snapshots of one workshop file go (in the user data folder)."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "snapshots" / f"{path.stem}-{digest}"


def coi_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """Local .coi files among the dragged URLs."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(".coi")]
