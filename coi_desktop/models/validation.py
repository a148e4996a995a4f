"""Checks a record must pass before it enters a workshop.

Each check raises a `ValidationError` subclass with a sentence in Danish and English; the
workshop calls them from its mutation methods so no invalid record ever reaches the store.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from datetime import date
from typing import Any, TypeVar

from .entities import SCORE_FIELDS, Card
from .errors import OutOfRangeError, UnknownKindError, ValidationError
from .registry import CARD_KINDS
from .taxonomy import ACTION_STATUSES, CLOSENESS, LANGUAGES

#: Card fields whose value must be a key of the workshop's taxonomy of the same name.
TAXONOMY_FIELDS = ("sector", "role", "category", "phase", "technology")


def check_kind(kind: str) -> None:
    if kind not in CARD_KINDS:
        raise UnknownKindError(
            f"Unknown card kind {kind!r}: use one of {', '.join(CARD_KINDS)}.",
            f"Ukendt korttype {kind!r}: brug en af {', '.join(CARD_KINDS)}.",
        )


def check_score(name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise OutOfRangeError(
            f"{name.capitalize()} must be a whole number from 1 to 5, not {value!r}.",
            f"{name.capitalize()} skal være et helt tal fra 1 til 5, ikke {value!r}.",
        )


#: Bounds every stored number keeps (the storage's checks apply the same ones to a file): a
#: coordinate, a size, a dot count. Far beyond any workshop, small enough that drawing, the PDF
#: and sums over many files never overflow.
COORDINATE_LIMIT = 1e9
SIZE_LIMIT = 1e6
COUNT_LIMIT = 1_000_000


def check_number(name: str, value: Any, positive: bool = False) -> None:
    # A tuple of types, not `int | float`: isinstance with a union is twice as slow, and
    # every coordinate of every move passes here.
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    limit = SIZE_LIMIT if positive else COORDINATE_LIMIT
    if not ok or (positive and value <= 0) or abs(value) > limit:
        raise OutOfRangeError(
            f"{name} must be a finite{' positive' if positive else ''} number up to {limit:g}, "
            f"not {value!r}.",
            f"{name} skal være et endeligt{' positivt' if positive else ''} tal op til {limit:g}, "
            f"ikke {value!r}.",
        )


def check_count(name: str, value: Any, minimum: int = 0) -> None:
    """A whole number from `minimum` to COUNT_LIMIT (dot counts, dots per participant)."""
    if isinstance(value, bool) or not isinstance(value, int) \
            or not minimum <= value <= COUNT_LIMIT:
        raise OutOfRangeError(
            f"{name} must be a whole number from {minimum} to {COUNT_LIMIT}, not {value!r}.",
            f"{name} skal være et helt tal fra {minimum} til {COUNT_LIMIT}, ikke {value!r}.")


def check_group_numbers(x: Any, y: Any, width: Any, height: Any) -> None:
    """A group's position and size: finite, within the bounds a card keeps."""
    check_number("x", x)
    check_number("y", y)
    check_number("width", width, positive=True)
    check_number("height", height, positive=True)


def check_text(name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be text.", f"{name} skal være tekst.")
    if "\x00" in value:
        raise ValidationError(f"{name} must not contain NUL characters.",
                              f"{name} må ikke indeholde NUL-tegn.")
    if "\ufffe" in value or "\uffff" in value:
        # Noncharacters no XML file (XLSX, GraphML, SVG) and no CSV reader can carry: an
        # export would drop them or write a workbook Excel cannot open.
        raise ValidationError(f"{name} holds a character that is not text (U+FFFE/U+FFFF).",
                              f"{name} indeholder et tegn, der ikke er tekst (U+FFFE/U+FFFF).")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_R = TypeVar("_R")


def changed(record: _R, changes: Mapping[str, Any], fixed: tuple[str, ...] = ("id",)) -> _R:
    """`record` with `changes` applied; unknown or fixed fields (the id) are refused."""
    names = {f.name for f in fields(record)}  # type: ignore[arg-type]
    bad = sorted(n for n in changes if n not in names or n in fixed)
    if bad:
        raise ValidationError(f"These fields cannot be changed: {', '.join(bad)}.",
                              f"Disse felter kan ikke ændres: {', '.join(bad)}.")
    return replace(record, **changes)  # type: ignore[type-var]


def check_new_ids(table: Mapping[str, Any], records: list[Any]) -> None:
    """New records must not reuse an id (of the table, or of each other in one batch)."""
    ids = [r.id for r in records]
    if len(set(ids)) != len(ids) or any(i in table for i in ids):
        raise ValidationError("A record with that id already exists in this workshop.",
                              "Der findes allerede en post med det id i denne workshop.")


def check_date(name: str, value: str) -> None:
    if not value:
        return
    try:
        # fromisoformat alone (3.11) also takes 20261129 and 2026-W48-1: keep one spelling
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"{name} must be a date written as YYYY-MM-DD, not {value!r}.",
            f"{name} skal være en dato skrevet som ÅÅÅÅ-MM-DD, ikke {value!r}.",
        ) from None


def check_language(value: str) -> None:
    if value not in LANGUAGES:
        raise UnknownKindError(f"Unknown language {value!r}: use da or en.",
                               f"Ukendt sprog {value!r}: brug da eller en.")


def check_card(card: Card, known_key: Callable[[str, str], bool]) -> None:
    """Every rule a card must satisfy; `known_key(taxonomy, key)` asks the workshop."""
    check_kind(card.kind)
    for name in ("title", "description", "color", "notes", "organisation", "owner"):
        check_text(name, getattr(card, name))
    for name in ("x", "y"):
        check_number(name, getattr(card, name))
    for name in ("width", "height"):
        check_number(name, getattr(card, name), positive=True)
    for name in SCORE_FIELDS:
        check_score(name, getattr(card, name))
    for name in TAXONOMY_FIELDS:
        value = getattr(card, name)
        check_text(name, value)
        if value and not known_key(name, value):
            raise UnknownKindError(
                f"Unknown {name} {value!r} in this workshop.",
                f"Ukendt {name} {value!r} i denne workshop.",
            )
    if card.closeness and card.closeness not in CLOSENESS:
        raise UnknownKindError(f"Unknown ring {card.closeness!r}.",
                               f"Ukendt ring {card.closeness!r}.")
    if card.status and card.status not in ACTION_STATUSES:
        raise UnknownKindError(f"Unknown status {card.status!r}.",
                               f"Ukendt status {card.status!r}.")
    check_date("Due date", card.due_date)
    if not isinstance(card.tags, tuple) or not all(isinstance(t, str) for t in card.tags):
        raise ValidationError("Tags must be a list of texts.",
                              "Tags skal være en liste af tekster.")
    if card.color and not _is_colour(card.color):
        raise ValidationError(f"Colour {card.color!r} is not written as #rrggbb.",
                              f"Farven {card.color!r} er ikke skrevet som #rrggbb.")


def _is_colour(value: str) -> bool:
    if len(value) != 7 or value[0] != "#":
        return False
    try:
        int(value[1:], 16)
    except ValueError:
        return False
    return True
