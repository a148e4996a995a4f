"""The command line: `coi-desktop COMMAND …` (see README for the reference).

Each group of commands lives in its own module with a `register(subparsers)` function; this
module builds the parser, runs the chosen command and turns every error a user can cause
into one line on stderr and an exit code (never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ..models.errors import CoiError, ValidationError
from ..storage.errors import FileInUseError, WorkshopFileError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BAD_FILE = 3
EXIT_IN_USE = 4

#: Modules that register subcommands, in the order they appear in --help.
_COMMAND_MODULES = ("workshop_cmds", "export_cmds", "consolidate_cmd")


def user_language() -> str:
    """Danish when the environment says so (LANGUAGE/LC_ALL/LC_MESSAGES/LANG), else English."""
    for name in ("COI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        sys.stderr.write(f"coi-desktop: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    from importlib import import_module

    from .. import __version__

    parser = _Parser(prog="coi-desktop", description="COI Desktop: workshops on "
                     "public–private collaboration. Without a command, starts the app.")
    parser.add_argument("--version", action="version", version=f"coi-desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _COMMAND_MODULES:
        import_module(f".{name}", __package__).register(sub)
    return parser


def commands() -> set[str]:
    """Names of every subcommand (so `app.main` can tell a command from a file to open)."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
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
