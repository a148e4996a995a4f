"""Errors of consolidation a user can meet, each with one sentence in Danish and English."""

from __future__ import annotations

from pathlib import Path

from ...models.errors import CoiError


class ConsolidationError(CoiError):
    """Consolidation could not run or could not write its database."""


class Cancelled(ConsolidationError):
    """The analyst cancelled a run; the consolidated database is as it was before."""

    def __init__(self) -> None:
        super().__init__(
            "The consolidation was cancelled; the database is as it was before.",
            "Konsolideringen blev annulleret; databasen er som før.")


def not_consolidated(path: Path) -> ConsolidationError:
    return ConsolidationError(
        f"{path.name} is not a consolidated database from COI Desktop; choose another file.",
        f"{path.name} er ikke en konsolideret database fra COI Desktop; vælg en anden fil.")


def newer_database(path: Path) -> ConsolidationError:
    return ConsolidationError(
        f"{path.name} was made by a newer version of COI Desktop; please update it.",
        f"{path.name} er lavet af en nyere version af COI Desktop; opdater programmet.")


def cannot_write(path: Path, reason: str = "") -> ConsolidationError:
    why = f" ({reason})" if reason else ""
    return ConsolidationError(f"The database {path.name} could not be written{why}.",
                              f"Databasen {path.name} kunne ikke skrives{why}.")
