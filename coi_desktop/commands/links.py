"""Undo commands for links between cards: add, change (relation, label), remove."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from coi_desktop.models import Link, Workshop, is_directed

from .base import Step, WorkshopCommand


class AddLinks(WorkshopCommand):
    """Add links; undo removes them."""

    def __init__(self, workshop: Workshop, links: Iterable[Link], text: str | None = None,
                 ) -> None:
        self.links = list(links)
        default = (Q.translate("Commands", "Link cards") if len(self.links) == 1
                   else Q.translate("Commands", "Add links"))
        super().__init__(workshop, text or default)
        self.steps = [Step(lambda: workshop.links.add(self.links),
                           lambda _r: workshop.links.remove([lk.id for lk in self.links]))]


class UpdateLink(WorkshopCommand):
    """Change a link's relation type, direction or label; undo writes the old values back."""

    def __init__(self, workshop: Workshop, link_id: str, text: str | None = None,
                 **fields: Any) -> None:
        if "relation" in fields and "directed" not in fields:
            fields["directed"] = is_directed(fields["relation"])  # arrowheads follow the type
        old_link = workshop.links[link_id]
        old = {name: getattr(old_link, name) for name in fields}
        super().__init__(workshop, text or Q.translate("Commands", "Edit link"))
        self.steps = [Step(lambda: workshop.links.update(link_id, **fields),
                           lambda _r: workshop.links.update(link_id, **old))]


def link_removal_step(workshop: Workshop, link_ids: list[str]) -> Step:
    return Step(lambda: workshop.links.remove(link_ids).removed,
                lambda removed: workshop.restore(removed))


class RemoveLinks(WorkshopCommand):
    """Remove links; undo restores them."""

    def __init__(self, workshop: Workshop, link_ids: Iterable[str], text: str | None = None,
                 ) -> None:
        ids = list(dict.fromkeys(link_ids))
        super().__init__(workshop, text or (Q.translate("Commands", "Delete link") if len(ids) == 1
                                            else Q.translate("Commands", "Delete links")))
        self.steps = [link_removal_step(workshop, ids)]
