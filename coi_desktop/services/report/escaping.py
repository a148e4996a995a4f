"""User text made safe for reportlab without importing it: card text is data, never markup.

`plain()` removes control characters and normalises newlines, `esc()` turns any user
string into `Paragraph` source that prints literally (no tag, no link, no file read), and
`clip()` bounds text for a table cell. Kept free of reportlab so exports and the app's
start-up can use it without loading reportlab.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

# C0/C1 controls (except tab and newline, handled below), DEL, lone surrogates, non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def plain(text: Any) -> str:
    """User text made printable: newlines normalised, tabs as spaces, control chars removed."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = s.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", s)


def esc(text: Any) -> str:
    """User text as Paragraph source that prints literally (newlines become line breaks)."""
    return escape(plain(text), {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")


def clip(text: Any, max_chars: int | None = None, max_lines: int | None = None,
         more: str = "…") -> str:
    """Plain text cut to at most `max_chars` characters and `max_lines` lines."""
    s = plain(text)
    cut = False
    if max_lines is not None:
        lines = s.split("\n")
        if len(lines) > max_lines:
            s, cut = "\n".join(lines[:max_lines]), True
    if max_chars is not None and len(s) > max_chars:
        s, cut = s[:max_chars].rstrip(), True
    return s + more if cut else s
