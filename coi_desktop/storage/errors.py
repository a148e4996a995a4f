"""Typed errors for workshop files, each with one sentence in Danish and English."""

from __future__ import annotations

from ..models.errors import CoiError


class WorkshopFileError(CoiError):
    """A workshop file could not be opened, read or written."""


class NotAWorkshopFileError(WorkshopFileError):
    """Not a SQLite file, or a SQLite file that is not a COI workshop."""


class NewerVersionError(WorkshopFileError):
    """Made by a newer COI Desktop than this one."""


class DamagedFileError(WorkshopFileError):
    """The file fails an integrity check, or its schema holds something we do not expect."""


class UnreadableFileError(WorkshopFileError):
    """The operating system refused to read the file (missing, permissions, a folder)."""


class WriteError(WorkshopFileError):
    """A change or a copy could not be written (disk full, folder not writable, …)."""


class FileInUseError(WorkshopFileError):
    """Another process holds the file open for writing."""

    def __init__(self, en: str, da: str | None = None, holder: str = "") -> None:
        super().__init__(en, da)
        self.holder = holder
