"""What a phone may send, checked before anything reaches the workshop.

Every request body is JSON of a known shape; anything else is a `RequestError` carrying an
HTTP status, a short code for the page and one sentence in Danish and English. Text is kept as
the participant typed it (markup stays literal: the page and the canvas show it as text);
only control characters other than line breaks and tabs are dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from coi_desktop.models.registry import BARRIER

from .policy import MAX_TEXT, MAX_TITLE, RoundPolicy

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class RequestError(Exception):
    """A request turned away: HTTP status, a code for the page, a sentence in da and en."""

    def __init__(self, status: int, code: str, en: str, da: str) -> None:
        super().__init__(en)
        self.status = status
        self.code = code
        self.en = en
        self.da = da

    def text(self, language: str) -> str:
        return self.da if language == "da" else self.en

    def body(self, language: str) -> dict[str, Any]:
        return {"ok": False, "error": self.code, "message": self.text(language)}


def malformed() -> RequestError:
    return RequestError(400, "malformed", "The request could not be read.",
                        "Forespørgslen kunne ikke læses.")


def parse_json(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a `RequestError`."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise malformed() from None
    if not isinstance(value, dict):
        raise malformed()
    return value


def clean(value: Any, limit: int, what_en: str, what_da: str, *, required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise malformed()
    text = _CONTROL.sub("", value).strip()
    if required and not text:
        raise RequestError(400, "empty", f"Please write a {what_en}.",
                           f"Skriv venligst en {what_da}.")
    if len(text) > limit:
        raise RequestError(413, "too_long",
                           f"The {what_en} is too long (at most {limit} characters).",
                           f"{what_da.capitalize()}en er for lang (højst {limit} tegn).")
    return text


def idempotency_key(body: dict[str, Any]) -> str:
    key = body.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise malformed()
    return key


@dataclass(frozen=True)
class CardSubmission:
    """A card a phone adds: checked against the round's allowed kinds and categories."""

    key: str
    kind: str
    title: str
    text: str = ""
    category: str = ""

    @classmethod
    def parse(cls, body: dict[str, Any], policy: RoundPolicy) -> CardSubmission:
        key = idempotency_key(body)
        if not policy.allow_cards:
            raise RequestError(403, "not_allowed", "Adding cards is not open in this round.",
                               "Der kan ikke tilføjes kort i denne runde.")
        kind = body.get("kind")
        if not isinstance(kind, str) or kind not in policy.kinds:
            raise RequestError(400, "bad_kind", "That kind of card cannot be added now.",
                               "Den slags kort kan ikke tilføjes nu.")
        title = clean(body.get("title"), MAX_TITLE, "title", "titel", required=True)
        text = clean(body.get("text"), MAX_TEXT, "text", "tekst", required=False)
        category = body.get("category") or ""
        if not isinstance(category, str) or (
                category and (kind != BARRIER or category not in policy.categories)):
            raise RequestError(400, "bad_category", "That category cannot be chosen now.",
                               "Den kategori kan ikke vælges nu.")
        return cls(key, kind, title, text, category)


@dataclass(frozen=True)
class VoteSubmission:
    """A dot put on (delta 1) or taken back from (delta -1) a card."""

    key: str
    card_id: str
    delta: int

    @classmethod
    def parse(cls, body: dict[str, Any], policy: RoundPolicy) -> VoteSubmission:
        key = idempotency_key(body)
        if not policy.allow_votes:
            raise RequestError(403, "not_allowed", "Voting is not open in this round.",
                               "Der kan ikke stemmes i denne runde.")
        card_id = body.get("card_id")
        delta = body.get("delta", 1)
        if not isinstance(card_id, str) or not _ID.match(card_id) or delta not in (1, -1) \
                or isinstance(delta, bool):
            raise malformed()
        return cls(key, card_id, int(delta))
