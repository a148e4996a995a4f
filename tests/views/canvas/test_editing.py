"""Editing through the canvas view's API: each action one undo step, undo exact."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QRectF
from PySide6.QtGui import QGuiApplication

from coi_desktop.commands.cards import update_cards_command
from coi_desktop.models import Workshop, zone_at
from coi_desktop.views.canvas.clipboard import MIME

from .conftest import add


def _rects_overlap(w: Workshop, ids: list[str]) -> bool:
    rects = [QRectF(c.x, c.y, c.width, c.height) for c in (w.cards.require(i) for i in ids)]
    return any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_pasting_ten_lines_makes_ten_cards_in_one_step(make_view) -> None:
    view = make_view()
    view.set_default_kind("opportunity")
    mime = QMimeData()
    mime.setText("\n".join(f"Idea {i}" for i in range(10)) + "\n\n")
    QGuiApplication.clipboard().setMimeData(mime)
    ids = view.paste()
    w = view.workshop
    assert len(ids) == 10 and len(w.cards) == 10
    assert sorted(w.cards.require(i).title for i in ids) == sorted(f"Idea {i}" for i in range(10))
    assert {w.cards.require(i).kind for i in ids} == {"opportunity"}
    assert not _rects_overlap(w, ids)
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert not w.cards and not view.scene().cards


def test_removing_a_linked_card_and_undoing_restores_the_link(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b = add(w, "actor", x=0, y=0), add(w, "barrier", x=400, y=0)
    link = w.links.new(a, b, label="every tender")
    w.links.add([link])
    view.select_cards([a])
    view.delete_selection()
    assert a not in w.cards and not w.links and not view.scene().links
    view.undo_stack.undo()
    assert w.links == {link.id: link}
    assert link.id in view.scene().links
    assert view.scene().links[link.id].isVisible()


def test_quick_capture_of_twenty_lines(make_view) -> None:
    view = make_view()
    text = "\n".join(f"Barrier {i}" for i in range(20))
    ids = view.quick_capture("barrier", text)
    w = view.workshop
    assert [w.cards.require(i).title for i in ids] == [f"Barrier {i}" for i in range(20)]
    assert view.undo_stack.count() == 1
    assert not _rects_overlap(w, ids)
    more = view.quick_capture("barrier", "Next one")
    first_row_y = w.cards.require(ids[0]).y
    assert not _rects_overlap(w, ids + more)
    assert w.cards.require(more[0]).y >= first_row_y
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert not w.cards


def test_quick_capture_fills_the_zone_it_is_in(make_view) -> None:
    view = make_view("barrier_board")
    w = view.workshop
    layout = w.canvases.layout(view.canvas_id)
    middle = layout.zones[len(layout.zones) // 2]  # a column the view can centre on
    view.centerOn(middle.x + middle.width / 2, middle.y + middle.height / 2)
    ids = view.quick_capture("barrier", "\n".join(f"Rule {i}" for i in range(6)))
    for cid in ids:
        card = w.cards.require(cid)
        assert card.category == middle.key
        assert zone_at(layout, card) is middle


def test_link_selected_uses_the_default_relation(make_view) -> None:
    view = make_view()
    w = view.workshop
    barrier = add(w, "barrier", x=500, y=0)
    actor = add(w, "actor", x=0, y=0)
    view.select_cards([barrier, actor])
    link_id = view.link_selected()
    link = w.links[link_id]
    assert (link.source_id, link.target_id) == (actor, barrier)
    assert link.relation == "experiences" and link.directed
    assert view.scene().links[link_id].link.directed
    assert view.link_selected() is None  # already linked: no duplicate
    view.select_cards([actor])
    assert view.link_selected() is None


def test_group_selection_frames_the_cards(make_view) -> None:
    view = make_view()
    w = view.workshop
    ids = [add(w, x=100 + 250 * i, y=300) for i in range(3)]
    view.select_cards(ids)
    gid = view.group_selection("Procurement")
    assert {c.id for c in w.groups.cards_in(gid)} == set(ids)
    assert gid in view.scene().groups
    view.undo_stack.undo()
    assert not w.groups and not view.scene().groups


def test_align_and_distribute(make_view) -> None:
    view = make_view()
    w = view.workshop
    ids = [add(w, x=x, y=y) for x, y in ((0, 0), (300, 50), (1000, 120))]
    view.select_cards(ids)
    view.align_selection("top")
    assert {w.cards.require(i).y for i in ids} == {0}
    view.distribute_selection("horizontal")
    xs = sorted(w.cards.require(i).x for i in ids)
    assert xs == [0, 500, 1000]
    assert view.undo_stack.count() == 2
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert [(w.cards[i].x, w.cards[i].y) for i in ids] == [(0, 0), (300, 50), (1000, 120)]


def test_find_highlights_and_steps_through_matches(make_view) -> None:
    view = make_view()
    w = view.workshop
    a = add(w, title="GDPR consent", x=0, y=0)
    b = add(w, title="Budget", x=300, y=0)
    c = add(w, title="Other", x=0, y=400, tags=("gdpr",))
    assert view.find("gdpr") == [a, c]
    scene = view.scene()
    assert scene.card_item(a).found == 2 and scene.card_item(c).found == 1
    assert scene.card_item(b).found == 0
    assert view.selected_card_ids() == [a]
    assert view.find_next() == c
    assert scene.card_item(c).found == 2 and view.selected_card_ids() == [c]
    assert view.find_next() == a
    assert view.find_previous() == c
    view.clear_find()
    assert all(item.found == 0 for item in scene.cards.values())


def test_filter_dims_the_rest(make_view) -> None:
    view = make_view()
    w = view.workshop
    law = add(w, "barrier", x=0, y=0, category="law")
    money = add(w, "barrier", x=300, y=0, category="economy")
    actor = add(w, "actor", x=600, y=0)
    view.set_filter(kind="barrier", category="law")
    scene = view.scene()
    assert scene.card_item(law).opacity() == 1.0
    assert scene.card_item(money).opacity() < 0.5 and scene.card_item(actor).opacity() < 0.5
    late = add(w, "note", x=900, y=0)  # a card added while filtering is dimmed too
    assert scene.card_item(late).opacity() < 0.5
    view.clear_filter()
    assert all(item.opacity() == 1.0 for item in scene.cards.values())


def test_zone_field_change_moves_the_card_into_its_zone(make_view) -> None:
    view = make_view("power_interest")
    w = view.workshop
    layout = w.canvases.layout(view.canvas_id)
    monitor = next(z for z in layout.zones if z.key == "monitor")
    x, y = monitor.x + 40, monitor.y + monitor.height / 2
    cid = add(w, "actor", x=x, y=y, power=1, interest=1)
    assert zone_at(layout, w.cards.require(cid)) is monitor
    view.undo_stack.push(update_cards_command(w, {cid: {"power": 5, "interest": 5}}))
    card = w.cards.require(cid)
    assert zone_at(layout, card).key == "manage_closely"
    assert (card.power, card.interest) == (5, 5)
    assert view.scene().card_item(cid).pos().x() == card.x
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    card = w.cards.require(cid)
    assert (card.x, card.y, card.power, card.interest) == (x, y, 1, 1)
    # A change that keeps the card in its zone does not move it.
    view.undo_stack.push(update_cards_command(w, {cid: {"power": 2, "title": "Council"}}))
    assert (w.cards.require(cid).x, w.cards.require(cid).y) == (x, y)


def test_scene_follows_changes_made_elsewhere(make_view) -> None:
    view = make_view()
    w = view.workshop
    scene = view.scene()
    cid = add(w, title="From the inspector", x=10, y=20)
    assert scene.card_item(cid).pos().x() == 10
    w.cards.move({cid: (500, 600)})
    assert (scene.card_item(cid).pos().x(), scene.card_item(cid).pos().y()) == (500, 600)
    w.cards.update(cid, title="Renamed")
    assert scene.card_item(cid).card.title == "Renamed"
    w.cards.remove([cid])
    assert scene.card_item(cid) is None
    # a far-away card grows the scene rect
    far = add(w, x=20000, y=15000)
    assert scene.sceneRect().contains(QRectF(20000, 15000, 180, 100))
    assert scene.card_item(far) is not None


def test_copy_and_paste_between_two_workshops(make_view) -> None:
    source = make_view()
    target = make_view("barrier_board")
    w1 = source.workshop
    a, b = add(w1, "actor", "Region", x=0, y=0), add(w1, "barrier", "Law", x=400, y=0,
                                                   category="law")
    w1.links.add([w1.links.new(a, b)])
    source.select_cards([a, b])
    source.copy()
    assert QGuiApplication.clipboard().mimeData().hasFormat(MIME)
    assert QGuiApplication.clipboard().text().splitlines() == ["Region", "Law"]
    ids = target.paste()
    w2 = target.workshop
    assert len(ids) == 2 and not set(ids) & {a, b}
    assert len(w2.links) == 1
    (link,) = w2.links.values()
    assert {link.source_id, link.target_id} == set(ids)
    assert target.undo_stack.count() == 1
    again = source.paste()  # pasted in the same canvas: offset, not on top
    moved = [w1.cards.require(i) for i in again]
    assert {(c.x, c.y) for c in moved}.isdisjoint({(0.0, 0.0), (400.0, 0.0)})


def test_garbage_on_the_clipboard_is_ignored(make_view) -> None:
    view = make_view()
    mime = QMimeData()
    mime.setData(MIME, b'{"format": "coi-desktop-cards", "cards": [{"kind": "bogus"}, 5]}')
    QGuiApplication.clipboard().setMimeData(mime)
    assert view.paste() == []
    assert view.undo_stack.count() == 0


def test_duplicate_and_cut(make_view) -> None:
    view = make_view()
    w = view.workshop
    a = add(w, title="One", x=0, y=0)
    view.select_cards([a])
    (dup,) = view.duplicate()
    copy, original = w.cards.require(dup), w.cards.require(a)
    assert copy.title == "One"
    # not on its original (issue 11): a free cell of the board
    assert not QRectF(copy.x, copy.y, copy.width, copy.height).intersects(
        QRectF(original.x, original.y, original.width, original.height))
    view.select_cards([a])
    view.cut()
    assert a not in w.cards
    assert view.undo_stack.text(view.undo_stack.count() - 1) == "Cut"


def test_read_only_view_changes_nothing(make_view) -> None:
    view = make_view()
    w = view.workshop
    a = add(w, x=0, y=0)
    view.set_read_only(True)
    view.select_cards([a])
    view.delete_selection()
    assert view.add_card("note", title="x") == ""
    assert view.quick_capture("note", "a\nb") == []
    assert a in w.cards and len(w.cards) == 1
    assert view.undo_stack.count() == 0


def test_a_refused_edit_is_reported_not_raised(make_view) -> None:
    view = make_view()
    w = view.workshop
    a = add(w, x=0, y=0)
    errors = []
    view.error_occurred.connect(errors.append)
    view.select_cards([a])
    w.cards.remove([a])  # gone behind the view's back
    assert view.editing.cards_dragged({a: ((0, 0), (10, 10))}) is False
    assert len(errors) == 1 and errors[0].text("da")
    assert view.undo_stack.count() == 0


def test_deleting_cards_links_and_groups_together_undoes_exactly(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b, c = (add(w, "actor", x=100 + 300 * i, y=100) for i in range(3))
    ab, bc = w.links.new(a, b), w.links.new(b, c)
    w.links.add([ab, bc])
    view.select_cards([a, b])
    gid = view.group_selection("Pair")
    start = w.snapshot()
    view.select_cards([a])
    view.scene().links[bc.id].setSelected(True)
    view.scene().groups[gid].setSelected(True)
    view.delete_selection()
    assert set(w.cards) == {b, c} and not w.links and not w.groups
    assert view.undo_stack.text(view.undo_stack.index() - 1) == "Delete card"
    view.undo_stack.undo()
    assert w.snapshot() == start
    assert set(view.scene().links) == {ab.id, bc.id} and gid in view.scene().groups
    view.undo_stack.redo()
    assert set(w.cards) == {b, c} and not w.links and not w.groups


def test_pasted_lines_are_named_as_a_paste(make_view) -> None:
    view = make_view()
    mime = QMimeData()
    mime.setText("one\ntwo\nthree")
    QGuiApplication.clipboard().setMimeData(mime)
    view.paste()
    assert view.undo_stack.undoText() == "Paste 3 cards"


def test_a_card_added_in_a_quadrant_takes_its_meaning(make_view) -> None:
    view = make_view("power_interest")
    w = view.workshop
    from PySide6.QtCore import QPointF

    manage = next(z for z in w.canvases.layout(view.canvas_id).zones if z.key == "manage_closely")
    cid = view.add_card("actor", QPointF(*manage.anchor()), title="Minister")
    card = w.cards.require(cid)
    assert (card.power, card.interest) == (4, 4)
    assert view.undo_stack.undoText() == "Add card"


def test_copy_the_selection_as_a_picture(make_view) -> None:
    """Ctrl+Shift+C puts the selected cards on the clipboard as an image, twice the size,
    without selection rings (issue 11)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from coi_desktop.views.canvas import palette

    view = make_view()
    w = view.workshop
    a = add(w, "barrier", "Rules", x=100, y=100)
    b = add(w, "actor", "Region", x=400, y=100)
    add(w, "note", "Not copied", x=100, y=600)
    view.select_cards([a, b])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (2 * (480 + 32), 2 * (100 + 32))
    band = image.pixelColor(2 * (16 + 90), 2 * (16 + 6))  # the first card's coloured band
    accent = view.scene().card_item(a).accent
    assert abs(band.red() - accent.red()) + abs(band.green() - accent.green()) < 40
    ring = image.pixelColor(2 * (16 - 4), 2 * (16 + 50))  # where a selection ring would be
    assert ring != palette.SELECTION
    assert view.selected_card_ids() == sorted([a, b], key=lambda i: w.cards[i].x)
