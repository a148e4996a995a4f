"""What every part of the report reads: the workshop, its language, styles and numbers.

Its own module so that the parts (sections, card sections, the library's section) and the
story that orders them all import it, and none of them imports another to get it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...models.workshop import Workshop
from ..analysis import Analysis
from .base import Progress, Styles
from .labels import Words


@dataclass
class ReportContext:
    """What every section needs: the workshop, its language, styles and numbers."""

    workshop: Workshop
    lang: str
    words: Words
    styles: Styles
    analysis: Analysis
    votes: dict[str, int]
    progress: Progress
    width: float
    wide: tuple[float, float]
    #: card id → its number in the appendix (tables refer to it instead of repeating text)
    appendix_numbers: dict[str, int] = field(default_factory=dict)
    library: Any = None  # a services.library.Library: "also raised in N other workshops"
