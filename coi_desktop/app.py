"""Entry point of `coi-desktop` and `main.py`: a subcommand runs the CLI, anything else the app.

Kept tiny on purpose: the GUI's imports (PySide6) happen only when the GUI starts, and the
CLI never loads Qt unless a command needs it (PNG/SVG export).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _no_display() -> bool:
    """True on Linux/BSD when Qt would find no screen to open a window on."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import EXIT_USAGE, commands, run, user_language

    if args and args[0] in ("--install-desktop-entry", "--uninstall-desktop-entry"):
        from .desktop.integration import main as desktop_entry

        return desktop_entry(args)
    if args and (args[0] in commands() or args[0] in ("-h", "--help", "--version")):
        return run(args)
    danish = user_language() == "da"
    first = args[0] if args else ""
    if first and not first.startswith("-") and not first.endswith(".coi") \
            and not Path(first).exists():
        sys.stderr.write(
            f"coi-desktop: {first!r} er hverken en kommando eller en workshopfil "
            "(se coi-desktop --help).\n" if danish else
            f"coi-desktop: {first!r} is neither a command nor a workshop file "
            "(see coi-desktop --help).\n")
        return EXIT_USAGE
    if _no_display():
        sys.stderr.write(
            "coi-desktop: ingen skærm fundet (DISPLAY er ikke sat); kommandoerne virker "
            "uden skærm (se coi-desktop --help).\n" if danish else
            "coi-desktop: no display found (DISPLAY is not set); the commands work "
            "without one (see coi-desktop --help).\n")
        return EXIT_USAGE
    from .views.application import run_gui

    return run_gui(args)
