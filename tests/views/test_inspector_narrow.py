"""The inspector never cuts its fields off at the dock's edge: at its narrowest (280 px) and
with the longer Danish labels ("Facilitatorens noter"), a field that does not fit beside its
label goes under it. The Danish screenshot at 1920×1080 showed the fields' right edges and the
colour's "Nulstil" button cut off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea

from coi_desktop.models.registry import OPPORTUNITY
from coi_desktop.views import i18n


def test_every_field_fits_a_narrow_danish_inspector(open_window: Any, qtbot: Any) -> None:
    window = open_window(cards=1, kind=OPPORTUNITY)
    i18n.set_language("da")
    dock = next(d for d in window.findChildren(QDockWidget)
                if d.objectName() == "dock.inspector")
    qtbot.waitUntil(lambda: dock.labels["notes"].text().replace("&", "")
                    == "Facilitatorens noter", timeout=3000)
    view = window.current_view()
    view.select_cards([next(iter(window.workshop.cards))])
    qtbot.waitUntil(lambda: dock.editors["notes"].isVisible(), timeout=3000)
    window.resizeDocks([dock], [dock.minimumWidth()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() <= dock.minimumWidth() + 2, timeout=3000)
    scroll = dock.findChild(QScrollArea)
    body = scroll.widget()
    qtbot.waitUntil(lambda: body.width() <= scroll.viewport().width(), timeout=3000)
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    right = scroll.viewport().width()
    for name, editor in dock.editors.items():
        if editor.isVisible():
            edge = editor.mapTo(body, editor.rect().topRight()).x()
            assert edge <= right, (name, edge, right)
