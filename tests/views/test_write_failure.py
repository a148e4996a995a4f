"""The disk fails under an open window: one sentence, nothing half-done, and it recovers.

The store's writer is made to fail as SQLite does on a full disk or a pulled USB stick. A
card added then must show one error sentence, leave no card on the canvas, no undo step and
nothing in the file; undo and redo refused the same way must leave the canvas and the undo
history as they were; once the "disk" is back, the next edit works and is saved.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from coi_desktop.models import Change
from coi_desktop.storage import read_workshop

from .conftest import Dialogs, make_file


def fail_disk(window: Any) -> None:
    """Make the store's writer fail until `recover(window)`."""
    def full(change: Change) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    window.workshop_file._writer.write = full  # shadows the method on this one writer


def recover(window: Any) -> None:
    del window.workshop_file._writer.write


def scene_cards(window: Any) -> set[str]:
    return set(window.current_view().scene().cards)


def capture(window: Any, text: str) -> None:
    window.quick_capture.line.setText(text)
    window.quick_capture.line.returnPressed.emit()


@pytest.mark.parametrize("how", ["quick capture", "add card"])
def test_a_card_added_while_the_disk_fails(open_window: Any, shell_env: Dialogs,
                                           tmp_path: Path,
                                           how: str) -> None:
    path = make_file(tmp_path, "disk.coi")
    window = open_window(path)
    fail_disk(window)

    if how == "quick capture":
        capture(window, "Typed while the stick was out")
    else:
        window.edit.add_card()

    assert len(shell_env.errors) == 1
    assert "disk.coi" in shell_env.errors[0] and "could not be saved" in shell_env.errors[0]
    assert window.workshop.cards == {}
    assert scene_cards(window) == set()
    assert window.undo_stack.count() == 0
    assert read_workshop(path).cards == {}
    assert shell_env.crashes == [] and window.isVisible()

    recover(window)  # the disk is back
    capture(window, "Typed after")
    assert [c.title for c in window.workshop.cards.values()] == ["Typed after"]
    assert scene_cards(window) == set(window.workshop.cards)
    assert window.undo_stack.count() == 1
    assert [c.title for c in read_workshop(path).cards.values()] == ["Typed after"]
    assert len(shell_env.errors) == 1


def test_undo_and_redo_while_the_disk_fails(open_window: Any, shell_env: Dialogs,
                                            tmp_path: Path) -> None:
    path = make_file(tmp_path, "undo.coi")
    window = open_window(path)
    capture(window, "Keep me")
    capture(window, "Me too")
    cards = set(window.workshop.cards)
    fail_disk(window)

    window.edit.undo()
    assert len(shell_env.errors) == 1
    assert set(window.workshop.cards) == cards == scene_cards(window)
    assert window.undo_stack.index() == 2  # still undoable, nothing to redo
    assert not window.undo_stack.canRedo()
    assert set(read_workshop(path).cards) == cards

    recover(window)
    window.edit.undo()
    assert len(window.workshop.cards) == 1 and window.undo_stack.index() == 1
    assert scene_cards(window) == set(window.workshop.cards)

    fail_disk(window)
    window.edit.redo()
    assert len(shell_env.errors) == 2
    assert len(window.workshop.cards) == 1 and window.undo_stack.index() == 1
    assert window.undo_stack.canRedo()  # the redo is kept for when the disk is back
    assert len(read_workshop(path).cards) == 1

    recover(window)
    window.edit.redo()
    assert set(window.workshop.cards) == cards == scene_cards(window)
    assert set(read_workshop(path).cards) == cards
    assert len(shell_env.errors) == 2 and shell_env.crashes == []


def test_a_drag_while_the_disk_fails_puts_the_cards_back(open_window: Any, shell_env: Dialogs,
                                                        tmp_path: Path) -> None:
    path = make_file(tmp_path, "drag.coi", cards=3)
    window = open_window(path)
    scene = window.current_view().scene()
    before = {cid: (c.x, c.y) for cid, c in window.workshop.cards.items()}
    placed = {cid: (item.pos().x(), item.pos().y()) for cid, item in scene.cards.items()}
    fail_disk(window)
    moves = {}
    for cid, item in scene.cards.items():  # the items move with the mouse until the release
        item.setPos(item.pos().x() + 300, item.pos().y() + 40)
        moves[cid] = (before[cid], (before[cid][0] + 300, before[cid][1] + 40))
    scene.mouse.finish_card_moves(moves)
    assert len(shell_env.errors) == 1
    assert {cid: (c.x, c.y) for cid, c in window.workshop.cards.items()} == before
    assert {cid: (i.pos().x(), i.pos().y()) for cid, i in scene.cards.items()} == placed
    assert window.undo_stack.count() == 0
    assert {c.id: (c.x, c.y) for c in read_workshop(path).cards.values()} == before


def test_escape_on_a_fresh_card_while_the_disk_fails(open_window: Any, shell_env: Dialogs,
                                                     tmp_path: Path) -> None:
    """Escape takes a just-added empty card back; if that cannot be saved, the card stays,
    with its undo step, and one sentence says why."""
    path = make_file(tmp_path, "escape.coi")
    window = open_window(path)
    window.edit.add_card()  # the inline title editor opens on the new card
    view = window.current_view()
    (card_id,) = window.workshop.cards
    assert view.titles.editor is not None
    fail_disk(window)
    view.titles.finish(commit=False)  # Escape
    assert len(shell_env.errors) == 1
    assert set(window.workshop.cards) == {card_id} == scene_cards(window)
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    assert set(read_workshop(path).cards) == {card_id}
    recover(window)
    window.edit.undo()
    assert window.workshop.cards == {} and scene_cards(window) == set()
    assert read_workshop(path).cards == {}
    assert len(shell_env.errors) == 1 and shell_env.crashes == []


def test_escape_after_edit_add_card_leaves_nothing(open_window: Any, shell_env: Dialogs,
                                                   tmp_path: Path) -> None:
    """The counterpart with a working disk: Edit → Add card, Escape: no card, no undo step."""
    path = make_file(tmp_path, "plain.coi")
    window = open_window(path)
    window.edit.add_card()
    window.current_view().titles.finish(commit=False)  # Escape
    assert window.workshop.cards == {} and scene_cards(window) == set()
    assert window.undo_stack.count() == 0 and read_workshop(path).cards == {}
