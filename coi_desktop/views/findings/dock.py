"""The Analysis dock: the findings of the workshop (or the current canvas) and the overlay.

The findings come from `services.analysis` through an `AnalysisCache`, so they are computed
again only after the workshop changed (and only while the dock is shown). Clicking a card
in the list opens its canvas and centres the card. "Show on canvas" sizes cards by their
bridge-building score and rings them in their cluster's colour; turning it off clears it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coi_desktop.models import Change
from coi_desktop.services.palette import cluster_colour

if TYPE_CHECKING:  # the analysis itself loads when the dock first computes (start-up)
    from coi_desktop.services.analysis import Analysis, AnalysisCache, CardRef

CARD_ROLE = Qt.ItemDataRole.UserRole


def emphasis_for(result: Analysis, card_ids: set[str]) -> dict[str, tuple[float, str]]:
    """{card_id: (scale, colour)}: bigger for bridge-builders, coloured by cluster."""
    top = max((result.centrality.get(c, 0.0) for c in card_ids), default=0.0) or 1.0
    out: dict[str, tuple[float, str]] = {}
    for index, cluster in enumerate(result.clusters):
        colour = cluster_colour(index)
        for cid in cluster:
            if cid in card_ids:
                out[cid] = (1.0 + 0.45 * result.centrality.get(cid, 0.0) / top, colour)
    return out


class AnalysisDock(QDockWidget):
    """See the module docstring."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.workshop = window.workshop
        self.setObjectName("dock.analysis")
        self._cache: AnalysisCache | None = None
        self._overlaid: list[Any] = []  # views that carry the overlay
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        self.scope = QComboBox(body)
        self.scope.setObjectName("analysis.scope")
        self.scope.addItems(["", ""])
        self.show_on_canvas = QCheckBox(body)
        self.show_on_canvas.setObjectName("analysis.show_on_canvas")
        row.addWidget(self.scope, 1)
        row.addWidget(self.show_on_canvas)
        layout.addLayout(row)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("analysis.findings")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        self.answer = QLabel(body)
        self.answer.setObjectName("analysis.answer")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.PlainText)  # card titles are data
        self.answer.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer.setMargin(6)
        layout.addWidget(self.answer)
        self._answers: list[str] = []
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_on_canvas.toggled.connect(self._on_overlay_toggled)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_answer(item))
        self.visibilityChanged.connect(self._on_visibility)
        window.canvas_changed.connect(lambda _cid: self._schedule())
        window.language_changed.connect(self.retranslate)
        self.workshop.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._detach())
        self.retranslate()

    @property
    def cache(self) -> AnalysisCache:
        """The workshop's analyses, made on first use: a hidden dock costs nothing at start."""
        if self._cache is None:
            from coi_desktop.services.analysis import AnalysisCache

            self._cache = AnalysisCache(self.workshop)
        return self._cache

    def _detach(self) -> None:
        self.workshop.unsubscribe(self._on_change)
        if self._cache is not None:
            self._cache.close()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Analysis"))
        self.scope.setItemText(0, self.tr("Whole workshop"))
        self.scope.setItemText(1, self.tr("This canvas"))
        self.show_on_canvas.setText(self.tr("Show on canvas"))
        self.show_on_canvas.setToolTip(self.tr(
            "Make bridge-builders bigger and ring the cards of each cluster in its colour"))
        self.refresh()

    def language(self) -> str:
        try:
            lang = self.window_.language()
        except AttributeError:
            return "en"
        return lang if lang in ("da", "en") else "en"

    # -- computing ------------------------------------------------------------------------

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._schedule()

    def _on_change(self, change: Change) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self._timer):
            self._detach()  # the window is going away; stop listening
            return
        self._schedule()

    def _schedule(self) -> None:
        # A big workshop takes a second to analyse: wait for a pause in the editing.
        self._timer.setInterval(250 if len(self.workshop.cards) < 500 else 1500)
        if not self._timer.isActive():
            self._timer.start()

    def scope_canvas(self) -> str | None:
        return self.window_.current_canvas_id() if self.scope.currentIndex() == 1 else None

    def current(self) -> Analysis:
        return self.cache.get(self.scope_canvas(), self.language())

    def refresh(self) -> None:
        """Show the findings again (the cache computes only if the workshop changed)."""
        if not self.isVisible() and not self.show_on_canvas.isChecked():
            return  # computed when shown (networkx stays out of start-up)
        canvas_id = self.scope_canvas()
        if canvas_id is not None and canvas_id not in self.workshop.canvases:
            self.tree.clear()  # no canvas (the last one was just removed): nothing to show
            self._answers = []
            self.answer.clear()
            return
        result = self.cache.get(canvas_id, self.language())
        self._fill(result)
        if self.show_on_canvas.isChecked():
            self._apply_overlay()

    def _fill(self, result: Analysis) -> None:
        self.tree.clear()
        self._answers = [f.answer for f in result.findings]
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for finding in result.findings:
            top = QTreeWidgetItem(self.tree, [finding.question])
            top.setFont(0, bold)
            top.setToolTip(0, f"{finding.question}\n{finding.answer}")
            if finding.groups:
                for group in finding.groups:
                    node = QTreeWidgetItem(top, [group.label])
                    for ref in group.cards:
                        self._card_item(node, ref)
            else:
                for ref in finding.cards:
                    self._card_item(top, ref)
            top.setExpanded(True)
        self._show_answer(self.tree.currentItem())

    def _show_answer(self, item: QTreeWidgetItem | None) -> None:
        """The answer of the finding the current item belongs to, wrapped below the list."""
        while item is not None and item.parent() is not None:
            item = item.parent()
        index = self.tree.indexOfTopLevelItem(item) if item is not None else 0
        self.answer.setText(self._answers[index] if 0 <= index < len(self._answers) else "")

    def _card_item(self, parent: QTreeWidgetItem, ref: CardRef) -> None:
        score = f"{ref.score:.3f}" if ref.score % 1 else f"{ref.score:g}"
        title = ref.title if len(ref.title) <= 80 else ref.title[:79] + "…"
        item = QTreeWidgetItem(parent, [f"{title}  ({score})"])
        item.setData(0, CARD_ROLE, ref.id)
        canvas = self.workshop.canvases.get(ref.canvas_id)
        where = f" · {canvas.name}" if canvas is not None else ""
        hint = self.tr("Click to show the card on its canvas")  # not in an f-string: lupdate
        item.setToolTip(0, f"{ref.title}{where}\n{hint}")  # reads no tr() inside one

    # -- interaction ----------------------------------------------------------------------

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = item.data(0, CARD_ROLE)
        if not card_id or card_id not in self.workshop.cards:
            return
        self.focus_card(card_id)

    def focus_card(self, card_id: str) -> None:
        card = self.workshop.cards.require(card_id)
        if self.window_.current_canvas_id() != card.canvas_id:
            self.window_.set_current_canvas(card.canvas_id)
        view = self.window_.current_view()
        if view is not None:
            view.focus_card(card_id)

    def _on_overlay_toggled(self, on: bool) -> None:
        if on:
            self._apply_overlay()
        else:
            self.clear_overlay()

    def _apply_overlay(self) -> None:
        view = self.window_.current_view()
        if view is None or view.canvas_id not in self.workshop.canvases:
            return
        result = self.cache.get(view.canvas_id, self.language())
        ids = {c.id for c in self.workshop.cards.on(view.canvas_id)}
        view.scene().set_emphasis(emphasis_for(result, ids))
        if view not in self._overlaid:
            self._overlaid.append(view)

    def clear_overlay(self) -> None:
        for view in self._overlaid:
            with contextlib.suppress(RuntimeError):  # a view deleted with its canvas
                view.scene().set_emphasis({})
        self._overlaid.clear()
