"""Every room string has a Danish glossary entry, and the docks switch language live."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from coi_desktop.views.room import install

ROOM = Path(__file__).resolve().parents[3] / "coi_desktop"
#: The room's glossaries: room.tsv and a later session's w2-room.tsv (one file per branch).
GLOSSARIES = sorted((ROOM / "resources" / "i18n" / "da").glob("*room.tsv"))


def glossary() -> dict[str, str]:
    pairs = {}
    for path in GLOSSARIES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                en, da = line.split("\t", 1)
                pairs[en.replace("\\n", "\n")] = da.replace("\\n", "\n")
    return pairs


def tr_strings() -> set[str]:
    """The literal strings of every self.tr(...) call in the room views (literals joined)."""
    found = set()
    call = re.compile(r"\.tr\(((?:\s*\"(?:[^\"\\]|\\.)*\")+)\s*[,)]")
    for path in (ROOM / "views" / "room").glob("*.py"):
        for match in call.finditer(path.read_text(encoding="utf-8")):
            parts = re.findall(r"\"((?:[^\"\\]|\\.)*)\"", match.group(1))
            found.add("".join(parts).encode().decode("unicode_escape").encode("latin-1")
                      .decode("utf-8"))
    return found


class GlossaryTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.words = glossary()

    def translate(self, context: str, source: str, disambiguation: Any = None,
                  n: int = -1) -> str:
        return self.words.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_every_room_string_has_danish() -> None:
    strings = tr_strings()
    assert len(strings) > 100
    words = glossary()
    assert sorted(s for s in strings if s not in words) == []
    for en, da in words.items():
        assert da.count("%1") == en.count("%1") and da.count("%2") == en.count("%2"), en


def test_docks_and_menu_switch_to_danish_live(window: Any) -> None:
    room = install(window)
    translator = GlossaryTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window.language_changed.emit()
        QCoreApplication.processEvents()
        assert room.voting.windowTitle() == "Prikafstemning"
        assert room.agenda.buttons["start"].text() == "Start punkt"
        assert "til stede" in room.participants.count.text()
        assert room.participants.windowTitle() == "Deltagere"
        assert room.actions["room.reveal"].text() == "&Vis alle skjulte kort"
        assert room.agenda.timer_widget.minute_button.text() == "+1 minut"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
    assert room.voting.windowTitle() == "Dot voting"
