"""Read a sign-up list (CSV or XLSX) into participants, leniently, with a preview of every row.

Facilitators already have a list from the sign-up form, in Danish or English, saved by Excel
with semicolons or commas in whatever encoding (services/tabular.py finds it and names it).
This module finds the columns by their headers (many Danish and English ways of saying
"name", "employer", "job title", "may we name you?"; first and last name in two columns are
joined), and turns sector and role text into the workshop's keys: its own labels or keys
first, then the synonym table shipped as data (participant_synonyms.py: "Kommunen",
"Xyz ApS", "Projektleder"); a sector column that says nothing usable ("Offentlig") or is
missing is read from the organisation's name. Text nothing fits is kept as written under
"Andet"/"Other": a new entry of the workshop's taxonomy labelled "Andet: <text>", added with
the import. Every choice made for a row is a `Mapping` the preview shows; a row is refused
only for what cannot be guessed (no name, a broken e-mail, a duplicate). Nothing is added
here: the caller shows the preview and imports the good rows in one step.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..models.entities import Participant, new_id
from ..models.errors import CoiError
from ..models.taxonomy import Term
from ..models.workshop import Workshop
from . import participant_synonyms
from .tabular import IsCancelled, Progress, Table, TabularError, read_any

MAX_ROWS = 5000

#: Field → accepted headers (compared without case, accents, spaces or punctuation:
#: "E-mail-adresse" is "emailadresse", "Må vi nævne dit navn?" is "maavinaevneditnavn").
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("navn", "name", "fuldtnavn", "fuldenavn", "fullname", "deltager", "participant",
             "navnpaadeltager", "deltagernavn", "deltagerensnavn", "ditnavn", "ditfuldenavn",
             "hvaderditnavn", "fornavnogefternavn", "participantname", "attendee",
             "attendeename", "yourname", "nameofparticipant"),
    "first_name": ("fornavn", "fornavne", "firstname", "givenname"),
    "last_name": ("efternavn", "lastname", "surname", "familyname"),
    "organisation": ("organisation", "organization", "org", "virksomhed", "arbejdsplads",
                     "company", "employer", "arbejdsgiver", "myndighedvirksomhed",
                     "virksomhedmyndighed", "myndighed", "organisationvirksomhed",
                     "virksomhedorganisation", "arbejdssted", "institution", "firma",
                     "firmanavn", "virksomhedsnavn", "companyname", "organisationsnavn",
                     "affiliation", "hvorarbejderdu", "organisationmyndighed"),
    "sector": ("sektor", "sector", "sektortype", "organisationstype", "typeaforganisation",
               "organisationtype", "organizationtype", "offentligprivat", "offentligellerprivat",
               "publicprivate"),
    "role": ("rolle", "role", "titel", "title", "stilling", "stillingsbetegnelse", "jobtitel",
             "jobtitle", "position", "funktion", "dinrolle", "hvaderdinrolle", "stillingfunktion",
             "jobfunktion", "jobrole", "rolleiprojektet"),
    "email": ("email", "mail", "emailadresse", "emailaddress", "epost", "mailadresse",
              "epostadresse", "kontaktmail", "emailadr", "emailaddr"),
    "consent": ("samtykke", "consent", "maanavngives", "mayname", "maavinaevneditnavn",
                "maavinaevneditnavnirapporten", "maavibrugeditnavn", "navngivning",
                "maydwenameyou", "maywenameyou", "maywenameyouinthereport"),
}

#: When no header fits exactly: a header holding one of these words, tried in this order
#: ("Virksomhedsnavn" is an organisation, "Må vi nævne dit navn i rapporten?" consent).
HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consent", ("samtykke", "consent", "naevne", "navngiv", "permission")),
    ("email", ("email", "mail", "epost")),
    ("organisation", ("organisation", "organization", "virksomhed", "arbejdsgiver",
                      "myndighed", "employer", "company", "institution", "firma")),
    ("sector", ("sektor", "sector")),
    ("role", ("stilling", "titel", "rolle", "jobtitle", "role", "position")),
    ("first_name", ("fornavn", "firstname")),
    ("last_name", ("efternavn", "lastname", "surname")),
    ("name", ("navn", "name")),
)

_YES = {"ja", "j", "yes", "y", "true", "sand", "1", "x", "ok", "jatak", "gerne", "jagerne",
        "accepterer", "accepter", "samtykker", "giversamtykke", "jegsamtykker"}
_NO = {"nej", "n", "no", "false", "falsk", "0", "", "nejtak", "ikke", "not"}

#: Taxonomy key prefix of the entries made for text kept as written ("Andet: <text>").
OTHER_PREFIX = "other_"
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
class Mapping:
    """One choice the import made for a row, shown in the preview ("Kommunen → Kommune").

    `how`: "synonym" (the synonym table), "organisation" (the sector read from the
    organisation's name; `written` is that name), "other" (kept as written under
    Andet/Other), "consent" (an answer read as no consent).
    """

    field: str
    written: str
    key: str
    how: str


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file: its line number, raw values, participant and problems."""

    line: int
    values: dict[str, str]
    participant: Participant
    problems: tuple[Problem, ...] = ()
    mappings: tuple[Mapping, ...] = ()

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
    #: Taxonomy entries for text kept as written ("Andet: Freelancer"), added with the rows.
    new_terms: tuple[Term, ...] = ()

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

    def terms_for(self, people: Iterable[Participant]) -> list[Term]:
        """The new "Other" entries these participants use (none for rows left out)."""
        used = {(t, getattr(p, t)) for p in people for t in ("sector", "role")}
        return [t for t in self.new_terms if (t.taxonomy, t.key) in used]

    @property
    def mapped_rows(self) -> list[ImportRow]:
        """Rows with a value read into the workshop's terms (or a consent read as no)."""
        return [r for r in self.rows if any(m.how != "other" for m in r.mappings)]

    @property
    def other_rows(self) -> list[ImportRow]:
        """Rows with a value kept as written under Andet/Other."""
        return [r for r in self.rows if any(m.how == "other" for m in r.mappings)]


