"""Undo commands for the canvases of a workshop: add, rename, duplicate, delete, reorder.

Model methods only (docs/architecture.md), built on `base.WorkshopCommand`: a step the model
refuses undoes the steps before it and the command drops itself from the stack; `base.push`
then raises the model's sentence for the window to show.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from ..models.entities import Canvas, Card, Group, Link, new_id
from ..models.errors import ValidationError
from ..models.workshop import Workshop
from .base import Step, WorkshopCommand


def add_canvas_command(workshop: Workshop, name: str, template: str) -> WorkshopCommand:
    """A new, empty canvas after the last one."""
    last = max((c.position for c in workshop.canvases.values()), default=-1)
    canvas = Canvas(new_id(), name, template, last + 1)
    text = Q.translate("Commands", "Add canvas “%1”").replace("%1", name)
    command = WorkshopCommand(workshop, text, [
        Step(lambda: workshop.canvases.add([canvas]),
             lambda _r: workshop.canvases.remove(canvas.id))])
    command.canvas = canvas  # type: ignore[attr-defined]
    return command


def rename_canvas_command(workshop: Workshop, canvas_id: str, name: str) -> WorkshopCommand:
    old = workshop.canvases.require(canvas_id).name
    text = Q.translate("Commands", "Rename canvas to “%1”").replace("%1", name)
    return WorkshopCommand(workshop, text, [
        Step(lambda: workshop.canvases.update(canvas_id, name=name),
             lambda _r: workshop.canvases.update(canvas_id, name=old))])


def reorder_canvases_command(workshop: Workshop, ordered_ids: list[str],
                             text: str = "") -> WorkshopCommand:
    old = [c.id for c in workshop.canvases.ordered()]
    new = list(ordered_ids)
    return WorkshopCommand(workshop, text or Q.translate("Commands", "Reorder canvases"), [
        Step(lambda: workshop.canvases.reorder(new),
             lambda _r: workshop.canvases.reorder(old))])


def move_canvas_command(workshop: Workshop, canvas_id: str, step: int) -> WorkshopCommand | None:
    """Move a canvas one place left (-1) or right (+1); None when it is already at the end."""
    order = [c.id for c in workshop.canvases.ordered()]
    i = order.index(canvas_id)
    j = i + step
    if not 0 <= j < len(order):
        return None
    order[i], order[j] = order[j], order[i]
    return reorder_canvases_command(workshop, order, Q.translate("Commands", "Move canvas"))


def duplicate_canvas_command(workshop: Workshop, canvas_id: str,
                             name: str) -> WorkshopCommand:
    """A copy of a canvas with its cards, links and groups (new ids), right after it."""
    source = workshop.canvases.require(canvas_id)
    last = max(c.position for c in workshop.canvases.values())
    canvas = Canvas(new_id(), name, source.template, last + 1)
    ids: dict[str, str] = {}
    cards: list[Card] = []
    for card in workshop.cards.on(canvas_id):
        ids[card.id] = new_id()
        cards.append(replace(card, id=ids[card.id], canvas_id=canvas.id))
    links: list[Link] = [
        replace(link, id=new_id(), canvas_id=canvas.id, source_id=ids[link.source_id],
                target_id=ids[link.target_id]) for link in workshop.links.on(canvas_id)]
    groups: list[Group] = [replace(g, id=new_id(), canvas_id=canvas.id)
                           for g in workshop.groups.on(canvas_id)]
    old_order = [c.id for c in workshop.canvases.ordered()]
    i = old_order.index(canvas_id)
    new_order = [*old_order[:i + 1], canvas.id, *old_order[i + 1:]]
    steps = [Step(lambda: workshop.canvases.add([canvas]),
                  lambda _r: workshop.canvases.remove(canvas.id))]
    if cards:
        steps.append(Step(lambda: workshop.cards.add(cards),
                          lambda _r: workshop.cards.remove([c.id for c in cards])))
    if links:
        steps.append(Step(lambda: workshop.links.add(links),
                          lambda _r: workshop.links.remove([x.id for x in links])))
    if groups:
        steps.append(Step(lambda: workshop.groups.add(groups),
                          lambda _r: workshop.groups.remove([g.id for g in groups])))
    steps.append(Step(lambda: workshop.canvases.reorder(new_order),
                      lambda _r: workshop.canvases.reorder(
                          [cid for cid in old_order if cid in workshop.canvases]
                          + [canvas.id])))
    text = Q.translate("Commands", "Duplicate canvas “%1”").replace("%1", source.name)
    command = WorkshopCommand(workshop, text, steps)
    command.canvas = canvas  # type: ignore[attr-defined]
    return command


def delete_canvas_command(workshop: Workshop, canvas_id: str) -> WorkshopCommand:
    """Remove a canvas with everything on it; undo restores it all, agenda links included."""
    name = workshop.canvases.require(canvas_id).name

    def remove() -> tuple[Any, list[str]]:
        if len(workshop.canvases) <= 1:
            raise ValidationError("A workshop keeps at least one canvas.",
                                  "En workshop beholder mindst ét lærred.")
        agenda = [a.id for a in workshop.agenda.values() if a.canvas_id == canvas_id]
        return workshop.canvases.remove(canvas_id).removed, agenda

    def restore(result: tuple[Any, list[str]]) -> None:
        removed, agenda = result
        workshop.restore(removed)
        for item_id in agenda:
            if item_id in workshop.agenda:
                workshop.agenda.update(item_id, canvas_id=canvas_id)

    text = Q.translate("Commands", "Delete canvas “%1”").replace("%1", name)
    return WorkshopCommand(workshop, text, [Step(remove, restore)])
