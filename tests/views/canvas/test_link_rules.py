"""Relation rules at the canvas (issue 12): the link dialog offers only what the two cards
allow, a drawn link gets an allowed default, a refused link is a sentence (never a crash),
and changing a card's kind makes its no-longer-allowed links "relates" in one undo step."""

from __future__ import annotations

from typing import Any

from coi_desktop.commands.links import AddLinks, UpdateLink
from coi_desktop.models import Link, Workshop, new_id
from coi_desktop.views.dialogs.link_dialog import LinkDialog

from .conftest import add, first_canvas


def options(dialog: LinkDialog) -> list[str]:
    return [dialog.relation.itemData(i) for i in range(dialog.relation.count())]


def test_the_dialog_offers_only_the_types_the_two_kinds_allow(qtbot: Any) -> None:
    w = Workshop.new("T", language="da")
    actor, barrier = add(w, "actor", "Kommunen"), add(w, "barrier", "Ingen budget", x=300)
    other, idea = add(w, "actor", "Leverandøren", x=600), add(w, "opportunity", "Dialog",
                                                                   x=900)
    cases = {(actor, barrier): ["experiences", "relates"],
             (barrier, actor): ["blocks", "relates"],
             (actor, other): ["collaborates", "depends_on", "relates"],
             (idea, barrier): ["addresses", "relates"]}
    for (a, b), expected in cases.items():
        link = w.links.new(a, b)
        w.links.add([link])
        dialog = LinkDialog(w, link, "da", read_only=False)
        qtbot.addWidget(dialog)
        assert options(dialog) == expected
        assert dialog.relation.currentData() == link.relation  # the drawn default is offered
    labels = [dialog.relation.itemText(i) for i in range(dialog.relation.count())]
    assert labels == ["adresserer", "relaterer til"]


def test_an_older_link_the_rules_refuse_is_shown_as_such(qtbot: Any) -> None:
    made = Workshop.new("T", language="en")
    canvas = first_canvas(made)
    barrier, actor = add(made, "barrier", "No budget"), add(made, "actor", "Region", x=300)
    old = Link(new_id(), canvas, barrier, actor, "addresses", "", True)
    w = Workshop.from_records(made.info, made.terms.values(), [*made.records(), old])
    dialog = LinkDialog(w, old, "en", read_only=False)
    qtbot.addWidget(dialog)
    assert options(dialog) == ["blocks", "relates", "addresses"]
    assert dialog.relation.currentText() == "addresses (not allowed for these cards)"
    dialog.relation.setCurrentIndex(0)
    assert dialog.changes() == {"relation": "blocks", "directed": True}


def test_a_drawn_link_gets_an_allowed_type(make_view: Any) -> None:
    view = make_view()
    w = view.workshop
    action, barrier = add(w, "action", "Ask KL"), add(w, "barrier", "No budget", x=400)
    note = add(w, "note", "Remember", x=800)
    made = view.editing.link_cards(action, barrier)
    assert made and w.links[made].relation == "addresses"
    made = view.editing.link_cards(note, barrier)
    assert made and w.links[made].relation == "relates"


def test_a_refused_link_is_a_sentence_and_the_view_keeps_working(make_view: Any) -> None:
    view = make_view()
    w = view.workshop
    actor, barrier = add(w, "actor", "Region"), add(w, "barrier", "No budget", x=400)
    errors: list[Any] = []
    view.error_occurred.connect(errors.append)
    bad = Link(new_id(), view.canvas_id, barrier, actor, "addresses", "", True)
    assert view.editing.ctx.push(AddLinks(w, [bad])) is False
    assert [e.text("en") for e in errors] == [
        "A barrier cannot address an actor: \u201caddresses\u201d goes from an opportunity "
        "or action to a barrier."]
    assert errors[0].text("da").startswith("En barriere kan ikke adressere en aktør")
    assert not w.links and view.undo_stack.count() == 0
    assert view.editing.link_cards(actor, barrier)  # and the next link is drawn as usual
    link = next(iter(w.links.values()))
    assert view.editing.ctx.push(UpdateLink(w, link.id, relation="causes")) is False
    assert w.links[link.id].relation == "experiences" and len(errors) == 2


def test_changing_kind_retypes_links_the_new_kind_refuses_in_one_step(make_view: Any) -> None:
    view = make_view()
    w = view.workshop
    idea, barrier = add(w, "opportunity", "Dialogue"), add(w, "barrier", "No budget", x=400)
    actor = add(w, "actor", "Region", x=800)
    addresses = view.editing.link_cards(idea, barrier)
    drives = view.editing.link_cards(actor, idea)
    note_link = view.editing.link_cards(idea, add(w, "note", "Later", x=1200))
    assert addresses and drives and note_link
    before = w.snapshot()
    steps = view.undo_stack.count()
    assert view.editing.change_kind("action", [idea])
    assert w.cards[idea].kind == "action"
    # an action still addresses a barrier; an actor cannot "drive" an action: relates
    assert w.links[addresses].relation == "addresses"
    assert (w.links[drives].relation, w.links[drives].directed) == ("relates", False)
    assert w.links[note_link].relation == "relates"
    assert view.undo_stack.count() == steps + 1
    view.undo_stack.undo()
    assert w.snapshot() == before
    view.undo_stack.redo()
    assert w.cards[idea].kind == "action" and w.links[drives].relation == "relates"


def test_a_kind_change_on_one_placement_retypes_links_on_every_canvas(make_view: Any) -> None:
    from coi_desktop.models import Canvas

    view = make_view()
    w = view.workshop
    other = Canvas(new_id(), "Plan", "blank", 1)
    w.canvases.add([other])
    idea, barrier = add(w, "opportunity", "Dialogue"), add(w, "barrier", "No budget", x=400)
    idea2 = w.cards.place(idea, other.id, 0, 0).upserted[0].id
    barrier2 = w.cards.place(barrier, other.id, 400, 0).upserted[0].id
    there = w.links.new(idea2, barrier2)
    w.links.add([there])
    assert there.relation == "addresses"
    before = w.snapshot()
    assert view.editing.change_kind("note", [idea])
    assert w.cards[idea2].kind == "note"  # the item changed on both canvases ...
    assert w.links[there.id].relation == "relates"  # ... and so did its link on the other
    view.undo_stack.undo()
    assert w.snapshot() == before
