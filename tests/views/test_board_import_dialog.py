"""File → Board from Miro or Mural (CSV)…: the file is read off the GUI thread (with a
progress dialog that can be cancelled), the preview maps each sticky colour to a card kind or
to Skip, and Import adds a new canvas with the cards as one undo step."""

from __future__ import annotations

import csv
import threading
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from coi_desktop.models.registry import BARRIER, NOTE, OPPORTUNITY
from coi_desktop.services import board_import
from coi_desktop.views import i18n, worker

from .conftest import Dialogs

MIRO = [["Content", "Color", "Position X", "Position Y", "Tags"],
        ["Ingen budget efter piloten", "#fff9b1", "100", "100", "økonomi"],
        ["Uklar hjemmel", "#FFF9B1", "400", "100", ""],
        ["Fælles business case", "light_green", "100", "400", ""],
        ["Markedsdialog før udbud", "light_green", "400", "400", "proces; udbud"],
        ["Kommunens indkøbsafdeling", "#A6CCF5", "700", "400", ""],
        ["", "#fff9b1", "700", "100", ""],
        ["Skæv position", "#fff9b1", "langt væk", "100", ""]]
YELLOW, GREEN, BLUE = "#FFF9B1", "#D5F692", "#A6CCF5"

#: Mural's export: the widget type, its text, a background colour and left/top in pixels;
#: saved by Excel on Windows, so in Windows-1252 with semicolons.
MURAL = [["Widget type", "Text", "Background Color", "Left", "Top"],
         ["sticky note", "Data deles ikke på tværs", "#F28B82", "10", "20"],
         ["sticky note", "Ingen ejer af løsningen", "#F28B82", "260", "20"],
         ["sticky note", "Fælles datamodel", "#A5E8EA", "10", "300"]]
RED, CYAN = "#F28B82", "#A5E8EA"


