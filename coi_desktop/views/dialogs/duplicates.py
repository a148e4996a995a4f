"""Workshop → Possible duplicates…: cards that look like one item, and the facilitator's say.

The list shows each proposal of services/duplicates.py (same kind, same title once case,
spacing and punctuation are set aside, different items) with its cards: the title as typed,
the canvases it is on and the start of its description, so the facilitator sees what differs.
"Merge" makes the chosen proposal one item (the first is kept; placements stay on their
canvases, links and votes move along, no text is lost), one undo step each through the
window's push; "Keep apart" takes a proposal off the list for as long as the dialog is
open. Enter merges the chosen proposal, Escape closes. A read-only window only lists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands.base import WorkshopCommand
from ...commands.cards import MergeItems
from ...models import Workshop
from ...services.duplicates import Proposal, proposals
from ..kinds import kind_label

PROPOSAL_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesDialog(QDialog):
    """Possible duplicates of one workshop (see the module docstring)."""

    def __init__(self, workshop: Workshop, push: Callable[[WorkshopCommand], bool],
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.duplicates")
        self.workshop = workshop
        self.push = push
        self.read_only = read_only
        self.kept_apart: set[tuple[str, ...]] = set()
        self.merged = 0
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(960, 560)  # long Danish titles plus "(beholdes)" fit the first column
        column = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicates.list")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Card"), self.tr("Canvases"), self.tr("Description")])
        self.tree.setAccessibleName(self.tr("Possible duplicates"))
        self.tree.setColumnWidth(0, 400)
        self.tree.setColumnWidth(1, 220)
        column.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("&Merge into one item"), self)
        self.merge_button.setObjectName("duplicates.merge")
        self.apart_button = QPushButton(self.tr("&Keep apart"), self)
        self.apart_button.setObjectName("duplicates.apart")
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apart_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_current)
        self.apart_button.clicked.connect(self.keep_apart)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- the list -------------------------------------------------------------------------

    def shown(self) -> list[Proposal]:
        """The proposals on the list, in its order."""
        return [p for p in proposals(self.workshop) if p.items not in self.kept_apart]

    def refresh(self) -> None:
        self.tree.clear()
        found = self.shown()
        w = self.workshop
        names = {c.id: c.name for c in w.canvases.values()}
        for proposal in found:
            head = QTreeWidgetItem(self.tree)
            head.setText(0, f"{kind_label(proposal.kind)}: {proposal.title}")
            head.setText(1, self.tr("%1 items").replace("%1", str(len(proposal.items))))
            head.setData(0, PROPOSAL_ROLE, proposal.items)
            for n, item in enumerate(proposal.items):
                cards = w.cards.placements(item)
                first = cards[0]
                child = QTreeWidgetItem(head)
                kept = self.tr(" (kept)") if n == 0 else ""
                child.setText(0, f"{' '.join(first.title.split())}{kept}")
                child.setText(1, ", ".join(names.get(c.canvas_id, "") for c in cards))
                child.setText(2, " ".join(first.description.split())[:160])
                child.setToolTip(1, child.text(1))  # the whole of what the columns cut
                child.setToolTip(2, first.description[:1000])
                child.setData(0, PROPOSAL_ROLE, proposal.items)
            head.setExpanded(True)
        # the titles' column as wide as its longest entry (within reason): "(kept)" must show
        self.tree.setColumnWidth(0, min(600, max(400, self.tree.sizeHintForColumn(0) + 12)))
        if found:
            self.intro.setText(self.tr(
                "These cards have the same kind and title but are different items. Merge "
                "those that are one thing: the first is kept, every card stays on its canvas, "
                "links and votes move along and no text is lost. Each merge can be undone."))
            top = self.tree.topLevelItem(0)
            if top is not None:
                self.tree.setCurrentItem(top)
        else:
            self.intro.setText(self.tr("No possible duplicates: no two items of one kind have "
                                       "the same title."))
        self._update_buttons()

    def _current(self) -> tuple[str, ...] | None:
        item = self.tree.currentItem()
        value = item.data(0, PROPOSAL_ROLE) if item is not None else None
        return tuple(value) if value else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        self.merge_button.setEnabled(chosen and not self.read_only)
        self.apart_button.setEnabled(chosen)

    # -- the facilitator's decisions ------------------------------------------------------

    def merge_current(self) -> bool:
        """Merge the chosen proposal (one undo step); False when nothing was merged."""
        items = self._current()
        if items is None or self.read_only:
            return False
        if not self.push(MergeItems(self.workshop, items)):
            return False
        self.merged += 1
        self.refresh()
        return True

    def keep_apart(self) -> None:
        """Take the chosen proposal off the list (they are different things)."""
        items = self._current()
        if items is not None:
            self.kept_apart.add(items)
            self.refresh()
