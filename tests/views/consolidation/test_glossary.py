"""Every visible string of the consolidation window has a Danish translation in the glossary."""

from __future__ import annotations

import ast
from pathlib import Path

import coi_desktop

PACKAGE = Path(coi_desktop.__file__).resolve().parent
SOURCES = sorted((PACKAGE / "views" / "consolidation").glob("*.py"))
GLOSSARIES = [PACKAGE / "resources" / "i18n" / "da" / name
              for name in ("consolidation.tsv", "w2-consolidation.tsv")]


def _strings() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and args and isinstance(args[0], ast.Constant):
                found.add(args[0].value)
            elif name == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
                found.add(args[1].value)
    return found


def test_every_string_has_a_danish_entry() -> None:
    pairs = {}
    for glossary in GLOSSARIES:
        for line in glossary.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                en, da = line.split("\t")
                pairs[en.replace("\\n", "\n")] = da
    strings = _strings()
    assert len(strings) > 30
    missing = sorted(s for s in strings if not pairs.get(s))
    assert missing == []
    assert all(pairs[s] != s or s in {"Status", "Workshops", "Workshop", "Note", "Database:",
                                      "PDF (*.pdf)"}
               for s in strings)
