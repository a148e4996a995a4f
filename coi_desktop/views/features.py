"""The feature modules that add menus, docks and windows to the main window.

`MainWindow` calls each `install(window)` once, after its own menus exist. A feature keeps
to the window's public surface (see docs/architecture.md: workshop, undo_stack, menu(),
add_dock(), current_canvas_id(), current_view(), canvas_changed, language_changed, show_error).
"""

from __future__ import annotations

FEATURES = (
    "coi_desktop.views.room",  # participants, voting, agenda, timer, projector
    "coi_desktop.views.findings",  # analysis dock, report and exports/imports
    "coi_desktop.views.consolidation",  # File → Consolidate workshops…
    "coi_desktop.desktop.guide",  # Help → User guide
    "coi_desktop.views.devices",  # Room → Invite participants… (phones join over the network)
)
