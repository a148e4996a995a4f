"""Small helpers shared by the room's docks and dialogs.

`run_command` pushes one undo command and turns a refusal from the model into the one
sentence the facilitator reads, in the interface language; `kind_label` gives a card kind's
label; `status_message` uses the main window's status bar when there is one.
"""

from __future__ import annotations

from typing import Any

from ...commands.room import ModelCommand, push
from ...models import CoiError, Workshop


def language(window: Any) -> str:
    """The interface language of the window ("da" or "en")."""
    try:
        lang = window.language()
    except AttributeError:
        lang = "en"
    return lang if lang in ("da", "en") else "en"


def run_command(window: Any, command: ModelCommand) -> bool:
    """Push `command`; a refused change shows its sentence and changes nothing."""
    try:
        push(window.undo_stack, command)
    except CoiError as exc:
        window.show_error(exc)
        return False
    return True


def kind_label(workshop: Workshop, kind: str, lang: str) -> str:
    return workshop.terms.label("card_kind", kind, lang)


def status_message(window: Any, text: str, msecs: int = 6000) -> None:
    """A short message in the main window's status bar, when it has one."""
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, msecs)
