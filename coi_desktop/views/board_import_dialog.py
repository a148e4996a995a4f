"""The preview of a Miro or Mural board export before its stickies become cards.

A sticky's colour is the room's own code (yellow = barrier in one workshop, opportunity in
the next), so the facilitator decides: every colour found is listed with a swatch, how many
stickies have it and a few of their texts, and a combo box chooses the card kind for it (the
workshop's kinds, named in the interface language) or "Skip" to leave those stickies out.
The service proposes no kind, so every colour starts as a note until the facilitator picks
one. The dialog names how the file was read (its encoding) and every row left out and why;
the summary counts the cards per kind that Import creates and what it leaves out, so nothing
is dropped unseen. Import adds one new canvas with the cards in one undo step (the command
and push path of File → Import elements and connections); Cancel changes nothing.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands.imports import import_network_command, read_only_refusal
from ..models import CoiError
from ..models.registry import NOTE
from ..models.taxonomy import CARD_KINDS
from ..services.board_import import Board, plan_board
from ..services.imports import ImportPlan

#: The combo box value of "Skip": those stickies are left out.
SKIP = ""
#: Sample texts shown per colour, and how much of each.
SAMPLES = 3
SAMPLE_CHARS = 60
#: Rows left out that are named one by one; more are counted.
NAMED_ROWS = 8
SWATCH_PX = 18


def swatch(colour: str, frame: QColor, size: int = SWATCH_PX) -> QIcon:
    """A square of the sticky's colour with a thin frame; no colour is white, struck through."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(frame, 1))
    painter.setBrush(QColor(colour) if colour else QColor(Qt.GlobalColor.white))
    painter.drawRect(0, 0, size - 1, size - 1)
    if not colour:
        painter.drawLine(1, size - 2, size - 2, 1)
    painter.end()
    return QIcon(pixmap)


