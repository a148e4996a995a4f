"""The phrasebook: one (Danish, English) pair per message, complete and in that order."""

from __future__ import annotations

import importlib
import re
import string

import pytest

from coi_desktop import phrasebook

#: Every module that declares phrases (importing it declares them).
SPEAKERS = (
    "coi_desktop.services.analysis", "coi_desktop.services.exports",
    "coi_desktop.services.privacy", "coi_desktop.services.html_report",
    "coi_desktop.services.report.labels", "coi_desktop.services.report.sections",
    "coi_desktop.services.consolidation.stats", "coi_desktop.services.consolidation.report",
    "coi_desktop.services.consolidation.run", "coi_desktop.cli.workshop_cmds",
    "coi_desktop.cli.consolidate_cmd", "coi_desktop.cli.export_cmds",
    "coi_desktop.cli.privacy_cmd", "coi_desktop.cli.participants_cmd",
)


def all_phrases() -> dict[str, tuple[str, str]]:
    for name in SPEAKERS:
        importlib.import_module(name)
    return {f"{ns}.{key}": pair for ns in phrasebook.namespaces()
            for key, pair in phrasebook.Phrases(ns).items()}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_phrase_is_complete_in_both_languages() -> None:
    phrases = all_phrases()
    assert len(phrases) > 200
    for msg_id, (da, en) in phrases.items():
        assert da.strip() and en.strip(), msg_id
        # the same values in both (English alone has ordinal suffixes: "2nd")
        assert fields(da) ^ fields(en) <= {"suffix"}, msg_id


def test_danish_comes_first() -> None:
    """A swapped pair shows as Danish letters in the English text (or none in the Danish)."""
    danish = re.compile("[æøåÆØÅ]")
    for msg_id, (_, en) in all_phrases().items():
        assert not danish.search(en), f"{msg_id}: English text looks Danish: {en!r}"
    with_letters = [m for m, (da, _) in all_phrases().items() if danish.search(da)]
    assert len(with_letters) > 30  # plenty of Danish sentences carry æ, ø or å where they belong


def test_say_picks_the_language_and_fills_fields() -> None:
    say = phrasebook.add("test_phrasebook", {"dots": ("{n} prikker", "{n} dots"),
                                             "only_en": ("", "English only"),
                                             "key": ("nøgle {key}", "key {key}")})
    assert say("dots", "da", n=3) == "3 prikker" and say("dots", "en", n=3) == "3 dots"
    assert phrasebook.say("test_phrasebook.dots", "fr", n=1) == "1 dots"  # English otherwise
    assert say("only_en", "da") == "English only"  # an empty text falls back
    assert say.both("key", key="k") == ("nøgle k", "key k")  # a field may be called key
    assert phrasebook.has("test_phrasebook.dots") and not phrasebook.has("test_phrasebook.x")


def test_a_phrase_cannot_be_declared_twice_differently() -> None:
    phrasebook.add("test_phrasebook_twice", {"a": ("en", "one")})
    phrasebook.add("test_phrasebook_twice", {"a": ("en", "one")})  # the same again is fine
    with pytest.raises(ValueError, match="twice"):
        phrasebook.add("test_phrasebook_twice", {"a": ("to", "two")})
    with pytest.raises(TypeError):
        phrasebook.add("test_phrasebook_twice", {"b": ("kun dansk",)})  # type: ignore[dict-item]
