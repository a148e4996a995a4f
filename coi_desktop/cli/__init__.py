"""The command line: `coi-desktop COMMAND …` (see README for the reference).

Each group of commands lives in its own module with a `register(subparsers)` function; this
module builds the parser, runs the chosen command and turns every error a user can cause
into one line on stderr and an exit code (never a traceback).

Start-up stays cheap: only the chosen command's module is imported (it imports what it needs,
models and storage included); `--help` and the app's "is this a command?" question are
answered from `COMMANDS` without importing any of them (a test keeps that table in step with
the modules).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import NoReturn

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_FILE = 3
EXIT_IN_USE = 4

#: Every subcommand, in the order of --help: (module that registers it, its one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "new": ("workshop_cmds", "write an empty workshop with one canvas"),
    "demo": ("workshop_cmds", "write a realistic demo workshop"),
    "info": ("workshop_cmds", "describe a workshop file (read-only)"),
    "check": ("workshop_cmds", "run every open-time check; print ok or the reason"),
    "analyze": ("export_cmds", "print the findings of a workshop (or one canvas)"),
    "export": ("export_cmds", "write the report (PDF) or export the data"),
    "import": ("export_cmds", "import elements and connections into a new canvas"),
    "purge-personal-data": ("privacy_cmd", "replace every name and e-mail by a pseudonym "
                            "(irreversible)"),
    "consolidate": ("consolidate_cmd", "merge many workshop files into one database for "
                    "analysis"),
    "library": ("library_cmd", "build, merge and search barrier libraries"),
    "render": ("render_cmd", "render a canvas or the projector's view to PNG"),
    "serve": ("serve_cmd", "let phones in the room add cards and dots (no window)"),
    "participants": ("participants_cmd", "import a sign-up list (CSV or XLSX) into the roster"),
}

#: Modules that register subcommands, in the order they appear in --help.
_COMMAND_MODULES = tuple(dict.fromkeys(module for module, _ in COMMANDS.values()))


def user_language() -> str:
    """Danish when the environment says so (LANGUAGE/LC_ALL/LC_MESSAGES/LANG), else English."""
    for name in ("COI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, no usage dump
        sys.stderr.write(f"coi-desktop: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The parser. `command` "" (the default): every command in full. A command's name: that
    command's module registers its commands; the others are listed by name and help only.
    None: only names and help (enough for --help, --version and a wrong command)."""
    from importlib import import_module

    from .. import __version__

    parser = _Parser(prog="coi-desktop", description="COI Desktop: workshops on "
                     "public–private collaboration. Without a command, starts the app.")
    parser.add_argument("--version", action="version", version=f"coi-desktop {__version__}")
    # Handled by app.main before this parser (coi_desktop/desktop/integration.py); listed here
    # so --help shows them.
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add COI Desktop and the .coi file type to your desktop")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if command == "":
        for name in _COMMAND_MODULES:
            import_module(f".{name}", __package__).register(sub)
        return parser
    wanted = COMMANDS[command][0] if command in COMMANDS else None
    if wanted is not None:
        import_module(f".{wanted}", __package__).register(sub)
    for name, (module, text) in COMMANDS.items():
        if module != wanted:
            sub.add_parser(name, help=text)
    order = list(COMMANDS)  # --help lists them in the same order as a full parser
    sub._choices_actions.sort(key=lambda a: order.index(a.dest) if a.dest in order else 99)
    return parser


def commands() -> set[str]:
    """Names of every subcommand (so `app.main` can tell a command from a file to open)."""
    return set(COMMANDS)


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand argparse will pick: the first argument not starting with "-"."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit code."""
    parser = build_parser(_command_in(argv))
    args = parser.parse_args(list(argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    from ..models.errors import CoiError, ValidationError
    from ..storage.errors import FileInUseError, WorkshopFileError

    lang = user_language()
    try:
        return int(args.func(args) or 0)
    except FileInUseError as exc:
        sys.stderr.write(f"coi-desktop: {exc.text(lang)}\n")
        return EXIT_IN_USE
    except WorkshopFileError as exc:
        sys.stderr.write(f"coi-desktop: {exc.text(lang)}\n")
        return EXIT_BAD_FILE
    except (ValidationError, CoiError) as exc:
        sys.stderr.write(f"coi-desktop: {exc.text(lang)}\n")
        return EXIT_USAGE
    except OSError as exc:
        reason = exc.strerror or str(exc)
        where = f" ({exc.filename})" if exc.filename else ""
        sys.stderr.write(f"coi-desktop: {reason}{where}\n")
        return EXIT_BAD_FILE
    except KeyboardInterrupt:
        sys.stderr.write("coi-desktop: interrupted\n")
        return 130
