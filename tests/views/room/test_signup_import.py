"""The 40-row Danish sign-up list through the real import dialog (issue 11): it imports with
at most two decisions by the facilitator, and the preview shows every row's reading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import push
from coi_desktop.models import Workshop
from coi_desktop.services.participants_import import preview_rows
from coi_desktop.views.room.import_dialog import ImportDialog, import_command
from tests.services.signup_list import DUPLICATES, KEPT_AS_WRITTEN, PEOPLE, write_signup_list

SECTOR, ROLE, CONSENT, PROBLEMS = 3, 4, 6, 7


def decide_until_imported(qtbot: Any, dialog: ImportDialog) -> int:
    """Do what the dialog asks, as a facilitator would, counting every decision: tick what
    must be ticked before Import works, then press Import."""
    decisions = 0
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(5):
        if dialog.import_button.isEnabled():
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            decisions += 1
            break
        assert dialog.skip.isVisible() and not dialog.skip.isChecked(), "stuck: no way on"
        dialog.skip.click()
        decisions += 1
    return decisions


def test_the_signup_list_imports_with_at_most_two_decisions(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    before = len(window.workshop.participants)
    dialog = ImportDialog.for_file(window, str(write_signup_list(tmp_path)))
    assert dialog is not None and not window.errors
    qtbot.addWidget(dialog)
    assert "Read as Windows-1252." in dialog.summary.text()
    assert "Columns not used: Tidsstempel, Kommentar." in dialog.summary.text()
    decisions = decide_until_imported(qtbot, dialog)
    assert decisions <= 2
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(window.workshop.participants) == before + len(PEOPLE) - DUPLICATES
    assert window.undo_stack.count() == 1  # the people and their "Other" entries: one step
    window.undo_stack.undo()
    assert len(window.workshop.participants) == before


def test_two_keystrokes_from_the_keyboard(qtbot: Any, window: Any, tmp_path: Path) -> None:
    """Space ticks "skip the rows with problems", Enter imports; Esc would have cancelled."""
    dialog = ImportDialog.for_file(window, str(write_signup_list(tmp_path)))
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.skip.setFocus()
    qtbot.keyClick(dialog.skip, Qt.Key.Key_Space)
    assert dialog.skip.isChecked() and dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.skip, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.undo_stack.count() == 1


def test_escape_imports_nothing(qtbot: Any, window: Any, tmp_path: Path) -> None:
    before = len(window.workshop.participants)
    dialog = ImportDialog.for_file(window, str(write_signup_list(tmp_path)))
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.skip.click()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert len(window.workshop.participants) == before and window.undo_stack.count() == 0


def test_the_preview_says_per_row_what_was_read(qtbot: Any, window: Any,
                                                tmp_path: Path) -> None:
    window.language = lambda: "da"  # the labels in the facilitator's language
    dialog = ImportDialog.for_file(window, str(write_signup_list(tmp_path)))
    assert dialog is not None
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = {table.item(r, 1).text(): [table.item(r, c).text() for c in range(8)]
             for r in range(table.rowCount())}
    assert cells["Mette Søndergaard"][SECTOR] == "Kommunen \u2192 Kommune"
    assert cells["Mette Søndergaard"][ROLE] == "Projektleder \u2192 Innovationsfunktion"
    assert cells["Jens Hansen"][SECTOR] == \
        "Kommune (from the organisation \u201cOdense Kommune\u201d)"
    assert cells["Pia Eriksen"][ROLE] == "Freelancer \u2192 Other (kept as written)"
    assert cells["Frederik Holt"][SECTOR] == "SMV"  # the workshop's own word: nothing to say
    kept = [c for row in cells.values() for c in row if "kept as written" in c]
    assert len(kept) == len(KEPT_AS_WRITTEN)
    for r in range(table.rowCount()):  # everything read into is in italics
        for c in (SECTOR, ROLE):
            item = table.item(r, c)
            assert item.font().italic() == ("\u2192" in item.text()
                                              or "(from the" in item.text()), item.text()
    problems = [table.item(r, PROBLEMS).text() for r in range(table.rowCount())]
    assert sum(bool(p) for p in problems) == DUPLICATES
    assert all(p.startswith("Dublet") for p in problems if p)
    summary = dialog.summary.text()
    assert "38 participants ready to import." in summary
    assert "2 rows have problems" in summary
    assert f"(fit no sector or role): {len(KEPT_AS_WRITTEN)}." in summary
    assert "Read into the workshop's sectors and roles: " in summary


texts = st.text(alphabet=st.characters(codec="cp1252", exclude_categories=("Cc", "Cs")),
                min_size=1, max_size=20).map(lambda s: " ".join(s.split())).filter(bool)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(texts, texts, texts), min_size=1, max_size=6))
def test_import_undo_redo_round_trip(qtbot: Any, rows: list[tuple[str, str, str]]) -> None:
    """One step whatever the list holds: undo gives the roster back exactly and hides every
    entry the import made; redo brings back the same people and entries."""
    workshop = Workshop.new("Undo", language="da")
    before = workshop.snapshot()
    preview = preview_rows([["Navn", "Sektor", "Rolle"], *map(list, rows)], workshop)
    people = preview.participants(skip_bad=True)
    stack = QUndoStack()
    push(stack, import_command(workshop, people, preview.terms_for(people), "Import"))
    after = workshop.snapshot()
    assert len(workshop.participants) == len(people)
    stack.undo()
    assert workshop.snapshot()["participants"] == before["participants"]
    visible = {(t.taxonomy, t.key) for t in workshop.terms.values() if not t.hidden}
    assert visible == {(t.taxonomy, t.key) for t in before["terms"] if not t.hidden}
    stack.redo()
    assert workshop.snapshot() == after
