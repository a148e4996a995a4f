"""Small helpers shared by the room's docks and dialogs.

`run_command` pushes one undo command through the window (a refusal from the model becomes
the one sentence the facilitator reads, in the interface language); `kind_label` gives a card kind's
label; `status_message` uses the main window's status bar when there is one.
"""

from __future__ import annotations

from typing import Any

from ...commands.room import ModelCommand
from ...models import Workshop


def language(window: Any) -> str:
    """The interface language of the window ("da" or "en")."""
    try:
        lang = window.language()
    except AttributeError:
        lang = "en"
    return lang if lang in ("da", "en") else "en"


def run_command(window: Any, command: ModelCommand) -> bool:
    """Push `command` through the window's one push path; a refused change shows its
    sentence and changes nothing."""
    return bool(window.push(command))


def kind_label(workshop: Workshop, kind: str, lang: str) -> str:
    return workshop.terms.label("card_kind", kind, lang)


def status_message(window: Any, text: str, msecs: int = 6000) -> None:
    """A short message in the main window's status bar, when it has one."""
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, msecs)
