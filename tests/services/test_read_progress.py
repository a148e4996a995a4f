"""The readers' hooks for a worker thread (issue 13): `cancelled()` is asked between rows and
stops the reading with `tabular.Cancelled` (never turned into "could not read"), and
`progress(done, total)` tells how far a file is, a few times a second at most."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from coi_desktop.services import participants_import, tabular
from coi_desktop.services.imports import read_network
from coi_desktop.services.tabular import Cancelled, Watch, read_csv, read_xlsx


def big_csv(folder: Path, n: int = 3000) -> Path:
    path = folder / "elements.csv"
    path.write_text("Label;Type\n" + "".join(f"N{i};Actor\n" for i in range(n)), encoding="utf-8")
    return path


def big_xlsx(folder: Path, n: int = 3000) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Elements"
    sheet.append(["Label", "Type"])
    for i in range(n):
        sheet.append([f"N{i}", "Actor"])
    path = folder / "network.xlsx"
    book.save(path)
    return path


def after(asks: int) -> tuple[Callable[[], bool], list[int]]:
    """A `cancelled()` that says yes from its `asks`-th question on, and its count."""
    count = [0]

    def cancelled() -> bool:
        count[0] += 1
        return count[0] >= asks

    return cancelled, count


def every_call() -> tuple[list[tuple[int, int]], Callable[[int, int], None]]:
    calls: list[tuple[int, int]] = []
    return calls, lambda done, total: calls.append((done, total))


def test_csv_progress_counts_to_the_end(tmp_path: Path) -> None:
    path = big_csv(tmp_path)
    calls, progress = every_call()
    table = read_csv(path, progress=progress)
    assert len(table.rows) == 3001
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] > 0  # ends full


def test_csv_reading_stops_between_rows_at_cancel(tmp_path: Path) -> None:
    cancelled, count = after(100)
    with pytest.raises(Cancelled):
        read_csv(big_csv(tmp_path), cancelled=cancelled)
    assert count[0] == 100  # asked row by row, and stopped at the first yes


def test_xlsx_progress_counts_the_declared_rows_and_cancel_stops_it(tmp_path: Path) -> None:
    path = big_xlsx(tmp_path)
    calls, progress = every_call()
    table = read_xlsx(path, "Elements", progress=progress)
    assert table is not None and len(table.rows) == 3001
    assert calls[-1] == (3001, 3001)  # the sheet's declared rows, read to the end
    cancelled, count = after(50)
    with pytest.raises(Cancelled):
        read_xlsx(path, "Elements", cancelled=cancelled)
    assert count[0] == 50


def test_the_archive_check_asks_between_blocks(tmp_path: Path) -> None:
    cancelled, count = after(1)
    with pytest.raises(Cancelled):
        tabular.check_archive(big_xlsx(tmp_path), cancelled)
    assert count[0] == 1


def test_kumu_and_participant_readers_pass_cancel_on_unchanged(tmp_path: Path) -> None:
    path = big_csv(tmp_path)
    seen: list[str] = []
    network = read_network(path, progress=lambda d, t, name: seen.append(name))
    assert len(network.elements) == 3000 and set(seen) == {"elements.csv"}
    for read in (lambda c: read_network(path, cancelled=c),
                 lambda c: participants_import.read_file(path, cancelled=c)):
        with pytest.raises(Cancelled) as info:
            read(after(10)[0])
        assert "cancelled" in info.value.text("en") and "annulleret" in info.value.text("da")


def test_progress_is_passed_on_a_few_times_a_second_at_most() -> None:
    calls, progress = every_call()
    watch = Watch(progress, interval=3600)
    for done in range(11):
        watch(done, 10)
    assert calls == [(0, 10), (10, 10)]  # the first and the last step only
