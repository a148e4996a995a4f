"""Miro/Mural board exports: stickies become cards, colours map to kinds by the facilitator."""

from __future__ import annotations

import csv
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from coi_desktop.models import Workshop
from coi_desktop.models.errors import CoiError
from coi_desktop.services.board_import import colour_of, plan_board, read_board
from coi_desktop.services.imports import ImportProblemsError, apply_import

MIRO = [["Content", "Color", "Position X", "Position Y", "Tags"],
        ["Ingen budget efter piloten", "#fff9b1", "100", "100", "økonomi"],
        ["Uklar hjemmel", "#FFF9B1", "400", "100", ""],
        ["Fælles business case", "light_green", "100", "400", ""],
        ["<b>Markedsdialog</b> før udbud", "green", "400", "400", "proces; udbud"],
        ["", "#fff9b1", "700", "100", ""],
        ["Note uden farve", "", "", "", ""]]


def _csv(tmp_path: Path, rows: list[list[str]], name: str = "miro.csv") -> Path:
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_colours_are_listed_for_the_facilitators_choice(tmp_path: Path) -> None:
    board = read_board(_csv(tmp_path, MIRO))
    assert len(board.stickies) == 5  # the empty sticky is skipped
    colours = {c: n for c, n, _ in board.colours()}
    assert colours == {"#FFF9B1": 2, "#D5F692": 1, "#C9DF56": 1, "": 1}


def test_chosen_kinds_make_cards_that_do_not_overlap(tmp_path: Path) -> None:
    board = read_board(_csv(tmp_path, MIRO))
    w = Workshop.new("x", language="da")
    kinds = {"#FFF9B1": "barrier", "#D5F692": "opportunity", "#C9DF56": "opportunity",
             "": "note"}
    plan = plan_board(w, board, kinds, "Fra Miro")
    apply_import(w, plan)
    cards = w.cards.on(plan.canvas.id)
    assert sorted(c.kind for c in cards) == ["barrier", "barrier", "note", "opportunity",
                                             "opportunity"]
    markup = next(c for c in cards if "Markedsdialog" in c.title)
    assert markup.title == "<b>Markedsdialog</b> før udbud"  # text stays text
    assert markup.tags == ("proces", "udbud")
    for a, b in combinations(cards, 2):
        apart = (a.x + a.width <= b.x or b.x + b.width <= a.x or
                 a.y + a.height <= b.y or b.y + b.height <= a.y)
        assert apart, (a.title, b.title)
    # The board's arrangement is kept: left of / above stay left of / above.
    by = {c.title: c for c in cards}
    assert by["Ingen budget efter piloten"].x < by["Uklar hjemmel"].x
    assert by["Ingen budget efter piloten"].y < by["Fælles business case"].y


def test_a_colour_without_a_kind_imports_nothing(tmp_path: Path) -> None:
    board = read_board(_csv(tmp_path, MIRO))
    w = Workshop.new("x", language="en")
    before = w.snapshot()
    with pytest.raises(ImportProblemsError) as err:
        plan_board(w, board, {"#FFF9B1": "barrier"})
    assert "#D5F692" in err.value.text("en")
    assert w.snapshot() == before


def test_a_file_without_a_text_column_is_one_sentence(tmp_path: Path) -> None:
    path = _csv(tmp_path, [["Farve", "X"], ["#FFFFFF", "1"]])
    with pytest.raises(CoiError) as err:
        read_board(path)
    assert "Tekst" in err.value.text("da")


def test_colours_as_people_write_them() -> None:
    assert colour_of("fff") == "#FFFFFF" and colour_of("Gul") == "#FFF9B1"
    assert colour_of("not a colour") == "" and colour_of("") == ""


def test_command_line_lists_colours_then_imports(tmp_path: Path) -> None:
    board = _csv(tmp_path, MIRO[:4])
    coi = tmp_path / "w.coi"
    run = [sys.executable, "-c", "import sys; from coi_desktop.app import main; sys.exit(main())"]
    env = {"COI_LANG": "en", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run([*run, "new", str(coi), "--title", "Board"], check=True, env=env,
                   capture_output=True)
    first = subprocess.run([*run, "import", str(coi), "--board", str(board)], env=env,
                           capture_output=True, text=True)
    assert first.returncode == 2 and "#FFF9B1: 2" in first.stderr
    done = subprocess.run([*run, "import", str(coi), "--board", str(board),
                           "--colour", "#fff9b1=barrier", "--colour", "light_green=opportunity"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Imported 3 cards" in done.stdout


def test_the_board_names_its_encoding_and_the_rows_without_text(tmp_path: Path) -> None:
    board = read_board(_csv(tmp_path, MIRO))
    assert board.encoding == "UTF-8"
    assert board.without_text == [6]  # the empty sticky, counted for the preview
