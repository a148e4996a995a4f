"""The Consolidation window: sources in, a run with progress, skipped files, proposals, exports."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from coi_desktop.storage import create_workshop_file
from coi_desktop.views.consolidation import ConsolidationWindow, install
from tests.services.consolidation.helpers import barrier_workshop, listing, make_hostile, sha

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("window-corpus")
    good = root / "good"
    good.mkdir()
    for i, barriers in enumerate((["Udbudsreglerne er for stive", "Intet budget"],
                                  ["stive udbudsregler"],
                                  ["Regler for udbud er alt for stive"])):
        create_workshop_file(good / f"w{i}.coi", barrier_workshop(f"W{i}", barriers))
    make_hostile(root / "bad", good / "w0.coi")
    return root


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, corpus: Path) -> ConsolidationWindow:
    w = ConsolidationWindow(language=lambda: "en")
    qtbot.addWidget(w)
    w.add_paths([str(corpus / "good"), str(corpus / "bad")])
    w.set_output(tmp_path / "consolidated.db")
    return w


def _run(qtbot: Any, w: ConsolidationWindow) -> None:
    assert w.run_button.isEnabled()
    qtbot.mouseClick(w.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.is_running(), timeout=30_000)


def test_run_merges_lists_skipped_and_shows_proposals(qtbot: Any, window: ConsolidationWindow,
                                                      corpus: Path) -> None:
    before = listing(corpus / "bad")
    _run(qtbot, window)
    assert window.status.text().startswith("Merged 3 workshops")
    assert window.skipped.rowCount() == 6
    reasons = {window.skipped.item(r, 0).text(): window.skipped.item(r, 1).text()
               for r in range(6)}
    assert "newer version" in reasons["newer.coi"]
    assert "Skipped files (6)" in window.tabs.tabText(1)
    assert listing(corpus / "bad") == before
    assert len(window.proposals.keys()) == 1
    assert window.proposals.table.item(0, 6).text().count("|") == 2
    assert window.report_button.isEnabled() and window.xlsx_button.isEnabled()


def test_reject_and_rename_are_stored(qtbot: Any, window: ConsolidationWindow) -> None:
    _run(qtbot, window)
    panel = window.proposals
    key = panel.keys()[0]
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.status_of(0) == "rejected"
    panel.table.item(0, 1).setText("Stive regler for udbud")
    db = window.output_path()
    assert db is not None
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT status, name FROM decisions WHERE item_key = ?",
                        (key,)).fetchone() == ("rejected", "Stive regler for udbud")
    conn.close()
    _run(qtbot, window)  # a new run keeps the decision
    assert panel.status_of(0) == "rejected"
    assert panel.table.item(0, 1).text() == "Stive regler for udbud"


def test_cancel_leaves_the_database_as_it_was(qtbot: Any, window: ConsolidationWindow,
                                              corpus: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _run(qtbot, window)
    db = window.output_path()
    assert db is not None
    digest = sha(db)
    extra = tmp_path / "more"
    extra.mkdir()
    create_workshop_file(extra / "new.coi", barrier_workshop("New", ["Ny barriere"]))
    window.add_paths([str(extra)])
    import threading

    from coi_desktop.services import consolidation

    real = consolidation.consolidate
    pressed = threading.Event()

    def after_cancel(*args: Any, **kwargs: Any) -> Any:
        pressed.wait(10)  # the worker starts only once Cancel was pressed
        return real(*args, **kwargs)

    monkeypatch.setattr(consolidation, "consolidate", after_cancel)
    window.start()
    assert window.cancel_button.isEnabled() and not window.run_button.isEnabled()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not window.is_running(), timeout=30_000)
    assert "cancelled" in window.status.text()
    assert sha(db) == digest
    assert not list(db.parent.glob(".*.part"))


def test_exports(qtbot: Any, window: ConsolidationWindow, tmp_path: Path) -> None:
    _run(qtbot, window)
    window.export("xlsx", str(tmp_path / "t.xlsx"))
    qtbot.waitUntil(lambda: not window.is_running(), timeout=30_000)
    assert (tmp_path / "t.xlsx").exists()
    assert window.status.text() == "Wrote t.xlsx."


def test_bad_output_is_one_sentence(qtbot: Any, window: ConsolidationWindow, corpus: Path,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr("coi_desktop.views.consolidation.window.show_error",
                        lambda parent, text: told.append(text))
    target = tmp_path / "w.coi"
    shutil.copyfile(corpus / "good" / "w0.coi", target)
    window.set_output(target)
    _run(qtbot, window)
    assert told == ["w.coi is not a consolidated database from COI Desktop; choose another file."]
    assert sha(target) == sha(corpus / "good" / "w0.coi")


class _FakeMainWindow(QMainWindow):
    language_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.file_menu = QMenu("File", self)
        for name in ("file.save_copy", "-", "file.close", "file.quit"):
            if name == "-":
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(name).setObjectName(name)

    def menu(self, name: str) -> QObject:
        assert name == "file"
        return self.file_menu

    def language(self) -> str:
        return "en"


def test_install_adds_the_menu_entry(qtbot: Any) -> None:
    main = _FakeMainWindow()
    qtbot.addWidget(main)
    action = install(main)
    names = [a.objectName() for a in main.file_menu.actions()]
    assert names.index("file.consolidate") < names.index("file.close")
    assert action.text() == "Consolidate workshops…"
    action.trigger()
    opened = main.consolidation_window
    assert opened.isVisible() and opened.windowTitle() == "Consolidate workshops"
    action.trigger()
    assert main.consolidation_window is opened
    opened.close()


def test_real_main_window_has_file_consolidate(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    actions = {a.objectName(): a for a in window.menu("file").actions()}
    assert "file.consolidate" in actions
    actions["file.consolidate"].trigger()
    opened = window.consolidation_window
    qtbot.waitExposed(opened)
    assert opened.windowTitle() == "Consolidate workshops"
    assert opened.language() == window.language()
    opened.close()


def test_filters_hide_decided_and_other_kinds(qtbot: Any, window: ConsolidationWindow) -> None:
    _run(qtbot, window)
    panel = window.proposals
    assert len(panel.visible_keys()) == 1
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    panel.undecided_only.setChecked(True)
    assert panel.visible_keys() == []
    panel.undecided_only.setChecked(False)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("actor"))
    assert panel.visible_keys() == []
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("barrier"))
    assert len(panel.visible_keys()) == 1


def test_closing_the_window_cancels_the_run(qtbot: Any, window: ConsolidationWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from coi_desktop.services import consolidation
    from coi_desktop.views.consolidation import worker

    real = consolidation.consolidate
    closed = threading.Event()

    def after_close(*args: Any, **kwargs: Any) -> Any:
        closed.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(consolidation, "consolidate", after_close)
    window.show()
    window.start()
    task = window.task
    assert task is not None and task in worker._RUNNING
    window.close()
    closed.set()
    qtbot.waitUntil(lambda: task not in worker._RUNNING, timeout=30_000)
    db = window.output_path()
    assert db is not None and not db.exists()  # cancelled before anything was written
    assert "cancelled" in window.status.text()


def test_search_tab_finds_cards_and_survives_any_typing(qtbot: Any, window: ConsolidationWindow,
                                                        tmp_path: Path) -> None:
    _run(qtbot, window)
    search = window.search
    qtbot.keyClicks(search.field, "udbudsre")
    titles = sorted(search.table.item(r, 0).text() for r in range(search.table.rowCount()))
    assert titles == ["Udbudsreglerne er for stive", "stive udbudsregler"]
    assert search.count.text().endswith("found")
    for nasty in ('"unbalanced', "a OR (b", "NEAR(", "*", "'; DROP TABLE cards; --"):
        search.field.setText(nasty)  # never an FTS syntax error, never a dialog
    search.field.setText("stive")
    assert search.table.rowCount() == 3


def test_search_before_any_run_says_to_consolidate_first(qtbot: Any,
                                                         window: ConsolidationWindow) -> None:
    search = window.search
    qtbot.keyClicks(search.field, "budget")
    assert search.table.rowCount() == 0
    assert "Consolidate first" in search.count.text()  # not "0 cards found"


def test_choosing_an_existing_database_says_what_it_holds(qtbot: Any,
                                                          window: ConsolidationWindow) -> None:
    _run(qtbot, window)
    db = window.output_path()
    window.set_output("")
    assert window.status.text() == ""
    window.set_output(db)
    assert window.status.text() == "The database holds 3 workshops with 4 cards."


def test_empty_proposals_say_why_instead_of_an_empty_table(qtbot: Any, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(2):  # the same title twice: recurring, but nothing to review
        create_workshop_file(src / f"w{i}.coi", barrier_workshop(f"W{i}", ["Intet budget"]))
    w = ConsolidationWindow(language=lambda: "en")
    qtbot.addWidget(w)
    panel = w.proposals
    assert panel.empty.isVisibleTo(panel) and not panel.table.isVisibleTo(panel)
    assert "No proposals yet" in panel.empty.text()
    w.add_paths([str(src)])
    w.set_output(tmp_path / "c.db")
    _run(qtbot, w)
    assert panel.keys() == []
    assert panel.empty.isVisibleTo(panel)
    assert "No groupings to review" in panel.empty.text()


def test_proposals_table_shows_when_there_are_proposals(qtbot: Any,
                                                       window: ConsolidationWindow) -> None:
    _run(qtbot, window)
    panel = window.proposals
    assert panel.keys() and panel.table.isVisibleTo(panel)
    assert not panel.empty.isVisibleTo(panel)


def test_long_variants_fit_the_row_without_a_horizontal_scroll(qtbot: Any,
                                                               window: ConsolidationWindow) -> None:
    window.resize(900, 600)
    window.show()
    _run(qtbot, window)
    table = window.proposals.table
    qtbot.waitUntil(lambda: table.isVisible())
    table.doItemsLayout()
    assert table.horizontalScrollBar().maximum() == 0
    assert "|" in table.item(0, 6).toolTip() or "\n" in table.item(0, 6).toolTip()


def test_skipped_tab_says_why_it_is_empty(qtbot: Any, tmp_path: Path, corpus: Path) -> None:
    w = ConsolidationWindow(language=lambda: "en")
    qtbot.addWidget(w)
    page = w.skipped_none.parentWidget()
    assert w.skipped_none.isVisibleTo(page) and "after a run" in w.skipped_none.text()
    w.add_paths([str(corpus / "good")])
    w.set_output(tmp_path / "c.db")
    _run(qtbot, w)
    assert w.skipped.rowCount() == 0
    assert w.skipped_none.isVisibleTo(page) and "No files were skipped" in w.skipped_none.text()
    w.add_paths([str(corpus / "bad")])
    _run(qtbot, w)
    assert w.skipped.rowCount() == 6 and not w.skipped_none.isVisibleTo(page)
