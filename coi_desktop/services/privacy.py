"""Personal data only where consent allows: how people appear in every output.

A participant who consented may be named; anyone else appears as their organisation or, without
one, as "Deltager 3"/"Participant 3" (numbered in roster order, stable for one file). Free text
is data people typed, so an action owner typed as a non-consenting person's name, or that name
or e-mail address inside a card's text, is replaced by the same public label. Every export
(PDF, HTML, CSV, XLSX, GraphML, JSON, pictures) and the consolidation read people through one
`Privacy` object so no output can forget a rule. `purge` removes the personal data from a
workshop for good (the retention date has passed).

An action's owner chosen from the roster is stored as a reference, `owner_ref(id)`
("participant:<id>"); `Privacy.text` (and so `value`, `owner` and `public_copy`) turns such a
reference into the participant's public label, so no output prints a reference or a name
consent does not allow. Any other owner is an organisation (free text).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from .. import phrasebook
from ..models.entities import Participant
from ..models.workshop import Workshop

_say = phrasebook.add("privacy", {"participant": ("Deltager", "Participant")})


#: The prefix of an owner that is a participant of the roster (see the module docstring).
OWNER_PREFIX = "participant:"


def owner_ref(participant_id: str) -> str:
    """The stored owner for a participant of the roster."""
    return f"{OWNER_PREFIX}{participant_id}"


def owner_participant(owner: str) -> str | None:
    """The participant id an owner refers to; None for an organisation (free text)."""
    if isinstance(owner, str) and owner.startswith(OWNER_PREFIX):
        return owner[len(OWNER_PREFIX):] or None
    return None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class Privacy:
    """Public labels for the people of one workshop, in one language."""

    def __init__(self, workshop: Workshop, language: str | None = None,
                 hide_everyone: bool = False) -> None:
        self.language = language or workshop.info.language
        people = sorted(workshop.participants.values(), key=lambda p: p.id)
        self._number = {p.id: n for n, p in enumerate(people, 1)}
        self._people = {p.id: p for p in people}
        self._hide_everyone = hide_everyone
        # With `hide_everyone` (purging), consenting names are replaced too, by pseudonyms.
        hidden = people if hide_everyone else [p for p in people if not p.consent]
        secrets: list[tuple[str, str]] = []
        for p in hidden:
            label = self.pseudonym(p.id) if hide_everyone else self.label(p.id)
            for secret in (p.name.strip(), p.email.strip()):
                if len(secret) >= 3:
                    secrets.append((secret, label))
        # Longest first so "Anne Marie Hansen" is replaced before "Anne Marie".
        secrets.sort(key=lambda pair: -len(pair[0]))
        self._secrets = secrets
        self._pattern = _whole_words(tuple(s for s, _ in secrets)) if secrets else None
        self._by_secret = {_norm(s): label for s, label in secrets}

    def pseudonym(self, participant_id: str) -> str:
        """"Deltager 3" / "Participant 3": never a name."""
        return f"{_say('participant', self.language)} {self._number.get(participant_id, 0)}"

    def label(self, participant_id: str | None) -> str:
        """How a participant appears: the name with consent, else organisation or pseudonym."""
        p = self._people.get(participant_id or "")
        if p is None:
            return ""
        if p.consent and p.name.strip():
            return p.name
        return p.organisation.strip() or self.pseudonym(p.id)

    def text(self, value: str) -> str:
        """Free text with every non-consenting name and e-mail, where it stands as a word,
        replaced by its public label; an owner reference (`owner_ref`) becomes the
        participant's label."""
        pid = owner_participant(value)
        if pid is not None:
            if self._hide_everyone:
                return self.pseudonym(pid) if pid in self._people else ""
            return self.label(pid)
        if not value or self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self._by_secret.get(_norm(m.group(0)), ""), value)

    def owner(self, owner: str) -> str:
        """An action's owner as every output shows it: a participant of the roster by their
        public label ("" when no longer on the roster), an organisation as typed (with any
        hidden name in it replaced)."""
        return self.text(owner)

    def value(self, value: Any) -> Any:
        """`text` for strings (and tuples of strings), anything else unchanged."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, tuple):
            return tuple(self.text(v) if isinstance(v, str) else v for v in value)
        return value

    def anonymous(self, p: Participant) -> dict[str, Any]:
        """A participant with no personal data: no name, no e-mail; organisation or
        pseudonym as label, whatever the consent."""
        return {"id": p.id, "label": p.organisation.strip() or self.pseudonym(p.id),
                "organisation": p.organisation, "sector": p.sector, "role": p.role,
                "present": p.present, "consent": p.consent}

    def participant(self, p: Participant) -> dict[str, Any]:
        """A participant as an export may carry it: no name or e-mail without consent."""
        public = {"id": p.id, "label": self.label(p.id), "organisation": p.organisation,
                  "sector": p.sector, "role": p.role, "present": p.present,
                  "consent": p.consent}
        if p.consent:
            public["name"] = p.name
        return public


def retention_passed(workshop: Workshop, today: date | None = None) -> bool:
    """Whether the workshop's retention date lies in the past and personal data remains."""
    when = workshop.info.retention_date
    if not when:
        return False
    try:
        expired = date.fromisoformat(when) < (today or date.today())
    except ValueError:
        return False
    return expired and has_personal_data(workshop)


