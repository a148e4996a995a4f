"""Imports read their files off the GUI thread (issue 13): File → Import elements and
connections (Kumu CSV/XLSX) and the participant list.

While a file is read the event loop keeps running (a timer ticks), the reading happens in
another thread, a progress dialog with Cancel appears when it takes a while (and not for a
small file), Cancel leaves the workshop as it was, a refused file gives one sentence, and a
normal import is still one undo step. No test leaves a thread running.
"""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from coi_desktop.services import imports, participants_import, tabular
from coi_desktop.views import worker
from coi_desktop.views.room.import_dialog import ImportDialog

from .conftest import Dialogs

WAIT_S = 2  # how long a held job waits for the GUI before giving up (a failing test)


@pytest.fixture(autouse=True)
def _no_thread_left(shell_env: Dialogs) -> Iterator[None]:
    """Every import has waited for its thread when it returns; make sure, and never leave
    one running behind a failing test."""
    yield
    left = list(worker._RUNNING)
    for task in left:
        task.cancel()
        assert task.wait(30_000)
    assert not left, "an import returned with its thread still running"


def kumu_files(folder: Path, n: int) -> tuple[Path, Path]:
    e, c = folder / "elements.csv", folder / "connections.csv"
    with e.open("w", newline="", encoding="utf-8") as h:
        csv.writer(h).writerows([["Label", "Type", "Description"],
                                 *[[f"N{i}", "Actor", f"Element number {i}"] for i in range(n)]])
    with c.open("w", newline="", encoding="utf-8") as h:
        csv.writer(h).writerows([["From", "To"], *[["N0", f"N{i}"] for i in range(1, n)]])
    return e, c


def signup_list(folder: Path, n: int) -> Path:
    path = folder / "tilmeldte.csv"
    with path.open("w", newline="", encoding="utf-8") as h:
        csv.writer(h, delimiter=";").writerows(
            [["Navn", "Organisation", "E-mail"],
             *[[f"Person {i}", f"Firma {i % 40} ApS", f"p{i}@firma.dk"] for i in range(n)]])
    return path


class GuiWatch:
    """A timer ticking in the GUI thread during an import: counts its ticks, notices the
    progress dialog and can press its Cancel button, as a user would."""

    def __init__(self, press_cancel: bool = False) -> None:
        self.ticks = 0
        self.press_cancel = press_cancel
        self.dialog_up = threading.Event()
        self.label = ""
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        self.ticks += 1
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, worker.ProgressDialog) and dialog.isVisible():
            self.label = self.label or dialog.label.text()
            self.dialog_up.set()
            if self.press_cancel and dialog.cancel_button.isEnabled():
                dialog.cancel_button.click()

    def __enter__(self) -> GuiWatch:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def held(real: Callable[..., Any], watch: GuiWatch, seen: dict[str, Any],
         wait_for_cancel: bool = False) -> Callable[..., Any]:
    """`real`, recording its thread and held until the GUI has shown the progress dialog
    (and, for a cancel, until the user's Cancel reached the job): no timing assumptions."""
    def job(*args: Any, **kwargs: Any) -> Any:
        seen["thread"] = threading.get_ident()
        watch.dialog_up.wait(WAIT_S)
        cancelled = kwargs.get("cancelled")
        if wait_for_cancel and cancelled is not None:
            end = time.monotonic() + WAIT_S
            while not cancelled() and time.monotonic() < end:
                time.sleep(0.005)
        try:
            return real(*args, **kwargs)
        except tabular.Cancelled:
            seen["service_cancelled"] = True  # the reader itself stopped at Cancel
            raise

    return job


