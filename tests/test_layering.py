"""The layers of docs/architecture.md hold for every module, and the import graph has no circles.

Every .py file of the package is read with `ast` (not `pkgutil.iter_modules`, which misses
subpackages' modules), every import is resolved to the module it names (relative imports,
imports inside functions and under `TYPE_CHECKING` included: a lazy import is still a
dependency), and each is checked against the direction

    models < storage < services < commands < views

with `cli` using models, storage and services, and the pure top-level modules (theme,
phrasebook; `models/registry.py` is part of models) importable by everyone while importing
only models. Entry points (app, __main__, i18n_build) may import anything. A test also runs the
pure layers in a fresh interpreter to prove they never load PySide6.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coi_desktop"

#: Which layers a layer may import (itself included).
MAY_IMPORT: dict[str, set[str]] = {
    "pure": {"pure", "models"},
    "models": {"models", "pure"},
    "storage": {"storage", "models", "pure"},
    "services": {"services", "storage", "models", "pure"},
    "commands": {"commands", "services", "storage", "models", "pure"},
    "views": {"views", "commands", "services", "storage", "models", "pure"},
    "cli": {"cli", "services", "storage", "models", "pure"},
    "entry": {"entry", "views", "commands", "services", "storage", "models", "pure", "cli"},
}
#: Layers that never import Qt (PySide6, shiboken6).
QT_FREE = {"pure", "models", "storage", "services", "cli"}

#: Top-level modules (coi_desktop.<name>) and subpackages, by layer.
TOP_LEVEL: dict[str, str] = {
    "models": "models", "storage": "storage", "services": "services",
    "commands": "commands", "views": "views", "cli": "cli",
    "desktop": "views",  # desktop integration (single instance, file types): Qt, beside views
    "theme": "pure", "phrasebook": "pure", "registry": "pure",
    "app": "entry", "__main__": "entry", "i18n_build": "entry",
}

#: Modules placed apart from their package.
MODULES: dict[str, str] = {
    "coi_desktop.desktop": "pure",  # paths of the bundled desktop data, nothing else
    "coi_desktop.desktop.integration": "cli",  # --install-desktop-entry: a command, no Qt
    "coi_desktop.models.registry": "models",
    # Entry points that run the Qt side without a window: `render` paints the real canvas scene
    # and projector, `serve` runs the phones' round on a QCoreApplication. The command table
    # in cli/__init__ names them as strings and imports them only when they are chosen.
    "coi_desktop.cli.render_cmd": "entry",
    "coi_desktop.cli.serve_cmd": "entry",
}

#: Imports against the direction that are there on purpose, each with its reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("coi_desktop.cli.export_cmds", "views"):
        "export --png/--svg render the real canvas scene; imported lazily inside the command, "
        "so no other CLI command loads Qt",
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the module imported (a package's __init__ under the package name)
    line: int
    lazy: bool  # inside a function
    type_only: bool  # under `if TYPE_CHECKING:`


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
            if "__pycache__" not in p.parts}


def layer(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) == 1:
        return "pure"  # the package's own __init__
    return MODULES.get(module) or TOP_LEVEL.get(parts[1])


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(module: str, path: Path, known: dict[str, Path]) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"

    def visit(node: ast.AST, lazy: bool, type_only: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(module, alias.name, child.lineno, lazy, type_only)
            elif isinstance(child, ast.ImportFrom):
                target = _resolve(module, is_package, child)
                for alias in child.names:
                    sub = f"{target}.{alias.name}"
                    yield Import(module, sub if sub in known else target, child.lineno, lazy,
                                 type_only)
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                yield from visit(child, lazy, True)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from visit(child, True, type_only)
            else:
                yield from visit(child, lazy, type_only)

    yield from visit(tree, False, False)


def package_imports() -> list[Import]:
    known = all_modules()
    return [imp for name, path in known.items() for imp in imports_of(name, path, known)]


def test_the_scan_sees_every_module_and_its_nested_imports() -> None:
    modules = all_modules()
    assert "coi_desktop.services.report.sections" in modules  # two levels down
    assert "coi_desktop.views.canvas" in modules  # a package's __init__
    assert len(modules) > 140
    found = {(i.source, i.target, i.lazy) for i in package_imports()}
    assert ("coi_desktop.models.workshop", "coi_desktop.models.cards", False) in found
    assert ("coi_desktop.services.items", "coi_desktop.services.analysis", True) in found


def test_every_module_belongs_to_a_layer() -> None:
    unplaced = sorted(m for m in all_modules() if layer(m) is None)
    assert not unplaced, f"put these in TOP_LEVEL of tests/test_layering.py: {unplaced}"


def test_no_module_imports_against_the_direction_of_the_layers() -> None:
    wrong = []
    for imp in package_imports():
        if not imp.target.startswith("coi_desktop"):
            continue
        mine, theirs = layer(imp.source), layer(imp.target)
        if mine is None or theirs is None or theirs in MAY_IMPORT[mine]:
            continue
        if (imp.source, theirs) in ALLOWED and imp.lazy:
            continue
        wrong.append(f"{imp.source}:{imp.line} ({mine}) imports {imp.target} ({theirs})")
    assert not wrong, "\n".join(wrong)


def test_the_pure_layers_never_name_qt() -> None:
    wrong = [f"{imp.source}:{imp.line} imports {imp.target}" for imp in package_imports()
             if imp.target.split(".")[0] in ("PySide6", "shiboken6")
             and layer(imp.source) in QT_FREE]
    assert not wrong, "\n".join(wrong)


def test_the_direction_check_can_fail(tmp_path: Path) -> None:
    """A model importing a view is caught (the check is not vacuous)."""
    bad = tmp_path / "coi_desktop" / "models" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from ..views import main_window\n", encoding="utf-8")
    (imp,) = imports_of("coi_desktop.models.bad", bad, {})
    assert imp.target == "coi_desktop.views" and layer(imp.target) == "views"
    assert layer(imp.target) not in MAY_IMPORT[layer(imp.source) or ""]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(edges):
        if node not in index:
            connect(node)
    return sorted(found)


def import_graph() -> dict[str, set[str]]:
    known = all_modules()
    edges: dict[str, set[str]] = {m: set() for m in known}
    for imp in package_imports():
        if imp.target in known and imp.target != imp.source:
            edges[imp.source].add(imp.target)
    return edges


def test_cycle_finder_finds_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


#: Package areas whose circles other engineers are breaking in this session (issue 10): the
#: views' mixins, report sections ↔ workshop, consolidation database ↔ sources.
THEIR_AREAS = ("coi_desktop.views", "coi_desktop.services.report",
               "coi_desktop.services.consolidation")


def _circles(mine: bool) -> list[list[str]]:
    return [c for c in cycles(import_graph())
            if any(m.startswith(THEIR_AREAS) for m in c) != mine]


def test_the_import_graph_has_no_circles() -> None:
    found = _circles(mine=True)
    assert not found, "import circles:\n" + "\n".join(" → ".join(c) for c in found)


def test_views_report_and_consolidation_have_no_import_circles() -> None:
    found = _circles(mine=False)
    assert not found, "import circles:\n" + "\n".join(" → ".join(c) for c in found)


def test_pure_layers_do_not_import_qt() -> None:
    """Importing every module of the pure layers in a fresh interpreter loads no PySide6."""
    names = sorted(m for m in all_modules() if layer(m) in QT_FREE - {"cli"})
    code = ("import importlib, sys\n"
            f"for name in {names!r}:\n"
            "    importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"PySide6 imported by a pure layer: {result.stdout}"


def test_the_check_really_sees_qt() -> None:
    """The same probe reports PySide6 when something does import it (the test can fail)."""
    code = "import sys, PySide6.QtCore\nprint('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip() == "True"
