"""PEP 517 build backend of COI Desktop: setuptools, plus the compiled translations.

The `.qm` files are build products (gitignored), so a plain setuptools build from a clean
clone would make a wheel without them and the installed app would silently speak English
only. This wrapper compiles every `resources/i18n/*.ts` with Qt's lrelease before setuptools
builds an sdist or a wheel, asks the frontend for PySide6-Essentials (which carries lrelease)
in the isolated build environment, and refuses a wheel that lacks a `.qm` for a `.ts`.
Editable installs (`pip install -e .`) are left alone: `make` compiles in place there.
"""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the rest of the PEP 517 interface)
    build_editable,
    get_requires_for_build_editable,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "coi_desktop" / "resources" / "i18n"

#: lrelease comes with PySide6; the same markers as the runtime dependency (FIELD-NOTES).
QT_FOR_BUILD = [
    "PySide6-Essentials>=6.8,<6.12; python_version < '3.12'",
    "PySide6-Essentials>=6.8; python_version >= '3.12'",
]

Settings = dict[str, Any] | None


def _release() -> None:
    """Compile the .ts files with the project's own i18n_build (stdlib only, no Qt import)."""
    spec = importlib.util.spec_from_file_location(
        "_coi_i18n_build", ROOT / "coi_desktop" / "i18n_build.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("coi_desktop/i18n_build.py is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.release()
    missing = [ts.name for ts in sorted(I18N.glob("*.ts"))
               if not ts.with_suffix(".qm").is_file()
               or ts.with_suffix(".qm").stat().st_size == 0]
    if missing:
        raise RuntimeError(f"lrelease made no .qm for {', '.join(missing)}")


def _expected_qm() -> list[str]:
    return [f"coi_desktop/resources/i18n/{ts.with_suffix('.qm').name}"
            for ts in sorted(I18N.glob("*.ts"))]


def get_requires_for_build_wheel(config_settings: Settings = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *QT_FOR_BUILD]


def get_requires_for_build_sdist(config_settings: Settings = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_sdist(config_settings), *QT_FOR_BUILD]


def build_sdist(sdist_directory: str, config_settings: Settings = None) -> str:
    _release()
    return _setuptools.build_sdist(sdist_directory, config_settings)


def build_wheel(wheel_directory: str, config_settings: Settings = None,
                metadata_directory: str | None = None) -> str:
    _release()
    name = _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    with zipfile.ZipFile(Path(wheel_directory) / name) as wheel:
        present = set(wheel.namelist())
    lacking = [qm for qm in _expected_qm() if qm not in present]
    if lacking:
        (Path(wheel_directory) / name).unlink()
        raise RuntimeError(f"the wheel would lack {', '.join(lacking)}")
    return name
