"""An action's owner chosen from the roster ("participant:<id>"): every output shows the
participant's public label, never the reference and never a name consent does not allow."""

from __future__ import annotations

from pathlib import Path

from coi_desktop.models.registry import ACTION
from coi_desktop.services.privacy import (
    Privacy,
    owner_participant,
    owner_ref,
    public_copy,
    purge,
)

from .test_privacy import OPEN_NAME, SECRET_MAIL, SECRET_NAME, _text_of_every_output, _workshop


def _people(w):  # (hidden, named)
    by_name = {p.name: p for p in w.participants.values()}
    return by_name[SECRET_NAME], by_name[OPEN_NAME]


def _owned(language: str = "da"):
    w = _workshop(language)
    hidden, named = _people(w)
    actions = [c for c in w.cards.values() if c.kind == ACTION]
    w.cards.update(actions[0].id, owner=owner_ref(hidden.id))
    w.cards.update(actions[1].id, owner=owner_ref(named.id))
    return w, actions[0].id, actions[1].id


def test_owner_reference_round_trip() -> None:
    assert owner_participant(owner_ref("abc")) == "abc"
    assert owner_participant("Vesterå Kommune") is None
    assert owner_participant("participant:") is None


def test_owner_shows_the_public_label() -> None:
    w, hidden_action, named_action = _owned()
    privacy = Privacy(w)
    hidden, _named = _people(w)
    assert privacy.owner(w.cards[hidden_action].owner) == privacy.pseudonym(hidden.id)
    assert privacy.owner(w.cards[named_action].owner) == OPEN_NAME
    assert privacy.owner(owner_ref("gone")) == ""
    assert privacy.owner("Region Midt") == "Region Midt"
    copy = public_copy(w)
    assert copy.cards[hidden_action].owner.startswith("Deltager ")
    assert copy.cards[named_action].owner == OPEN_NAME


def test_no_output_prints_a_reference_or_a_hidden_owner(tmp_path: Path) -> None:
    w, _h, _n = _owned()
    texts = _text_of_every_output(w, tmp_path)
    for name, text in texts.items():
        assert "participant:" not in text, name
        assert SECRET_NAME.casefold() not in text.casefold(), name
        assert SECRET_MAIL not in text, name
    assert OPEN_NAME in texts["elements.csv"]


def test_after_a_purge_every_owner_reads_as_a_pseudonym() -> None:
    w, hidden_action, named_action = _owned("en")
    purge(w)
    privacy = Privacy(w)
    for action in (named_action, hidden_action):
        owner = w.cards[action].owner
        assert OPEN_NAME not in owner and SECRET_NAME not in owner
        assert owner.startswith("Participant ")  # the reference became the pseudonym
        assert OPEN_NAME not in privacy.owner(owner)
