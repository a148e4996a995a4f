"""The window side of views keeps its shape: composition, small classes, no import circles.

Scans the source (no import), as /work/shared/tools/shape.py does: every class under
coi_desktop/views (outside views/canvas, which has its own test) has at most 40 methods and
400 lines, counting the methods of package base classes (mixins) it inherits; no method
annotates `self`; and the imports among all views modules, function-level and
TYPE_CHECKING ones included (they made today's circles), form no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "coi_desktop" / "views"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def trees() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in VIEWS.rglob("*.py")}


def test_window_classes_are_small_and_composed() -> None:
    classes: dict[str, tuple[Path, list[str], int, int]] = {}
    for path, tree in trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                methods = [n for n in node.body
                           if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
                bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases]
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                classes[node.name] = (path, bases, len(methods), lines)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.args.args:
                first = node.args.args[0]
                assert not (first.arg == "self" and first.annotation is not None), \
                    f"{path.name}:{node.lineno} annotates self (a mixin)"

    def composed(name: str, seen: frozenset[str] = frozenset()) -> tuple[int, int]:
        if name not in classes or name in seen:
            return 0, 0
        _path, bases, methods, lines = classes[name]
        for base in bases:
            m, n = composed(base, seen | {name})
            methods, lines = methods + m, lines + n
        return methods, lines

    big = {name: composed(name) for name, (path, *_rest) in classes.items()
           if "canvas" not in path.relative_to(VIEWS).parts[:1]}
    assert all(m <= 40 and n <= 400 for m, n in big.values()), \
        {k: v for k, v in big.items() if v[0] > 40 or v[1] > 400}
    assert "MainWindow" in big and big["MainWindow"][0] <= 40


def test_no_import_circle_among_views_modules() -> None:
    files = trees()
    mods = {module_name(p): p for p in files}
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for path, tree in files.items():
        mod = module_name(path)
        package = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                for candidate in (f"{target}.{alias.name}", target):
                    if candidate in mods and candidate != mod:
                        graph[mod].add(candidate)
                        break
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return [*stack[stack.index(dep):], dep]
            if dep not in state and (found := visit(dep)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            assert cycle is None, " -> ".join(cycle)
    assert "coi_desktop.views.main_window" in graph  # the scan saw the window
    assert "coi_desktop.views.window_edit" in graph["coi_desktop.views.main_window"]
