"""The inspector edits a card in one undo step that lands in the file; the outline finds a
card on another canvas and focuses it there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coi_desktop.models import Card, new_id
from coi_desktop.storage import read_workshop

from .conftest import make_file


def _choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_inspector_edit_is_one_undo_step_and_lands_in_the_file(open_window: Any,
                                                              tmp_path: Path,
                                                              qtbot: Any) -> None:
    path = make_file(tmp_path, "edit.coi", cards=2, kind="barrier")
    window = open_window(path)
    view = window.current_view()
    card_id = sorted(window.workshop.cards.values(), key=lambda c: c.title)[0].id
    view.select_cards([card_id])
    inspector = window.inspector
    assert inspector.card_ids == [card_id]
    severity = inspector.editors["severity"]
    assert not inspector.form.isRowVisible(inspector.editors["power"])  # not a barrier field
    steps = window.undo_stack.count()

    _choose(severity, 4)
    assert window.workshop.cards.require(card_id).severity == 4
    assert window.undo_stack.count() == steps + 1
    assert read_workshop(path).cards.require(card_id).severity == 4

    window.undo_stack.undo()
    assert window.workshop.cards.require(card_id).severity is None
    assert read_workshop(path).cards.require(card_id).severity is None
    qtbot.waitUntil(lambda: severity.currentData() is None)  # the inspector follows undo


def test_inspector_field_that_means_a_zone_moves_the_card_in_the_same_step(
        open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "board.coi", template="barrier_board"))
    canvas = window.current_canvas_id()
    card = Card(new_id(), canvas, "barrier", "Rules unclear", x=10.0, y=300.0)
    window.workshop.cards.add([card])
    window.current_view().select_cards([card.id])
    steps = window.undo_stack.count()

    _choose(window.inspector.editors["category"], "ethics")
    moved = window.workshop.cards.require(card.id)
    assert moved.category == "ethics"
    zone = next(z for z in window.workshop.canvases.layout(canvas).zones if z.key == "ethics")
    assert zone.contains(moved.x + moved.width / 2, moved.y + moved.height / 2)
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    back = window.workshop.cards.require(card.id)
    assert (back.category, back.x, back.y) == ("", 10.0, 300.0)


def test_inspector_multi_selection_edits_shared_fields(open_window: Any,
                                                       tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "multi.coi", cards=3, kind="barrier"))
    ids = list(window.workshop.cards)
    window.current_view().select_cards(ids)
    tags = window.inspector.editors["tags"]
    assert tags.placeholderText() == ""  # all empty: the same value
    tags.setText("gdpr, pilot")
    tags.editingFinished.emit()
    assert all(window.workshop.cards.require(i).tags == ("gdpr", "pilot") for i in ids)
    assert window.undo_stack.undoText() != ""
    window.undo_stack.undo()
    assert all(window.workshop.cards.require(i).tags == () for i in ids)


def test_outline_click_switches_canvas_and_focuses_the_card(open_window: Any,
                                                            tmp_path: Path, qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, "outline.coi", cards=2))
    window.canvases.add_canvas("blank", "Second board")
    second = window.current_canvas_id()
    target = Card(new_id(), second, "actor", "Needle in the haystack", x=900.0, y=700.0)
    window.workshop.cards.add([target])
    window.set_current_canvas(window.workshop.canvases.ordered()[0].id)
    assert window.current_canvas_id() != second

    outline = window.outline
    outline.show()
    outline.search.setText("needle")
    outline.rebuild()
    tree = outline.tree
    actors = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).data(0, 257) == "actor")
    assert actors.text(0).endswith("(1)")
    item = actors.child(0)
    tree.itemClicked.emit(item, 0)
    assert window.current_canvas_id() == second
    assert window.current_view().selected_card_ids() == [target.id]
    assert window.inspector.card_ids == [target.id]


def test_text_typed_in_the_inspector_is_kept_when_the_window_closes(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from coi_desktop.views import application

    from .conftest import activate

    path = make_file(tmp_path, "typing.coi", cards=1)
    window = open_window(path)
    card_id = next(iter(window.workshop.cards))
    window.current_view().select_cards([card_id])
    activate(qtbot, window)
    box = window.inspector.editors["description"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Written just before closing")
    window.close()
    assert read_workshop(path).cards.require(card_id).description == "Written just before closing"
    assert application.shell().welcome is not None  # the last window gives way to welcome


def test_inspector_changes_a_cards_kind_in_one_step_keeping_shared_fields(
        open_window: Any, tmp_path: Path, qtbot: Any) -> None:
    path = make_file(tmp_path, "kind.coi", cards=1, kind="barrier")
    window = open_window(path)
    card_id = next(iter(window.workshop.cards))
    window.workshop.cards.update(card_id, description="Kept", severity=4)
    window.current_view().select_cards([card_id])
    inspector = window.inspector
    kind = inspector.editors["kind"]
    assert [kind.itemText(i) for i in range(kind.count())] == \
        ["Actor", "Barrier", "Opportunity", "Action", "Note"]  # no empty choice
    assert kind.currentData() == "barrier"
    assert inspector.form.isRowVisible(inspector.editors["severity"])
    steps = window.undo_stack.count()

    _choose(kind, "opportunity")
    card = window.workshop.cards.require(card_id)
    assert (card.kind, card.description, card.severity) == ("opportunity", "Kept", None)
    assert window.undo_stack.count() == steps + 1
    assert read_workshop(path).cards.require(card_id).kind == "opportunity"
    qtbot.waitUntil(lambda: inspector.form.isRowVisible(inspector.editors["impact"]))
    assert not inspector.form.isRowVisible(inspector.editors["severity"])

    window.window_actions["edit.undo"].trigger()
    card = window.workshop.cards.require(card_id)
    assert (card.kind, card.severity) == ("barrier", 4)
    qtbot.waitUntil(lambda: kind.currentData() == "barrier")


def test_edit_menu_tidies_the_canvas_in_one_step(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "tidy.coi", template="barrier_board"))
    canvas = window.current_canvas_id()
    window.workshop.cards.add([Card(new_id(), canvas, "barrier", f"Heap {n}", x=400.0 + n,
                                    y=400.0 + n) for n in range(4)])
    before = {c.id: (c.x, c.y) for c in window.workshop.cards.on(canvas)}
    steps = window.undo_stack.count()
    tidy = window.window_actions["edit.tidy"]
    assert tidy in window.menu("edit.arrange").actions() and tidy.isEnabled()
    tidy.trigger()
    after = {c.id: (c.x, c.y) for c in window.workshop.cards.on(canvas)}
    assert after != before and len(set(after.values())) == 4  # no two cards on one spot
    assert window.undo_stack.count() == steps + 1
    window.window_actions["edit.undo"].trigger()
    assert {c.id: (c.x, c.y) for c in window.workshop.cards.on(canvas)} == before
