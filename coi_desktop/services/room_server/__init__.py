"""The room server: phones and laptops in the room add cards and dots over the local network.

Qt-free parts only: the round's rules (`policy`), join codes, device tokens, rate limits and
idempotency (`devices`), request validation (`messages`) and the aiohttp server that runs on
a worker thread (`server`). The server never touches the workshop: it hands each accepted
submission to an `Applier` callable (in the app: the Qt bridge in `views/devices`, which runs
it on the GUI thread through the undo stack) and acknowledges only after that returned.
"""

from __future__ import annotations

from .devices import Device, DeviceBook, new_join_code
from .messages import CardSubmission, RequestError, VoteSubmission
from .policy import RoundPolicy, RoundState

__all__ = [
    "CardSubmission", "Device", "DeviceBook", "RequestError", "RoundPolicy", "RoundState",
    "VoteSubmission", "new_join_code",
]
