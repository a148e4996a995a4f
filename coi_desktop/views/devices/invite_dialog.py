""""Invite participants…": the facilitator chooses what phones may do, and where to listen.

Network interface (default: this laptop's address on the current network; loopback too),
port, adding cards (which kinds, which barrier categories), voting (an open round of the
current canvas, with its budget shown), named or anonymous, live or inbox. `policy()` and
`address()` give the choices; the dialog never starts anything itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.models import CARD_KINDS, Workshop
from coi_desktop.models.registry import BARRIER, OPPORTUNITY
from coi_desktop.services.room_server import RoundPolicy
from coi_desktop.services.room_server.network import LOOPBACK, default_address

DEFAULT_PORT = 8765


def addresses() -> list[str]:
    """IPv4 addresses to offer: the default one first, loopback last."""
    found = [default_address()]
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(ip.toString())
    found.append(LOOPBACK)
    return list(dict.fromkeys(found))


class InviteDialog(QDialog):
    """See the module docstring."""

    def __init__(self, workshop: Workshop, canvas_id: str, active_round_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devices.invite")
        self.setWindowTitle(self.tr("Invite participants"))
        self.workshop = workshop
        self.canvas_id = canvas_id
        lang = workshop.info.language
        layout = QVBoxLayout(self)
        canvas = workshop.canvases[canvas_id]
        intro = QLabel(self.tr("Phones in the room join over this network; nothing goes "
                               "to the internet. Canvas: %1").replace("%1", canvas.name), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        form = QFormLayout()
        self.host = QComboBox(self)
        self.host.setObjectName("devices.host")
        self.host.addItems(addresses())
        self.port = QSpinBox(self)
        self.port.setObjectName("devices.port")
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        form.addRow(self.tr("&Network address:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        layout.addLayout(form)

        self.cards_box = QGroupBox(self.tr("Phones may add &cards"), self)
        self.cards_box.setObjectName("devices.cards")
        self.cards_box.setCheckable(True)
        cards = QVBoxLayout(self.cards_box)
        kinds_row = QHBoxLayout()
        self.kinds: dict[str, QCheckBox] = {}
        for kind in CARD_KINDS:
            box = QCheckBox(workshop.terms.label("card_kind", kind, lang), self.cards_box)
            box.setObjectName(f"devices.kind.{kind}")
            box.setChecked(kind in (BARRIER, OPPORTUNITY))
            self.kinds[kind] = box
            kinds_row.addWidget(box)
        cards.addLayout(kinds_row)
        cards.addWidget(QLabel(self.tr("Barrier categories phones may choose:"), self))
        self.categories = QListWidget(self.cards_box)
        self.categories.setObjectName("devices.categories")
        for term in workshop.terms.of("category"):
            item = QListWidgetItem(term.label(lang), self.categories)
            item.setData(Qt.ItemDataRole.UserRole, term.key)
            item.setCheckState(Qt.CheckState.Checked)
        self.categories.setMaximumHeight(120)
        cards.addWidget(self.categories)
        layout.addWidget(self.cards_box)

        self.vote_box = QGroupBox(self.tr("Phones may &vote"), self)
        self.vote_box.setObjectName("devices.vote")
        self.vote_box.setCheckable(True)
        vote = QVBoxLayout(self.vote_box)
        self.rounds = QComboBox(self.vote_box)
        self.rounds.setObjectName("devices.round")
        for r in workshop.voting.ordered(canvas_id):
            if not r.closed:
                text = self.tr("%1 (%2 dots each, at most %3 on one card)").replace(
                    "%1", r.title).replace("%2", str(r.dots_per_participant)).replace(
                    "%3", str(r.max_per_card))
                self.rounds.addItem(text, r.id)
        index = self.rounds.findData(active_round_id) if active_round_id else -1
        self.rounds.setCurrentIndex(max(index, 0))
        vote.addWidget(self.rounds)
        self.vote_box.setChecked(self.rounds.count() > 0)
        self.vote_box.setEnabled(self.rounds.count() > 0)
        if self.rounds.count() == 0:
            vote.addWidget(QLabel(self.tr("This canvas has no open voting round."), self))
        layout.addWidget(self.vote_box)

        self.named = QRadioButton(self.tr("Ask for names (kept only where the participant "
                                          "consents)"), self)
        self.anonymous = QRadioButton(self.tr("Anonymous: no names are asked or stored"), self)
        self.named.setChecked(True)
        self.live = QRadioButton(self.tr("Live: cards appear on the board at once"), self)
        self.inbox = QRadioButton(self.tr("Inbox: I accept, reject or merge each card"), self)
        self.live.setChecked(True)
        for group in ((self.named, self.anonymous), (self.live, self.inbox)):
            pair = QWidget(self)
            row = QVBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            for choice in group:
                row.addWidget(choice)
            layout.addWidget(pair)

        self.problem = QLabel(self)
        self.problem.setObjectName("devices.problem")
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def policy(self) -> RoundPolicy:
        """The choices; ValueError with a sentence for the user when they make no round."""
        kinds = tuple(k for k, box in self.kinds.items() if box.isChecked())
        categories = tuple(
            str(self.categories.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.categories.count())
            if self.categories.item(i).checkState() == Qt.CheckState.Checked)
        allow_cards = self.cards_box.isChecked()
        round_id = self.rounds.currentData() if self.vote_box.isChecked() else None
        if allow_cards and not kinds:
            raise ValueError(self.tr("Choose at least one kind of card."))
        if not allow_cards and round_id is None:
            raise ValueError(self.tr("Let phones add cards, vote, or both."))
        return RoundPolicy(self.canvas_id, allow_cards=allow_cards, kinds=kinds or ("note",),
                           categories=categories, vote_round_id=round_id,
                           anonymous=self.anonymous.isChecked(), inbox=self.inbox.isChecked())

    def address(self) -> tuple[str, int]:
        return self.host.currentText(), self.port.value()

    def accept(self) -> None:
        try:
            self.policy()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()

