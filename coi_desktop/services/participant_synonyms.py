"""The synonym table of the participant import: free text → a sector or role key.

A sign-up list says "Kommunen", "Region Midtjylland", "Robotfirma ApS" where the workshop
has the sectors *municipality*, *region*, *company*, and "Projektleder", "Indkøber", "CEO"
where it has roles. The rules are data (`resources/taxonomy/participant_synonyms.csv`, read
with importlib.resources), so a facilitator's organisation can add a line without touching
code; the file's header explains the columns. Exact rules win, then the first rule in file
order that fits: specific rules stand above general ones.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

FIELDS = ("sector", "role")
#: The key of a rule saying "too vague: look at the organisation's name" ("Offentlig").
VAGUE = "?"
HOWS = ("exact", "word", "start", "end", "wordend")

#: Characters that separate words for matching ("Sundheds- og Omsorgsforvaltningen",
#: "Kommune, Center for X"); dots are dropped ("A.m.b.a." = "amba", "Ph.d." = "phd"); a slash
#: stays part of a word ("A/S").
_SEPARATORS = re.compile(r"[\s,;:()\[\]{}\"'\u2018\u2019\u201c\u201d&+\-\u2013\u2014_!?*#|<>]+")


def words(text: str) -> tuple[str, ...]:
    """The words of a text as the rules compare them: case-folded, NFC, without dots."""
    text = unicodedata.normalize("NFC", text).casefold().replace(".", "")
    return tuple(w for w in _SEPARATORS.split(text) if w)


@dataclass(frozen=True)
class Rule:
    """One line of the table."""

    field: str
    how: str
    words: tuple[str, ...]
    key: str
    when: frozenset[str] = frozenset()  # roles: only for participants of these sectors
    line: int = 0

    def fits(self, found: tuple[str, ...]) -> bool:
        w, n = self.words, len(self.words)
        if self.how == "exact":
            return found == w
        if self.how == "start":
            return found[:n] == w
        if self.how == "end":
            return len(found) >= n and found[-n:] == w
        if self.how == "wordend":
            return any(f.endswith(w[0]) for f in found)
        return any(found[i:i + n] == w for i in range(len(found) - n + 1))  # "word"


class SynonymError(ValueError):
    """A line of a synonym table that cannot be a rule (names the line)."""


def parse(text: str) -> tuple[Rule, ...]:
    """The rules of a table's text; comment lines start with "#", the first other line is
    the header. A bad line raises SynonymError naming it (the shipped table is tested)."""
    rules: list[Rule] = []
    header_seen = False
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = [c.strip() for c in row] + [""] * 5
        field, how, phrase, key, when = cells[:5]
        found = words(phrase)
        if field not in FIELDS or how not in HOWS or not found or not key \
                or (how == "wordend" and len(found) != 1):
            raise SynonymError(f"line {number}: {','.join(row)!r} is not a rule")
        rules.append(Rule(field, how, found, key, frozenset(when.split()), number))
    return tuple(rules)


@lru_cache(maxsize=1)
def shipped_rules() -> tuple[Rule, ...]:
    """The table shipped with the program."""
    source = resources.files("coi_desktop") / "resources" / "taxonomy" / \
        "participant_synonyms.csv"
    return parse(source.read_text(encoding="utf-8"))


def match(field: str, text: str, sector: str = "",
          rules: tuple[Rule, ...] | None = None,
          known: frozenset[str] | None = None) -> Rule | None:
    """The rule that turns `text` into a key of `field`, or None.

    `sector`: the participant's sector key (role rules may depend on it). `known`: the keys
    the workshop has (a rule whose key the workshop lacks is passed over). A rule whose key
    is VAGUE means the text names no sector by itself.
    """
    found = words(text)
    if not found:
        return None
    table = shipped_rules() if rules is None else rules
    candidates = [r for r in table if r.field == field
                  and (known is None or r.key in known or r.key == VAGUE)
                  and (not r.when or sector in r.when)]
    for rule in candidates:
        if rule.how == "exact" and rule.fits(found):
            return rule
    for rule in candidates:
        if rule.how != "exact" and rule.fits(found):
            return rule
    return None
