"""The feature modules that add menus, docks and windows to the main window.

`MainWindow` calls each `install(window)` once, after its own menus exist. A feature keeps
to the window's public surface, declared once as the `WindowSurface` protocol in
views/surface.py (workshop, workshop_file, session, undo_stack, read_only, menu(),
add_dock(), push(), show_error(), show_status(), current_canvas_id(), current_view(),
set_current_canvas(), views(), language(), content_language(), canvas_changed,
language_changed), and types its `window` parameter with it rather than importing the window.
"""

from __future__ import annotations

FEATURES = (
    "coi_desktop.views.room",  # participants, voting, agenda, timer, projector
    "coi_desktop.views.findings",  # analysis dock, report and exports/imports
    "coi_desktop.views.consolidation",  # File → Consolidate workshops…
    "coi_desktop.views.library",  # Library dock, suggestions while typing, seeding
    "coi_desktop.desktop.guide",  # Help → User guide
    "coi_desktop.views.devices",  # Room → Invite participants… (phones join over the network)
)
