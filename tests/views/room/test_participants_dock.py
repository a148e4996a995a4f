"""The roster dock and the import preview dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from coi_desktop.views.room.import_dialog import ImportDialog
from coi_desktop.views.room.participants import COLUMNS, ParticipantDialog, ParticipantsDock


def cell(dock: ParticipantsDock, name: str, column: str) -> Any:
    for row in range(dock.table.rowCount()):
        if dock.table.item(row, 1).text() == name:
            return dock.table.item(row, COLUMNS.index(column))
    raise AssertionError(name)


def test_roster_shows_and_toggles_presence(window: Any) -> None:
    dock = ParticipantsDock(window, window)
    assert dock.table.rowCount() == 3
    assert cell(dock, "Ann Named", "sector").text() == "Municipality"
    assert "2 present of 3" in dock.count.text()
    cell(dock, "Cy Away", "present").setCheckState(Qt.CheckState.Checked)
    assert window.workshop.participants["cy"].present
    assert "3 present of 3" in dock.count.text()
    window.undo_stack.undo()
    assert not window.workshop.participants["cy"].present
    assert cell(dock, "Cy Away", "present").checkState() == Qt.CheckState.Unchecked


def test_remove_selected_is_undoable(window: Any) -> None:
    dock = ParticipantsDock(window, window)
    dock.table.selectRow(0)
    dock.remove_selected()
    assert len(window.workshop.participants) == 2 and dock.table.rowCount() == 2
    window.undo_stack.undo()
    assert dock.table.rowCount() == 3
    assert window.workshop.cards["a0"].participant_id == "ann"


def test_participant_dialog_needs_a_name(window: Any) -> None:
    dialog = ParticipantDialog(window.workshop, "en")
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("  Dana ")
    dialog.sector.setCurrentIndex(dialog.sector.findData("region"))
    assert dialog.ok_button.isEnabled()
    assert dialog.fields()["name"] == "Dana" and dialog.fields()["sector"] == "region"


def test_import_with_bad_rows_imports_nothing_until_skipped(window: Any, tmp_path: Path) -> None:
    path = tmp_path / "tilmeldte.csv"
    path.write_text("Navn;Organisation;Sektor;E-mail\n"
                    "Eva;DTU;Videninstitution;eva@dtu.dk\n"
                    "Finn;KL;Månen;finn@kl.dk\n"
                    "Gitte;Region H;Region;gitte@regionh\n"
                    "Hans;Firma;SMV;hans@firma.dk\n", encoding="utf-8")
    dialog = ImportDialog.for_file(window, str(path))
    assert dialog is not None
    problems = [dialog.table.item(r, 7).text() for r in range(dialog.table.rowCount())]
    # The row that needs a decision comes first; the others follow in file order.
    assert [dialog.table.item(r, 0).text() for r in range(4)] == ["4", "2", "3", "5"]
    assert "e-mail" in problems[0] and problems[1:] == ["", "", ""]
    # An unknown sector is kept as written under Other, and the cell says so.
    assert dialog.table.item(2, 3).text() == "Månen \u2192 Other (kept as written)"
    assert dialog.table.item(2, 3).font().italic()
    assert "1 row has problems" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.do_import()
    assert len(window.workshop.participants) == 3  # nothing imported half
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    names = sorted(p.name for p in window.workshop.participants.values())
    assert names == ["Ann Named", "Bo Secret", "Cy Away", "Eva", "Finn", "Hans"]
    finn = next(p for p in window.workshop.participants.values() if p.name == "Finn")
    assert window.workshop.terms.label("sector", finn.sector, "da") == "Andet: Månen"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()  # one step: the people go, the new entry is hidden again
    assert len(window.workshop.participants) == 3
    assert window.workshop.terms.get(("sector", finn.sector)).hidden


def test_unreadable_file_shows_one_sentence(window: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("foo;bar\n1;2\n", encoding="utf-8")
    assert ImportDialog.for_file(window, str(path)) is None
    assert window.errors and "Name" in window.errors[0]


def test_import_summary_speaks_of_one_row_in_the_singular(window: Any, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Navn;E-mail\nEva;eva@dtu.dk\n;bad\n", encoding="utf-8")
    dialog = ImportDialog.for_file(window, str(path))
    assert dialog is not None
    assert dialog.summary.text().startswith("1 participant ready to import. 1 row has problems")
    assert "skip it." in dialog.summary.text()


def test_import_preview_says_how_the_file_was_read(window: Any, tmp_path: Path) -> None:
    """A sign-up list saved by Excel on Windows (Windows-1252): the names keep their æøå
    and the preview says which encoding it read, so a wrong guess would be seen."""
    path = tmp_path / "tilmeldte.csv"
    path.write_bytes("Navn;Organisation;E-mail\nSøren Ærø;Hjørring Kommune;s@hk.dk\n"
                     .encode("cp1252"))
    dialog = ImportDialog.for_file(window, str(path))
    assert dialog is not None
    assert dialog.table.item(0, 1).text() == "Søren Ærø"
    assert f"Read as {dialog.preview.encoding}." in dialog.summary.text()
    assert "1252" in dialog.preview.encoding
