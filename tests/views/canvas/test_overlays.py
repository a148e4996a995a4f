"""What the room and the analysis put on the canvas, and the projector's rules."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QUndoStack
from PySide6.QtTest import QTest

from coi_desktop.models import Participant, Workshop
from coi_desktop.views.canvas import CanvasView
from coi_desktop.views.hidden_round import set_hidden_round

from .conftest import add, first_canvas


def test_presentation_hides_hidden_cards_until_revealed(make_view) -> None:
    w = Workshop.new("Room", language="en")
    shown = add(w, title="Shown", x=0, y=0)
    set_hidden_round(w, True)  # a view without a window reads the stand-in
    facilitator = make_view(workshop=w)
    new = facilitator.add_card("barrier", title="Silent idea")
    assert w.cards.require(new).hidden
    projector = make_view(workshop=w, presentation=True)
    scene = projector.scene()
    assert scene.card_item(shown).isVisible()
    assert not scene.card_item(new).isVisible()
    assert projector.find("silent") == []  # hidden cards are not found on the projector
    assert facilitator.scene().card_item(new).isVisible()
    w.cards.update(new, hidden=False)  # revealed
    assert scene.card_item(new).isVisible()


def test_presentation_is_read_only_and_larger(make_view) -> None:
    w = Workshop.new("Room", language="en")
    cid = add(w, title="Card", x=0, y=0)
    projector = make_view(workshop=w, presentation=True)
    facilitator = make_view(workshop=w)
    assert projector.scene().card_style.title_font.pixelSize() > \
        facilitator.scene().card_style.title_font.pixelSize()
    projector.select_cards([cid])
    projector.delete_selection()
    assert projector.add_card("note", title="x") == ""
    assert cid in w.cards and len(w.cards) == 1
    assert projector.undo_stack.count() == 0


def test_hidden_marker_and_notes_only_for_the_facilitator(make_view) -> None:
    w = Workshop.new("Room", language="en")
    cid = add(w, title="Card", x=0, y=0, hidden=True, notes="Secret facilitator note")
    facilitator = make_view(workshop=w)
    projector = make_view(workshop=w, presentation=True)
    assert "Secret facilitator note" in facilitator.scene().mouse.card_tooltip(
        facilitator.scene().card_item(cid))
    w.cards.update(cid, hidden=False)
    assert "Secret" not in projector.scene().mouse.card_tooltip(projector.scene().card_item(cid))


def test_participant_names_only_when_allowed(make_view) -> None:
    w = Workshop.new("Room", language="en")
    p = Participant("p1", "Anna Jensen", organisation="Region Syd", consent=False)
    w.participants.add([p])
    cid = add(w, title="Card", x=0, y=0, participant_id="p1")
    view = make_view(workshop=w, presentation=True)
    item = view.scene().card_item(cid)
    assert item._layout()[4] == []
    view.scene().set_show_participants(True)
    footer = item._layout()[4]
    assert [st.text() for st in footer] == ["Region Syd"]  # no consent: no name


def test_badges_and_emphasis_set_and_clear(make_view) -> None:
    view = make_view()
    w = view.workshop
    a, b = add(w, x=0, y=0), add(w, x=300, y=0)
    scene = view.scene()
    scene.set_badges({a: "3"})
    assert scene.card_item(a).badge == "3" and scene.card_item(b).badge == ""
    scene.set_badges({b: "1"})
    assert scene.card_item(a).badge == "" and scene.card_item(b).badge == "1"
    scene.set_emphasis({a: (1.6, "#CC79A7")})
    assert scene.card_item(a).scale() == 1.6
    assert scene.card_item(a).emphasis.name() == "#cc79a7"
    scene.set_emphasis({})
    assert scene.card_item(a).scale() == 1.0 and scene.card_item(a).emphasis is None
    scene.set_badges({})
    assert scene.card_item(b).badge == ""


def test_click_handler_consumes_clicks_for_voting(make_view) -> None:
    view = make_view()
    w = view.workshop
    cid = add(w, "barrier", x=100, y=100)
    clicks: list[str] = []
    view.set_card_click_handler(lambda card_id: clicks.append(card_id) or True)
    point = view.mapFromScene(QPointF(190, 150))
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseMove(vp, point + QPoint(80, 80))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point + QPoint(80, 80))
    assert clicks == [cid]
    assert (w.cards.require(cid).x, w.cards.require(cid).y) == (100, 100)  # the click did not drag
    assert view.undo_stack.count() == 0
    view.set_card_click_handler(None)


def test_long_text_is_cut_before_layout(make_view) -> None:
    view = make_view()
    w = view.workshop
    cid = add(w, title="word " * 3000, description="x" * 10000, x=0, y=0)
    item = view.scene().card_item(cid)
    _gen, _band, title, desc, _foot = item._layout()[:5]
    shown = "".join(st.text() for st in title + desc)
    assert len(shown) < 400
    assert title[-1].text().endswith("…")
    assert "word word" in view.scene().mouse.card_tooltip(item)


def test_every_level_of_detail_paints(make_view) -> None:
    view = make_view("power_interest")
    w = view.workshop
    a = add(w, "actor", "Region", x=100, y=100, power=4, interest=4, sector="region")
    b = add(w, "barrier", "Law", x=500, y=100, category="law", hidden=True)
    w.links.add([w.links.new(a, b, label="tenders")])
    view.scene().set_badges({a: "5"})
    view.select_cards([a])
    image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
    for zoom in (0.05, 0.3, 1.0, 2.5):
        view.navigation.set_zoom(zoom)
        view.centerOn(400, 150)
        image.fill(0)
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        assert image.pixelColor(200, 150).alpha() == 255


def test_the_scene_stops_listening_when_the_view_is_gone(qtbot) -> None:
    w = Workshop.new("T", language="en")
    view = CanvasView(w, first_canvas(w), QUndoStack())
    listeners = len(w._listeners)
    view.deleteLater()
    del view
    qtbot.wait(1)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    add(w, x=0, y=0)  # must not touch a deleted scene
    assert len(w._listeners) < listeners


def test_removing_the_canvas_empties_the_scene(make_view) -> None:
    view = make_view()
    w = view.workshop
    add(w, x=0, y=0)
    w.canvases.remove(view.canvas_id)
    assert not view.scene().cards


def test_switching_the_interface_language_retranslates_card_markers(make_view, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Danish(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "Skjult for projektoren" if source == "Hidden from projector" else ""

        def isEmpty(self) -> bool:
            return False

    view = make_view()
    cid = add(view.workshop, x=0, y=0, hidden=True)
    assert view.scene().card_style.hidden_text == "Hidden from projector"
    translator = Danish()
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.processEvents()
        assert view.scene().card_style.hidden_text == "Skjult for projektoren"
        item = view.scene().card_item(cid)
        assert item._layout()[0] == item.style.generation
    finally:
        QCoreApplication.removeTranslator(translator)


def test_board_follows_template_and_taxonomy_changes(make_view) -> None:
    from coi_desktop.models import Term
    from coi_desktop.views.canvas.board import zone_label

    view = make_view("barrier_board")
    w = view.workshop
    board = view.scene().board
    law = next(z for z in board.layout.zones if z.key == "law")
    assert zone_label(w, board.layout, law) == "Law and regulation"
    old = w.terms[("category", "law")]
    w.terms.put([Term("category", "law", "Jura", "Legal rules", old.position)])
    law = next(z for z in board.layout.zones if z.key == "law")
    assert zone_label(w, board.layout, law) == "Legal rules"
    w.terms.put([Term("category", "ethics", "Etik", "Ethics", 7, hidden=True)])
    assert "ethics" not in {z.key for z in board.layout.zones}  # a hidden category: no column
    w.canvases.update(view.canvas_id, template="power_interest")
    assert board.layout.template == "power_interest"
    w.update_info(language="da")
    zone = board.layout.zones[0]
    assert zone_label(w, board.layout, zone) == zone.da
