"""Importing a sign-up list: headers in both languages, CSV and XLSX, problems per row."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from coi_desktop.models import Participant, Workshop
from coi_desktop.services.participants_import import (
    ParticipantsImportError,
    preview_file,
    read_csv_text,
)


@pytest.fixture
def workshop() -> Workshop:
    return Workshop.new("Velfærdsteknologi", language="da")


def write(tmp_path: Path, text: str, encoding: str = "utf-8-sig", name: str = "l.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_danish_headers_semicolons_cp1252(tmp_path: Path, workshop: Workshop) -> None:
    path = write(tmp_path, "Navn;Organisation;Sektor;Rolle;E-mail;Samtykke\r\n"
                 "Søren Ærø;Aarhus Kommune;Kommune;Behovsejer;soren@aarhus.dk;ja\r\n"
                 "Åse Holm;Robotfirma ApS;SMV;Leverandør, tilbudsgiver;ase@robot.dk;nej\r\n",
                 encoding="cp1252")
    preview = preview_file(path, workshop)
    assert [r.ok for r in preview.rows] == [True, True]
    first, second = preview.participants()
    assert (first.name, first.organisation, first.sector, first.role, first.consent) == (
        "Søren Ærø", "Aarhus Kommune", "municipality", "need_owner", True)
    assert (second.sector, second.role, second.consent) == ("sme", "supplier", False)


def test_english_headers_commas_and_keys(tmp_path: Path, workshop: Workshop) -> None:
    path = write(tmp_path, "Name,Organization,Sector,Role,Email,Consent\n"
                 "Ann Lee,Region Midt,region,buyer,ann@rm.dk,yes\n"
                 'Bo Berg,"Klynge, Nord",Cluster / network,Need owner,,no\n')
    preview = preview_file(path, workshop)
    assert preview.columns["organisation"] == "Organization"
    people = preview.participants()
    assert [(p.name, p.sector, p.role) for p in people] == [
        ("Ann Lee", "region", "buyer"), ("Bo Berg", "cluster", "need_owner")]
    assert people[1].organisation == "Klynge, Nord"


def test_bad_rows_are_shown_and_nothing_is_imported_half(tmp_path: Path,
                                                         workshop: Workshop) -> None:
    path = write(tmp_path, "navn;organisation;sektor;e-mail\n"
                 "Ann;Kommune X;Kommune;ann@x.dk\n"
                 ";Firma;SMV;nobody@x.dk\n"
                 "Carl;Firma;Rumfart;carl@x.dk\n"
                 "Dorte;Firma;SMV;not-an-email\n")
    preview = preview_file(path, workshop)
    problems = {r.line: [p.field for p in r.problems] for r in preview.rows}
    # An unknown sector is no longer a problem: it is kept as written under Other.
    assert problems == {2: [], 3: ["name"], 4: [], 5: ["email"]}
    carl = preview.rows[2]
    assert carl.participant.sector == "other_rumfart"
    assert [(m.field, m.written, m.how) for m in carl.mappings] == [
        ("sector", "Rumfart", "other")]
    assert [(t.taxonomy, t.key, t.da, t.en) for t in preview.new_terms] == [
        ("sector", "other_rumfart", "Andet: Rumfart", "Other: Rumfart")]
    with pytest.raises(ParticipantsImportError) as err:
        preview.participants()
    assert "2" in err.value.text("en")
    assert [p.name for p in preview.participants(skip_bad=True)] == ["Ann", "Carl"]


def test_duplicates_in_file_and_against_workshop(tmp_path: Path, workshop: Workshop) -> None:
    workshop.participants.add([Participant("p1", "Eva", "DTU", email="eva@dtu.dk")])
    path = write(tmp_path, "Name;Organisation;Email\n"
                 "Finn;KL;finn@kl.dk\n"
                 "Finn Again;KL;FINN@kl.dk\n"
                 "Gitte;Region H;\n"
                 "gitte;region h;\n"
                 "Eva Other;DTU;eva@dtu.dk\n"
                 "Eva;DTU;\n")
    rows = preview_file(path, workshop).rows
    assert [r.ok for r in rows] == [True, False, True, False, False, False]
    assert "row 2" in rows[1].problems[0].text("en")
    assert "Already in the workshop" in rows[4].problems[0].text("en")


def test_xlsx_with_title_row(tmp_path: Path, workshop: Workshop) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Tilmeldinger til workshop"])
    sheet.append(["Navn", "Organisation", "Sektor", "Rolle", "Mail", "Samtykke"])
    sheet.append(["Hanne", "Odense Kommune", "Kommune", "Ordregiver, offentlig indkøber",
                  "hanne@odense.dk", True])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Ib", "Syddansk Universitet", "Videninstitution", None, None, False])
    path = tmp_path / "tilmeldte.xlsx"
    book.save(path)
    preview = preview_file(path, workshop)
    people = preview.participants()
    assert [(p.name, p.sector, p.consent) for p in people] == [
        ("Hanne", "municipality", True), ("Ib", "knowledge", False)]
    assert people[0].role == "buyer"
    assert [r.line for r in preview.rows] == [3, 5]


def test_file_without_name_column_or_garbage(tmp_path: Path, workshop: Workshop) -> None:
    with pytest.raises(ParticipantsImportError) as err:
        preview_file(write(tmp_path, "a;b\n1;2\n"), workshop)
    assert "Navn" in err.value.text("da")
    with pytest.raises(ParticipantsImportError):
        preview_file(write(tmp_path, "", name="empty.csv"), workshop)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ParticipantsImportError):
        preview_file(broken, workshop)
    with pytest.raises(ParticipantsImportError):
        preview_file(tmp_path / "missing.csv", workshop)


def test_sniffs_tab_delimiter() -> None:
    assert read_csv_text("Name\tEmail\nA\ta@b.dk\n") == [["Name", "Email"], ["A", "a@b.dk"]]


def test_imported_participants_are_accepted_by_the_model(tmp_path: Path,
                                                         workshop: Workshop) -> None:
    path = write(tmp_path, "Name;Sector\nA;Stat\nB;\n")
    people = preview_file(path, workshop).participants()
    workshop.participants.add(people)
    assert sorted(p.name for p in workshop.participants.values()) == ["A", "B"]


names = st.text(alphabet=st.characters(codec="cp1252", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
                min_size=1, max_size=30).map(lambda s: " ".join(s.split())).filter(bool)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(names, names), min_size=1, max_size=8,
                       unique_by=lambda t: (t[0].casefold(), t[1].casefold())),
       delimiter=st.sampled_from([";", ","]), encoding=st.sampled_from(["utf-8-sig", "cp1252"]))
def test_any_written_list_reads_back(tmp_path: Path, workshop: Workshop, people: list,
                                     delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Navn", "Organisation"])
    writer.writerows(people)
    path = tmp_path / f"list-{encoding}.csv"
    data = buffer.getvalue().encode(encoding)
    path.write_bytes(data)
    preview = preview_file(path, workshop)
    if encoding == "cp1252" and not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            assert preview.encoding == "Windows-1252"
        else:
            # Windows-1252 bytes that are also valid UTF-8 ("Â¡" is the UTF-8 of "¡") are
            # ambiguous; the reader takes UTF-8, by far the likelier, and says so.
            assert preview.encoding.startswith("UTF-8")
            return
    got = [(p.name, p.organisation.strip()) for p in preview.participants(skip_bad=True)]
    expected = [(n, o.strip()) for n, o in people]
    dupes = [r for r in preview.bad_rows if r.problems[0].field == "name"]
    assert not preview.bad_rows or dupes  # only case-insensitive look-alike duplicates fail
    assert got == [e for e in expected if e in got]
    assert len(got) + len(preview.bad_rows) == len(people)
