"""Undo commands for groups (titled frames): add, move with their cards, rename, remove."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from coi_desktop.models import Group, Workshop

from .base import Step, WorkshopCommand

Pos = tuple[float, float]


class AddGroups(WorkshopCommand):
    """Add group frames; undo removes them."""

    def __init__(self, workshop: Workshop, groups: Iterable[Group], text: str | None = None,
                 ) -> None:
        self.groups = list(groups)
        super().__init__(workshop, text or Q.translate("Commands", "Group cards"))
        self.steps = [Step(lambda: workshop.groups.add(self.groups),
                           lambda _r: workshop.groups.remove([g.id for g in self.groups]))]


class UpdateGroup(WorkshopCommand):
    """Change a group's fields; with `card_moves` its cards move in the same step."""

    def __init__(self, workshop: Workshop, group_id: str, text: str | None = None,
                 card_moves: Mapping[str, tuple[Pos, Pos]] | None = None,
                 **fields: Any) -> None:
        group = workshop.groups[group_id]
        old = {name: getattr(group, name) for name in fields}
        moves = dict(card_moves or {})
        new_pos = {cid: n for cid, (_o, n) in moves.items()}
        old_pos = {cid: o for cid, (o, _n) in moves.items()}
        moving = "x" in fields or "y" in fields
        default = (Q.translate("Commands", "Move group") if moving
                   else Q.translate("Commands", "Edit group"))
        super().__init__(workshop, text or default)
        self.steps = [Step(
            lambda: workshop.groups.update(group_id, card_positions=new_pos, **fields),
            lambda _r: workshop.groups.update(group_id, card_positions=old_pos, **old))]


def group_removal_step(workshop: Workshop, group_ids: list[str]) -> Step:
    return Step(lambda: workshop.groups.remove(group_ids).removed,
                lambda removed: workshop.restore(removed))


class RemoveGroups(WorkshopCommand):
    """Remove group frames (their cards stay); undo restores them."""

    def __init__(self, workshop: Workshop, group_ids: Iterable[str], text: str | None = None,
                 ) -> None:
        ids = list(dict.fromkeys(group_ids))
        super().__init__(workshop, text or Q.translate("Commands", "Delete group"))
        self.steps = [group_removal_step(workshop, ids)]
