"""The canvas package keeps its shape: composition, small classes, no import circles.

Scans the source (no import): every class in views/canvas, commands and theme.py has at most
40 methods and 400 lines; no method annotates `self` (the old mixin habit); the imports
among views.canvas modules form no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[3] / "coi_desktop"
FILES = sorted([*(PKG / "views" / "canvas").glob("*.py"), *(PKG / "commands").glob("*.py"),
                PKG / "theme.py", PKG / "views" / "room" / "projector.py"])


def _trees() -> dict[Path, ast.Module]:
    return {f: ast.parse(f.read_text(encoding="utf-8"), str(f)) for f in FILES}


def test_classes_are_small_and_self_is_never_annotated() -> None:
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                methods = [n for n in node.body if isinstance(n, ast.FunctionDef)]
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                assert len(methods) <= 40 and lines <= 400, (path.name, node.name)
            if isinstance(node, ast.FunctionDef) and node.args.args:
                first = node.args.args[0]
                assert not (first.arg == "self" and first.annotation is not None), \
                    f"{path.name}:{node.lineno} annotates self"


def _canvas_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path, tree in _trees().items():
        if path.parent.name != "canvas":
            continue
        deps = graph.setdefault(path.stem, set())
        for node in ast.walk(tree):  # TYPE_CHECKING imports count: they were the circles
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    deps.add(node.module.split(".")[0])
                else:
                    deps.update(a.name for a in node.names)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return [*stack[stack.index(dep):], dep]
            if dep not in state and (found := visit(dep)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circles_in_the_canvas_package() -> None:
    graph = _canvas_graph()
    assert {"view", "scene", "editing", "mouse"} <= set(graph)
    assert _cycle(graph) is None, _cycle(graph)


def test_the_cycle_check_can_fail() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
