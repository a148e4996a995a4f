"""Personal data only where consent allows, in every output a workshop can be turned into.

A participant who did not consent is the owner of an action (typed as free text), is named in
a card's description and a link label, and has an e-mail address. No export may contain that
name or e-mail; the consenting participant may be named. The JSON export leaves every name and
e-mail out unless asked, and says so.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from coi_desktop.models.entities import Participant, new_id
from coi_desktop.models.workshop import Workshop
from coi_desktop.services.exports import export_csv, export_graphml, export_json, export_xlsx
from coi_desktop.services.privacy import (
    Privacy,
    public_copy,
    purge,
    purge_changes,
    retention_passed,
)
from coi_desktop.services.report.workshop import export_report

from .test_report_data import card, rich

SECRET_NAME = "Birgitte Kjærsgaard-Lund"
SECRET_MAIL = "bkl@vesteraa.example"
OPEN_NAME = "Henrik Poulsen"


def _workshop(language: str = "da") -> Workshop:
    w = rich(language)
    hidden = Participant(new_id(), SECRET_NAME, "", "municipality", "need_owner", SECRET_MAIL,
                         consent=False)
    named = Participant(new_id(), OPEN_NAME, "University College West", "knowledge",
                        "knowledge_institution", "hp@ucw.example", consent=True)
    w.participants.add([hidden, named])
    action = card(w, "action", "Afklar hjemmel for robotten")
    w.cards.update(action, owner=SECRET_NAME,
                  description=f"Aftalt med {SECRET_NAME.upper()} ({SECRET_MAIL}).")
    note = card(w, "note", f"Ring til {OPEN_NAME}")
    w.cards.update(note, participant_id=hidden.id)
    return w


def _text_of_every_output(w: Workshop, tmp_path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    export_json(w, tmp_path / "w.json")
    export_graphml(w, tmp_path / "w.graphml")
    elements, connections = export_csv(w, tmp_path / "csv")
    export_xlsx(w, tmp_path / "w.xlsx")
    export_report(w, tmp_path / "w.pdf")
    for path in (tmp_path / "w.json", tmp_path / "w.graphml", elements, connections):
        out[path.name] = path.read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(tmp_path / "w.xlsx") as book:
        out["w.xlsx"] = "".join(book.read(n).decode("utf-8", "replace")
                                for n in book.namelist())
    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "w.pdf"), "-"],
                         check=True, capture_output=True, text=True).stdout
    out["w.pdf"] = " ".join(pdf.split())  # pdftotext wraps lines; names may straddle them
    return out


def test_no_output_names_a_participant_who_did_not_consent(tmp_path: Path) -> None:
    texts = _text_of_every_output(_workshop(), tmp_path)
    for name, text in texts.items():
        assert SECRET_NAME.casefold() not in text.casefold(), name
        assert SECRET_MAIL not in text, name
    # The consenting participant's name is still there where the card text says it, except
    # in the JSON, which holds no personal data unless asked for it.
    assert OPEN_NAME in texts["elements.csv"] and OPEN_NAME not in texts["w.json"]
    # The owner shows as the public label, not as an empty cell.
    assert "Deltager" in texts["elements.csv"]


def test_json_leaves_out_personal_data_unless_asked(tmp_path: Path) -> None:
    w = _workshop("en")
    export_json(w, tmp_path / "public.json")
    data = json.loads((tmp_path / "public.json").read_text(encoding="utf-8"))
    assert "left out" in data["personal_data"]
    assert all("email" not in p and "name" not in p for p in data["participants"])
    public = (tmp_path / "public.json").read_text(encoding="utf-8")
    for secret in (OPEN_NAME, SECRET_NAME, SECRET_MAIL):  # consent or not: no name at all
        assert secret.casefold() not in public.casefold(), secret
    assert all(p["label"] for p in data["participants"])
    export_json(w, tmp_path / "full.json", include_personal_data=True)
    full = (tmp_path / "full.json").read_text(encoding="utf-8")
    assert SECRET_MAIL in full and SECRET_NAME in full and OPEN_NAME in full


def test_json_refuses_a_number_that_is_not_finite(tmp_path: Path) -> None:
    from coi_desktop.services.report.base import ExportError

    w = _workshop()
    any_card = next(iter(w.cards.values()))
    object.__setattr__(any_card, "x", float("inf"))  # a model bug must not write bad JSON
    with pytest.raises(ExportError):
        export_json(w, tmp_path / "bad.json")
    assert not (tmp_path / "bad.json").exists()


def test_labels_number_people_stably_and_prefer_the_organisation() -> None:
    w = _workshop("en")
    privacy = Privacy(w)
    hidden = next(p for p in w.participants.values() if p.name == SECRET_NAME)
    assert privacy.label(hidden.id).startswith("Participant ")
    assert Privacy(w).label(hidden.id) == privacy.label(hidden.id)
    assert privacy.text(f"ask {SECRET_NAME.lower()}") == f"ask {privacy.label(hidden.id)}"
    named = next(p for p in w.participants.values() if p.name == OPEN_NAME)
    assert privacy.label(named.id) == OPEN_NAME


def test_public_copy_keeps_ids_positions_and_votes() -> None:
    w = _workshop()
    copy = public_copy(w)
    assert set(copy.cards) == set(w.cards)
    assert all(copy.cards[i].x == c.x and copy.cards[i].kind == c.kind
               for i, c in w.cards.items())
    assert all(SECRET_NAME not in (c.owner + c.description) for c in copy.cards.values())
    assert copy.snapshot()["votes"] == w.snapshot()["votes"]


def test_purge_replaces_every_name_and_mail_for_good() -> None:
    w = _workshop()
    assert purge_changes(w)[0]
    purge(w)
    assert not any(p.email for p in w.participants.values())
    text = json.dumps([vars(c) for c in w.cards.values()], default=str, ensure_ascii=False)
    assert SECRET_NAME not in text and OPEN_NAME not in text and SECRET_MAIL not in text
    assert purge_changes(w) == ({}, {})  # nothing left to purge


def test_retention_date_in_the_past_asks_for_a_purge() -> None:
    from datetime import date

    w = _workshop()
    w.update_info(retention_date="2026-01-31")
    assert retention_passed(w, today=date(2026, 2, 1))
    assert not retention_passed(w, today=date(2026, 1, 31))
    purge(w)
    assert not retention_passed(w, today=date(2026, 2, 1))


def test_a_hidden_name_is_replaced_as_a_word_never_inside_another_word(tmp_path: Path) -> None:
    # A participant called "Per" who did not consent must not turn "Persondata" into
    # "Deltager 1sondata" in the PDF and the spreadsheet; "Per" and "Pers" as words go.
    w = rich("da")
    w.participants.add([Participant(new_id(), "Per", "", "municipality", "need_owner", "",
                                    consent=False)])
    card(w, "barrier", "Persondata må ikke deles; Per sagde det, og Pers chef er enig")
    texts = _text_of_every_output(w, tmp_path)
    for name in ("elements.csv", "w.xlsx", "w.pdf"):
        assert "Persondata må ikke deles" in texts[name], name
        assert "Per sagde" not in texts[name] and "Pers chef" not in texts[name], name
