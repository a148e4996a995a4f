"""Entry point of `coi-desktop` and `main.py`: a subcommand runs the CLI, anything else the app.

Kept tiny on purpose: the GUI's imports (PySide6) happen only when the GUI starts, and the
CLI never loads Qt unless a command needs it (PNG/SVG export).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import commands, run

    if args and (args[0] in commands() or args[0] in ("-h", "--help", "--version")):
        return run(args)
    from .views.application import run_gui

    return run_gui(args)
