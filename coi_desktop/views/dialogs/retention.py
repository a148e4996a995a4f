"""When a workshop's retention date has passed: say so on open and offer to remove personal data.

`offer_purge(window)` runs right after a workshop opens. If its retention date lies in the past
and participants still have names or e-mail addresses (`services.privacy.retention_passed`),
a box in the interface language gives the date and what removing means (names become
"Participant 3", e-mails are emptied, the same names inside card text and action owners are
replaced), with "Remove personal data now" and "Not now". Removing asks once more (it cannot
be undone), takes a snapshot of the file as it is first (no snapshot, no removal), replaces
the data, rewrites the file without free pages (`WorkshopFile.scrub`: the old names must not
linger in it) and clears the undo history, whose steps could bring names back. A read-only
window only says that it cannot be done there. "Not now" asks again at the next opening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...models.errors import CoiError
from ...services.privacy import purge, purge_changes, retention_passed

if TYPE_CHECKING:
    from ..surface import WindowSurface


def _date(iso: str, language: str) -> str:
    """The date as the user reads dates ("5. december 2026" / "5 December 2026")."""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    locale = QLocale("da_DK" if language == "da" else "en_GB")
    return locale.toString(day, "d. MMMM yyyy" if language == "da" else "d MMMM yyyy")


def _box(parent: QWidget, icon: QMessageBox.Icon, text: str, name: str) -> QMessageBox:
    title = QCoreApplication.translate("Retention", "Retention date passed")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def offer_purge(window: WindowSurface) -> bool:
    """Ask about removing personal data if the retention date passed; True if it was removed."""
    workshop = window.workshop
    if not retention_passed(workshop):
        return False
    parent = window.widget()
    when = _date(workshop.info.retention_date, window.language())
    if window.workshop_file.readonly:
        box = _box(parent, QMessageBox.Icon.Information, QCoreApplication.translate(
            "Retention",
            "The retention date of this workshop, %1, has passed, and it still holds names and "
            "e-mail addresses. It is open read-only here, so they cannot be removed now: open "
            "it for writing, or run “coi-desktop purge-personal-data” on the file.")
            .replace("%1", when), "retention.read_only")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    people, cards = purge_changes(workshop)
    box = _box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate(
        "Retention",
        "The retention date of this workshop, %1, has passed, and it still holds personal "
        "data. Removing it replaces every participant's name by a pseudonym (“Participant 3”), "
        "empties their e-mail addresses, and replaces the same names and addresses in card "
        "texts and action owners (participants: %2, cards: %3). This cannot be undone.")
        .replace("%1", when).replace("%2", str(len(people))).replace("%3", str(len(cards))),
        "retention.offer")
    remove = box.addButton(QCoreApplication.translate("Retention", "Remove personal data now"),
                           QMessageBox.ButtonRole.AcceptRole)
    remove.setObjectName("retention.remove")
    later = box.addButton(QCoreApplication.translate("Retention", "Not now"),
                          QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("retention.later")
    box.setDefaultButton(later)
    box.exec()
    if box.clickedButton() is not remove or not _confirmed(parent):
        return False
    return _purge(window, len(people), len(cards))


def _confirmed(parent: QWidget) -> bool:
    box = _box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate(
        "Retention",
        "Remove the names and e-mail addresses for good? This cannot be undone. A snapshot of "
        "the file as it is now is kept in your private snapshot folder and removed with the "
        "other old snapshots."), "retention.confirm")
    sure = box.addButton(QCoreApplication.translate("Retention", "Remove for good"),
                         QMessageBox.ButtonRole.DestructiveRole)
    sure.setObjectName("retention.sure")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is sure


def _purge(window: WindowSurface, people: int, cards: int) -> bool:
    workshop_file = window.workshop_file
    try:
        workshop_file.snapshot_now()  # the one way back, if the date was set by mistake
        purge(window.workshop)
        workshop_file.scrub()
    except CoiError as exc:
        window.show_error(exc)
        return False
    window.undo_stack.clear()  # its steps hold the old names
    box = _box(window.widget(), QMessageBox.Icon.Information, QCoreApplication.translate(
        "Retention",
        "Personal data removed (participants: %1, cards: %2): names and e-mail addresses are "
        "replaced by pseudonyms. The undo history was cleared.")
        .replace("%1", str(people)).replace("%2", str(cards)), "retention.done")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return True
