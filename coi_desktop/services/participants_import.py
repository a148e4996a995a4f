"""Read a sign-up list (CSV or XLSX) into participants, with a preview of every row's problems.

Facilitators already have a list from the sign-up form, in Danish or English, saved by Excel
with semicolons or commas. This module finds the columns by their headers, matches sector and
role values against the workshop's own taxonomy (keys or labels in either language), and marks
every row that cannot be imported as it is (no name, unknown sector, bad e-mail, a duplicate).
Nothing is added here: the caller shows the preview and imports the good rows in one step.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..models.entities import Participant, new_id
from ..models.errors import CoiError
from ..models.workshop import Workshop
from .tabular import Table, TabularError, read_any

MAX_ROWS = 5000

#: Field → accepted headers (compared without case, spaces, dashes or underscores).
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("navn", "name", "fuldtnavn", "fullname", "deltager", "participant"),
    "organisation": ("organisation", "organization", "org", "virksomhed", "arbejdsplads",
                     "company", "employer"),
    "sector": ("sektor", "sector"),
    "role": ("rolle", "role"),
    "email": ("email", "mail", "emailadresse", "emailaddress", "epost"),
    "consent": ("samtykke", "consent", "maanavngives", "mayname"),
}

_YES = {"ja", "j", "yes", "y", "true", "sand", "1", "x", "ok"}
_NO = {"nej", "n", "no", "false", "falsk", "0", ""}
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


class ParticipantsImportError(CoiError):
    """The file as a whole cannot be read as a participant list."""


@dataclass(frozen=True)
class Problem:
    """Why one row cannot be imported as it is, in both languages."""

    field: str
    en: str
    da: str

    def text(self, language: str = "en") -> str:
        return self.da if language == "da" else self.en


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file: its line number, raw values, participant and problems."""

    line: int
    values: dict[str, str]
    participant: Participant
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    """Everything the import dialog shows before anything changes."""

    columns: dict[str, str]  # field → the header it was found under
    rows: tuple[ImportRow, ...]
    ignored_headers: tuple[str, ...] = field(default=())
    #: How the file was read ("UTF-8", "Windows-1252", "XLSX", …): the dialog shows it.
    encoding: str = ""

    @property
    def good_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    def participants(self, skip_bad: bool = False) -> list[Participant]:
        """The participants to add; with problem rows, only when the caller chose to skip them."""
        if self.bad_rows and not skip_bad:
            n = len(self.bad_rows)
            raise ParticipantsImportError(
                f"{n} row(s) have problems: fix the file or choose to skip them.",
                f"{n} række(r) har problemer: ret filen eller vælg at springe dem over.")
        return [r.participant for r in self.good_rows]


# -- reading files ------------------------------------------------------------------------

def _norm(text: str) -> str:
    """Lower case without accents, spaces, dashes, dots or underscores ("E-mail" → "email")."""
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = text.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return "".join(ch for ch in text if ch.isalnum())


def read_csv_text(text: str) -> list[list[str]]:
    """Rows of a CSV text, delimiter sniffed from the header line (semicolon, comma or tab)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def read_table(path: str | Path) -> list[list[str]]:
    """The rows of a CSV or XLSX file; a file that cannot be read raises one clear error."""
    return read_file(path).rows


def read_file(path: str | Path) -> Table:
    """The rows of a CSV or XLSX file and the encoding found (`services.tabular`: strict
    encodings, zip and size limits, streaming); one clear error when it cannot be read."""
    try:
        return read_any(path)  # preview_rows applies MAX_ROWS to a participant list
    except TabularError as exc:
        raise ParticipantsImportError(exc.en, exc.da) from exc


# -- matching -----------------------------------------------------------------------------

def match_columns(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Field → column index for the known headers; the headers left over are returned too."""
    lookup = {alias: f for f, aliases in HEADERS.items() for alias in aliases}
    found: dict[str, int] = {}
    ignored = []
    for index, title in enumerate(header):
        key = lookup.get(_norm(title))
        if key and key not in found:
            found[key] = index
        elif title.strip():
            ignored.append(title.strip())
    return found, ignored


