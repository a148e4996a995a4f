"""No two visible controls of one dialog or panel share an Alt+letter, in English or Danish.

The Workshop details dialog had Alt+F on four fields in Danish (Formål, Facilitator,
Teknologifokus, Fasefokus); Alt+T went to Titel, not the Taksonomier tab. Danish texts are
taken from the glossaries (resources/i18n/da/*.tsv), so the test does not need a built .qm.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from coi_desktop.i18n_build import glossary
from coi_desktop.models import Card, Workshop, new_id

from ..conftest import make_file

DANISH = glossary()


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(widget: QWidget) -> dict[str, dict[str, list[str]]]:
    """{language: {letter: [texts]}} for letters used more than once among visible controls."""
    texts = [lab.text() for lab in widget.findChildren(QLabel)
             if lab.buddy() is not None and lab.isVisibleTo(widget)]
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    out: dict[str, dict[str, list[str]]] = {}
    for lang, words in (("en", {}), ("da", DANISH)):
        seen: dict[str, list[str]] = {}
        for text in texts:
            shown = words.get(text, text)
            letter = mnemonic(shown)
            if letter:
                seen.setdefault(letter, []).append(shown)
        double = {k: v for k, v in seen.items() if len(v) > 1}
        if double:
            out[lang] = double
    return out


def test_workshop_details_dialog(qtbot: Any) -> None:
    from coi_desktop.views.dialogs.details import WorkshopDetailsDialog

    dialog = WorkshopDetailsDialog(Workshop.new("T", language="da"), "da", False)
    qtbot.addWidget(dialog)
    assert clashes(dialog) == {}
    dialog.tabs.setCurrentIndex(1)
    assert clashes(dialog) == {}


def test_settings_dialog(qtbot: Any) -> None:
    from coi_desktop.views.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert clashes(dialog) == {}


@pytest.mark.parametrize("kind", ["actor", "barrier", "opportunity", "action", "note"])
def test_inspector_for_every_kind(kind: str, open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, f"{kind}.coi"))
    card = Card(new_id(), window.current_canvas_id(), kind, "Card", x=10.0, y=10.0)
    window.workshop.cards.add([card])
    window.current_view().select_cards([card.id])
    window.inspector.show_cards([card.id])
    assert clashes(window.inspector) == {}


def test_small_dialogs(qtbot: Any) -> None:
    from coi_desktop.views.dialogs.link_dialog import LinkDialog
    from coi_desktop.views.dialogs.new_canvas import NewCanvasDialog
    from coi_desktop.views.dialogs.new_workshop import NewWorkshopDialog
    from coi_desktop.views.room.agenda import AgendaItemDialog
    from coi_desktop.views.room.participants import ParticipantDialog
    from coi_desktop.views.room.voting_dialogs import StartRoundDialog

    w = Workshop.new("T", language="da")
    canvas = w.canvases.ordered()[0].id
    a, b = (Card(new_id(), canvas, kind, "x", x=0.0, y=0.0) for kind in ("actor", "barrier"))
    w.cards.add([a, b])
    link = w.links.new(a.id, b.id)
    w.links.add([link])
    for dialog in (NewWorkshopDialog(), NewCanvasDialog(None, str), AgendaItemDialog(w),
                   ParticipantDialog(w, "da"), StartRoundDialog(w, "da", "R"),
                   LinkDialog(w, link, "da", False)):
        qtbot.addWidget(dialog)
        assert clashes(dialog) == {}, type(dialog).__name__


def test_panels(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "panels.coi", cards=2))
    room = window.room
    for panel in (room.participants, room.voting, room.agenda, window.analysis_dock,
                  window.find_bar, window.quick_capture, window.outline):
        panel.show()
        assert clashes(panel) == {}, type(panel).__name__
