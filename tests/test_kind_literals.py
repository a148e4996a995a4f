"""No module spells a card kind as a string literal except the registry (issue 10).

Kinds are declared once in models/registry.py (ACTOR, BARRIER, OPPORTUNITY, ACTION, NOTE);
everything else names them through those constants or reads the registry, so adding or
renaming a kind is one entry there. The scan reads every .py file of the package with `ast`
(like shared/tools/shape.py): a string constant equal to a kind id anywhere (a comparison,
a dict key, a default argument, a piece of an f-string) is a finding. Translations (.ts)
and resources are not Python and are not scanned; models/taxonomy.py, the taxonomy data,
may name them too.
"""

from __future__ import annotations

import ast
from pathlib import Path

from coi_desktop.models.registry import ACTION, ACTOR, BARRIER, OPPORTUNITY

PACKAGE = Path(__file__).resolve().parents[1] / "coi_desktop"
KINDS = {ACTOR, BARRIER, OPPORTUNITY, ACTION}
ALLOWED = {"models/registry.py", "models/taxonomy.py"}


def literals(source: str) -> list[tuple[int, str]]:
    """(line, kind) of every string constant in `source` that is exactly a kind id."""
    return sorted((node.lineno, node.value) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value in KINDS)


def test_the_scan_finds_a_kind_spelt_out() -> None:
    source = ('def f(card):\n    return card.kind == "barrier"\n'
              'COLOURS = {"actor": 1}\nx = f"{1}action"\ny = "actions"\n')
    assert literals(source) == [(2, "barrier"), (3, "actor"), (4, "action")]


def test_only_the_registry_spells_card_kinds() -> None:
    found: list[str] = []
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 150  # the whole package, every subpackage
    for path in files:
        name = path.relative_to(PACKAGE).as_posix()
        if name in ALLOWED:
            continue
        for line, kind in literals(path.read_text(encoding="utf-8")):
            found.append(f"coi_desktop/{name}:{line} {kind!r}")
    assert found == [], "use the registry's constants:\n" + "\n".join(found)


def test_the_registry_itself_declares_them() -> None:
    declared = {kind for _, kind in literals((PACKAGE / "models/registry.py").read_text())}
    assert declared == KINDS
