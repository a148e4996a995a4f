"""`coi-desktop render FILE --canvas NAME [--projector] [--size 1920x1080] [--zone NAME]
[--theme NAME] -o OUT.png`: what a canvas or the projector shows, as a picture, without a
window (useful to put a board in slides).

With --projector the picture is the room's wall at that size; when the board's titles would
be too small to read there, the wall's presentation slides are written instead, one picture
per zone page (OUT.png, OUT-2.png, …). The file is opened read-only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

from ..models.errors import CoiError
from . import EXIT_OK


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("render", help="render a canvas or the projector's view to PNG",
                       description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--canvas", metavar="NAME", help="the canvas (default: the first)")
    p.add_argument("--projector", action="store_true",
                   help="what the projector shows (slides when the board is too big to read)")
    p.add_argument("--size", default="1920x1080", metavar="WxH",
                   help="picture size in pixels (default 1920x1080)")
    p.add_argument("--zone", metavar="NAME", help="with --projector: only this zone's slide")
    p.add_argument("--theme", default="light", choices=("light", "dark", "high_contrast"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.png")
    p.set_defaults(func=cmd_render)


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match or not (100 <= int(match[1]) <= 8000 and 100 <= int(match[2]) <= 8000):
        raise CoiError(f"A size is WIDTHxHEIGHT between 100 and 8000 pixels, not "
                       f"\u201c{text}\u201d.",
                       f"En størrelse er BREDDExHØJDE mellem 100 og 8000 pixel, ikke "
                       f"\u201c{text}\u201d.")
    return int(match[1]), int(match[2])


def _quiet(kind: Any, _context: Any, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)


def cmd_render(args: argparse.Namespace) -> int:
    from ..storage import read_workshop
    from .export_cmds import find_canvas

    width, height = parse_size(args.size)
    if args.zone and not args.projector:
        raise CoiError("--zone goes with --projector.", "--zone hører sammen med --projector.")
    workshop = read_workshop(args.file)
    canvas_id = find_canvas(workshop, args.canvas) or workshop.canvases.ordered()[0].id
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, qInstallMessageHandler

    from ..views.canvas import palette
    from ..views.canvas.render import render_canvas, render_wall
    from ..views.findings.picture import ensure_app

    ensure_app()
    qInstallMessageHandler(_quiet)  # the offscreen platform's notes are not the user's business
    palette.use_theme(args.theme)
    out = Path(args.output)
    if args.projector:
        written = render_wall(workshop, canvas_id, QSize(width, height), out, args.zone)
    else:
        written = render_canvas(workshop, canvas_id, QSize(width, height), out)
    for path in written:
        print(path)
    return EXIT_OK