# -- reading files ------------------------------------------------------------------------

def _norm(text: str) -> str:
    """Lower case without accents, spaces, dashes, dots or underscores ("E-mail" → "email";
    "Må" → "maa": the Danish letters are spelt out before NFKD would strip the ring)."""
    text = unicodedata.normalize("NFC", text.strip().lower())
    text = text.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalnum())


def read_csv_text(text: str) -> list[list[str]]:
    """Rows of a CSV text, delimiter sniffed from the header line (semicolon, comma or tab)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def read_table(path: str | Path) -> list[list[str]]:
    """The rows of a CSV or XLSX file; a file that cannot be read raises one clear error."""
    return read_file(path).rows


def read_file(path: str | Path, *, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> Table:
    """The rows of a CSV or XLSX file and the encoding found (`services.tabular`: strict
    encodings, zip and size limits, streaming); one clear error when it cannot be read.

    It touches no workshop (the GUI runs it in a worker thread): `progress(done, total)`
    tells how far it is, `cancelled()` is asked between rows (`tabular.Cancelled`)."""
    try:  # preview_rows applies MAX_ROWS to a participant list
        return read_any(path, progress=progress, cancelled=cancelled)
    except TabularError as exc:
        raise ParticipantsImportError(exc.en, exc.da) from exc


# -- matching -----------------------------------------------------------------------------

def match_columns(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Field → column index for the known headers; the headers left over are returned too.

    Exact aliases first (over the whole row), then headers holding a telling word.
    """
    lookup = {alias: f for f, aliases in HEADERS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = lookup.get(_norm(title))
        if key and key not in found:
            found[key] = index
    for index, title in enumerate(header):
        norm = _norm(title)
        if index in found.values() or not norm:
            continue
        for key, parts in HEADER_WORDS:
            if key not in found and any(part in norm for part in parts):
                found[key] = index
                break
    if "name" in found:  # one name column: first/last name columns are not needed
        found.pop("first_name", None)
        found.pop("last_name", None)
    used = set(found.values())
    ignored = [t.strip() for i, t in enumerate(header) if i not in used and t.strip()]
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
    named = []
    for index, row in enumerate(rows[:10]):
        columns = match_columns(row)[0]
        if "name" in columns or "first_name" in columns or "last_name" in columns:
            if len(columns) >= 2:  # a title line ("Navne på tilmeldte") has one cell
                return index
            named.append(index)
    if named:
        return named[0]
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
    resolver = _Resolver(workshop)
    seen_email = {_norm_email(p.email): "" for p in workshop.participants.values() if p.email}
    seen_pair = {(_norm(p.name), _norm(p.organisation)): ""
                 for p in workshop.participants.values()}
    out = []
    for offset, raw in enumerate(data):
        line = header_at + offset + 2  # 1-based file line / sheet row
        values = {f: (raw[i].strip() if i < len(raw) else "") for f, i in columns.items()}
        if not any(c.strip() for c in raw):
            continue  # blank lines are not rows
        if "name" not in values:
            values["name"] = " ".join(v for v in (values.pop("first_name", ""),
                                                  values.pop("last_name", "")) if v)
        row = _check_row(line, values, resolver, seen_email, seen_pair)
        out.append(row)
    header = {f: rows[header_at][i].strip() for f, i in columns.items()}
    return ImportPreview(header, tuple(out), tuple(ignored),
                         new_terms=tuple(resolver.new_terms.values()))


def _norm_email(email: str) -> str:
    return email.strip().lower()


class _Resolver:
    """Sector and role text → keys of one workshop (its labels, the synonym table, or a new
    "Other" entry), remembering the entries it made."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.lookup = {t: _term_lookup(workshop, t) for t in ("sector", "role")}
        self.known = {t: frozenset(term.key for term in workshop.terms.of(t, include_hidden=True))
                      for t in ("sector", "role")}
        self.new_terms: dict[tuple[str, str], Term] = {}

    def resolve(self, taxonomy: str, text: str, sector: str = ""
                ) -> tuple[str, Mapping | None]:
        """(key, the mapping made or None when the text is the workshop's own word); ("",
        None) for no text or a text nothing fits; (VAGUE, None) for a text too vague."""
        if not text:
            return "", None
        key = self.lookup[taxonomy].get(_norm(text))
        if key is not None:
            return key, None
        rule = participant_synonyms.match(taxonomy, text, sector, known=self.known[taxonomy])
        if rule is not None and rule.key == participant_synonyms.VAGUE:
            return rule.key, None
        if rule is not None:
            return rule.key, Mapping(taxonomy, text, rule.key, "synonym")
        return "", None

    def other(self, taxonomy: str, text: str) -> tuple[str, Mapping]:
        """The entry keeping `text` as written under Andet/Other (made once per text)."""
        norm = _norm(text)
        digest = hashlib.sha1(text.casefold().encode(), usedforsecurity=False).hexdigest()[:8]
        # Short texts keep a readable key; a long one (or one without letters) gets a digest,
        # so two texts that start alike do not share an entry.
        slug = norm if norm and len(norm) <= 40 else f"{norm[:32]}_{digest}".lstrip("_")
        key = OTHER_PREFIX + slug
        existing = self.workshop.terms.get((taxonomy, key))
        if existing is not None and existing.hidden:  # made by an import undone since
            self.new_terms[(taxonomy, key)] = replace(existing, hidden=False)
        elif existing is None and (taxonomy, key) not in self.new_terms:
            position = max((t.position for t in self.workshop.terms.of(
                taxonomy, include_hidden=True)), default=0) + 1 + len(
                [k for k in self.new_terms if k[0] == taxonomy])
            self.new_terms[(taxonomy, key)] = Term(taxonomy, key, f"Andet: {text}",
                                                   f"Other: {text}", position)
        return key, Mapping(taxonomy, text, key, "other")


def _consent(text: str) -> tuple[bool, Mapping | None]:
    """Yes or no; an answer that is neither, or a yes with a "not" in it, is read as no:
    nobody is named on a guess, and the preview says so."""
    norm = _norm(text)
    if norm in _YES:
        return True, None
    if norm in _NO:
        return False, None
    said = [_norm(w) for w in text.split()]
    if said and said[0] in _YES and not any(w in _NO for w in said[1:]):
        return True, None  # "Ja, gerne", "Yes please"
    if said and said[0] in _NO:
        return False, None  # "Nej tak"
    return False, Mapping("consent", text, "", "consent")


def _check_row(line: int, values: dict[str, str], resolver: _Resolver,
               seen_email: dict[str, str], seen_pair: dict[tuple[str, str], str]) -> ImportRow:
    problems: list[Problem] = []
    mappings: list[Mapping] = []
    name = " ".join(values.get("name", "").split())
    organisation = values.get("organisation", "")
    email = values.get("email", "")
    if not name:
        problems.append(Problem("name", "No name.", "Intet navn."))
    written_sector = values.get("sector", "")
    sector, mapping = resolver.resolve("sector", written_sector)
    vague = sector == participant_synonyms.VAGUE
    if vague or not written_sector:  # "Offentlig", or no sector: the organisation's name
        sector, mapping = "", None
        rule = participant_synonyms.match("sector", organisation,
                                          known=resolver.known["sector"])
        if rule is not None and rule.key != participant_synonyms.VAGUE:
            sector, mapping = rule.key, Mapping("sector", organisation, rule.key,
                                                "organisation")
    if not sector and written_sector:  # nothing fits: kept as written
        sector, mapping = resolver.other("sector", written_sector)
    mappings += [mapping] if mapping else []
    written_role = values.get("role", "")
    role, mapping = resolver.resolve("role", written_role, sector)
    if not role and written_role:
        role, mapping = resolver.other("role", written_role)
    mappings += [mapping] if mapping else []
    if email and not _EMAIL.match(email):
        problems.append(Problem("email", f"\u201c{email}\u201d is not an e-mail address.",
                                f"\u201c{email}\u201d er ikke en e-mailadresse."))
    consent, mapping = _consent(values.get("consent", ""))
    mappings += [mapping] if mapping else []
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
    return ImportRow(line, values, participant, tuple(problems), tuple(mappings))


def _duplicate(field_name: str, line: str) -> Problem:
    what_en = "the same e-mail" if field_name == "email" else "the same name and organisation"
    what_da = "samme e-mail" if field_name == "email" else "samme navn og organisation"
    if line:
        return Problem(field_name, f"Duplicate: {what_en} as row {line}.",
                       f"Dublet: {what_da} som række {line}.")
    return Problem(field_name, f"Already in the workshop ({what_en}).",
                   f"Findes allerede i workshoppen ({what_da}).")


def preview_file(path: str | Path, workshop: Workshop) -> ImportPreview:
    """Read a CSV or XLSX sign-up list and check it against the workshop."""
    return preview_table(read_file(path), workshop)


def preview_table(table: Table, workshop: Workshop) -> ImportPreview:
    """Check a list read by `read_file` against the workshop (the preview names the
    encoding the file was read as)."""
    preview = preview_rows(table.rows, workshop)
    return replace(preview, encoding=table.encoding)


def apply_import(workshop: Workshop, preview: ImportPreview, skip_bad: bool = False
                 ) -> list[Participant]:
    """Add the preview's participants and the "Other" entries they use (for callers without
    an undo stack: the command line). All or nothing: should adding the participants fail,
    the new entries are hidden again (keys never vanish), as undo would."""
    people = preview.participants(skip_bad)
    terms = preview.terms_for(people)
    before = [workshop.terms.get((t.taxonomy, t.key)) or replace(t, hidden=True)
              for t in terms]
    if terms:
        workshop.terms.put(terms)
    try:
        workshop.participants.add(people)
    except CoiError:
        if terms:
            workshop.terms.put(before)
        raise
    return people


def row_texts(rows: Iterable[ImportRow], language: str) -> list[str]:
    """One line per row with problems, for a summary or the CLI."""
    return [f"{r.line}: " + " ".join(p.text(language) for p in r.problems)
            for r in rows if r.problems]
