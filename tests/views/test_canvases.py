"""Canvas tabs follow the model: add, rename, duplicate, delete and reorder are undoable
commands, and the tab order is always the canvas order."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from coi_desktop.commands.base import push
from coi_desktop.commands.canvases import (
    add_canvas_command,
    delete_canvas_command,
    duplicate_canvas_command,
    move_canvas_command,
    rename_canvas_command,
)
from coi_desktop.models import Card, Workshop, new_id
from coi_desktop.models.errors import CoiError

from .conftest import make_file


def tab_names(window: Any) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_tabs_follow_canvas_commands_and_undo(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "tabs.coi", cards=3))
    first = window.workshop.canvases.ordered()[0]
    window.canvases.add_canvas("power_interest", "Actors")
    assert tab_names(window) == [first.name, "Actors"]
    assert window.current_canvas_id() != first.id

    window.set_current_canvas(first.id)
    window.canvases.duplicate()
    assert tab_names(window) == [first.name, f"{first.name} (copy)", "Actors"]
    copy_id = window.current_canvas_id()
    assert len(window.workshop.cards.on(copy_id)) == 3

    window.canvases.move_right()
    assert tab_names(window) == [first.name, "Actors", f"{first.name} (copy)"]
    window.undo_stack.undo()
    assert tab_names(window) == [first.name, f"{first.name} (copy)", "Actors"]

    window.set_current_canvas(copy_id)
    window.push(delete_canvas_command(window.workshop, copy_id))
    assert tab_names(window) == [first.name, "Actors"]
    window.undo_stack.undo()
    assert tab_names(window) == [first.name, f"{first.name} (copy)", "Actors"]
    assert len(window.workshop.cards.on(copy_id)) == 3

    window.push(rename_canvas_command(window.workshop, first.id, "Barriers"))
    assert tab_names(window)[0] == "Barriers"
    for _ in range(window.undo_stack.index()):
        window.undo_stack.undo()
    assert tab_names(window) == [first.name]


def test_the_last_canvas_cannot_be_deleted(open_window: Any, shell_env: Any,
                                           tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "last.coi"))
    assert not window.window_actions["canvas.delete"].isEnabled()
    assert not window.push(delete_canvas_command(window.workshop, window.current_canvas_id()))
    assert shell_env.errors == ["A workshop keeps at least one canvas."]
    assert window.tabs.count() == 1


def _command(workshop: Workshop, op: str, n: int, target: str) -> Any:
    if op == "add":
        return add_canvas_command(workshop, f"Board {n}", "phases")
    if op == "rename":
        return rename_canvas_command(workshop, target, f"Renamed {n}")
    if op == "dup":
        return duplicate_canvas_command(workshop, target, f"Copy {n}")
    if op == "delete":
        return delete_canvas_command(workshop, target)
    return move_canvas_command(workshop, target, -1 if op == "left" else 1)


OPS = st.lists(st.tuples(st.sampled_from(["add", "rename", "dup", "delete", "left", "right"]),
                         st.integers(0, 5)), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_canvas_commands_undo_to_the_start_and_redo_to_the_end(ops: list[tuple[str, int]],
                                                               ) -> None:
    workshop = Workshop.new("Prop", language="en", template="barrier_board")
    canvas = workshop.canvases.ordered()[0].id
    a, b = (Card(new_id(), canvas, "barrier", t, x=10.0 * n) for n, t in enumerate("ab"))
    workshop.cards.add([a, b])
    workshop.links.add([workshop.links.new(a.id, b.id)])
    stack = QUndoStack()
    start = workshop.snapshot()
    for op, n in ops:
        ids = [c.id for c in workshop.canvases.ordered()]
        target = ids[n % len(ids)]
        command = _command(workshop, op, n, target)
        if command is None:
            continue
        with contextlib.suppress(CoiError):
            push(stack, command)
        positions = sorted(c.position for c in workshop.canvases.values())
        assert len(set(positions)) == len(positions)
    end = workshop.snapshot()
    while stack.canUndo():
        stack.undo()
    assert workshop.snapshot() == start
    while stack.canRedo():
        stack.redo()
    assert workshop.snapshot() == end


INFO_OPS = st.lists(st.one_of(
    st.tuples(st.just("info"), st.sampled_from(["title", "location", "purpose"]),
              st.text(min_size=1, max_size=12).filter(lambda t: "\x00" not in t and t.strip())),
    st.tuples(st.just("rename"), st.sampled_from(["law", "ethics", "market"]),
              st.text(min_size=1, max_size=12).filter(lambda t: "\x00" not in t and t.strip())),
    st.tuples(st.just("add"), st.sampled_from(["category", "sector", "phase"]),
              st.text(min_size=1, max_size=12).filter(lambda t: "\x00" not in t and t.strip())),
), min_size=1, max_size=10)


@settings(max_examples=40, deadline=None)
@given(INFO_OPS)
def test_details_and_taxonomy_commands_undo_and_redo(ops: list[tuple[str, str, str]]) -> None:
    from dataclasses import replace

    from coi_desktop.commands.workshop import set_terms_command, update_info_command
    from coi_desktop.models.taxonomy import Term

    workshop = Workshop.new("Prop", language="en")
    stack = QUndoStack()
    start_info = workshop.info
    start_visible = {k: workshop.terms.of(k) for k in ("category", "sector", "phase")}
    for n, (op, what, text) in enumerate(ops):
        if op == "info":
            command = update_info_command(workshop, {what: text})
        elif op == "rename":
            term = workshop.terms[("category", what)]
            command = set_terms_command(workshop, [replace(term, en=text)])
        else:
            command = set_terms_command(workshop, [Term(what, f"custom_{n}", text, text, 99 + n)])
        push(stack, command)
    end = workshop.snapshot()
    while stack.canUndo():
        stack.undo()
    assert workshop.info == start_info
    assert {k: workshop.terms.of(k) for k in start_visible} == start_visible
    while stack.canRedo():
        stack.redo()
    assert workshop.snapshot() == end
