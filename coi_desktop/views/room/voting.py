"""The voting dock: rounds of the current canvas, recording votes, and the ranking.

The facilitator starts a round, then either picks a participant (or "anonymous") and clicks
cards on the canvas (Shift+click takes a dot back), or types the counted stickers after a
paper round. Refusals (a spent budget, a closed round) show one sentence in the interface
language. The dock decides which round is *active*: its counts are the badges on the cards
of the facilitator's canvas and of the projector.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands.room import AddRound, CastVote, RemoveRound, SetVoteCounts, UpdateRound, push
from ...models import Change, CoiError, Vote, VotingRound, Workshop, new_id
from .common import kind_label, language, run_command, status_message
from .voting_dialogs import PaperCountsDialog, StartRoundDialog, votable_cards

ANONYMOUS = ""  # the participant chooser's data for "anonymous / counted"
#: Card and vote changes rebuild the ranking at most this often.
COALESCE_MS = 200


def ranking(workshop: Workshop, voting_round: VotingRound) -> list[tuple[int, str, int]]:
    """(rank, card id, dots) for every votable card, most dots first; ties share a rank."""
    totals = workshop.voting.totals(voting_round.id)
    cards = sorted(votable_cards(workshop, voting_round),
                   key=lambda c: (-totals[c.id], c.title.casefold()))
    out: list[tuple[int, str, int]] = []
    for n, card in enumerate(cards):
        rank = out[-1][0] if out and out[-1][2] == totals[card.id] else n + 1
        out.append((rank, card.id, totals[card.id]))
    return out


class VotingDock(QDockWidget):
    """Rounds, vote recording and the ranking of the active round."""

    active_round_changed = Signal()
    badges_changed = Signal()  # the active round's counts changed

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room.voting")
        self.window_ = window
        self.workshop: Workshop = window.workshop
        self.session = window.session  # holds the active round (`active_round_id`)
        self._table_stale = self._badges_stale = False
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self._flush)
        self._clicking_view: Any = None
        self.read_only = False
        body = QWidget(self)
        self.rounds = QComboBox(body)
        self.rounds.currentIndexChanged.connect(self._on_round_chosen)
        self.new_button = QPushButton(body)
        self.close_button = QPushButton(body)
        self.delete_button = QPushButton(body)
        self.counts_button = QPushButton(body)
        self.click_button = QPushButton(body)
        self.click_button.setCheckable(True)
        self.click_button.toggled.connect(self.set_click_mode)
        self.participant = QComboBox(body)
        self.participant.currentIndexChanged.connect(lambda _i: self._update_status())
        self.state = QLabel(body)
        self.dots_left = QLabel(body)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.table = QTableWidget(0, 4, body)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.new_button.clicked.connect(self.start_round)
        self.close_button.clicked.connect(self.toggle_closed)
        self.delete_button.clicked.connect(self.delete_round)
        self.counts_button.clicked.connect(self.enter_counts)
        grid = QGridLayout()
        grid.addWidget(self.rounds, 0, 0, 1, 2)
        grid.addWidget(self.new_button, 0, 2)
        grid.addWidget(self.state, 1, 0, 1, 3)
        grid.addWidget(self.close_button, 2, 0)
        grid.addWidget(self.delete_button, 2, 1)
        grid.addWidget(self.counts_button, 2, 2)
        grid.addWidget(self.click_button, 3, 0)
        grid.addWidget(self.participant, 3, 1, 1, 2)
        grid.addWidget(self.dots_left, 4, 0, 1, 3)
        layout = QVBoxLayout(body)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.workshop.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self.workshop.unsubscribe(self._on_change))
        window.canvas_changed.connect(self._on_canvas_changed)
        self.retranslate()

    # -- state ----------------------------------------------------------------------------

    def lang(self) -> str:
        return language(self.window_)

    def active_round(self) -> VotingRound | None:
        return self.workshop.voting.get(self._active or "")

    def set_active_round(self, round_id: str | None) -> None:
        index = self.rounds.findData(round_id) if round_id else -1
        if index >= 0:
            self.rounds.setCurrentIndex(index)
        self._active = round_id if index >= 0 else None
        self.refresh()
        self.active_round_changed.emit()
        self.badges_changed.emit()

    def badges(self, canvas_id: str) -> dict[str, str]:
        """Vote counts of the active round as badge texts, for cards on `canvas_id`."""
        r = self.active_round()
        if r is None or r.canvas_id != canvas_id:
            return {}
        return {cid: str(n) for cid, n in self.workshop.voting.totals(r.id).items() if n}

    def hides_names(self, canvas_id: str) -> bool:
        """True while an anonymous round is active or open on the canvas."""
        r = self.active_round()
        return bool(r and r.anonymous) or any(
            x.anonymous and not x.closed for x in self.workshop.voting.ordered(canvas_id))

    def chosen_participant(self) -> str | None:
        return self.participant.currentData() or None

    # -- redrawing ------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        records = (*change.upserted, *change.removed)
        if any(isinstance(r, VotingRound) for r in records) \
                or change.kind in ("participants_added", "participants_removed",
                                   "participants_updated", "restored"):
            self._fill_rounds()
            self.refresh()
            self.badges_changed.emit()
        elif any(isinstance(r, Vote) for r in records):
            # A dot: its badge and the dots left at once, the ranking table a moment later
            # (60 phones voting rebuilt it hundreds of times a minute).
            self._update_status()
            self.badges_changed.emit()
            self._later(badges=False)
        elif change.kind.startswith("cards"):
            self._later(badges=True)

    def _later(self, badges: bool) -> None:
        """Rebuild the ranking at most every `COALESCE_MS`, and not while the dock is
        hidden (it is rebuilt when shown); badges follow on the same beat."""
        self._table_stale = True
        self._badges_stale = self._badges_stale or badges
        if not self._coalesce.isActive():
            self._coalesce.start()

    def _flush(self) -> None:
        if self._table_stale and self.isVisible():
            self.refresh()
        if self._badges_stale:
            self._badges_stale = False
            self.badges_changed.emit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._table_stale:
            self.refresh()

    @property
    def _active(self) -> str | None:
        active: str | None = self.session.active_round_id
        return active

    @_active.setter
    def _active(self, round_id: str | None) -> None:
        self.session.set_active_round_id(round_id)

    def _on_canvas_changed(self, _canvas_id: str) -> None:
        """Show the new canvas's rounds and ranking (not the previous canvas's)."""
        self._fill_rounds()
        if self.click_button.isChecked():
            self._install_click_handler()
        self.refresh()
        self.badges_changed.emit()

    def _fill_rounds(self) -> None:
        canvas_id = self.window_.current_canvas_id()
        rounds = self.workshop.voting.ordered(canvas_id) if canvas_id else []
        keep = self._active if self._active in {r.id for r in rounds} else None
        if keep is None:
            open_rounds = [r for r in rounds if not r.closed]
            latest = (open_rounds or rounds)[-1] if rounds else None
            keep = latest.id if latest is not None else None
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            suffix = " \U0001f512" if r.closed else ""
            self.rounds.addItem(r.title + suffix, r.id)
        self.rounds.setCurrentIndex(self.rounds.findData(keep) if keep else -1)
        self.rounds.blockSignals(False)
        changed = keep != self._active
        self._active = keep
        self._fill_participants()
        if changed:
            self.active_round_changed.emit()

    def _fill_participants(self) -> None:
        current = self.participant.currentData()
        self.participant.blockSignals(True)
        self.participant.clear()
        self.participant.addItem(self.tr("Anonymous / counted"), ANONYMOUS)
        people = sorted((p for p in self.workshop.participants.values() if p.present),
                        key=lambda p: p.name.casefold())
        for p in people:
            self.participant.addItem(p.name + (f" ({p.organisation})" if p.organisation else ""),
                                     p.id)
        r = self.active_round()
        named = not (r and r.anonymous)
        self.participant.setCurrentIndex(max(0, self.participant.findData(current))
                                         if named else 0)
        self.participant.setEnabled(named)
        self.participant.blockSignals(False)

    def _on_round_chosen(self, _index: int) -> None:
        self._active = self.rounds.currentData()
        self._fill_participants()
        self.message.clear()
        self.refresh()
        self.active_round_changed.emit()
        self.badges_changed.emit()

    def refresh(self) -> None:
        self._table_stale = False
        self._update_status()
        r = self.active_round()
        rows = ranking(self.workshop, r) if r else []
        self.table.setRowCount(len(rows))
        lang = self.lang()
        for n, (rank, card_id, dots) in enumerate(rows):
            card = self.workshop.cards[card_id]
            for col, text in enumerate((str(rank), card.title,
                                        kind_label(self.workshop, card.kind, lang), str(dots))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, card_id)
                if col in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, col, item)

    def _update_status(self) -> None:
        r = self.active_round()
        has = r is not None and not self.read_only
        self.new_button.setEnabled(not self.read_only)
        for w in (self.close_button, self.delete_button, self.counts_button, self.click_button):
            w.setEnabled(has)
        if r is None:
            self.close_button.setText(self.tr("Close round"))  # a blank button looked broken
            self.state.setText(self.tr("No voting round on this canvas."))
            self.dots_left.clear()
            return
        self.close_button.setText(self.tr("Reopen round") if r.closed else self.tr("Close round"))
        self.counts_button.setEnabled(has and not r.closed)
        self.click_button.setEnabled(has and not r.closed)
        state = self.tr("Closed") if r.closed else self.tr("Open")
        mode = self.tr("anonymous") if r.anonymous else self.tr("named")
        rule = self.tr("%1 dots each, at most %2 per card").replace(
            "%1", str(r.dots_per_participant)).replace("%2", str(r.max_per_card))
        self.state.setText(f"{state} · {mode} · {rule}")
        pid = self.chosen_participant()
        if pid and pid in self.workshop.participants:
            left = r.dots_per_participant - self.workshop.voting.dots_used(r.id, pid)
            self.dots_left.setText(self.tr("%1 has %2 of %3 dots left").replace(
                "%1", self.workshop.participants[pid].name).replace("%2", str(left)).replace(
                "%3", str(r.dots_per_participant)))
        else:
            self.dots_left.setText(self.tr("Dots without a name: no budget applies."))

    def set_read_only(self, read_only: bool) -> None:
        """A file opened read-only: rounds and rankings can be read, not changed."""
        self.read_only = read_only
        self.set_click_mode(False)
        self._update_status()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dot voting"))
        self.new_button.setText(self.tr("New round…"))
        self.delete_button.setText(self.tr("Delete round"))
        self.counts_button.setText(self.tr("Enter counted dots…"))
        self.click_button.setText(self.tr("Click cards to vote"))
        self.click_button.setToolTip(self.tr("Each click on a card gives it a dot from the "
                                             "chosen participant; Shift+click takes one back"))
        self.table.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Card"), self.tr("Kind"),
                                              self.tr("Dots")])
        self._fill_rounds()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions --------------------------------------------------------------------------

    def start_round(self) -> None:
        canvas_id = self.window_.current_canvas_id()
        if not canvas_id:
            return
        n = len(self.workshop.voting.ordered(canvas_id)) + 1
        dialog = StartRoundDialog(self.workshop, self.lang(),
                                  self.tr("Round %1").replace("%1", str(n)), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_round(dialog.make_round(new_id(), canvas_id, len(self.workshop.voting)))

    def add_round(self, voting_round: VotingRound) -> None:
        if run_command(self.window_, AddRound(self.workshop, voting_round,
                                              self.tr("Start voting round"))):
            self.set_active_round(voting_round.id)

    def toggle_closed(self) -> None:
        r = self.active_round()
        if r is not None:
            text = self.tr("Reopen voting round") if r.closed else self.tr("Close voting round")
            run_command(self.window_, UpdateRound(self.workshop, r.id, {"closed": not r.closed},
                                                  text))

    def delete_round(self) -> None:
        r = self.active_round()
        if r is not None:
            run_command(self.window_, RemoveRound(self.workshop, r.id,
                                                  self.tr("Delete voting round")))

    def enter_counts(self) -> None:
        r = self.active_round()
        if r is None:
            return
        dialog = PaperCountsDialog(self.workshop, r, self.lang(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_counts(dialog.changed_counts())

    def apply_counts(self, counts: dict[str, int]) -> None:
        r = self.active_round()
        if r is not None and counts:
            run_command(self.window_, SetVoteCounts(self.workshop, r.id, counts,
                                                    self.tr("Enter counted dots")))

    # -- click to vote --------------------------------------------------------------------

    def set_click_mode(self, on: bool) -> None:
        if self.click_button.isChecked() != on:
            self.click_button.setChecked(on)  # calls back here
            return
        if on:
            self._install_click_handler()
        else:
            self._remove_click_handler()
        self.message.clear()

    def _install_click_handler(self) -> None:
        self._remove_click_handler()
        view = self.window_.current_view()
        if view is not None:
            view.set_card_click_handler(self.vote_click)
            self._clicking_view = view

    def _remove_click_handler(self) -> None:
        view, self._clicking_view = self._clicking_view, None
        if view is not None:
            with contextlib.suppress(RuntimeError):  # the view may be gone already
                view.set_card_click_handler(None)

    def vote_click(self, card_id: str, take_back: bool | None = None) -> bool:
        """A click on a card in vote mode: one dot (Shift: one back). Always consumes it."""
        r = self.active_round()
        if r is None:
            return False
        if take_back is None:
            take_back = bool(QGuiApplication.keyboardModifiers()
                             & Qt.KeyboardModifier.ShiftModifier)
        delta = -1 if take_back else 1
        pid = None if r.anonymous else self.chosen_participant()
        command = CastVote(self.workshop, r.id, card_id, pid, delta,
                           self.tr("Take back a dot") if take_back else self.tr("Vote"))
        try:
            push(self.window_.undo_stack, command)
        except CoiError as exc:
            text = exc.text(self.lang())
            self.message.setText(text)
            status_message(self.window_, text)
        else:
            self.message.clear()
        return True
