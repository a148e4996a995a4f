"""Undo commands for the workshop itself: its details and its taxonomies.

Model methods only. A taxonomy entry's key never vanishes (docs/architecture.md), so undoing
the addition of an entry hides it again rather than deleting it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from ..models.taxonomy import Term
from ..models.workshop import Workshop
from .base import Step, WorkshopCommand


def update_info_command(workshop: Workshop, fields: Mapping[str, Any]) -> WorkshopCommand:
    """Change the workshop's details (title, date, place, …) as one step."""
    new = dict(fields)
    old = {name: getattr(workshop.info, name) for name in new if hasattr(workshop.info, name)}
    return WorkshopCommand(workshop, Q.translate("Commands", "Edit workshop details"), [
        Step(lambda: workshop.update_info(**new), lambda _r: workshop.update_info(**old))])


def set_terms_command(workshop: Workshop, terms: Iterable[Term]) -> WorkshopCommand:
    """Add, rename or hide taxonomy entries as one step."""
    new = list(terms)
    old: list[Term] = []
    for term in new:
        before = workshop.terms.get((term.taxonomy, term.key))
        old.append(before if before is not None else replace(term, hidden=True))
    return WorkshopCommand(workshop, Q.translate("Commands", "Edit taxonomies"), [
        Step(lambda: workshop.terms.put(new), lambda _r: workshop.terms.put(old))])
