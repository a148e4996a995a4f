"""Switching the interface language at run time.

`set_language(lang)` removes the translators installed before and installs COI Desktop's
own (`resources/i18n/coi_desktop_<lang>.qm`) plus Qt's (`qtbase_<lang>.qm`, for the
standard dialogs' buttons). Installing a translator makes Qt send a `LanguageChange` event to
every widget; each window re-sets its texts in `changeEvent`, so nothing restarts and no
work is lost. When a `.qm` has not been built yet (a fresh checkout before `make`), it is
compiled from the `.ts` into the user's cache folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("da", "en")

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language the interface speaks now ("da" or "en")."""
    return _current


def _compiled(lang: str) -> Path | None:
    """The .qm file of `lang`, compiling the .ts into the cache when needed."""
    ts = I18N / f"coi_desktop_{lang}.ts"
    qm = I18N / f"coi_desktop_{lang}.qm"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return qm if qm.exists() else None
    cache = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation) or "/tmp") / "i18n"
    target = cache / qm.name
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(tool) if tool.exists() else "pyside6-lrelease", "-silent",
                        str(ts), "-qm", str(target)], check=True, capture_output=True,
                       timeout=60)
    except (OSError, subprocess.SubprocessError):
        return qm if qm.exists() else None
    return target


def set_language(lang: str) -> bool:
    """Install the translators of `lang`; returns whether COI Desktop's own one loaded."""
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    _current = lang  # before installing: LanguageChange handlers ask for it
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    path = _compiled(lang)
    if path is not None and own.load(str(path)):
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da"
                               else QLocale.Language.English,
                               QLocale.Country.Denmark if lang == "da"
                               else QLocale.Country.UnitedKingdom))
    return loaded
