"""Reading spreadsheets and text tables from outside safely: CSV and XLSX, limits first.

Used by the participant import and the Kumu import. A CSV's encoding is found by a strict
cascade (a byte-order mark; UTF-16 told by its zero bytes; strict UTF-8; strict Windows-1252)
and named (`Table.encoding`), so "æ" is never read as "Ã¦"; a UTF-8 file that was saved
through Windows-1252 once too often (holding "Ã¦" itself) is repaired and said so. Bytes no
encoding here explains are refused with a sentence, never guessed.

An XLSX is a zip archive: before openpyxl sees it, the archive's entry count, every entry's
declared size, their total and the compression ratio are checked, and every entry is then
decompressed once in a streaming pass that stops at the limits (a header may lie about the
size). openpyxl then reads it in read-only (streaming) mode with rows and columns capped, so a
2 MB file that expands to gigabytes is refused with a sentence and a peak memory far below
300 MB. Every refusal is a `TabularError` with one sentence in English and Danish.

The readers take an optional `cancelled()` (asked between rows and between the archive's
blocks; when it says yes they raise `Cancelled`) and `progress(done, total)` (at most about
twenty times a second; `total` 0 when it is not known), so the GUI can read a file in a
worker thread with a progress dialog and a Cancel button. Neither touches anything but the
file being read.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import stat
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models.errors import CoiError

#: Limits (the error names the limit and what to do). Far beyond a sign-up list or a map.
MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_EXPANDED_BYTES = 160 * 1024 * 1024
MAX_RATIO = 200
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100_000

XLSX_SUFFIXES = (".xlsx", ".xlsm")


class TabularError(CoiError):
    """A table file that is refused as a whole (limits, encoding, damage)."""


class Cancelled(CoiError):
    """The user cancelled the reading; nothing was read into anything."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.",
                         "Importen blev annulleret; intet blev ændret.")


#: `progress(done, total)`: how far the reading is (total 0: not known).
Progress = Callable[[int, int], None]
#: `cancelled()`: whether the user asked to stop.
IsCancelled = Callable[[], bool]


class Watch:
    """Asks `cancelled()` at every step (raising `Cancelled`) and passes `progress` on at
    most every `interval` seconds, and always for the first and the last step."""

    def __init__(self, progress: Progress | None = None, cancelled: IsCancelled | None = None,
                 interval: float = 0.05) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.interval = interval
        self._last = -1.0

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is None:
            return
        now = time.monotonic()
        if self._last < 0 or now - self._last >= self.interval or (total and done >= total):
            self._last = now
            self.progress(done, max(total, done) if total else 0)


@dataclass(frozen=True)
class Table:
    """The rows of one table as text, and how the file was read (shown to the user)."""

    rows: list[list[str]]
    #: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252",
    #: "UTF-8 (repaired)" or "XLSX".
    encoding: str
    sheet: str = ""


def _error(path: Path, en: str, da: str) -> TabularError:
    return TabularError(f"{path.name}: {en}", f"{path.name}: {da}")


# -- text encodings ---------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
         (b"\xff\xfe", "utf-16-le", "UTF-16 LE"),
         (b"\xfe\xff", "utf-16-be", "UTF-16 BE"))

#: Characters of UTF-8 text decoded as Windows-1252 ("æ" → "Ã¦"): their pairs betray it.
_MOJIBAKE = ("Ã¦", "Ã¸", "Ã¥", "Ã†", "Ã˜", "Ã…", "Ã©", "Ã¤", "Ã¶", "Ã¼", "â€")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of the start is zero (ASCII-ish text)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, name of the encoding found); ValueError when none fits strictly."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data.decode(codec), name
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16), "UTF-16 LE" if utf16.endswith("le") else "UTF-16 BE"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if any(m in text for m in _MOJIBAKE):
            try:
                return text.encode("cp1252").decode("utf-8"), "UTF-8 (repaired)"
            except UnicodeError:
                pass
        return text, "UTF-8"
    if b"\0" in data:
        raise ValueError("NUL bytes in a text file")
    return data.decode("cp1252"), "Windows-1252"  # strict: 5 bytes are undefined


