"""Card text laid out once and drawn cheaply: wrapped, elided, cut before layout.

A card may hold 10,000 characters; laying that out on every paint costs as much as painting
dozens of cards. So the text is cut to what can possibly show, wrapped with `QTextLayout`
into at most the lines that fit, the last line elided, and each line kept as a prepared
`QStaticText` that later paints without shaping again. Lines break between words; a word
wider than the line (the caller first tries smaller sizes, see `widest_word`) is broken with
a visible hyphen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText, QTextLayout, QTextOption

#: No card shows more characters than this; the rest is in the tooltip and the inspector.
MAX_CHARS = 320


def clean(text: str, limit: int = MAX_CHARS) -> str:
    """Text cut to `limit` characters with line breaks and tabs turned into spaces."""
    cut = text[: limit + 1]
    return " ".join(cut.replace("\t", " ").split())


#: Characters after which a word may end a line without an added hyphen.
_BREAKS = " -‐–—/"
_VOWELS = "aeiouyæøåéAEIOUYÆØÅÉ"


def widest_word(text: str, font: QFont) -> float:
    """The advance of the widest single word of `text` (cut as `wrap` cuts it) in `font`."""
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(w) for w in clean(text).split(" ")), default=0.0)


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` wrapped to `width`, at most `max_lines` lines, the last elided if cut.

    Lines end between words; only a word wider than `width` is broken, and then with a
    visible hyphen at the end of the line.
    """
    if max_lines <= 0 or width <= 4:
        return []
    text = clean(text)
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    metrics = QFontMetricsF(font)
    hyphen = metrics.horizontalAdvance("-")
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = text[start:]
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        mid_word = _mid_word(text, start + length)
        if mid_word and length > 1:  # make room for the hyphen and break again
            line.setLineWidth(max(1.0, width - hyphen))
            length = line.textLength()
            mid_word = _mid_word(text, start + length)
            if mid_word and (better := _syllable_break(text, start, start + length)):
                length = better - start
                line.setNumColumns(length)
        part = text[start:start + length].rstrip()
        lines.append(part + "-" if mid_word else part)
    layout.endLayout()
    return lines


def _mid_word(text: str, end: int) -> bool:
    """Whether a line ending just before index `end` of `text` cuts a word in two."""
    return 0 < end < len(text) and text[end] != " " and text[end - 1] not in _BREAKS


def _syllable_break(text: str, start: int, end: int) -> int:
    """An earlier break at a syllable, keeping three characters on the line, or 0.

    The Danish hyphenation dictionary's (Pyphen, as the report uses) up to twelve characters
    back: "Digitaliserings-styrelsen", where the letter rule alone gave "Digitaliseringsst-
    yrelsen"; else, up to six back, before a consonant that starts a syllable ("assis-tent").
    """
    left = start
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    right = end
    while right < len(text) and text[right].isalpha():
        right += 1
    word = text[left:right]
    if 3 < len(word) <= 200:
        from coi_desktop.services.report.hyphenation import hyphenator

        for head, _tail in hyphenator("da")(word):  # longest head first
            p = left + len(head)
            if p <= end and p >= max(start + 3, end - 12):
                return p
            if p < end - 12:
                break
    for p in range(end, max(start + 3, end - 6) - 1, -1):
        if p + 1 >= len(text) or not (text[p - 1].isalpha() and text[p].isalpha()):
            continue
        if text[p] in _VOWELS or text[p + 1] not in _VOWELS:
            continue
        if text[p - 1] in _VOWELS or (p - 2 >= start and text[p - 2] in _VOWELS):
            return p
    return 0


def static_lines(lines: list[str], font: QFont) -> list[QStaticText]:
    """Prepared static texts, one per line, for `QPainter.drawStaticText`."""
    out = []
    for line in lines:
        st = QStaticText(line)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        st.prepare(font=font)
        out.append(st)
    return out


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()
