"""The `.coi` workshop file: schema, migrations, write-through store, untrusted open, lock.

See docs/architecture.md ("Storage API") and docs/file-format.md. Pure Python (sqlite3 and
sqlite-utils); never imports PySide6.
"""

from __future__ import annotations

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

__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "DamagedFileError", "FileInUseError",
    "NewerVersionError", "NotAWorkshopFileError", "UnreadableFileError", "WorkshopFile",
    "WorkshopFileError", "WriteError", "check_file", "create_workshop_file", "holder_of",
    "open_workshop", "read_workshop",
]
