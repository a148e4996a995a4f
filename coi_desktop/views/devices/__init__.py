"""Phones and laptops in the room as participants' devices: the window's side of issue 15.

`install(window)` adds "Invite participants…" (Room menu and toolbar) and the "Phones" dock;
`session.DeviceSession` runs the room server for a workshop (also used by `coi-desktop serve`);
`qr_widget` paints the join QR code for the dock and the projector.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> Any:
    from .controller import DevicesController

    controller = DevicesController(window)
    window.devices = controller
    return controller
