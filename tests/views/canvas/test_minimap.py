"""A minimap for large canvases (issue 11): it shows when the view holds only part of the
board, frames what is on screen, and a click in it moves the view there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from coi_desktop.views.canvas import palette

from .conftest import add


def test_minimap_shows_when_zoomed_in_and_moves_the_view(zoomed_in) -> None:
    view = zoomed_in
    minimap = view.minimap
    assert minimap.isVisible()
    geometry = minimap.geometry()
    assert view.viewport().geometry().contains(geometry)  # in the canvas's corner
    target = QPointF(2200 + 90, 700 + 50)  # the far card's middle
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     minimap.to_map(target).toPoint())
    centre = view.navigation.centre()
    assert abs(centre.x() - target.x()) < 20 and abs(centre.y() - target.y()) < 20
    # the frame of what the view shows is drawn in the selection colour, around the target
    image = minimap.grab().toImage()
    frame = minimap._map_rect(view.navigation.visible_rect())
    selection = palette.SELECTION

    def distance(x: int) -> int:
        c = image.pixelColor(x, round(frame.center().y()))
        return abs(c.red() - selection.red()) + abs(c.green() - selection.green()) \
            + abs(c.blue() - selection.blue())

    left = round(frame.left())
    assert min(distance(x) for x in range(left - 2, left + 3)) < 60
    assert frame.contains(minimap.to_map(target))


def test_minimap_hides_when_everything_is_in_view(make_view) -> None:
    view = make_view()
    add(view.workshop, "note", "N", x=100, y=100)
    view.fit_all()
    assert not view.minimap.isVisible()
    view.navigation.set_zoom(2.0)
    assert view.minimap.isVisible()


def test_no_minimap_on_the_projector(make_view) -> None:
    view = make_view(presentation=True)
    view.navigation.set_zoom(3.0)
    assert not view.minimap.isVisible()


def test_the_minimap_hides_what_lies_under_it(zoomed_in) -> None:
    """A card's text under the minimap does not show through it (it did, faintly, and made
    the map's own little cards hard to tell apart)."""
    minimap = zoomed_in.minimap
    assert minimap.isVisible()
    picture = minimap._draw_picture().toImage()
    inside = [(x, y) for x in range(4, picture.width() - 4, 7)
              for y in range(4, picture.height() - 4, 7)]
    assert inside and all(picture.pixelColor(x, y).alpha() == 255 for x, y in inside)
