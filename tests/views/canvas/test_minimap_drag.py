"""Issue 11, the minimap: "click or drag in it to move the view". A drag (press, several
moves with the button held, release) moves the view with the pointer after every move, not
only where the button went down; once released, the pointer passing over the minimap leaves
the view where it is."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _centre(view) -> QPointF:
    return view.navigation.visible_rect().center()


def _near(a: QPointF, b: QPointF, tolerance: float = 25.0) -> bool:
    return abs(a.x() - b.x()) < tolerance and abs(a.y() - b.y()) < tolerance


def test_dragging_in_the_minimap_moves_the_view_along(zoomed_in, qtbot) -> None:
    view = zoomed_in
    minimap = view.minimap
    assert minimap.isVisible()
    # a path across the board, well inside it so the view can centre on every point
    path = [QPointF(700, 400), QPointF(1000, 500), QPointF(1300, 600), QPointF(1600, 650),
            QPointF(1900, 700)]
    points = [minimap.to_map(p).toPoint() for p in path]
    assert len(set((p.x(), p.y()) for p in points)) == len(points)  # distinct map pixels

    QTest.mousePress(minimap, LEFT, NONE, points[0])
    seen = [_centre(view)]
    assert _near(seen[0], minimap.to_scene(QPointF(points[0])))
    for point in points[1:]:
        QTest.mouseMove(minimap, point)
        qtbot.wait(1)
        now = _centre(view)
        # the view follows the pointer: centred under it after each move, further along
        assert _near(now, minimap.to_scene(QPointF(point))), (point, now)
        assert now.x() > seen[-1].x() + 50, "the view did not move with the drag"
        seen.append(now)
    QTest.mouseRelease(minimap, LEFT, NONE, points[-1])
    assert _near(_centre(view), minimap.to_scene(QPointF(points[-1])))

    # released: the pointer moving over the minimap no longer moves the view
    before = view.navigation.visible_rect()
    QTest.mouseMove(minimap, points[0])
    qtbot.wait(1)
    assert view.navigation.visible_rect() == before

