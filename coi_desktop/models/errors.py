"""Typed errors with one sentence in Danish and English.

Every error a user can meet (a bad field value, a file that cannot be opened) carries both
sentences so the CLI and the GUI can show it in the user's language without a traceback.
"""

from __future__ import annotations


class CoiError(Exception):
    """Base of every error COI Desktop shows to a user."""

    def __init__(self, en: str, da: str | None = None) -> None:
        super().__init__(en)
        self.en = en
        self.da = da if da is not None else en

    def text(self, language: str = "en") -> str:
        """The sentence in `language` ("da" or "en")."""
        return self.da if language == "da" else self.en


class ValidationError(CoiError, ValueError):
    """A mutation was refused because its input is invalid."""


class UnknownKindError(ValidationError):
    """A card kind, template, relation type or taxonomy key that does not exist."""


class UnknownIdError(ValidationError, KeyError):
    """An id that names nothing in the workshop."""

    def __str__(self) -> str:  # KeyError would quote the message otherwise
        return self.en


class DanglingLinkError(ValidationError):
    """A link whose source or target is missing or on another canvas."""


class OutOfRangeError(ValidationError):
    """A score outside 1–5, a negative size, a budget below zero, …"""


class VotingError(ValidationError):
    """A vote refused by the round's rules (budget, closed round, kind not votable)."""
