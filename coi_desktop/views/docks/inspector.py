"""The inspector dock: every field of the selected card(s), editable, by kind.

Choices come from the workshop's own taxonomies (its labels, in the interface language).
With several cards selected it edits the fields they share; a field whose values differ
shows "(several values)" and is only written when the user sets it. Every edit is one
`update_cards_command` on the undo stack, which also moves a card into the zone its new
value belongs to. The card's whole text is here, however long. An action's owner is chosen
from the roster (stored as a participant reference, so every output can apply consent) or
is an organisation, picked from those the workshop knows or typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...models.entities import KIND_FIELDS, Card, Participant
from ...models.errors import CoiError
from ...models.events import Change
from ...models.registry import ACTOR
from ...models.taxonomy import CARD_KINDS, Term
from ...services.privacy import owner_ref
from .fields import MIXED, ChoiceBox, LineBox, OwnerBox, TextBox
from .outline import swatch

if TYPE_CHECKING:
    from ..surface import WindowSurface

COMMON = ("kind", "title", "description", "tags", "color", "participant_id", "notes")
TAXONOMY = {"sector": "sector", "role": "role", "category": "category", "phase": "phase",
            "technology": "technology", "closeness": "closeness", "status": "status"}
SCORES = ("power", "interest", "severity", "impact", "effort")
LINES = ("organisation", "due_date")
ORDER = ("kind", "title", "description", "sector", "role", "organisation", "power", "interest",
         "closeness", "category", "severity", "phase", "impact", "effort", "technology",
         "owner", "due_date", "status", "tags", "color", "participant_id", "notes")


class InspectorDock(QDockWidget):
    """Shows and edits the selected cards (see the module docstring)."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.widget())
        self.window_ = window
        self.workshop = window.workshop
        self.setObjectName("dock.inspector")
        self.card_ids: list[str] = []
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 8, 10, 8)
        self.header = QLabel(body)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setObjectName("inspector.header")
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.header.setFont(font)
        column.addWidget(self.header)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow dock (its 280 px minimum, or long Danish labels such as "Facilitatorens
        # noter") puts a field under its label instead of cutting the field off at the edge.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(self.form)
        column.addStretch(1)
        self.empty = QLabel(body)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty)
        column.addStretch(2)

        self.editors: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        for name in ORDER:
            editor = self._make_editor(name, body)
            editor.setObjectName(f"inspector.{name}")
            label = QLabel(body)
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[name] = editor
            self.labels[name] = label
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(280)
        self.workshop.subscribe(self._on_change)
        self.retranslate()
        self.show_cards([])

    # -- editors ------------------------------------------------------------------------------

    def _make_editor(self, name: str, parent: QWidget) -> Any:
        # Free text is saved as it is typed (a pause commits it); a date waits for the
        # whole of it (a half-typed date is not one).
        if name == "title":
            editor: Any = TextBox(parent, lines=2, single_line=True, drafts=True)
        elif name in ("description", "notes"):
            editor = TextBox(parent, lines=4, drafts=True)
            editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 9 + 14)
        elif name in ("tags", *LINES):
            editor = LineBox(parent, drafts=name != "due_date")
        elif name == "color":
            editor = ColourPicker(parent)
        elif name == "owner":
            editor = OwnerBox(parent)
        else:
            editor = ChoiceBox(parent)
        editor.committed.connect(lambda value, n=name: self._commit(n, value))
        return editor

    def _fill_choices(self, fields: set[str]) -> None:
        """The choices of the editors shown for `fields`. Hidden editors keep theirs until
        shown: the organisations scan every card, too slow to repeat for a hidden field on
        every click in a 10,000-card workshop."""
        lang = self.window_.content_language()
        for name, taxonomy in TAXONOMY.items():
            if name in fields:
                terms: list[Term] = self.workshop.terms.of(taxonomy)
                self.editors[name].set_choices([(t.key, t.label(lang)) for t in terms])
        for name in SCORES:
            if name in fields:
                self.editors[name].set_choices([(n, str(n)) for n in range(1, 6)])
        self.editors["kind"].set_choices(
            [(k, self.workshop.terms.label("card_kind", k, lang)) for k in CARD_KINDS],
            empty=False)
        if "participant_id" not in fields and "owner" not in fields:
            return
        people: list[Participant] = sorted(self.workshop.participants.values(),
                                           key=lambda p: p.name.casefold())
        if "participant_id" in fields:
            self.editors["participant_id"].set_choices(
                [(p.id, f"{p.name} ({p.organisation})" if p.organisation else p.name)
                 for p in people])
        if "owner" in fields:
            self.editors["owner"].set_choices(
                [(owner_ref(p.id), f"{p.name} ({p.organisation})" if p.organisation
                  else p.name) for p in people], self._organisations(people))

    def _organisations(self, people: list[Participant]) -> list[str]:
        """Organisations the workshop knows: the roster's, and its actors (their titles and
        organisations)."""
        names = [p.organisation for p in people]
        for card in self.workshop.cards.values():
            if card.kind == ACTOR:
                names += [card.organisation, card.title if len(card.title) <= 80 else ""]
        unique = {" ".join(n.split()).casefold(): " ".join(n.split()) for n in names if n.strip()}
        return sorted(unique.values(), key=str.casefold)

    # -- showing --------------------------------------------------------------------------------

    def show_cards(self, card_ids: list[str]) -> None:
        self.card_ids = [cid for cid in card_ids if cid in self.workshop.cards]
        self.refresh()

    def refresh(self) -> None:
        self.card_ids = [cid for cid in self.card_ids if cid in self.workshop.cards]
        cards = [self.workshop.cards[cid] for cid in self.card_ids]
        kinds = {c.kind for c in cards}
        fields = set(COMMON)
        for kind in kinds:
            fields &= {*COMMON, *KIND_FIELDS.get(kind, ())}
        if len(kinds) == 1:
            fields |= set(KIND_FIELDS.get(next(iter(kinds)), ()))
        if cards:  # with nothing selected every field is hidden
            self._fill_choices(fields)
        read_only = self.window_.read_only
        for name in ORDER:
            visible = bool(cards) and name in fields
            self.form.setRowVisible(self.editors[name], visible)
            if not visible:
                continue
            values = {self._value(c, name) for c in cards}
            editor = self.editors[name]
            if not editor.hasFocus():
                editor.show_value(values.pop() if len(values) == 1 else MIXED)
            if isinstance(editor, (TextBox, LineBox)):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)
        self.empty.setVisible(not cards)
        self.header.setVisible(bool(cards))
        lang = self.window_.content_language()
        if len(cards) == 1:
            card = cards[0]
            self.header.setText(self.workshop.terms.label("card_kind", card.kind, lang))
        elif cards:
            self.header.setText(self.tr("%1 cards selected").replace("%1", str(len(cards))))

    @staticmethod
    def _value(card: Card, name: str) -> Any:
        value = getattr(card, name)
        return tuple(value) if isinstance(value, (list, tuple)) else value

    def focus_first(self) -> None:
        """Put the keyboard in the first field shown (or on the dock when none is)."""
        for name in ORDER[1:]:  # the title, not the kind chooser above it
            editor = self.editors[name]
            if self.form.isRowVisible(editor):
                editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if isinstance(editor, TextBox):
                    editor.moveCursor(editor.textCursor().MoveOperation.End)
                return
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- editing --------------------------------------------------------------------------------

    def _commit(self, name: str, value: Any) -> None:
        if self.window_.read_only or not self.card_ids:
            return
        if name == "kind":
            self._change_kind(str(value or ""))
            return
        if name == "tags":
            value = tuple(dict.fromkeys(t.strip() for t in str(value).split(",") if t.strip()))
        elif name in TAXONOMY or name in LINES or name in ("color", "owner"):
            value = value or ""
        elif name == "participant_id":
            value = value or None
        elif name in ("title", "description", "notes"):
            value = str(value)
        changes = {cid: {name: value} for cid in self.card_ids
                   if getattr(self.workshop.cards.require(cid), name) != value}
        if not changes:
            return
        from ...commands.cards import update_cards_command

        try:
            command = update_cards_command(self.workshop, changes)
        except CoiError as exc:
            self.window_.show_error(exc)
            self.refresh()
            return
        if not self.window_.push(command):
            self.refresh()

    def _change_kind(self, kind: str) -> None:
        """Another kind for the shown cards: one undo step, shared fields carried over."""
        from ...commands.cards import change_kind_command

        if kind not in CARD_KINDS:
            return
        try:
            command = change_kind_command(self.workshop, self.card_ids, kind)
        except CoiError as exc:
            self.window_.show_error(exc)
            command = None
        if command is None or not self.window_.push(command):
            self.refresh()

    def _on_change(self, change: Change) -> None:
        shown = set(self.card_ids)
        touched = any(isinstance(r, Card) and r.id in shown
                      for r in (*change.upserted, *change.removed))
        if touched or change.kind in ("terms_changed", "info_updated", "participants_added",
                                      "participants_updated", "participants_removed"):
            self._refresh_timer.start()

    def detach(self) -> None:
        self.workshop.unsubscribe(self._on_change)

    # -- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector"))
        names = {
            "kind": self.tr("&Kind"), "title": self.tr("&Title"),
            "description": self.tr("&Description"),
            "sector": self.tr("&Sector"), "role": self.tr("&Role"),
            "organisation": self.tr("&Organisation"), "power": self.tr("&Power"),
            "interest": self.tr("&Interest"), "closeness": self.tr("&Closeness"),
            "category": self.tr("&Category"), "severity": self.tr("Se&verity"),
            "phase": self.tr("P&hase"), "impact": self.tr("I&mpact"),
            "effort": self.tr("&Effort"), "technology": self.tr("Tech&nology"),
            "owner": self.tr("O&wner"), "due_date": self.tr("D&ue date"),
            "status": self.tr("St&atus"), "tags": self.tr("Ta&gs"),
            "color": self.tr("Co&lour"), "participant_id": self.tr("Contributed b&y"),
            "notes": self.tr("&Facilitator notes"),
        }
        for name, text in names.items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text.replace("&", ""))
        self.editors["tags"].setToolTip(self.tr("Separate tags with commas"))
        self.editors["due_date"].setToolTip(self.tr("A date written as YYYY-MM-DD"))
        self.editors["notes"].setToolTip(self.tr("Never shown on the projector"))
        self.empty.setText(self.tr("Select a card to see and edit its fields."))
        self.editors["color"].retranslate()
        self.refresh()


