"""What every card item of one scene shares: fonts, scale, language and what may be shown.

One `CardStyle` per scene. Changing the font scale, the language or whether contributors are
shown bumps `generation`, which makes each card lay out its text again on its next paint
(only the cards that actually paint pay for it). An action's owner shows in its footer as
every output shows it (services/privacy.py): the canvas goes on the projector, so a
participant who did not consent appears as their organisation or "Deltager 3", never by name,
and in a presentation scene their name typed into card text is replaced the same way
(`public`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF

from coi_desktop.models import Card, Workshop
from coi_desktop.models.registry import ACTION, ACTOR, BARRIER
from coi_desktop.services.privacy import Privacy

from . import palette

#: The title's size (px at 100 % zoom, scale 1): large enough to read a whole board on a
#: projector, small enough for three lines on a 180 × 100 card (the theme's card.title_px).
TITLE_PX = palette.current().size("card.title_px")
#: Smaller sizes a title that does not fit may take, as shares of the title size.
TITLE_STEPS = (0.88, 0.76)
#: The floor of one more step, taken only so that the title's longest word fits unbroken:
#: the largest whole pixel size between this share and the last step at which it fits. It
#: was 0.66, and "Digitaliseringsstyrelsen" or "sundhedsassistenterne" then stood at two
#: thirds of their neighbours' size, too small for the back row; a word wider than this
#: breaks at a syllable with a hyphen instead (text.wrap).
WORD_STEP = 0.72


def _font(pixels: float, bold: bool = False, caps: bool = False) -> QFont:
    font = QFont()
    family = palette.current().font("font.family")
    if family:  # "" keeps the platform's default face
        font.setFamily(family)
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    if caps:
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class CardStyle:
    """Fonts and display rules for the cards of one scene."""

    def __init__(self, workshop: Workshop, presentation: bool = False) -> None:
        self.workshop = workshop
        self.presentation = presentation
        self.editable = not presentation
        self.show_participants = False
        self.scale = 1.25 if presentation else 1.0
        self.generation = 0
        self.hidden_text = ""
        self._build()

    def _build(self) -> None:
        s, t = self.scale, palette.current()
        title_px = t.size("card.title_px")
        self.title_font = _font(title_px * s, bold=True)
        # A long title steps down to a smaller size rather than lose its end (see items.py)
        self.title_fonts = [self.title_font] + [_font(title_px * s * k, bold=True)
                                                for k in TITLE_STEPS]
        last = self.title_fonts[-1].pixelSize()
        self.word_fonts = [_font(px, bold=True) for px in
                           range(last - 1, max(5, round(title_px * s * WORD_STEP)) - 1, -1)]
        self.body_font = _font(t.size("card.body_px") * s)
        self.band_font = _font(t.size("card.band_px") * min(s, 1.4), bold=True, caps=True)
        self.small_font = _font(t.size("card.small_px") * min(s, 1.4))
        self.band_line = QFontMetricsF(self.band_font).height()
        self.band_height = round(self.band_line + 8)
        self.pad = 6.0 if self.presentation else 10.0  # the wall: room for a third line
        self.hidden_text = QCoreApplication.translate("CanvasView", "Hidden from projector")
        # Public labels of the roster; identity.ItemMarkers refreshes on roster changes.
        self.privacy = Privacy(self.workshop)
        self.generation += 1

    def set_scale(self, factor: float) -> None:
        self.scale = max(0.5, min(3.0, float(factor)))
        self._build()

    def refresh(self) -> None:
        """Language or labels changed: lay text out again."""
        self._build()

    @property
    def language(self) -> str:
        return self.workshop.info.language

    def band_text(self, card: Card) -> str:
        """The kind label on the coloured band; barriers add their category."""
        w = self.workshop
        text = w.terms.label("card_kind", card.kind)
        if card.kind == BARRIER and card.category:
            text = w.terms.label("category", card.category)
        elif card.kind == ACTOR and card.sector:
            text = f"{text} · {w.terms.label('sector', card.sector)}"
        return text

    def public(self, text: str) -> str:
        """Text as the room may see it: on the projector and in pictures (presentation) a
        name or e-mail of a participant who did not consent, typed into a title,
        description, link label or group title, shows as their public label; the
        facilitator's own canvas shows what was typed."""
        return self.privacy.text(text) if self.presentation else text

    def owner_for(self, card: Card) -> str:
        """An action's owner as the public may see it ("" for other kinds or none)."""
        if card.kind != ACTION or not card.owner:
            return ""
        return self.privacy.owner(card.owner)

    def footer_for(self, card: Card) -> str:
        """An action's owner, and the contributor's name when the room allows names."""
        parts = [self.owner_for(card)]
        if self.show_participants and card.participant_id:
            parts.append(self.workshop.participants.display_name(card.participant_id))
        return " · ".join(p for p in parts if p)


def public_text(scene: object, text: str) -> str:
    """`CardStyle.public` for an item's text in `scene` (unchanged outside a canvas scene)."""
    style = getattr(scene, "card_style", None)
    return style.public(text) if isinstance(style, CardStyle) else text
