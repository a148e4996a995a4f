"""The `.coi` workshop file: schema, migrations, write-through store, untrusted open, lock.

See docs/architecture.md ("Storage API") and docs/file-format.md. Pure Python (sqlite3 and
sqlite-utils); never imports PySide6.

The names below are loaded on first use (module `__getattr__`), so importing
`coi_desktop.storage.errors` (the CLI does, to turn errors into exit codes) does not load the
store, the lock and the schema code.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .codec import read_table
    from .errors import (
        DamagedFileError,
        FileInUseError,
        NewerVersionError,
        NotAWorkshopFileError,
        UnreadableFileError,
        WorkshopFileError,
        WriteError,
    )
    from .lock import holder_of
    from .schema import APPLICATION_ID, SCHEMA_VERSION
    from .store import (
        WorkshopFile,
        check_file,
        create_workshop_file,
        open_workshop,
        read_workshop,
    )
    from .validator import Checked, checked_connection, read_records, validate

#: exported name → the module of this package that defines it.
_WHERE = {
    "DamagedFileError": "errors", "FileInUseError": "errors", "NewerVersionError": "errors",
    "NotAWorkshopFileError": "errors", "UnreadableFileError": "errors",
    "WorkshopFileError": "errors", "WriteError": "errors", "holder_of": "lock",
    "APPLICATION_ID": "schema", "SCHEMA_VERSION": "schema", "WorkshopFile": "store",
    "check_file": "store", "create_workshop_file": "store", "open_workshop": "store",
    "read_workshop": "store", "read_records": "validator", "checked_connection": "validator",
    "validate": "validator", "Checked": "validator",
    "read_table": "codec",
}

__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "Checked", "DamagedFileError", "FileInUseError",
    "NewerVersionError", "NotAWorkshopFileError", "UnreadableFileError", "WorkshopFile",
    "WorkshopFileError", "WriteError", "check_file", "checked_connection",
    "create_workshop_file", "holder_of",
    "open_workshop", "read_records", "read_table", "read_workshop", "validate",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