class ShowSpy(QObject):
    """Notes every progress dialog that was shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, worker.ProgressDialog):
            self.shown.append(obj.objectName())
        return False


# -- Kumu: elements and connections ---------------------------------------------------------

def test_kumu_import_reads_in_a_worker_thread_while_the_gui_runs(
        open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shell_env: Dialogs) -> None:
    window = open_window()
    steps = window.undo_stack.count()
    e, c = kumu_files(tmp_path, 1500)
    seen: dict[str, Any] = {}
    watch = GuiWatch()
    monkeypatch.setattr(imports, "read_network", held(imports.read_network, watch, seen))
    with watch:
        assert window.exporter.import_files(str(e), str(c), "Big")
        ticks_while_importing = watch.ticks
    assert not worker._RUNNING  # the thread was waited for
    assert ticks_while_importing >= 3  # the event loop ran during the import
    assert seen["thread"] != threading.get_ident()  # read in another thread
    assert watch.dialog_up.is_set() and "elements.csv" in watch.label
    canvas = next(cv for cv in window.workshop.canvases.values() if cv.name == "Big")
    assert len(window.workshop.cards.on(canvas.id)) == 1500
    assert len(window.workshop.links.on(canvas.id)) == 1499
    assert window.undo_stack.count() == steps + 1 and not shell_env.errors


def test_cancel_during_the_kumu_read_changes_nothing(
        open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shell_env: Dialogs) -> None:
    window = open_window()
    before, steps = window.workshop.snapshot(), window.undo_stack.count()
    e, c = kumu_files(tmp_path, 1500)
    files = {p: p.read_bytes() for p in (e, c)}
    seen: dict[str, Any] = {}
    watch = GuiWatch(press_cancel=True)
    monkeypatch.setattr(imports, "read_network",
                        held(imports.read_network, watch, seen, wait_for_cancel=True))
    with watch:
        assert not window.exporter.import_files(str(e), str(c), "Big")
    assert not worker._RUNNING
    assert seen.get("service_cancelled")  # the reader stopped between rows
    assert window.workshop.snapshot() == before and window.undo_stack.count() == steps
    assert not shell_env.errors and not shell_env.crashes
    assert "cancelled" in window.statusBar().currentMessage()
    assert all(p.read_bytes() == data for p, data in files.items())


def test_a_zip_bomb_gives_one_sentence_and_changes_nothing(
        open_window: Any, tmp_path: Path, shell_env: Dialogs) -> None:
    from tests.services.test_tabular import bomb_ratio

    window = open_window()
    before, steps = window.workshop.snapshot(), window.undo_stack.count()
    path = tmp_path / "network.xlsx"
    bomb_ratio(path)
    assert not window.exporter.import_files(str(path), None)
    assert not worker._RUNNING
    assert len(shell_env.errors) == 1 and not shell_env.crashes
    sentence = shell_env.errors[0]
    assert "zip bomb" in sentence and "\n" not in sentence and "Traceback" not in sentence
    assert window.workshop.snapshot() == before and window.undo_stack.count() == steps


def test_a_normal_kumu_import_is_instant_and_one_undo_step(
        open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shell_env: Dialogs) -> None:
    # No progress dialog before the job has run for SHOW_AFTER_MS (a minute here, so a busy
    # test machine cannot make this tiny read take longer than the wait).
    monkeypatch.setattr(worker, "SHOW_AFTER_MS", 60_000)
    window = open_window()
    before, steps = window.workshop.snapshot(), window.undo_stack.count()
    e, c = kumu_files(tmp_path, 6)
    answers = iter([str(e), str(c)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (next(answers), "")))
    spy = ShowSpy()
    QApplication.instance().installEventFilter(spy)
    try:
        window.exporter.import_action.trigger()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert not worker._RUNNING and not shell_env.errors
    assert spy.shown == []  # a small file: no progress dialog flashes up
    canvas = next(cv for cv in window.workshop.canvases.values() if cv.name == "elements")
    assert len(window.workshop.cards.on(canvas.id)) == 6
    assert len(window.workshop.links.on(canvas.id)) == 5
    assert window.current_canvas_id() == canvas.id
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert window.workshop.snapshot() == before


# -- the participant list ---------------------------------------------------------------------

def test_participant_list_reads_in_a_worker_thread_while_the_gui_runs(
        open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shell_env: Dialogs) -> None:
    window = open_window()
    path = signup_list(tmp_path, 3000)
    seen: dict[str, Any] = {}
    watch = GuiWatch()
    monkeypatch.setattr(participants_import, "read_file",
                        held(participants_import.read_file, watch, seen))
    with watch:
        dialog = ImportDialog.for_file(window, str(path))
        ticks_while_reading = watch.ticks
    assert not worker._RUNNING
    assert dialog is not None and not shell_env.errors
    assert ticks_while_reading >= 3
    assert seen["thread"] != threading.get_ident()
    assert watch.dialog_up.is_set() and "tilmeldte.csv" in watch.label
    assert len(dialog.preview.good_rows) == 3000
    dialog.do_import()
    assert len(window.workshop.participants) == 3000
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert len(window.workshop.participants) == 0
    dialog.deleteLater()


def test_cancel_during_the_participant_read_changes_nothing(
        open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shell_env: Dialogs) -> None:
    window = open_window()
    before, steps = window.workshop.snapshot(), window.undo_stack.count()
    path = signup_list(tmp_path, 3000)
    data = path.read_bytes()
    seen: dict[str, Any] = {}
    watch = GuiWatch(press_cancel=True)
    monkeypatch.setattr(participants_import, "read_file",
                        held(participants_import.read_file, watch, seen, wait_for_cancel=True))
    with watch:
        assert ImportDialog.for_file(window, str(path)) is None
    assert not worker._RUNNING
    assert seen.get("service_cancelled")
    assert window.workshop.snapshot() == before and window.undo_stack.count() == steps
    assert not shell_env.errors and not shell_env.crashes
    assert path.read_bytes() == data


@pytest.mark.parametrize("case", ["not a list", "zip bomb"])
def test_a_refused_participant_file_gives_one_sentence(
        case: str, open_window: Any, tmp_path: Path, shell_env: Dialogs) -> None:
    from tests.services.test_tabular import bomb_ratio

    window = open_window()
    before = window.workshop.snapshot()
    if case == "zip bomb":
        path = tmp_path / "tilmeldte.xlsx"
        bomb_ratio(path)
        expected = "zip bomb"
    else:
        path = tmp_path / "tilmeldte.csv"
        path.write_text("Dato;Beløb\n2024-01-01;100\n", encoding="utf-8")
        expected = "No column with names"
    assert ImportDialog.for_file(window, str(path)) is None
    assert not worker._RUNNING
    assert len(shell_env.errors) == 1 and not shell_env.crashes
    assert expected in shell_env.errors[0] and "\n" not in shell_env.errors[0]
    assert window.workshop.snapshot() == before and window.undo_stack.count() == 0


def test_a_small_participant_list_imports_without_a_progress_dialog(
        open_window: Any, tmp_path: Path, shell_env: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "SHOW_AFTER_MS", 60_000)  # see the Kumu case above
    window = open_window()
    path = signup_list(tmp_path, 4)
    spy = ShowSpy()
    QApplication.instance().installEventFilter(spy)
    try:
        dialog = ImportDialog.for_file(window, str(path))
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert dialog is not None and spy.shown == []
    dialog.do_import()
    assert sorted(p.name for p in window.workshop.participants.values()) == [
        f"Person {i}" for i in range(4)]
    assert window.undo_stack.count() == 1
    dialog.deleteLater()
