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


def _lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of a ``#RRGGBB`` colour, for the colour distance ΔE."""
    def linear(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _delta_e(a: str, b: str) -> float:
    import math

    return math.dist(_lab(a), _lab(b))


@pytest.mark.parametrize("name", NAMES)
def test_added_kinds_look_unlike_every_kind_category_and_each_other(name: str) -> None:
    """A kind the registry adds must not pass for another kind, or for a barrier of some
    category (a barrier shows its category's colour): an added kind used to take law's
    #332288. ΔE 15 is a difference anyone sees side by side on the board."""
    t = theme(name)
    known = {f"kind.{k}": t.kind_color(k) for k in KIND_IDS}
    known |= {f"category.{k}": t.category_color(k) for k in CATEGORY_KEYS}
    added = {token: t.color(token) for token in
             ("kind.risk", "kind.stakeholder_need", "kind.law_proposal", "kind.workshop_extra",
              "kind.idea")}
    for token, colour in added.items():
        for other, known_colour in known.items():
            assert _delta_e(colour, known_colour) >= 15, (name, token, colour, other)
    colours = list(added.values())
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert _delta_e(a, b) >= 15, (name, a, b)
    assert t.color("kind.risk") == added["kind.risk"]  # still a stable pick


def test_white_type_reads_on_every_added_colour() -> None:
    from coi_desktop.theme import EXTRA

    t = theme("light")
    for colour in EXTRA:
        band, *_rest, ink = t.card_colors(colour)
        assert contrast(ink, band) >= 3.0, colour  # bold caps on the band: large text
