"""Editors for the inspector's fields: each shows one value (or "several values") and
emits `committed(value)` once when the user finishes an edit.

Text boxes commit on focus-out or Enter (title), and, when made with `drafts=True`, also
`IDLE_MS` after the last keystroke: what was typed is in the file within 300 ms even if the
program is killed, and one burst of typing is one undo step, not one per letter. Combos
commit on a choice. `MIXED` stands for differing values in a multi-selection. An action's
owner (`OwnerBox`) is chosen from the roster or typed as an organisation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...services.privacy import owner_participant

MIXED = object()
#: A pause in typing this long commits a draft (the file has it within 300 ms).
IDLE_MS = 250
_MIXED_KEY = "\x00several"


def several() -> str:
    return QCoreApplication.translate("InspectorDock", "(several values)")


class TextBox(QPlainTextEdit):
    """Multi-line text; commits on focus-out. `single_line`: Enter commits (titles)."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None, lines: int = 4,
                 single_line: bool = False, drafts: bool = False) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.setTabChangesFocus(True)
        self._shown = ""
        self._mixed = False
        self._idle = _idle_timer(self, self._draft) if drafts else None
        self.textChanged.connect(self._typed)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height) if single_line else self.setMinimumHeight(height)

    def show_value(self, value: Any) -> None:
        self._mixed = value is MIXED
        self._shown = "" if value is MIXED or value is None else str(value)
        self.setPlaceholderText(several() if self._mixed else "")
        if self.toPlainText() != self._shown:
            self.setPlainText(self._shown)

    def _typed(self) -> None:
        if self._idle is not None and self.hasFocus():
            self._idle.start()

    def _draft(self) -> None:
        # A title emptied to be retyped is not a title yet: wait for more or for focus-out.
        if not (self.single_line and not self.toPlainText().strip()):
            self._commit()

    def _commit(self) -> None:
        if self._idle is not None:
            self._idle.stop()
        text = self.toPlainText()
        if self.single_line:
            text = " ".join(text.split("\n")).strip()
        if text != self._shown and not (self._mixed and not text):
            self._shown, self._mixed = text, False
            self.committed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setPlainText(self._shown)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._commit()
        super().focusOutEvent(event)


class LineBox(QLineEdit):
    """One line of text; commits on Enter or focus-out when changed."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None, drafts: bool = False) -> None:
        super().__init__(parent)
        self._shown = ""
        self._mixed = False
        self._idle = _idle_timer(self, self._commit) if drafts else None
        self.editingFinished.connect(self._commit)
        idle = self._idle
        if idle is not None:
            self.textEdited.connect(lambda _text: idle.start())

    def show_value(self, value: Any) -> None:
        self._mixed = value is MIXED
        if isinstance(value, tuple):
            value = ", ".join(value)
        self._shown = "" if value is MIXED or value is None else str(value)
        self.setPlaceholderText(several() if self._mixed else "")
        if self.text() != self._shown:
            self.setText(self._shown)

    def _commit(self) -> None:
        if self._idle is not None:
            self._idle.stop()
        text = self.text().strip()
        if text != self._shown and not (self._mixed and not text):
            self._shown, self._mixed = text, False
            self.committed.emit(text)


def _idle_timer(owner: QWidget, commit: Any) -> QTimer:
    timer = QTimer(owner, singleShot=True, interval=IDLE_MS)
    timer.timeout.connect(commit)
    return timer


class ChoiceBox(QComboBox):
    """A fixed list of (value, label) with an empty choice; commits on a user's choice."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[Any, str]] = []
        self.activated.connect(self._on_activated)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def set_choices(self, choices: list[tuple[Any, str]], empty: bool = True) -> None:
        """The values to choose from; `empty` adds "—" (no value) first."""
        self._choices = [(None, "—"), *choices] if empty else list(choices)

    def show_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.clear()
        choices = list(self._choices)
        if value is not MIXED and value not in (c[0] for c in choices) and value not in ("",):
            choices.append((value, str(value)))  # a hidden or unknown key still shows
        if value is MIXED:
            self.addItem(several(), _MIXED_KEY)
        for key, label in choices:
            self.addItem(label, key)
        if value is MIXED:
            self.setCurrentIndex(0)
        else:
            wanted = None if value in ("", None) else value
            index = next((i for i in range(self.count()) if self.itemData(i) == wanted), 0)
            self.setCurrentIndex(index)
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        value = self.itemData(index)
        if value != _MIXED_KEY:
            self.committed.emit(value)

    def event(self, event: QEvent) -> bool:
        # Wheel scrolling over a combo inside a scroll area must not change a card by accident.
        if event.type() == QEvent.Type.Wheel and not self.hasFocus():
            event.ignore()
            return True
        return super().event(event)


class OwnerBox(QComboBox):
    """An action's owner: a participant of the roster (stored as `owner_ref(id)`, shown by
    name) or an organisation, chosen from the list or typed; commits on a choice, on Enter
    and on focus-out. Typed text that is a participant's entry becomes that participant."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._shown: Any = ""
        self._people: dict[str, str] = {}  # owner reference → how it is listed
        self._organisations: list[str] = []
        self.activated.connect(self._on_activated)
        edit = self.lineEdit()
        if edit is not None:
            edit.editingFinished.connect(self._commit_text)

    def set_choices(self, people: list[tuple[str, str]], organisations: list[str]) -> None:
        """`people`: (owner reference, label) in roster order; then the organisations. The
        list is rebuilt by `show_value`, so choices arriving while someone types never
        touch what is being typed."""
        self._people = dict(people)
        self._organisations = list(organisations)

    def _rebuild(self) -> None:
        self.clear()
        for ref, label in self._people.items():
            self.addItem(label, ref)
        if self._people and self._organisations:
            self.insertSeparator(self.count())
        for name in self._organisations:
            self.addItem(name, name)
        # The list may be wider than the field: names and organisations are never cut off.
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i))
                      for i in range(self.count())), default=0)
        self.view().setMinimumWidth(min(widest + 48, 640))

    def _label(self, value: str) -> str:
        if value in self._people:
            return self._people[value]
        if owner_participant(value) is not None:
            return QCoreApplication.translate("InspectorDock", "(no longer on the roster)")
        return value

    def show_value(self, value: Any) -> None:
        self.blockSignals(True)
        self._shown = value
        self._rebuild()
        edit = self.lineEdit()
        if value is MIXED:
            self.setCurrentIndex(-1)
            if edit is not None:
                edit.setPlaceholderText(several())
            self.setEditText("")
        else:
            if edit is not None:
                edit.setPlaceholderText("")
            text = "" if value is None else str(value)
            index = self.findData(text) if text else -1
            if index < 0 and text:  # a name typed before the roster existed ("Anne Sørensen"):
                # the list opens on that person's row, not on the first one; the value stays
                named = [ref for ref, label in self._people.items()
                         if label == text or label.startswith(text + " (")]
                index = self.findData(named[0]) if len(named) == 1 else -1
            self.setCurrentIndex(index)
            self.setEditText(self._label(text))
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        value = self.itemData(index)
        if isinstance(value, str):
            self._emit(value)

    def _commit_text(self) -> None:
        text = self.currentText().strip()
        if self._shown is not MIXED and text == self._label(str(self._shown or "")):
            return  # unchanged (also a reference no longer on the roster)
        if self._shown is MIXED and not text:
            return
        match = next((ref for ref, label in self._people.items() if label == text), None)
        self._emit(match or text)

    def _emit(self, value: str) -> None:
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)

    def setReadOnly(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not self.hasFocus():
            event.ignore()  # no accidental change while scrolling the inspector
            return True
        return super().event(event)
