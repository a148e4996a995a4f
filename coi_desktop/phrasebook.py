"""The one way report, export and CLI text is written in Danish or English: message id → (da, en).

Qt Linguist (`tr()`) translates the user interface; everything printed outside it (the PDF
and HTML reports, exports, analysis findings, consolidation tables, CLI lines) says its
sentences through here. A module declares its phrases once, always in the order (Danish,
English), under a namespace, and gets back a `Phrases` to speak them with:

    _say = phrasebook.add("report", {"date": ("Dato", "Date"), ...})
    _say("date", "da")                      # "Dato"
    phrasebook.say("report.date", "en")     # "Date", from anywhere

Values fill `{name}` fields with `str.format`. An empty text falls back to the other
language, so a missing translation shows up as a word, not a blank. Pure Python (imports
nothing of the package), so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

#: Every phrase declared so far: "namespace.key" → (da, en).
_BOOK: dict[str, tuple[str, str]] = {}

LANGUAGES = ("da", "en")


def pick(pair: tuple[str, str], lang: str) -> str:
    """The text of a (da, en) pair in `lang` (English for any other language)."""
    da, en = pair
    first, second = (da, en) if lang == "da" else (en, da)
    return first or second


def say(msg_id: str, lang: str, /, **values: Any) -> str:
    """The phrase `msg_id` ("namespace.key") in `lang`, its fields filled from `values`."""
    text = pick(_BOOK[msg_id], lang)
    return text.format(**values) if values else text


def has(msg_id: str) -> bool:
    return msg_id in _BOOK


def both(msg_id: str, /, **values: Any) -> tuple[str, str]:
    """The phrase in both languages, (da, en), filled in (e.g. for a `CoiError`)."""
    return say(msg_id, "da", **values), say(msg_id, "en", **values)


class Phrases(Mapping[str, tuple[str, str]]):
    """One namespace of the phrasebook: `phrases(key, lang, **values)` says one of them."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def __call__(self, key: str, lang: str, /, **values: Any) -> str:
        return say(f"{self.namespace}.{key}", lang, **values)

    def both(self, key: str, /, **values: Any) -> tuple[str, str]:
        return both(f"{self.namespace}.{key}", **values)

    def __getitem__(self, key: str) -> tuple[str, str]:
        return _BOOK[f"{self.namespace}.{key}"]

    def __iter__(self) -> Iterator[str]:
        prefix = self.namespace + "."
        return (k[len(prefix):] for k in list(_BOOK) if k.startswith(prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def add(namespace: str, phrases: Mapping[str, tuple[str, str]]) -> Phrases:
    """Declare phrases (key → (da, en)) under `namespace`; the same key twice must agree."""
    for key, pair in phrases.items():
        msg_id = f"{namespace}.{key}"
        if len(pair) != 2 or not all(isinstance(t, str) for t in pair):
            raise TypeError(f"{msg_id}: a phrase is a (da, en) pair of texts")
        if _BOOK.get(msg_id, pair) != pair:
            raise ValueError(f"{msg_id} is declared twice with different texts")
        _BOOK[msg_id] = (pair[0], pair[1])
    return Phrases(namespace)


def namespaces() -> list[str]:
    return sorted({k.split(".", 1)[0] for k in _BOOK})
