"""Dialogs of dot voting: start a round, and type the stickers counted after a paper round."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.models.registry import BARRIER, OPPORTUNITY

from ...commands.room import counted_dots
from ...models import CARD_KINDS, Card, VotingRound, Workshop, zone_at
from .common import kind_label


class StartRoundDialog(QDialog):
    """Title, votable kinds, dots per participant, most per card, named or anonymous."""

    def __init__(self, workshop: Workshop, lang: str, default_title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a voting round"))
        self.title = QLineEdit(default_title, self)
        self.kinds: dict[str, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        for kind in CARD_KINDS:
            box = QCheckBox(kind_label(workshop, kind, lang), self)
            box.setChecked(kind in (BARRIER, OPPORTUNITY))
            box.toggled.connect(self._check)
            self.kinds[kind] = box
            kinds_row.addWidget(box)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 99)
        self.dots.setValue(5)
        self.max_per_card = QSpinBox(self)
        self.max_per_card.setRange(1, 99)
        self.max_per_card.setValue(3)
        for spin in (self.dots, self.max_per_card):  # a two-digit number, not a full-width bar
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.anonymous = QCheckBox(self.tr("&Anonymous: votes carry no names"), self)
        form = QFormLayout(self)
        # Alt+letter reaches every field: the labels are buddies of their fields.
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Cards that can get votes"), kinds_row)
        form.addRow(self.tr("&Dots per participant"), self.dots)
        form.addRow(self.tr("&Most dots on one card"), self.max_per_card)
        self.form = form
        form.addRow("", self.anonymous)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start round"))
        self.title.textChanged.connect(self._check)
        form.addRow(buttons)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.title.text().strip()) and bool(self.chosen_kinds()))

    def chosen_kinds(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.kinds.items() if box.isChecked())

    def make_round(self, round_id: str, canvas_id: str, position: int) -> VotingRound:
        return VotingRound(round_id, canvas_id, self.title.text().strip(), self.chosen_kinds(),
                           self.dots.value(), self.max_per_card.value(),
                           self.anonymous.isChecked(), False, position)


def votable_cards(workshop: Workshop, voting_round: VotingRound) -> list[Card]:
    """The cards that can get votes in a round, in board order: zone by zone as the
    template lists them (cards outside every zone last), each zone in reading order (top
    to bottom, left to right), as the facilitator walks the wall counting stickers."""
    cards = [c for c in workshop.cards.on(voting_round.canvas_id)
             if c.kind in voting_round.kinds]
    layout = workshop.canvases.layout(voting_round.canvas_id)
    order = {id(z): n for n, z in enumerate(layout.zones)}

    def place(card: Card) -> tuple[int, int, float, str]:
        zone = zone_at(layout, card)
        rank = order[id(zone)] if zone is not None else len(order)
        return rank, round(card.y / 40), card.x, card.title

    return sorted(cards, key=place)


class PaperCountsDialog(QDialog):
    """One spin box per votable card: the stickers counted on the paper or wall."""

    def __init__(self, workshop: Workshop, voting_round: VotingRound, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.round = voting_round
        self.setWindowTitle(self.tr("Counted dots: %1").replace("%1", voting_round.title))
        self.resize(560, 520)
        hint = QLabel(self.tr("Type the number of dots counted on each card. Dots clicked for "
                              "named participants are kept and added to these."), self)
        hint.setWordWrap(True)
        self.hint = hint
        self.filter = QLineEdit(self)
        self.filter.setObjectName("counts.filter")
        self.filter.setPlaceholderText(self.tr("Find a card (type part of its title)"))
        self.filter.setAccessibleName(self.tr("Find a card"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.cards = votable_cards(workshop, voting_round)
        if not self.cards:  # an empty table with no word of why looks broken
            hint.setText(self.tr("No card on this round's canvas can get votes in this round: "
                                 "there is nothing to count."))
        self.table = QTableWidget(len(self.cards), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Kind"),
                                              self.tr("Named dots"), self.tr("Counted dots")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.spins: dict[str, QSpinBox] = {}
        totals = workshop.voting.totals(voting_round.id)
        for row, card in enumerate(self.cards):
            counted = counted_dots(workshop, voting_round.id, card.id)
            for col, text in enumerate((card.title, kind_label(workshop, card.kind, lang),
                                        str(totals[card.id] - counted))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
            spin = QSpinBox(self.table)
            spin.setRange(0, 9999)
            spin.setValue(counted)
            spin.installEventFilter(self)
            self.spins[card.id] = spin
            self.table.setCellWidget(row, 3, spin)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.spins:
            first = next(iter(self.spins.values()))
            first.setFocus()
            first.selectAll()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Tab in a count goes to the next shown card's count (not OK, not the
        table's title cell); Shift+Tab to the previous one: typing a pile of counts is fast.
        A letter typed in a count starts a search by title; Enter there goes to the first
        card found."""
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filter and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                              Qt.Key.Key_Down, Qt.Key.Key_Tab):
            rows = self._shown_rows()  # Enter in the search: to the first matching count
            if rows:
                self._focus_count(rows[0])
            return True
        if isinstance(watched, QSpinBox):
            spins = list(self.spins.values())
            n = spins.index(watched) if watched in spins else -1
            rows = self._shown_rows()
            later = [r for r in rows if r > n]
            earlier = [r for r in rows if r < n]
            typed = event.text()
            if typed and typed.isalpha():  # a letter in a count: find a card by its title
                self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
                self.filter.insert(typed)
                return True
            if key == Qt.Key.Key_Backtab and earlier:
                self._focus_count(earlier[-1])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                if later:
                    self._focus_count(later[0])
                else:
                    self.ok_button.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _shown_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _apply_filter(self, text: str) -> None:
        """Show only the cards whose title holds the typed text (the counts stay)."""
        needle = text.strip().casefold()
        for row, card in enumerate(self.cards):
            self.table.setRowHidden(row, bool(needle) and needle not in card.title.casefold())

    def _focus_count(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)
        spin = list(self.spins.values())[row]
        spin.setFocus(Qt.FocusReason.TabFocusReason)
        spin.selectAll()

    def changed_counts(self) -> dict[str, int]:
        """Only the cards whose count the facilitator changed."""
        out: dict[str, int] = {}
        for card_id, spin in self.spins.items():
            if spin.value() != counted_dots(self.workshop, self.round.id, card_id):
                out[card_id] = spin.value()
        return out

    def set_counts(self, counts: dict[str, int]) -> None:
        """Fill the spin boxes (tests and keyboard entry)."""
        for card_id, n in counts.items():
            self.spins[card_id].setValue(n)

