"""tools/migrate_workshop_api.py: old Workshop calls become collection calls, nothing else moves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "migrate_workshop_api.py"

OLD = '''\
from coi_desktop.services import analysis


class Dock:
    def add_round(self, r):  # a view's own method of an old name
        self.rounds = []

    def go(self, workshop, ws, dock, term, zone):
        workshop.add_cards([card])
        ws.cast_vote("r", "c", None)
        self.workshop.update_card("c", title="x")
        n = len(ws.rounds) + len(workshop.votes)
        card = workshop.card("c")
        name = ws.label("card_kind", "barrier", "da")
        mine = term.label("da") + zone.label("en")  # Term/Zone.label: one argument
        dock.add_round(None)  # the dock's method, not the workshop's
        self.add_round(None)
        totals = analysis.vote_totals(ws)  # a module's function
        text = "ws.add_cards( stays in a string"
        return ws.ordered_canvases(), ws.layout("c"), self.layout()
'''

NEW = '''\
from coi_desktop.services import analysis


class Dock:
    def add_round(self, r):  # a view's own method of an old name
        self.rounds = []

    def go(self, workshop, ws, dock, term, zone):
        workshop.cards.add([card])
        ws.voting.cast("r", "c", None)
        self.workshop.cards.update("c", title="x")
        n = len(ws.voting) + len(workshop.voting.votes)
        card = workshop.cards.require("c")
        name = ws.terms.label("card_kind", "barrier", "da")
        mine = term.label("da") + zone.label("en")  # Term/Zone.label: one argument
        dock.add_round(None)  # the dock's method, not the workshop's
        self.add_round(None)
        totals = analysis.vote_totals(ws)  # a module's function
        text = "ws.add_cards( stays in a string"
        return ws.canvases.ordered(), ws.canvases.layout("c"), self.layout()
'''


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True,
                          timeout=60)


def test_rewrites_old_calls_only_and_says_what_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "old.py"
    path.write_text(OLD, encoding="utf-8")
    done = run(str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert path.read_text(encoding="utf-8") == NEW
    assert f"{path}:9: .add_cards -> .cards.add" in done.stdout
    assert "changed 1 file(s)" in done.stderr


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.py"
    path.write_text(OLD, encoding="utf-8")
    run(str(path))
    again = run("--check", str(path))
    assert again.returncode == 0 and "would change 0 file(s)" in again.stderr
    assert path.read_text(encoding="utf-8") == NEW


def test_check_reports_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "old.py"
    path.write_text(OLD, encoding="utf-8")
    done = run("--check", str(path))
    assert done.returncode == 1 and ".cast_vote -> .voting.cast" in done.stdout
    assert path.read_text(encoding="utf-8") == OLD


def test_the_tree_is_migrated() -> None:
    done = run("--check", str(ROOT / "coi_desktop"), str(ROOT / "tests"),
               str(ROOT / "benchmarks"))
    assert done.returncode == 0, done.stdout
