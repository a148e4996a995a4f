"""Which address the room server binds to by default: the laptop's own on the current network.

The facilitator may choose another interface (the dialog lists them); tests and benchmarks use
loopback. Finding the default address opens a UDP socket towards a documentation-only address
(TEST-NET-1) to ask the operating system which local address it would route from: `connect`
on a UDP socket sends nothing.
"""

from __future__ import annotations

import contextlib
import socket

LOOPBACK = "127.0.0.1"


def default_address() -> str:
    """The laptop's address on the current network, or loopback when there is none."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))
        address = s.getsockname()[0]
        if address and not address.startswith("0."):
            return str(address)
    return LOOPBACK
