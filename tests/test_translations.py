"""The translations are complete and current, and switching language retranslates the menus.

- The Danish `.ts` has no unfinished, empty or obsolete entry.
- Its sources are exactly what pyside6-lupdate extracts from the code now (so a new `tr()`
  string without `python -m coi_desktop.i18n_build --update` fails here).
- The English `.ts` covers the same sources.
- Every literal string the code passes to `tr()` or `translate()` is in both `.ts` files,
  read from the code itself: lupdate versions differ in what they extract (6.11's skips a
  `translate()` whose arguments hold a call, 6.12's does not), so this holds with any
  PySide6 that pyproject allows.
- A main window switches its menu titles English → Danish → English without a restart.
"""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from coi_desktop import i18n_build

DA = i18n_build.I18N / "coi_desktop_da.ts"
EN = i18n_build.I18N / "coi_desktop_en.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translated_text(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    if forms:
        return "" if any(not (f.text or "").strip() for f in forms) else forms[0].text or ""
    return translation.text or ""


@pytest.mark.parametrize("path", [DA, EN], ids=["da", "en"])
def test_every_entry_is_finished(path: Path) -> None:
    assert path.exists(), f"{path.name} missing: run python -m coi_desktop.i18n_build --update"
    bad = []
    for context, source, message in messages(path):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing", "obsolete", "vanished") \
                or not translated_text(message).strip():
            bad.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert not bad, f"{len(bad)} unfinished entries in {path.name}:\n" + "\n".join(bad[:40])


def test_ts_files_hold_exactly_what_the_code_says_now(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([i18n_build._tool("pyside6-lupdate"),
                    *(str(p) for p in i18n_build.sources()), "-no-obsolete",
                    "-source-language", "en", "-target-language", "da", "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=300)
    now = {(c, s) for c, s, _m in messages(fresh)}
    for path in (DA, EN):
        stored = {(c, s) for c, s, _m in messages(path)}
        assert stored == now, (
            f"{path.name} is stale: run python -m coi_desktop.i18n_build --update\n"
            f"new in code: {sorted(now - stored)[:20]}\n"
            f"gone from code: {sorted(stored - now)[:20]}")


def literal_tr_strings() -> set[tuple[str, str]]:
    """(file, source text) of every `x.tr("…")` / `translate("ctx", "…")` call in the code."""
    found: set[tuple[str, str]] = set()
    for path in i18n_build.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"tr": 0, "translate": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add((path.name, arg.value))
    return found


def test_every_literal_tr_string_is_translated_whatever_lupdate_finds() -> None:
    in_code = literal_tr_strings()
    assert len(in_code) > 500  # the walk really found the interface's strings
    assert ("imports.py", "Import %n cards into “%1”") in in_code
    for path in (DA, EN):
        stored = {s for _c, s, _m in messages(path)}
        missing = sorted(f"{f}: {s!r}" for f, s in in_code if s not in stored)
        assert not missing, (f"{path.name} lacks strings the code translates (an lupdate "
                             f"version skipped them?):\n" + "\n".join(missing[:20]))


def test_switching_language_retranslates_the_menus(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    from coi_desktop.models import Workshop
    from coi_desktop.storage import create_workshop_file
    from coi_desktop.views import application, i18n

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    application.make_application()
    i18n.set_language("en")
    path = tmp_path / "menus.coi"
    create_workshop_file(path, Workshop.new("Menus", language="en"))
    shell = application.shell()
    window = shell.open_path(path)
    try:
        names = ("file", "edit", "view", "canvas", "workshop", "room", "help")
        english = [window.menu(n).title() for n in names]
        assert english[0] == "&File"
        with qtbot.waitSignal(window.language_changed):
            window.looks.choose_language("da")
        danish = [window.menu(n).title() for n in names]
        assert danish[0] == "&Filer"
        assert all(d != e for d, e in zip(danish[:4], english[:4], strict=True)), danish
        with qtbot.waitSignal(window.language_changed):
            window.looks.choose_language("en")
        assert [window.menu(n).title() for n in names] == english
    finally:
        application.reset_shell()
        i18n.set_language("en")