class ColourPicker(QWidget):
    """A colour swatch button and a reset to the automatic colour; commits "#rrggbb" or ""."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.choose = QPushButton(self)
        self.reset = QPushButton(self)
        row.addWidget(self.choose, 1)
        row.addWidget(self.reset)
        self._value: Any = ""
        self.choose.clicked.connect(self._pick)
        self.reset.clicked.connect(lambda: self.committed.emit(""))

    def show_value(self, value: Any) -> None:
        self._value = value
        if value is MIXED or not value:
            self.choose.setIcon(QIcon())
            self.choose.setText(self.tr("(several values)") if value is MIXED
                                else self.tr("Automatic"))
        else:
            self.choose.setIcon(swatch(str(value), 14))
            self.choose.setText(str(value))
        self.reset.setEnabled(value is MIXED or bool(value))

    def _pick(self) -> None:
        from PySide6.QtGui import QColor

        start = QColor(self._value) if isinstance(self._value, str) and self._value else \
            QColor("#ffffff")
        colour = QColorDialog.getColor(start, self, self.tr("Card colour"))
        if colour.isValid():
            self.committed.emit(colour.name())

    def setReadOnly(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def retranslate(self) -> None:
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Colour by kind and category"))
        self.choose.setAccessibleName(self.tr("Choose a card colour"))
        self.show_value(self._value)
