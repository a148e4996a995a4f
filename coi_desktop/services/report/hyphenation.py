"""Hyphenation for the report: words break only at syllable boundaries, with a hyphen.

Long Danish compounds ("velfærdsteknologiimplementering") do not fit a narrow table column
or a card in a drawing. Pyphen's dictionaries (Danish `da_DK`, English `en_GB`) give the
syllable boundaries; `split_to_fit` takes the longest head that fits and adds the hyphen.
`hyphenator(lang)` is the callable reportlab's `ParagraphStyle.hyphenationLang` accepts, so
Paragraphs hyphenate the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import pyphen

DICTIONARIES = {"da": "da_DK", "en": "en_GB"}


@lru_cache(maxsize=4)
def _pyphen(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES.get(lang, "da_DK"))


def hyphenator(lang: str) -> Callable[[str], Iterator[tuple[str, str]]]:
    """(head, tail) pairs of `word`, longest head first (reportlab's hyphenation callable)."""
    iterate: Callable[[str], Iterator[tuple[str, str]]] = _pyphen(lang).iterate
    return iterate


def split_to_fit(word: str, fits: Callable[[str], bool], lang: str) -> tuple[str, str]:
    """`word` as (head ending in a hyphen, rest) with the longest head that `fits`.

    At a syllable boundary when one fits; a word with none that fits (a number, a code, a
    run of letters no dictionary knows) is cut where it must, still with a hyphen.
    """
    if len(word) <= 200:  # a real word; a longer run has no syllables worth finding
        for head, tail in _pyphen(lang).iterate(word):
            if fits(head + "-"):
                return head + "-", tail
    lo, hi = 1, len(word) - 1
    while lo < hi:  # the longest cut that fits (binary search: runs can be 10,000 long)
        mid = (lo + hi + 1) // 2
        if fits(word[:mid] + "-"):
            lo = mid
        else:
            hi = mid - 1
    return word[:lo] + "-", word[lo:]
