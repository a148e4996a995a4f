"""Desktop integration: icons, the freedesktop entry and MIME type, the user guide, and one
running app per user that takes over files opened by a second start.

`data/` holds what is installed into the user's XDG folders (integration.py) and what the
bundle carries; `guide/` the user guide in Danish and English (guide.py shows it from Help).
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
GUIDE = Path(__file__).resolve().parent / "guide"

#: Names under which the desktop knows the app and its file type.
APP_ICON = "coi-desktop"
DESKTOP_FILE = "coi-desktop.desktop"
MIME_TYPE = "application/x-coi-workshop"
MIME_ICON = "application-x-coi-workshop"
MIME_FILE = "coi-desktop-mime.xml"

#: The PNG sizes of both icons (the hicolor theme's usual sizes).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
