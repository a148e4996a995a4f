"""Shared pieces of every PDF COI Desktop writes (one import for the report builders).

The workshop report and the consolidation report both build on these: fonts and escaping
(`text`), colours, styles and tables (`styles`), the document with contents and bookmarks
(`document`), charts (`charts`), and atomic writing with progress and cancel (`writing`).
Card text is data, never markup: `esc()` makes any user string print literally, `clip()`
bounds table cells, and `write_pdf_atomically()` never leaves a half-written file.
"""

from __future__ import annotations

from .charts import bar_chart
from .document import (
    ContentsSlot,
    Heading,
    Later,
    ReportDoc,
    contents,
    heading,
    preseed_contents,
    table_of_contents,
)
from .styles import ACCENT, INK_COLOUR, MUTED, RULE, SHADE, Styles, data_table, table_style
from .text import (
    FONT,
    FONT_BOLD,
    FONT_DIR,
    clip,
    esc,
    markup_paragraph,
    plain,
    register_fonts,
    safe_paragraph,
    text_paragraphs,
)
from .writing import (
    CancelCheck,
    Cancelled,
    ExportError,
    Progress,
    ProgressCallback,
    write_atomically,
    write_pdf_atomically,
)

__all__ = [
    "ACCENT", "FONT", "FONT_BOLD", "FONT_DIR", "INK_COLOUR", "MUTED", "RULE", "SHADE",
    "CancelCheck", "Cancelled", "ContentsSlot", "ExportError", "Heading", "Later", "Progress",
    "ProgressCallback", "ReportDoc", "Styles", "bar_chart", "clip", "contents", "data_table",
    "esc", "heading",
    "markup_paragraph", "plain", "preseed_contents", "register_fonts", "safe_paragraph",
    "table_of_contents", "table_style", "text_paragraphs", "write_atomically",
    "write_pdf_atomically",
]
