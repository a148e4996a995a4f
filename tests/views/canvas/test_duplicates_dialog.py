"""Workshop → Possible duplicates…: the dialog lists what looks like one item, merges the
chosen proposal in one undo step (Enter), keeps a proposal apart, and lists only when the
window is read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import WorkshopCommand, push
from coi_desktop.models import Canvas, Card, Workshop, new_id
from coi_desktop.models.registry import ACTOR, BARRIER
from coi_desktop.views.dialogs.duplicates import DuplicatesDialog


def _workshop() -> tuple[Workshop, dict[str, str]]:
    w = Workshop.new("Dubletter", language="en")
    board = w.canvases.ordered()[0].id
    plan = Canvas(new_id(), "Plan", "blank", 1)
    w.canvases.add([plan])
    ids = {}
    for key, canvas, kind, title in (("a", board, ACTOR, "Vesterå Kommune"),
                                     ("b", plan.id, ACTOR, "vesterå kommune."),
                                     ("c", board, BARRIER, "No budget"),
                                     ("d", plan.id, BARRIER, "No  budget!")):
        card = Card(new_id(), canvas, kind, title, description=f"text {key}")
        w.cards.add([card])
        ids[key] = card.id
    return w, ids


def _dialog(qtbot: Any, w: Workshop, read_only: bool = False
            ) -> tuple[DuplicatesDialog, QUndoStack]:
    stack = QUndoStack()

    def pusher(command: WorkshopCommand) -> bool:
        push(stack, command)
        return True

    dialog = DuplicatesDialog(w, pusher, read_only)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, stack


def test_lists_proposals_with_their_canvases(qtbot: Any) -> None:
    w, _ids = _workshop()
    dialog, _stack = _dialog(qtbot, w)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    head = tree.topLevelItem(0)
    assert head.text(0) == "Actor: Vesterå Kommune"
    board = w.canvases.ordered()[0].name
    assert [head.child(i).text(1) for i in range(head.childCount())] == [board, "Plan"]
    assert head.child(1).text(2) == "text b"  # what differs is there to see
    assert head.child(0).text(0).endswith("(kept)")


def test_enter_merges_the_chosen_proposal_in_one_undo_step(qtbot: Any) -> None:
    w, ids = _workshop()
    before = w.snapshot()
    dialog, stack = _dialog(qtbot, w)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert w.cards[ids["b"]].item == w.cards[ids["a"]].item  # one actor now
    assert w.cards[ids["b"]].description == "text a\n\ntext b"
    assert stack.count() == 1 and dialog.merged == 1
    assert dialog.tree.topLevelItemCount() == 1  # the barriers are still proposed
    assert dialog.isVisible()
    stack.undo()
    assert w.snapshot() == before


def test_keep_apart_and_close(qtbot: Any) -> None:
    w, ids = _workshop()
    dialog, stack = _dialog(qtbot, w)
    qtbot.mouseClick(dialog.apart_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItemCount() == 1
    qtbot.mouseClick(dialog.apart_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItemCount() == 0
    assert "No possible duplicates" in dialog.intro.text()
    assert not dialog.merge_button.isEnabled()
    assert stack.count() == 0 and w.cards[ids["b"]].item == ids["b"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_read_only_lists_but_never_merges(qtbot: Any) -> None:
    w, _ids = _workshop()
    dialog, stack = _dialog(qtbot, w, read_only=True)
    assert dialog.tree.topLevelItemCount() == 2
    assert not dialog.merge_button.isEnabled()
    assert dialog.merge_current() is False and stack.count() == 0


def test_window_menu_opens_it(open_window: Any, tmp_path: Any, monkeypatch: Any) -> None:
    from tests.views.conftest import make_file

    shown: list[DuplicatesDialog] = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: shown.append(self) or 0)
    window = open_window(make_file(tmp_path, "dup.coi"))
    action = window.window_actions["workshop.duplicates"]
    assert action in window.menu("workshop").actions()
    action.trigger()
    assert len(shown) == 1 and shown[0].workshop is window.workshop


def test_a_long_danish_title_and_its_kept_mark_show_whole(qtbot: Any) -> None:
    """"Social- og sundhedsassistenterne (beholdes)" was cut to "(beho…" in a 300 px column."""
    from PySide6.QtGui import QFontMetrics

    w = Workshop.new("Dubletter", language="en")
    board = w.canvases.ordered()[0].id
    title = "Social- og sundhedsassistenterne i Vesterå Kommune"
    w.cards.add([Card(new_id(), board, ACTOR, title), Card(new_id(), board, ACTOR, title)])
    dialog, _stack = _dialog(qtbot, w)
    kept = dialog.tree.topLevelItem(0).child(0)
    rect = dialog.tree.visualItemRect(kept)
    needed = QFontMetrics(dialog.tree.font()).horizontalAdvance(kept.text(0))
    indent = rect.left() - dialog.tree.visualRect(dialog.tree.indexFromItem(kept)).left()
    assert dialog.tree.columnWidth(0) >= needed + dialog.tree.indentation() * 2 + indent
