"""QA findings in small dialogs, each a test that would have caught it."""

from __future__ import annotations

from typing import Any

from coi_desktop.models import Card, Workshop, new_id


def test_link_dialog_shows_both_card_titles_whole(qtbot: Any) -> None:
    """The ends were a 1-line box scrolled to the tail: 'bassadører pr. distrikt'."""
    from coi_desktop.views.dialogs.link_dialog import LinkDialog

    w = Workshop.new("T", language="da", template="blank")
    canvas = w.canvases.ordered()[0].id
    a = Card(new_id(), canvas, "actor", "Robotambassadører pr. distrikt <b>x</b>", x=0, y=0)
    b = Card(new_id(), canvas, "barrier", "Udbudsregler " * 2000, x=300, y=0)
    w.cards.add([a, b])
    link = w.links.new(a.id, b.id)
    w.links.add([link])
    dialog = LinkDialog(w, link, "da", read_only=False)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.ends.text()
    assert text.startswith("Robotambassadører pr. distrikt <b>x</b>\n→  Udbudsregler")
    assert len(text) < 300
    assert dialog.ends.textFormat() == dialog.ends.textFormat().PlainText
    assert dialog.width() >= 440
    assert dialog.focusWidget() is dialog.relation


def test_taxonomy_table_shows_every_column(qtbot: Any) -> None:
    """The 'Hidden' column of the taxonomy table was cut off behind a scroll bar."""
    from coi_desktop.views.dialogs.details import WorkshopDetailsDialog

    dialog = WorkshopDetailsDialog(Workshop.new("T", language="da"), "da", False)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(2) + header.sectionSize(2) \
        <= table.viewport().width()
    assert header.sectionSize(0) >= 150