def has_personal_data(workshop: Workshop) -> bool:
    """Whether any participant still has a name or e-mail that is not a pseudonym."""
    privacy = Privacy(workshop)
    return any(p.email or (p.name and p.name != privacy.pseudonym(p.id))
               for p in workshop.participants.values())


def purge_changes(workshop: Workshop) -> tuple[dict[str, dict[str, Any]],
                                                dict[str, dict[str, Any]]]:
    """What removing personal data changes: (participant fields, card fields) by id.

    Every participant's name becomes its pseudonym and its e-mail is emptied; names and
    e-mails inside card text and action owners are replaced the same way. Consent no longer
    matters once the names are gone, so it is cleared too.
    """
    privacy = Privacy(workshop)
    everyone = Privacy(workshop, hide_everyone=True)
    people = sorted(workshop.participants.values(), key=lambda p: p.id)
    participants = {p.id: {"name": privacy.pseudonym(p.id), "email": "", "consent": False}
                    for p in people
                    if p.name != privacy.pseudonym(p.id) or p.email or p.consent}
    cards: dict[str, dict[str, Any]] = {}
    for card in workshop.cards.values():
        fields = {}
        # notes and tags too (w2-window): a name left there survives the purge in the file
        for name in ("title", "description", "owner", "organisation", "notes", "tags"):
            old = getattr(card, name, "")
            new = everyone.value(old)
            if new != old:
                fields[name] = new
        if fields:
            cards[card.id] = fields
    return participants, cards


def _purge_labels(workshop: Workshop) -> int:
    """Names and e-mails in link labels and group titles replaced by pseudonyms (w2-window)."""
    everyone = Privacy(workshop, hide_everyone=True)
    links = {link.id: everyone.text(link.label) for link in workshop.links.values()
             if everyone.text(link.label) != link.label}
    groups = {group.id: everyone.text(group.title) for group in workshop.groups.values()
              if everyone.text(group.title) != group.title}
    for link_id, label in links.items():
        workshop.links.update(link_id, label=label)
    for group_id, title in groups.items():
        workshop.groups.update(group_id, title=title)
    return len(links) + len(groups)


def purge(workshop: Workshop) -> int:
    """Remove every name and e-mail from `workshop` (irreversible once saved); returns how many
    records changed."""
    participants, cards = purge_changes(workshop)
    labels = _purge_labels(workshop)  # before the names are gone from the participants
    for pid, fields in participants.items():
        workshop.participants.update(pid, **fields)
    if cards:
        workshop.cards.update_many(cards)
    return len(participants) + len(cards) + labels


def public_copy(workshop: Workshop, language: str | None = None) -> Workshop:
    """A detached copy of `workshop` that any output may show in full.

    Non-consenting participants carry their public label as name and no e-mail; their names
    and e-mails inside card text, owners, tags, link labels and group titles are replaced.
    Outputs that draw or print a whole workshop (report, pictures) read this copy, so a rule
    cannot be forgotten in one of them. Ids, positions and votes are unchanged.
    """
    privacy = Privacy(workshop, language)
    records: list[Any] = []
    for record in workshop.records():
        if isinstance(record, Participant):
            if not record.consent:
                record = replace(record, name=privacy.label(record.id), email="")
            records.append(record)
            continue
        fields = {name: privacy.value(getattr(record, name))
                  for name in ("title", "description", "owner", "tags", "organisation", "label")
                  if isinstance(getattr(record, name, None), str | tuple)}
        changed = {k: v for k, v in fields.items() if v != getattr(record, k)}
        records.append(replace(record, **changed) if changed else record)
    info = workshop.info
    return Workshop.from_records(info, workshop.terms.values(), records)



@lru_cache(maxsize=64)
def _whole_words(secrets: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the hidden names and e-mails, each matched only where it stands as a
    word: "Per" goes in "Per foreslog" and "Pers idé" (a genitive -s stays after the label),
    never inside "Persondata", which would corrupt titles that exports print and that
    consolidation groups and counts."""
    alternatives = "|".join(re.escape(s) for s in secrets)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?=(?:'?s)?(?!\w))", re.IGNORECASE)
