"""The theme's token sets: high contrast reaches WCAG AAA for all text on cards, every set
has the same tokens, and switching the theme repaints a canvas in the new colours."""

from __future__ import annotations

import pytest

from coi_desktop.theme import (
    CATEGORY_KEYS,
    KIND_IDS,
    NAMES,
    THEMES,
    contrast,
    theme,
)


def _strong_colours(name: str) -> list[tuple[str, str]]:
    t = theme(name)
    out = [(f"kind.{k}", t.kind_color(k)) for k in KIND_IDS]
    out += [(f"category.{k}", t.category_color(k)) for k in CATEGORY_KEYS]
    # a kind the registry may add later, an unknown category, and a card's own colour
    out += [("kind.workshop_extra", t.color("kind.workshop_extra")),
            ("category.own", t.color("category.own")), ("own", t.adapt("#FFEE00"))]
    return out


@pytest.mark.parametrize("token,strong", _strong_colours("high_contrast"))
def test_high_contrast_text_on_cards_is_aaa(token: str, strong: str) -> None:
    t = theme("high_contrast")
    band, body, _flat, _edge, band_ink = t.card_colors(strong)
    assert contrast(t.color("card.text"), body) >= 7.0, token
    assert contrast(t.color("card.text.muted"), body) >= 7.0, token
    assert contrast(band_ink, band) >= 7.0, token


def test_high_contrast_board_and_projector_text_is_aaa() -> None:
    t = theme("high_contrast")
    for fill in ("board.fill", "board.zone", "board.zone.strong", "board.lane.alt",
                 "board.ring.0", "board.ring.1", "board.ring.2"):
        assert contrast(t.color("zone.label"), t.color(fill)) >= 7.0, fill
        assert contrast(t.color("zone.hint"), t.color(fill)) >= 7.0, fill
    assert contrast(t.color("projector.text"), t.color("projector.background")) >= 7.0
    assert contrast(t.color("projector.info"), t.color("projector.background")) >= 7.0
    assert contrast(t.color("badge.text"), t.color("badge.fill")) >= 7.0
    assert contrast(t.color("card.hidden.text"), t.color("card.hidden.fill")) >= 7.0
    assert contrast(t.color("link.label.text"), t.color("link.label.fill")) >= 7.0
    # axis captions and links also stand on the canvas outside the board
    assert contrast(t.color("zone.hint"), t.color("canvas.background")) >= 7.0
    assert contrast(t.color("link"), t.color("canvas.background")) >= 7.0


@pytest.mark.parametrize("name", ["light", "dark"])
def test_card_text_reads_in_every_theme(name: str) -> None:
    """Title and description on a card's body reach at least WCAG AA (4.5:1)."""
    t = theme(name)
    for token, strong in _strong_colours(name):
        _band, body, *_ = t.card_colors(strong)
        assert contrast(t.color("card.text"), body) >= 4.5, (name, token)
        assert contrast(t.color("card.text.muted"), body) >= 4.5, (name, token)


def test_every_theme_has_the_same_tokens() -> None:
    names = [set(THEMES[n].colors) for n in NAMES]
    assert names[0] == names[1] == names[2]
    assert set(THEMES["light"].sizes) == set(THEMES["high_contrast"].sizes)


def test_light_is_todays_look() -> None:
    t = theme("light")
    assert t.color("kind.barrier") == "#D55E00"
    assert t.color("canvas.background") == "#E9ECF1"
    assert t.color("kind.unknown") == "#777777"  # the canvas's grey; the PDF had drifted
    assert t.color("kind.barrier.fill") == t.card_colors("#D55E00")[1]
    assert t.size("card.title_px") == 16.0


def test_unknown_tokens() -> None:
    t = theme("dark")
    assert t.color("kind.brand_new") == t.color("kind.brand_new")  # a stable pick
    assert t.color("kind.brand_new.fill").startswith("#")
    with pytest.raises(KeyError):
        t.color("card.txet")
    assert theme("no such theme") is THEMES["light"]


def test_switching_the_theme_repaints_the_canvas(make_view) -> None:
    from PySide6.QtGui import QColor

    from coi_desktop.views.canvas import palette

    from .conftest import add

    view = make_view()
    add(view.workshop, "barrier", "Procurement law", x=500, y=300)
    scene = view.scene()
    try:
        assert palette.use_theme("dark")
        assert scene.backgroundBrush().color() == QColor(theme("dark").color("canvas.background"))
        item = next(iter(scene.cards.values()))
        assert item.body != QColor(theme("light").card_colors(item.accent.name())[1])
        image = view.grab().toImage()
        corner = image.pixelColor(2, 2)
        assert corner.lightness() < 60  # the dark canvas, not the light one
    finally:
        palette.use_theme("light")
    assert scene.backgroundBrush().color() == QColor("#E9ECF1")
