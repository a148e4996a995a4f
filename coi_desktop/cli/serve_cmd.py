"""`coi-desktop serve FILE --canvas NAME`: the room server on a laptop without a window.

A QCoreApplication runs the Qt event loop for the store, the undo stack and the queued hand-over
from the server thread (the same `DeviceSession` the window uses). It prints the address and
join code, serves until Ctrl+C (or SIGTERM), then stops the server and closes the file cleanly.
"""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Any

from . import EXIT_USAGE


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="let phones in the room add cards and dots (no window)")
    p.add_argument("file", help="the workshop file (.coi)")
    p.add_argument("--canvas", required=True, help="name of the canvas phones add to")
    p.add_argument("--host", default="", help="address to listen on (default: this "
                   "computer's address on the current network)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0: any free)")
    p.add_argument("--kinds", default="barrier,opportunity",
                   help="card kinds phones may add, comma-separated ('' for none)")
    p.add_argument("--categories", default="", help="barrier categories phones may choose")
    p.add_argument("--vote", default="", help="title of the voting round phones vote in")
    p.add_argument("--anonymous", action="store_true", help="ask no names, store none")
    p.add_argument("--inbox", action="store_true",
                   help="cards wait in an inbox instead of appearing at once")
    p.set_defaults(func=run)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QUndoStack

    from ..services.room_server import RoundPolicy
    from ..services.room_server.network import default_address
    from ..storage import open_workshop
    from ..views.devices.session import DeviceSession

    wf = open_workshop(args.file)
    try:
        w = wf.workshop
        canvas = next((c for c in w.canvases.values() if c.name == args.canvas), None)
        if canvas is None:
            sys.stderr.write(f"coi-desktop: no canvas named {args.canvas!r} in {args.file}\n")
            return EXIT_USAGE
        round_id = None
        if args.vote:
            found = [r for r in w.voting.ordered(canvas.id) if r.title == args.vote]
            if not found:
                sys.stderr.write(f"coi-desktop: no voting round {args.vote!r} on "
                                 f"{args.canvas!r}\n")
                return EXIT_USAGE
            round_id = found[0].id
        try:
            policy = RoundPolicy(canvas.id, allow_cards=bool(_split(args.kinds)),
                                 kinds=_split(args.kinds), categories=_split(args.categories),
                                 vote_round_id=round_id, anonymous=args.anonymous,
                                 inbox=args.inbox)
        except ValueError as exc:
            sys.stderr.write(f"coi-desktop: {exc}\n")
            return EXIT_USAGE
        app = QCoreApplication.instance() or QCoreApplication([])
        stack = QUndoStack()
        session = DeviceSession(w, stack, policy)
        # Handlers first: a Ctrl+C the moment the address is printed still stops cleanly.
        asked: list[int] = []  # a signal before app.exec() would otherwise be lost

        def quit_(signum: int, _frame: Any) -> None:
            asked.append(signum)
            app.quit()

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, quit_)
        tick = QTimer()  # lets Python run its signal handlers while Qt waits
        tick.timeout.connect(lambda: None)
        tick.start(200)
        try:
            url = session.start(args.host or default_address(), args.port)
            print(f"url {url}", flush=True)
            print(f"code {session.code}", flush=True)
            if not asked:
                app.exec()
        finally:
            session.stop()
        print("stopped", flush=True)
        return 0
    finally:
        wf.close()
