"""The user's preferences, kept in QSettings: language, theme, default card kind, card text
size, snapshot interval, recent files and window geometry.

One small typed front over `QSettings("Center for Offentlig Innovation", "COI Desktop")` so
the rest of the GUI never spells a key twice. Tests isolate it with
`QStandardPaths.setTestModeEnabled(True)` and their own HOME (see tests/conftest.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from coi_desktop.models.registry import BARRIER

from ..models.taxonomy import CARD_KINDS

ORGANISATION = "Center for Offentlig Innovation"
APPLICATION = "COI Desktop"
MAX_RECENT = 10
LANGUAGE_CHOICES = ("system", "da", "en")
FONT_SCALE_RANGE = (0.5, 3.0)
THEME_CHOICES = ("light", "dark", "high_contrast")


def qsettings() -> QSettings:
    """The application's settings store (INI format, so tests with their own HOME are isolated)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


def _get(key: str, default: object) -> object:
    value = qsettings().value(key, default)
    return default if value is None else value


def language_setting() -> str:
    """"system", "da" or "en"."""
    value = str(_get("language", "system"))
    return value if value in LANGUAGE_CHOICES else "system"


def set_language_setting(value: str) -> None:
    qsettings().setValue("language", value if value in LANGUAGE_CHOICES else "system")


def system_language() -> str:
    """Danish on a Danish system (COI_LANG overrides, for tests and scripts), else English."""
    env = os.environ.get("COI_LANG", "")
    if env:
        return "da" if env.lower().startswith("da") else "en"
    from PySide6.QtCore import QLocale

    locale = QLocale.system()
    if locale.language() == QLocale.Language.Danish:
        return "da"
    if any(lang.lower().startswith("da") for lang in locale.uiLanguages()[:1]):
        return "da"
    return "en"


def effective_language() -> str:
    """The language the interface should speak now."""
    chosen = language_setting()
    return system_language() if chosen == "system" else chosen


def theme_setting() -> str:
    """"light" (today's look), "dark" or "high_contrast"."""
    value = str(_get("appearance/theme", "light"))
    return value if value in THEME_CHOICES else "light"


def set_theme_setting(value: str) -> None:
    qsettings().setValue("appearance/theme", value if value in THEME_CHOICES else "light")


def default_kind() -> str:
    value = str(_get("cards/default_kind", BARRIER))
    return value if value in CARD_KINDS else BARRIER


def set_default_kind(kind: str) -> None:
    if kind in CARD_KINDS:
        qsettings().setValue("cards/default_kind", kind)


def font_scale() -> float:
    """How large card text is drawn (1.0 = normal; larger for the projector)."""
    try:
        value = float(str(_get("cards/font_scale", 1.0)))
    except ValueError:
        value = 1.0
    low, high = FONT_SCALE_RANGE
    return min(max(value, low), high)


def set_font_scale(value: float) -> None:
    low, high = FONT_SCALE_RANGE
    qsettings().setValue("cards/font_scale", round(min(max(value, low), high), 2))


def snapshot_minutes() -> int:
    """Minutes between automatic snapshots of an open workshop (0 = never)."""
    try:
        value = int(str(_get("files/snapshot_minutes", 5)))
    except ValueError:
        value = 5
    return min(max(value, 0), 240)


def set_snapshot_minutes(value: int) -> None:
    qsettings().setValue("files/snapshot_minutes", min(max(int(value), 0), 240))


def recent_files() -> list[str]:
    value = _get("files/recent", [])
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, (list, tuple)):
        return []
    return [str(v) for v in value if v][:MAX_RECENT]


def add_recent_file(path: str | Path) -> None:
    text = str(Path(path).resolve())
    files = [text, *(f for f in recent_files() if f != text)][:MAX_RECENT]
    qsettings().setValue("files/recent", files)


def remove_recent_file(path: str | Path) -> None:
    text = str(Path(path).resolve()) if path else ""
    qsettings().setValue("files/recent", [f for f in recent_files() if f not in (text, path)])


def clear_recent_files() -> None:
    qsettings().setValue("files/recent", [])


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = qsettings()
    geometry, state = s.value("window/geometry"), s.value("window/state")
    return (geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None)


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = qsettings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
