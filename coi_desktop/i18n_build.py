"""Build and update the Qt Linguist translations.

`python -m coi_desktop.i18n_build` compiles `resources/i18n/*.ts` to `.qm` (run by `make`).
`python -m coi_desktop.i18n_build --update` re-extracts every `tr()` string with
pyside6-lupdate, fills Danish translations from the glossaries in `resources/i18n/da/*.tsv`
(one "English<TAB>Danish" pair a line; `\\n` for a line break) and English ones with the
source text, then compiles. A Danish entry without a glossary line stays unfinished, and a
test fails on it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
I18N = PACKAGE / "resources" / "i18n"
LANGS = ("da", "en")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = shutil.which(name) or (str(here) if here.exists() else None)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[Path]:
    """Every Python file of the GUI that may hold tr() strings."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts)


def glossary() -> dict[str, str]:
    """English → Danish from every glossary file."""
    pairs: dict[str, str] = {}
    for path in sorted((I18N / "da").glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                raise SystemExit(f"{path.name}:{n}: expected English<TAB>Danish")
            en, da = line.split("\t", 1)
            pairs[en.replace("\\n", "\n")] = da.replace("\\n", "\n")
    return pairs


def fill(ts_path: Path, lang: str, words: dict[str, str]) -> list[str]:
    """Fill translations in one .ts file; returns the sources still unfinished."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = source if lang == "en" else words.get(source)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = text or ""
        else:
            translation.text = text or ""
        if text:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def update() -> int:
    files = [str(p) for p in sources()]
    words = glossary()
    missing_all: list[str] = []
    for lang in LANGS:
        ts = I18N / f"coi_desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-source-language",
                        "en", "-target-language", lang, "-ts", str(ts)],
                       check=True, capture_output=True)
        missing = fill(ts, lang, words)
        if lang == "da":
            missing_all = missing
    for source in missing_all:
        print(f"unfinished Danish: {source!r}")
    return 1 if missing_all else 0


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract and fill, then build")
    args = parser.parse_args()
    status = update() if args.update else 0
    release()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
