"""What one open workshop is doing right now, outside the file: the session.

A `Session` belongs to one main window (one open workshop). It holds the state that is not
part of the workshop itself and must not be copied around: whether the file is open
read-only, which canvas is current, the kind new cards get, whether a hidden round (silent
brainstorming) is on, and which voting round is active. Each value has a `<name>_changed`
signal that fires only when the value really changes, so the canvas views, docks, room and
projector follow one source instead of keeping copies that drift apart.

The window creates it and passes it to whoever needs it (canvas views, docks, controllers);
creators of cards pass `hidden=session.hidden_round`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Session(QObject):
    """Session state of one open workshop (see the module docstring)."""

    read_only_changed = Signal(bool)
    current_canvas_id_changed = Signal(str)
    default_kind_changed = Signal(str)
    hidden_round_changed = Signal(bool)
    active_round_id_changed = Signal(object)  # str, or None when no round is active

    def __init__(self, default_kind: str, read_only: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_only = bool(read_only)
        self._current_canvas_id = ""
        self._default_kind = default_kind
        self._hidden_round = False
        self._active_round_id: str | None = None

    # -- read-only --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """True when the file is open read-only: nothing may change the workshop."""
        return self._read_only

    def set_read_only(self, value: bool) -> None:
        if bool(value) != self._read_only:
            self._read_only = bool(value)
            self.read_only_changed.emit(self._read_only)

    # -- current canvas ---------------------------------------------------------------------

    @property
    def current_canvas_id(self) -> str:
        """The canvas the facilitator looks at ("" before the first one is shown)."""
        return self._current_canvas_id

    def set_current_canvas_id(self, value: str) -> None:
        if value != self._current_canvas_id:
            self._current_canvas_id = value
            self.current_canvas_id_changed.emit(value)

    # -- default kind -----------------------------------------------------------------------

    @property
    def default_kind(self) -> str:
        """The kind new cards get (toolbar chooser, quick capture, Alt+1…5, double-click)."""
        return self._default_kind

    def set_default_kind(self, value: str) -> None:
        if value != self._default_kind:
            self._default_kind = value
            self.default_kind_changed.emit(value)

    # -- hidden round -----------------------------------------------------------------------

    @property
    def hidden_round(self) -> bool:
        """True while new cards stay off the projector until revealed."""
        return self._hidden_round

    def set_hidden_round(self, value: bool) -> None:
        if bool(value) != self._hidden_round:
            self._hidden_round = bool(value)
            self.hidden_round_changed.emit(self._hidden_round)

    # -- active voting round ----------------------------------------------------------------

    @property
    def active_round_id(self) -> str | None:
        """The voting round whose counts show as badges, or None."""
        return self._active_round_id

    def set_active_round_id(self, value: str | None) -> None:
        value = value or None
        if value != self._active_round_id:
            self._active_round_id = value
            self.active_round_id_changed.emit(value)
