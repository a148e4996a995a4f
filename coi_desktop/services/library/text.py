"""Danish-aware text for the library: words, Snowball stems, FTS5 queries, scrubbing.

Entries carry two searchable columns: `words` (the casefolded words of the name and its
variants) and `stems` (Snowball's Danish stems of those words), so "barrierer", "barrieren"
and "barriere" all meet in the stem "barri". A query stems its words the same way; the word
being typed (the last one, without a space after it) is matched as a prefix of a stem or of
a word, so a suggestion appears before the word is finished.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..consolidation.similarity import STOPWORDS

_WORD = re.compile(r"[^\W_]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

#: The tag a card taken from a library carries: `coilib:` + the entry's id.
TAG_PREFIX = "coilib:"


def words(text: str) -> list[str]:
    """Casefolded words of `text`, in order (NFC, so a decomposed å is one letter)."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball's Danish stem of one casefolded word."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """Snowball's Danish stemmer, made when first needed (its import costs start-up ~40 ms)."""
    import snowballstemmer

    return snowballstemmer.stemmer("danish")


def index_columns(texts: Iterable[str]) -> tuple[str, str]:
    """(words, stems) columns for an entry whose name and variants are `texts`."""
    seen = dict.fromkeys(w for t in texts for w in words(t))
    return " ".join(seen), " ".join(dict.fromkeys(stem(w) for w in seen))


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_query(text: str, *, prefix_last: bool = True, any_word: bool = False) -> str:
    """An FTS5 MATCH expression for what a user typed ("" when nothing is searchable).

    Complete words must match by stem (stopwords are left out unless they are all there is);
    with `prefix_last` the last word, still being typed, matches as the prefix of a stem or
    a word. `any_word` joins the words with OR instead of AND (a fallback when a long
    sentence has no entry holding every word)."""
    found = words(text)
    if not found:
        return ""
    typing = prefix_last and not text[-1:].isspace() and text[-1:] not in ".,;:!?"
    last = found[-1] if typing else None
    done = found[:-1] if typing else found
    kept = [w for w in done if w not in STOPWORDS] or ([] if last else done)
    parts = [f"stems : {_quoted(stem(w))}" for w in dict.fromkeys(kept)]
    if last is not None:
        if len(last) < 2 and parts:
            pass  # one letter narrows nothing yet
        else:
            parts.append(f"(stems : {_quoted(stem(last))}* OR words : {_quoted(last)}*)")
    if not parts:
        return ""
    return (" OR " if any_word else " AND ").join(parts)


def plain_query(text: str) -> str:
    """What a plain FTS5 search would ask: every word as typed, the last as a prefix."""
    found = words(text)
    if not found:
        return ""
    return " AND ".join([_quoted(w) for w in found[:-1]] + [_quoted(found[-1]) + "*"])


def scrub(text: str, names: Iterable[str]) -> str:
    """`text` without e-mail addresses and without any of the people's `names` (whole
    names, and each part of a name of three letters or more, as whole words)."""
    text = _EMAIL.sub("…", text)
    parts = sorted({p for n in names for p in [n.strip(), *n.split()] if len(p) >= 3},
                   key=len, reverse=True)
    for part in parts:
        text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "…", text, flags=re.IGNORECASE)
    return " ".join(text.split())
