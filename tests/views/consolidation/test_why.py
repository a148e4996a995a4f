"""The proposals view says why titles were grouped: shared words, differing words, places left
out, in the interface language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coi_desktop.services.consolidation import consolidate
from coi_desktop.storage import create_workshop_file
from coi_desktop.views import i18n
from coi_desktop.views.consolidation.proposals import WHY_COLUMN, ProposalsPanel
from tests.services.consolidation.helpers import barrier_workshop

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    for i, title in enumerate(("Manglende budget efter piloten i Aarhus Kommune",
                               "Intet budget efter pilotprojektet i Odense Kommune",
                               "Manglende budget efter piloten")):
        create_workshop_file(tmp_path / f"w{i}.coi", barrier_workshop(f"W{i}", [title]))
    out = tmp_path / "c.db"
    consolidate([tmp_path], out)
    return out


def test_why_column_and_pane_name_the_words_in_both_languages(qtbot: Any,
                                                               database: Path) -> None:
    panel = ProposalsPanel()
    qtbot.addWidget(panel)
    panel.load(database)
    panel.resize(1200, 500)
    panel.show()
    assert panel.table.rowCount() == 1
    assert panel.table.horizontalHeaderItem(WHY_COLUMN).text() == "Why?"
    cell = panel.table.item(0, WHY_COLUMN).text()
    assert cell.startswith("Shared: manglende, budget, piloten")
    assert "differs: pilotprojektet" in cell
    assert panel.why.text() == "Select a proposal to see why its titles were grouped."
    panel.table.selectRow(0)
    text = panel.why.text()
    assert text.startswith("Why these titles were grouped:")
    assert "“manglende budget efter piloten” and “intet budget efter pilotprojektet i " \
           "odense kommune”" in text
    assert "Only in “intet budget efter pilotprojektet i odense kommune”: pilotprojektet." \
        in text
    assert "Place names, not compared: odense, kommune." in text
    assert panel.why.isVisible()
    try:
        assert i18n.set_language("da")
        qtbot.waitUntil(  # (the language change reaches widgets as a posted event)
            lambda: panel.table.horizontalHeaderItem(WHY_COLUMN).text() == "Hvorfor?")
        assert panel.table.item(0, WHY_COLUMN).text().startswith(
            "Fælles: manglende, budget, piloten · forskellige: pilotprojektet")
        panel.table.clearSelection()
        panel.table.selectRow(0)
        dansk = panel.why.text()
        assert dansk.startswith("Derfor er titlerne samlet:")
        assert "Fælles ord: manglende, budget, piloten." in dansk
        assert "Stednavne, der ikke sammenlignes: odense, kommune." in dansk
    finally:
        i18n.set_language("en")
        qtbot.waitUntil(lambda: panel.table.horizontalHeaderItem(WHY_COLUMN).text() == "Why?")


def test_a_negation_is_named_as_the_reason_titles_differ(qtbot: Any, tmp_path: Path) -> None:
    from coi_desktop.services.consolidation.similarity import explain_titles

    why = explain_titles("Leverandøren er en barriere", "Leverandøren er ikke en barriere")
    assert why.negation_differs and why.only_b == ("ikke",) and why.score == 0.0


def test_the_window_lists_a_replacement_with_its_reason(qtbot: Any, tmp_path: Path) -> None:
    import os
    import time

    from coi_desktop.views.consolidation import ConsolidationWindow

    ws = barrier_workshop("Velfærd", ["Manglende data"])
    create_workshop_file(tmp_path / "velfærd.coi", ws)
    then = time.time() - 86400
    os.utime(tmp_path / "velfærd.coi", (then, then))
    consolidate([tmp_path / "velfærd.coi"], tmp_path / "c.db")
    ws.update_info(title="Velfærd, rettet")
    create_workshop_file(tmp_path / "velfærd-rettet.coi", ws)
    window = ConsolidationWindow(language=lambda: "en")
    qtbot.addWidget(window)
    window.add_paths([str(tmp_path / "velfærd-rettet.coi")])
    window.set_output(tmp_path / "c.db")
    window.start()
    qtbot.waitUntil(lambda: not window.is_running(), timeout=30_000)
    assert window.status.text().startswith("Merged 1 workshop (0 new, 0 updated, 1 replaced")
    assert window.tabs.tabText(1) == "Skipped and replaced files (1)"
    assert window.skipped.item(0, 0).text() == "velfærd-rettet.coi"
    assert "replaced the earlier version of the same workshop from velfærd.coi" in \
        window.skipped.item(0, 1).text()