def _term_lookup(workshop: Workshop, taxonomy: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for term in workshop.terms.of(taxonomy, include_hidden=True):
        for text in (term.key, term.da, term.en):
            if text:
                table.setdefault(_norm(text), term.key)
    return table


def _find_header(rows: list[list[str]]) -> int:
    """Index of the first row that names a name column (sign-up exports may start with a title)."""
    for index, row in enumerate(rows[:10]):
        if "name" in match_columns(row)[0]:
            return index
    raise ParticipantsImportError(
        "No column with names: the first row must have a header such as \u201cName\u201d or "
        "\u201cNavn\u201d.",
        "Ingen kolonne med navne: første række skal have en overskrift som \u201cNavn\u201d "
        "eller \u201cName\u201d.")


def preview_rows(rows: list[list[str]], workshop: Workshop) -> ImportPreview:
    """Check every data row against the workshop (taxonomies and existing participants)."""
    if not any(any(c.strip() for c in row) for row in rows):
        raise ParticipantsImportError("The file is empty.", "Filen er tom.")
    header_at = _find_header(rows)
    columns, ignored = match_columns(rows[header_at])
    data = rows[header_at + 1:]
    if len(data) > MAX_ROWS:
        raise ParticipantsImportError(f"The list has more than {MAX_ROWS} rows.",
                                      f"Listen har mere end {MAX_ROWS} rækker.")
    sectors, roles = _term_lookup(workshop, "sector"), _term_lookup(workshop, "role")
    seen_email = {_norm_email(p.email): "" for p in workshop.participants.values() if p.email}
    seen_pair = {(_norm(p.name), _norm(p.organisation)): ""
                 for p in workshop.participants.values()}
    out = []
    for offset, raw in enumerate(data):
        line = header_at + offset + 2  # 1-based file line / sheet row
        values = {f: (raw[i].strip() if i < len(raw) else "") for f, i in columns.items()}
        if not any(values.values()) and not any(c.strip() for c in raw):
            continue  # blank lines are not rows
        row = _check_row(line, values, sectors, roles, seen_email, seen_pair)
        out.append(row)
    return ImportPreview({f: rows[header_at][i].strip() for f, i in columns.items()},
                         tuple(out), tuple(ignored))


def _norm_email(email: str) -> str:
    return email.strip().lower()


def _check_row(line: int, values: dict[str, str], sectors: dict[str, str],
               roles: dict[str, str], seen_email: dict[str, str],
               seen_pair: dict[tuple[str, str], str]) -> ImportRow:
    problems: list[Problem] = []
    name = " ".join(values.get("name", "").split())
    organisation = values.get("organisation", "")
    email = values.get("email", "")
    if not name:
        problems.append(Problem("name", "No name.", "Intet navn."))
    sector = _taxonomy_value(values.get("sector", ""), sectors, "sector", problems)
    role = _taxonomy_value(values.get("role", ""), roles, "role", problems)
    if email and not _EMAIL.match(email):
        problems.append(Problem("email", f"\u201c{email}\u201d is not an e-mail address.",
                                f"\u201c{email}\u201d er ikke en e-mailadresse."))
    consent_text = _norm(values.get("consent", ""))
    consent = consent_text in _YES
    if consent_text not in _YES and consent_text not in _NO:
        problems.append(Problem("consent", "Consent must be yes or no.",
                                "Samtykke skal være ja eller nej."))
    if any("\x00" in v for v in values.values()):
        problems.append(Problem("name", "The row holds a NUL character.",
                                "Rækken indeholder et NUL-tegn."))
    where = f"{line}" if line else ""
    key_email = _norm_email(email)
    key_pair = (_norm(name), _norm(organisation))
    if email and key_email in seen_email:
        problems.append(_duplicate("email", seen_email[key_email]))
    elif name and key_pair in seen_pair:
        problems.append(_duplicate("name", seen_pair[key_pair]))
    if email:
        seen_email.setdefault(key_email, where)
    if name:
        seen_pair.setdefault(key_pair, where)
    participant = Participant(new_id(), name, organisation, sector, role, email, consent, True)
    return ImportRow(line, values, participant, tuple(problems))


def _duplicate(field_name: str, line: str) -> Problem:
    what_en = "the same e-mail" if field_name == "email" else "the same name and organisation"
    what_da = "samme e-mail" if field_name == "email" else "samme navn og organisation"
    if line:
        return Problem(field_name, f"Duplicate: {what_en} as row {line}.",
                       f"Dublet: {what_da} som række {line}.")
    return Problem(field_name, f"Already in the workshop ({what_en}).",
                   f"Findes allerede i workshoppen ({what_da}).")


def _taxonomy_value(text: str, table: dict[str, str], taxonomy: str,
                    problems: list[Problem]) -> str:
    if not text:
        return ""
    key = table.get(_norm(text))
    if key is None:
        en, da = ("sector", "sektor") if taxonomy == "sector" else ("role", "rolle")
        problems.append(Problem(taxonomy, f"Unknown {en} \u201c{text}\u201d.",
                                f"Ukendt {da} \u201c{text}\u201d."))
        return ""
    return key


def preview_file(path: str | Path, workshop: Workshop) -> ImportPreview:
    """Read a CSV or XLSX sign-up list and check it against the workshop."""
    table = read_file(path)
    preview = preview_rows(table.rows, workshop)
    return replace(preview, encoding=table.encoding)


def row_texts(rows: Iterable[ImportRow], language: str) -> list[str]:
    """One line per row with problems, for a summary or the CLI."""
    return [f"{r.line}: " + " ".join(p.text(language) for p in r.problems)
            for r in rows if r.problems]