class BoardImportDialog(QDialog):
    """Shows a `Board`; Import adds its stickies as cards on a new canvas in one step."""

    def __init__(self, window: Any, board: Board, source: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_import.dialog")
        self.window_ = window
        self.board = board
        self.lang = window.language()
        self.plan: ImportPlan | None = None  # the plan imported, once Import succeeded
        self.setWindowTitle(self.tr("Import board") + (f": {source}" if source else ""))
        self.resize(860, 520)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("board_import.info")
        self.name = QLineEdit(board.name, self)
        self.name.setObjectName("board_import.name")
        self.name.setAccessibleName(self.tr("Name of the new canvas"))
        self.name.setPlaceholderText(board.name)
        form = QFormLayout()
        name_label = QLabel(self.tr("New canvas &name:"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("board_import.colours")
        self.table.setAccessibleName(self.tr("Sticky colours and their card kinds"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Colour"), self.tr("Stickies"),
                                               self.tr("For example"), self.tr("Card kind")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.left_out = QLabel(self)
        self.left_out.setObjectName("board_import.left_out")
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(self)
        self.summary.setObjectName("board_import.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)  # Enter imports
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.combos: dict[str, QComboBox] = {}
        self._fill()

    # -- showing --------------------------------------------------------------------------

    def kind_names(self) -> dict[str, str]:
        """The card kinds as the workshop names them, in the interface language."""
        terms = self.window_.workshop.terms
        return {kind: terms.label("card_kind", kind, self.lang) for kind in CARD_KINDS}

    def colour_name(self, colour: str) -> str:
        return colour or self.tr("(no colour)")

    def _fill(self) -> None:
        colours = self.board.colours()
        samples: dict[str, list[str]] = {}
        for sticky in self.board.stickies:
            found = samples.setdefault(sticky.colour, [])
            if len(found) < SAMPLES:
                found.append(sticky.text)
        frame = self.palette().color(QPalette.ColorRole.Text)
        names = self.kind_names()
        self.table.setRowCount(len(colours))
        for row, (colour, count, _example) in enumerate(colours):
            name = QTableWidgetItem(swatch(colour, frame), self.colour_name(colour))
            name.setData(Qt.ItemDataRole.UserRole, colour)
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            texts = samples.get(colour, [])
            shown = "; ".join(f"“{_short(t)}”" for t in texts)
            example = QTableWidgetItem(shown)
            example.setToolTip("\n".join(texts))
            for col, item in enumerate((name, number, example)):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
            combo = QComboBox(self.table)
            combo.setObjectName(f"board_import.kind.{colour or 'none'}")
            combo.setAccessibleName(self.tr("Card kind for the colour %1")
                                    .replace("%1", self.colour_name(colour)))
            for kind, label in names.items():
                combo.addItem(label, kind)
            combo.addItem(self.tr("Skip"), SKIP)
            combo.setCurrentIndex(max(combo.findData(NOTE), 0))
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, 3, combo)
            self.combos[colour] = combo
        if self.combos:  # one even row height: the combo boxes' own
            height = next(iter(self.combos.values())).sizeHint().height() + 4
            for row in range(self.table.rowCount()):
                self.table.setRowHeight(row, height)
        self.info.setText(self._info())
        left_out = self._left_out_rows()
        self.left_out.setText(left_out)
        self.left_out.setVisible(bool(left_out))
        self._update()

    def _info(self) -> str:
        n, k = len(self.board.stickies), len(self.combos)
        text = (self.tr("1 sticky") if n == 1 else self.tr("%1 stickies").replace("%1", str(n)))
        text += ", " + (self.tr("1 colour") if k == 1
                        else self.tr("%1 colours").replace("%1", str(k)))
        text += ". " + self.tr("Choose a card kind for each colour, or Skip to leave those "
                               "stickies out.")
        if self.board.encoding:  # what the file was read as, so a wrong guess is seen
            text += " " + self.tr("Read as %1.").replace("%1", self.board.encoding)
        return text

    def _left_out_rows(self) -> str:
        """Every row of the file that does not become a sticky, and why."""
        lines = [self.tr("Row %1: no sticky text.").replace("%1", str(row))
                 for row in self.board.without_text]
        lines += [self.tr("Row %1: %2").replace("%1", str(p.row)).replace(
            "%2", p.text(self.lang)) for p in self.board.problems]
        if not lines:
            return ""
        more = len(lines) - NAMED_ROWS
        shown = lines[:NAMED_ROWS] + ([self.tr("… and %1 more.").replace("%1", str(more))]
                                      if more > 0 else [])
        return self.tr("Left out of the file:") + "\n" + "\n".join(shown)

    # -- choosing -------------------------------------------------------------------------

    def choices(self) -> dict[str, str]:
        """Colour → the chosen card kind, or SKIP."""
        return {colour: str(combo.currentData()) for colour, combo in self.combos.items()}

    def set_kind(self, colour: str, kind: str) -> None:
        combo = self.combos[colour]
        combo.setCurrentIndex(combo.findData(kind))

    def counts(self) -> tuple[Counter[str], int]:
        """Cards per kind that Import creates, and the stickies set to Skip."""
        choices = self.choices()
        kinds = Counter(choices[s.colour] for s in self.board.stickies)
        skipped = kinds.pop(SKIP, 0)
        return kinds, skipped

    def _update(self) -> None:
        kinds, skipped = self.counts()
        self.summary.setText(self.summary_text(kinds, skipped))
        self.import_button.setEnabled(bool(kinds))

    def summary_text(self, kinds: Counter[str], skipped: int) -> str:
        names = self.kind_names()
        total = sum(kinds.values())
        if total:
            parts = ", ".join(f"{names.get(kind, kind)} {kinds[kind]}"
                              for kind in [*CARD_KINDS, *sorted(set(kinds) - set(CARD_KINDS))]
                              if kinds.get(kind))
            if total == 1:
                text = self.tr("Import creates 1 card: %1.").replace("%1", parts)
            else:
                text = self.tr("Import creates %1 cards: %2.").replace(
                    "%1", str(total)).replace("%2", parts)
        else:
            text = self.tr("Nothing to import: every colour is set to Skip.")
        reasons = []
        if skipped:
            reasons.append(self.tr("%1 set to Skip").replace("%1", str(skipped)))
        if self.board.without_text:
            reasons.append(self.tr("%1 without text").replace(
                "%1", str(len(self.board.without_text))))
        if self.board.problems:
            reasons.append(self.tr("%1 that could not be read").replace(
                "%1", str(len(self.board.problems))))
        if reasons:
            text += " " + self.tr("Left out: %1.").replace("%1", ", ".join(reasons))
        else:
            text += " " + self.tr("Nothing is left out.")
        return text

    # -- importing ------------------------------------------------------------------------

    def make_plan(self) -> ImportPlan:
        """The new canvas and its cards for the chosen kinds (skipped colours left out; the
        rows that could not be read are already named in the dialog)."""
        choices = self.choices()
        kept = Board(self.board.name,
                     [s for s in self.board.stickies if choices[s.colour] != SKIP])
        kinds = {colour: kind for colour, kind in choices.items() if kind != SKIP}
        return plan_board(self.window_.workshop, kept, kinds, self.name.text().strip() or None)

    def do_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        if self.window_.read_only:  # paused while another program's change waits
            self.window_.show_error(read_only_refusal())
            return
        try:
            plan = self.make_plan()
        except CoiError as exc:
            self.window_.show_error(exc)
            return
        if self.window_.push(import_network_command(self.window_.workshop, plan)):
            self.plan = plan
            self.window_.set_current_canvas(plan.canvas.id)
            self.window_.show_status(
                self.tr("Imported %1 cards into “%2”.").replace("%1", str(len(plan.cards)))
                .replace("%2", plan.canvas.name))
            self.accept()


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SAMPLE_CHARS else line[:SAMPLE_CHARS - 1].rstrip() + "…"