def write_csv(folder: Path, rows: list[list[str]], name: str, encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    path = folder / name
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def open_preview(window: Any, qtbot: Any, path: Path) -> Any:
    importer = window.board_importer
    assert importer.read(str(path))
    qtbot.waitUntil(lambda: importer.dialog is not None and importer.dialog.isVisible(),
                    timeout=5000)
    qtbot.waitUntil(lambda: not importer.is_reading(), timeout=5000)
    return importer.dialog


def canvas_named(window: Any, name: str) -> Any:
    return next(c for c in window.workshop.canvases.values() if c.name == name)


def test_the_entry_follows_the_kumu_import_in_the_file_menu(open_window: Any) -> None:
    window = open_window()
    names = [a.objectName() for a in window.menu("file").actions()]
    assert names.index("file.import_board") == names.index("file.import_network") + 1
    action = window.menu("file").actions()[names.index("file.import_board")]
    assert action.text() == "&Board from Miro or Mural (CSV)…" and action.isEnabled()


def test_a_chosen_kind_makes_the_cards_and_undo_removes_them_in_one_step(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = open_window()
    before = window.workshop.snapshot()
    steps = window.undo_stack.count()
    dialog = open_preview(window, qtbot, write_csv(tmp_path, MIRO, "retro.csv"))
    # Every colour found, with its count, a swatch of it and its first texts.
    table = dialog.table
    rows = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    assert set(rows) == {YELLOW, GREEN, BLUE}
    assert table.item(rows[GREEN], 1).text() == "2"
    assert "Fælles business case" in table.item(rows[GREEN], 2).text()
    assert "Markedsdialog før udbud" in table.item(rows[GREEN], 2).text()
    icon = table.item(rows[YELLOW], 0).icon().pixmap(18, 18).toImage()
    assert icon.pixelColor(9, 9).name().upper() == YELLOW
    # What is left out of the file is named, with the file's encoding.
    assert "Read as UTF-8" in dialog.info.text()
    assert "Row 7" in dialog.left_out.text() and "Row 8" in dialog.left_out.text()
    assert dialog.name.text() == "retro"  # the file's base name, editable
    assert dialog.summary.text() == ("Import creates 5 cards: Note 5. Left out: 1 without "
                                     "text, 1 that could not be read.")

    combo = dialog.combos[YELLOW]
    combo.setCurrentIndex(combo.findData(BARRIER))
    assert "Barrier 2, Note 3" in dialog.summary.text()
    dialog.name.setText("Fra Miro")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter imports
    assert not dialog.isVisible()

    canvas = canvas_named(window, "Fra Miro")
    cards = window.workshop.cards.on(canvas.id)
    assert sorted((c.title, c.kind) for c in cards) == sorted([
        ("Ingen budget efter piloten", BARRIER), ("Uklar hjemmel", BARRIER),
        ("Fælles business case", NOTE), ("Markedsdialog før udbud", NOTE),
        ("Kommunens indkøbsafdeling", NOTE)])
    by = {c.title: c for c in cards}
    assert by["Markedsdialog før udbud"].tags == ("proces", "udbud")
    assert by["Ingen budget efter piloten"].x < by["Uklar hjemmel"].x  # the board's layout
    assert by["Ingen budget efter piloten"].y < by["Fælles business case"].y
    for a, b in combinations(cards, 2):
        assert (a.x + a.width <= b.x or b.x + b.width <= a.x
                or a.y + a.height <= b.y or b.y + b.height <= a.y), (a.title, b.title)
    assert window.current_canvas_id() == canvas.id
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert window.workshop.snapshot() == before


def test_skip_leaves_a_colour_out_and_the_summary_says_so(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = open_window()
    path = write_csv(tmp_path, MURAL, "mural.csv", encoding="cp1252", delimiter=";")
    dialog = open_preview(window, qtbot, path)
    assert "Read as Windows-1252" in dialog.info.text()
    assert not dialog.left_out.isVisible()
    assert "“Ingen ejer af løsningen”" in dialog.table.item(0, 2).text()
    dialog.set_kind(RED, "")  # Skip
    assert dialog.combos[RED].currentText() == "Skip"
    dialog.set_kind(CYAN, OPPORTUNITY)
    assert dialog.summary.text() == ("Import creates 1 card: Opportunity 1. "
                                     "Left out: 2 set to Skip.")
    dialog.import_button.click()
    cards = window.workshop.cards.on(canvas_named(window, "mural").id)
    assert [(c.title, c.kind) for c in cards] == [("Fælles datamodel", OPPORTUNITY)]


def test_every_colour_skipped_imports_nothing(open_window: Any, qtbot: Any,
                                              tmp_path: Path) -> None:
    window = open_window()
    before = window.workshop.snapshot()
    dialog = open_preview(window, qtbot, write_csv(tmp_path, MURAL, "mural.csv"))
    for colour in dialog.combos:
        dialog.set_kind(colour, "")
    assert dialog.summary.text().startswith("Nothing to import")
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert window.workshop.snapshot() == before


def test_escape_cancels_and_changes_nothing(open_window: Any, qtbot: Any,
                                           tmp_path: Path) -> None:
    window = open_window()
    before, steps = window.workshop.snapshot(), window.undo_stack.count()
    dialog = open_preview(window, qtbot, write_csv(tmp_path, MIRO, "miro.csv"))
    dialog.set_kind(YELLOW, BARRIER)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.workshop.snapshot() == before and window.undo_stack.count() == steps


def test_a_file_that_is_no_board_is_one_sentence_and_no_preview(
        open_window: Any, qtbot: Any, tmp_path: Path, shell_env: Dialogs) -> None:
    window = open_window()
    before = window.workshop.snapshot()
    path = write_csv(tmp_path, [["Navn", "E-mail"], ["Ane", "ane@example.dk"]], "people.csv")
    importer = window.board_importer
    assert importer.read(str(path))
    qtbot.waitUntil(lambda: not importer.is_reading(), timeout=5000)
    assert shell_env.errors == ["people.csv has no column with the sticky text (for "
                                "example Content or Text)."]
    assert importer.dialog is None
    assert window.workshop.snapshot() == before


def test_cancel_while_reading_opens_no_preview(open_window: Any, qtbot: Any,
                                              tmp_path: Path, shell_env: Dialogs,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    before = window.workshop.snapshot()
    importer = window.board_importer
    shown: list[str] = []
    pressed = threading.Event()

    def press_cancel() -> None:  # as a user would, once the progress dialog is up
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, worker.ProgressDialog) and dialog.cancel_button.isEnabled():
            shown.append(dialog.label.text())
            dialog.cancel_button.click()
            pressed.set()

    real = board_import.read_board

    def held(path: Any) -> Any:  # the reading lasts until Cancel was pressed
        pressed.wait(30)
        return real(path)

    monkeypatch.setattr(board_import, "read_board", held)
    timer = QTimer()
    timer.timeout.connect(press_cancel)
    timer.start(10)
    try:
        assert importer.read(str(write_csv(tmp_path, MIRO, "miro.csv")))
    finally:
        timer.stop()
    assert shown == ["Reading miro.csv…"]
    assert not importer.is_reading() and not worker._RUNNING
    assert importer.dialog is None and shell_env.errors == []
    assert window.workshop.snapshot() == before
    assert "cancelled" in window.statusBar().currentMessage()


def test_danish_interface_names_the_kinds_in_danish(open_window: Any, qtbot: Any,
                                                    tmp_path: Path) -> None:
    window = open_window()
    i18n.set_language("da")
    qtbot.waitUntil(lambda: window.board_importer.action.text()
                    == "&Tavle fra Miro eller Mural (CSV)…", timeout=3000)
    dialog = open_preview(window, qtbot, write_csv(tmp_path, MIRO, "miro.csv"))
    combo = dialog.combos[YELLOW]
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["Aktør", "Barriere", "Mulighed", "Handling", "Note", "Spring over"]
    dialog.set_kind(GREEN, OPPORTUNITY)
    assert dialog.summary.text().startswith("Importen opretter 5 kort: Mulighed 2, Note 3.")
    assert "Læst som UTF-8" in dialog.info.text()
    dialog.reject()
