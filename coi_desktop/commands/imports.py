"""The undo command of File → Import elements and connections: one step for the whole import.

Redo adds the new canvas, then its cards, then its links; undo removes them in reverse, so
the import disappears completely with one Ctrl+Z. Model methods only (docs/architecture.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..models.errors import CoiError
from ..models.workshop import Workshop
from ..services.imports import ImportPlan
from .base import Step, WorkshopCommand


def import_network_command(workshop: Workshop, plan: ImportPlan) -> WorkshopCommand:
    """Add the plan's canvases, cards and links as one undo step."""
    canvas = plan.canvas
    canvas_ids = [c.id for c in plan.canvases]
    card_ids = [c.id for c in plan.cards]
    link_ids = [link.id for link in plan.links]
    # A plain name, not len(...): 6.11's lupdate skips a translate() whose arguments hold a
    # call, so the Danish text would be missing there (6.12's finds it).
    n = len(card_ids)
    text = Q.translate("Commands", "Import %n cards into “%1”", "", n).replace("%1", canvas.name)
    return WorkshopCommand(workshop, text, [
        Step(lambda: workshop.canvases.add(plan.canvases),
             lambda _r: [workshop.canvases.remove(cid) for cid in reversed(canvas_ids)]),
        Step(lambda: workshop.cards.add(plan.cards),
             lambda _r: workshop.cards.remove(card_ids)),
        Step(lambda: workshop.links.add(plan.links),
             lambda _r: workshop.links.remove(link_ids)),
    ])


def read_only_refusal() -> CoiError:
    """What an import into a workshop open read-only is told (every import says the same)."""
    return CoiError("This workshop is open read-only; nothing can be imported into it.",
                    "Workshoppen er åbnet skrivebeskyttet; der kan ikke importeres til den.")
