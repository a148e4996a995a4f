"""One window's library: the dock, the suggestion helpers, taking entries, seeding a board.

A card that comes from the library keeps the entry's id as the tag `coilib:<id>`, so the next
consolidation matches it exactly (services/library/matching.py):

- quick capture: a taken suggestion is remembered; when the capture adds cards with that
  title, one more undo step tags them ("Take … from the library");
- inspector title: taking a suggestion sets the title and the tag of the inspected cards in
  one undo step;
- the dock's *Add to canvas* adds a tagged card in one step;
- *Workshop → Barriers from earlier workshops…* seeds a barrier board (one undo step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ...commands.base import Step, WorkshopCommand, push
from ...commands.cards import AddCards, update_cards_command
from ...models.entities import CARD_HEIGHT, CARD_WIDTH, Card, new_id
from ...models.errors import CoiError
from ...models.events import CARDS_ADDED, Change
from ...storage.library_file import KINDS
from .dock import LibraryDock, remembered_path
from .suggest import SuggestionHelper

if TYPE_CHECKING:  # the library's parts load with the first library or seeding
    from ...services.library import Entry, Library


class LibraryController(QObject):
    """The library of one main window (see the module docstring)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.workshop = window.workshop
        self.dock = LibraryDock(window, getattr(window, "language", None))
        window.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()  # until asked for (View → Docks); the window restores its state
        self.dock.add_requested.connect(self.add_entry)
        self.dock.set_can_add(not getattr(window, "read_only", False))
        self.helpers: list[SuggestionHelper] = []
        self._pending: Entry | None = None  # taken in quick capture, not yet a card
        self._added: list[str] = []
        self.seed_action = QAction(window)
        self.seed_action.setObjectName("workshop.seed_from_library")
        self.seed_action.triggered.connect(self.seed)
        self.confirm_action = QAction(window)
        self.confirm_action.setObjectName("workshop.confirm_from_library")
        self.confirm_action.triggered.connect(self.confirm)
        for action in (self.seed_action, self.confirm_action):
            action.setEnabled(not getattr(window, "read_only", False))
            try:
                window.menu("workshop").addAction(action)
            except KeyError:
                window.menu("canvas").addAction(action)
        self._attach_fields()
        self.workshop.subscribe(self._on_change)
        signal = getattr(window, "language_changed", None)
        if signal is not None:
            signal.connect(self.retranslate)
        window.destroyed.connect(self._detach)
        self.retranslate()
        path = remembered_path()
        if path:
            self.dock.open_library(path, remember=False)

    @property
    def library(self) -> Library | None:
        return self.dock.library

    def retranslate(self) -> None:
        self.seed_action.setText(Q.translate("Library", "Barriers from &earlier workshops…"))
        self.seed_action.setStatusTip(Q.translate(
            "Library",
            "Put the barriers raised most often in earlier workshops on a barrier board"))

        self.confirm_action.setText(Q.translate("Library", "&Confirm cards from earlier workshops"))
        self.confirm_action.setStatusTip(Q.translate(
            "Library", "The room keeps them: the selected cards (or all on this canvas) lose the "
            "“from earlier workshops” mark"))

    def _detach(self) -> None:
        self.workshop.unsubscribe(self._on_change)
        self.dock.close_library()

    # -- suggestions -------------------------------------------------------------------------------

    def _attach_fields(self) -> None:
        capture = getattr(self.window, "quick_capture", None)
        if capture is not None:  # hook: quick capture's text field
            helper = SuggestionHelper(capture.line, self._capture_provider, self.describe)
            helper.taken.connect(self._taken_in_capture)
            capture.capture.connect(self._after_capture)  # runs after the window's slot
            self.helpers.append(helper)
        inspector = getattr(self.window, "inspector", None)
        editors = getattr(inspector, "editors", {})
        if "title" in editors:  # hook: the inspector's title field
            helper = SuggestionHelper(editors["title"], self._inspector_provider,
                                      self.describe)
            helper.taken.connect(self._taken_in_inspector)
            self.helpers.append(helper)

    def describe(self, entry: Entry) -> str:
        n = entry.workshops
        times = (Q.translate("Library", "1 workshop") if n == 1
                 else Q.translate("Library", "%1 workshops").replace("%1", str(n)))
        return f"{entry.name}   ({times})"

    def _suggest(self, text: str, kind: str) -> list[Entry]:
        lib = self.library
        if lib is None or kind not in KINDS:
            return []
        return lib.suggest(text, kind)

    def _capture_provider(self, text: str) -> list[Entry]:
        return self._suggest(text, self.window.quick_capture.current_kind())

    def _inspector_provider(self, text: str) -> list[Entry]:
        kinds = {self.workshop.cards[c].kind for c in self._inspected()}
        return self._suggest(text, kinds.pop()) if len(kinds) == 1 else []

    def _inspected(self) -> list[str]:
        ids = getattr(self.window.inspector, "card_ids", [])
        return [c for c in ids if c in self.workshop.cards]

    # -- taking an entry ------------------------------------------------------------------------

    def _taken_in_capture(self, entry: Entry) -> None:
        self._pending = entry
        self._added = []

    def _on_change(self, change: Change) -> None:
        pending = self._pending
        if pending is not None and change.kind == CARDS_ADDED:
            self._added += [c.id for c in change.upserted if isinstance(c, Card)
                            and c.title == pending.name and c.kind == pending.kind]

    def _after_capture(self, _kind: str, text: str) -> None:
        entry, ids = self._pending, [c for c in self._added if c in self.workshop.cards]
        self._pending, self._added = None, []
        if entry is not None and ids and text.strip() == entry.name:
            self._tag(ids, entry, {})

    def _taken_in_inspector(self, entry: Entry) -> None:
        ids = self._inspected()
        if ids:
            self._tag(ids, entry, {"title": entry.name})

    def _tag(self, ids: list[str], entry: Entry, fields: dict[str, Any]) -> None:
        changes = {}
        for cid in ids:
            tags = tuple(t for t in self.workshop.cards[cid].tags if not t.startswith("coilib:"))
            changes[cid] = {**fields, "tags": (*tags, entry.tag)}
        text = Q.translate("Library", "Take “%1” from the library").replace(
            "%1", entry.name)
        self._push(update_cards_command(self.workshop, changes, text))

    def _push(self, command: WorkshopCommand) -> bool:
        try:
            push(self.window.undo_stack, command)
        except CoiError as exc:
            self.window.show_error(exc)
            return False
        return True

    def add_entry(self, entry: Entry) -> None:
        """Put `entry` on the current canvas, in the middle of what is visible."""
        canvas_id = self.window.current_canvas_id()
        if not canvas_id or canvas_id not in self.workshop.canvases:
            return
        x, y = 0.0, 0.0
        view = self.window.current_view()
        if view is not None:
            centre = view.mapToScene(view.viewport().rect().center())
            x, y = centre.x() - CARD_WIDTH / 2, centre.y() - CARD_HEIGHT / 2
        card = Card(new_id(), canvas_id, entry.kind, entry.name, x=x, y=y, tags=(entry.tag,))
        self._push(AddCards(self.workshop, [card]))

    def confirm(self) -> int:
        """Confirm the selected seeded cards (all seeded cards of the canvas when none is
        selected) as one undo step; returns how many."""
        from ...services.library import confirmed

        view = self.window.current_view()
        ids = list(view.selected_card_ids()) if view is not None else []
        cards = self.workshop.cards
        if not any(confirmed(cards[c]) for c in ids if c in cards):
            canvas_id = self.window.current_canvas_id()
            ids = [c.id for c in cards.values() if c.canvas_id == canvas_id]
        changes = {c: confirmed(cards[c]) for c in ids if c in cards and confirmed(cards[c])}
        if not changes:
            return 0
        n = len(changes)
        text = (Q.translate("Library", "Confirm 1 card from earlier workshops") if n == 1 else
                Q.translate("Library", "Confirm %1 cards from earlier workshops").replace(
                    "%1", str(n)))
        return n if self._push(update_cards_command(self.workshop, changes, text)) else 0

    # -- seeding ---------------------------------------------------------------------------------

    def seed(self) -> None:
        """Workshop → Barriers from earlier workshops…"""
        if self.library is None:
            self.dock.show()
            self.dock.choose_file()
            if self.library is None:
                return
        from .seed_dialog import SeedDialog  # loaded when asked for, not at start-up

        dialog = SeedDialog(self.window, self.workshop, self.window.content_language())
        if not dialog.exec():
            return
        self.seed_with(dialog.technology(), dialog.phase(), dialog.count())

    def seed_with(self, technology: str, phase: str, count: int) -> int:
        """Seed a barrier board as one undo step; returns the number of cards added."""
        from ...services.library import plan_seed

        lib = self.library
        if lib is None:
            return 0
        canvas, cards = plan_seed(self.workshop, lib, technology, phase, count)
        if not cards:
            QMessageBox.information(self.window, Q.translate("Library", "Library"), Q.translate(
                "Library", "The library holds no barrier for that technology and phase."))
            return 0
        ws = self.workshop
        steps = []
        if canvas is not None:
            steps.append(Step(lambda: ws.canvases.add([canvas]),
                              lambda _r: ws.canvases.remove(canvas.id)))
        steps.append(Step(lambda: ws.cards.add(cards),
                          lambda _r: ws.cards.remove([c.id for c in cards])))
        n = len(cards)
        text = (Q.translate("Library", "Add 1 barrier from earlier workshops") if n == 1 else
                Q.translate("Library", "Add %1 barriers from earlier workshops").replace(
                    "%1", str(n)))
        if not self._push(WorkshopCommand(ws, text, steps)):
            return 0
        self.window.set_current_canvas(cards[0].canvas_id)
        return n
