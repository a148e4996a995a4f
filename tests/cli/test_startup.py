"""CLI start-up imports only what the chosen command needs, and says the same as before.

`--help` and `--version` import no command module, no model and no storage; `info` imports
its own module and storage's store, but not the export or consolidation commands nor
sqlite-utils, networkx or reportlab. The static command table used for that matches what the
command modules register (names, order, help).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coi_desktop.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[2]


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str | None]]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(a.dest, a.help) for a in action._choices_actions]


def test_command_table_matches_the_modules() -> None:
    full = _subcommands(build_parser())
    assert full == [(name, text) for name, (_, text) in COMMANDS.items()]
    for command in [None, *COMMANDS]:
        assert _subcommands(build_parser(command)) == full
        assert build_parser(command).format_help() == build_parser().format_help()


def _modules_after(tmp_path: Path, *args: str) -> tuple[set[str], str]:
    code = ("import sys, json, runpy\nsys.argv = ['main.py', *json.loads(sys.argv[1])]\n"
            "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, json.dumps(list(args))], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    return set(json.loads(done.stderr.strip().splitlines()[-1])), done.stdout


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_help_imports_no_command_model_or_storage(tmp_path: Path, args: tuple[str]) -> None:
    modules, out = _modules_after(tmp_path, *args)
    assert out.strip()
    loaded = {m for m in modules if m.startswith(("coi_desktop.cli.", "coi_desktop.models",
                                                  "coi_desktop.storage"))}
    assert loaded == set()


def test_info_imports_only_what_it_needs(tmp_path: Path) -> None:
    from coi_desktop.models import Workshop
    from coi_desktop.storage import create_workshop_file

    path = tmp_path / "w.coi"
    create_workshop_file(path, Workshop.new("Start"))
    modules, out = _modules_after(tmp_path, "info", str(path))
    assert "Start" in out
    assert "coi_desktop.cli.workshop_cmds" in modules
    for unwanted in ("coi_desktop.cli.export_cmds", "coi_desktop.cli.consolidate_cmd",
                     "sqlite_utils", "networkx", "reportlab", "PySide6"):
        assert unwanted not in modules