def _sniff(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return max((";", ",", "\t"), key=first.count) if first else ","


def read_csv(path: str | os.PathLike[str], *, max_rows: int = MAX_ROWS,
             max_columns: int = MAX_COLUMNS, progress: Progress | None = None,
             cancelled: IsCancelled | None = None) -> Table:
    """The rows of a CSV file (delimiter sniffed from the first line: ; , or tab).

    `progress` counts the characters read; `cancelled` is asked between rows."""
    path = Path(path)
    watch = Watch(progress, cancelled)
    watch(0, 0)
    data = _read_bytes(path, MAX_TEXT_BYTES)
    watch(0, 0)
    try:
        text, encoding = decode_text(data)
    except (UnicodeError, ValueError):
        raise _error(path, "its characters are in no encoding COI Desktop recognises (UTF-8, "
                     "UTF-16 or Windows-1252); save it as UTF-8 CSV and try again.",
                     "dens tegn er ikke i en kodning, COI Desktop genkender (UTF-8, UTF-16 "
                     "eller Windows-1252); gem den som UTF-8 CSV, og prøv igen.") from None
    if "\0" in text:
        raise _error(path, "it holds NUL characters, so it is not a text table.",
                     "den indeholder NUL-tegn, så den er ikke en teksttabel.")
    read = [0]

    def lines() -> Iterator[str]:  # the csv module's own lines, counted for the progress
        for line in io.StringIO(text, newline=""):
            read[0] += len(line)
            yield line

    reader = csv.reader(lines(), delimiter=_sniff(text))
    total = len(text)
    try:
        rows = _capped(path, reader, max_rows, max_columns,
                       lambda _n: watch(read[0], total))
    except csv.Error as exc:
        raise _error(path, f"it is not a readable CSV file ({exc}).",
                     f"den er ikke en læsbar CSV-fil ({exc}).") from None
    return Table(rows, encoding)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise _error(path, "it is not a regular file.", "den er ikke en almindelig fil.")
        if st.st_size > limit:
            raise _limit(path, "size", limit // (1024 * 1024), "MB")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except TabularError:
        raise
    except OSError as exc:
        raise _error(path, f"it could not be read ({exc.strerror or exc}).",
                     f"den kunne ikke læses ({exc.strerror or exc}).") from None
    if len(data) > limit:
        raise _limit(path, "size", limit // (1024 * 1024), "MB")
    return data


_LIMIT_WORDS = {
    "size": ("it is larger than {n} {unit}", "den er større end {n} {unit}"),
    "rows": ("it has more than {n} rows", "den har mere end {n} rækker"),
    "columns": ("it has more than {n} columns", "den har mere end {n} kolonner"),
    "cell": ("a cell holds more than {n} characters", "en celle indeholder mere end {n} tegn"),
    "entries": ("the workbook holds more than {n} parts", "projektmappen har mere end {n} dele"),
    "expanded": ("the workbook expands to more than {n} {unit}",
                 "projektmappen fylder mere end {n} {unit} udpakket"),
    "ratio": ("the workbook is compressed more than {n} times (a zip bomb)",
              "projektmappen er pakket mere end {n} gange (en zip-bombe)"),
}


def _limit(path: Path, which: str, n: int, unit: str = "") -> TabularError:
    en, da = _LIMIT_WORDS[which]
    return _error(path, en.format(n=n, unit=unit) + "; split it into smaller files.",
                  da.format(n=n, unit=unit) + "; del den op i mindre filer.")


def _capped(path: Path, rows: Iterator[Any], max_rows: int, max_columns: int,
            step: Callable[[int], None] | None = None) -> list[list[str]]:
    """Rows as text, refusing more than `max_rows` data rows (plus a header) or columns;
    `step(rows so far)` is called before each row and at the end (it may raise
    `Cancelled`)."""
    out: list[list[str]] = []
    for row in itertools.islice(rows, max_rows + 2):
        if step is not None:
            step(len(out))
        cells = list(row)
        while cells and (cells[-1] is None or cells[-1] == ""):
            cells.pop()  # trailing empty cells (a sheet's used range) do not count
        if len(cells) > max_columns:
            raise _limit(path, "columns", max_columns)
        texts = [_text(v) for v in cells]
        if any(len(t) > MAX_CELL_CHARS for t in texts):
            raise _limit(path, "cell", MAX_CELL_CHARS)
        out.append(texts)
    if step is not None:
        step(len(out))  # the end: a full bar
    if len(out) > max_rows + 1:
        raise _limit(path, "rows", max_rows)
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat") and not isinstance(value, str):
        iso: str = value.isoformat()
        return iso[:10] if len(iso) > 10 and iso[10:] in ("T00:00:00", "T00:00") else iso
    return str(value)


# -- XLSX -------------------------------------------------------------------------------------

def check_archive(path: Path, cancelled: IsCancelled | None = None) -> None:
    """Refuse a workbook whose zip archive exceeds the limits, declared or actual
    (`cancelled` is asked between the blocks of the streaming pass)."""
    watch = Watch(None, cancelled)
    _read_bytes_size(path, MAX_ARCHIVE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise _limit(path, "entries", MAX_ENTRIES)
            declared = 0
            for entry in entries:
                declared += entry.file_size
                if entry.file_size > MAX_ENTRY_BYTES or declared > MAX_EXPANDED_BYTES:
                    raise _limit(path, "expanded", MAX_EXPANDED_BYTES // (1024 * 1024), "MB")
                if entry.file_size > 1024 * 1024 and \
                        entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
                    raise _limit(path, "ratio", MAX_RATIO)
            actual = 0
            for entry in entries:  # what the entries really hold, whatever the headers say
                with archive.open(entry) as member:
                    while block := member.read(1 << 20):
                        watch(actual, 0)
                        actual += len(block)
                        if actual > MAX_EXPANDED_BYTES:
                            raise _limit(path, "expanded", MAX_EXPANDED_BYTES // (1024 * 1024),
                                         "MB")
    except (TabularError, Cancelled):
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise _not_a_workbook(path) from exc


def _read_bytes_size(path: Path, limit: int) -> None:
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _error(path, f"it could not be read ({exc.strerror or exc}).",
                     f"den kunne ikke læses ({exc.strerror or exc}).") from None
    if not stat.S_ISREG(st.st_mode):
        raise _error(path, "it is not a regular file.", "den er ikke en almindelig fil.")
    if st.st_size > limit:
        raise _limit(path, "size", limit // (1024 * 1024), "MB")


def _not_a_workbook(path: Path) -> TabularError:
    return _error(path, "it is not a readable XLSX workbook (damaged, encrypted or another "
                  "format); save it again as .xlsx or CSV.",
                  "den er ikke en læsbar XLSX-projektmappe (beskadiget, krypteret eller et "
                  "andet format); gem den igen som .xlsx eller CSV.")


def read_xlsx(path: str | os.PathLike[str], sheet: str | None = None, *,
              required: bool = True, max_rows: int = MAX_ROWS,
              max_columns: int = MAX_COLUMNS, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> Table | None:
    """The rows of one sheet (by name, any case; else the first) as text, streamed.

    None when `sheet` is named, missing and not `required`. `progress` counts the rows read
    of the rows the sheet declares; `cancelled` is asked between rows.
    """
    path = Path(path)
    watch = Watch(progress, cancelled)
    watch(0, 0)
    check_archive(path, cancelled)
    watch(0, 0)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for damaged parts
        raise _not_a_workbook(path) from exc
    try:
        names = {n.casefold(): n for n in book.sheetnames}
        name = names.get(sheet.casefold()) if sheet else book.sheetnames[0]
        if name is None:
            if not required:
                return None
            name = book.sheetnames[0]
        worksheet = book[name]
        declared = getattr(worksheet, "max_row", None)  # the sheet's own word, maybe wrong
        total = declared if isinstance(declared, int) and 0 < declared <= max_rows + 2 else 0
        watch(0, total)
        rows = worksheet.iter_rows(values_only=True, max_col=max_columns + 1)
        try:
            found = _capped(path, rows, max_rows, max_columns,
                            lambda n: watch(n, total))
        except (TabularError, Cancelled):
            raise
        except Exception as exc:
            raise _not_a_workbook(path) from exc
        return Table(found, "XLSX", name)
    finally:
        book.close()


def read_any(path: str | os.PathLike[str], sheet: str | None = None, *,
             max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS,
             progress: Progress | None = None, cancelled: IsCancelled | None = None) -> Table:
    """A CSV or an XLSX file (told by its suffix or its zip signature) as one `Table`."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            head = os.read(fd, 4)
        finally:
            os.close(fd)
    except OSError:
        head = b""
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in XLSX_SUFFIXES:
        table = read_xlsx(path, sheet, max_rows=max_rows, max_columns=max_columns,
                          progress=progress, cancelled=cancelled)
        assert table is not None  # required=True
        return table
    return read_csv(path, max_rows=max_rows, max_columns=max_columns, progress=progress,
                    cancelled=cancelled)
