"""Spreadsheets and text tables from outside (issue 13): encodings found and named, zip bombs
and giant tables refused with a sentence, bytes never changed, never a hang.

Every hostile file is built here. Each is read by the participant import and the Kumu import
(as the GUI and the CLI do) under a per-case timeout; the refusal is one typed error with a
sentence in both languages. The zip-bomb test measures peak memory in a fresh subprocess.
"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from coi_desktop.models import Workshop
from coi_desktop.models.errors import CoiError
from coi_desktop.services import tabular
from coi_desktop.services.imports import read_network
from coi_desktop.services.participants_import import ParticipantsImportError, preview_file
from coi_desktop.services.tabular import TabularError, decode_text, read_any
from tests.deadline import deadline

DANISH = "Navn;Organisation\r\nSøren Ærø;Åbenrå Kommune\r\nÆble Øst;Tårnby\r\n"


@pytest.fixture(autouse=True)
def _time_limit() -> Iterator[None]:
    with deadline(60):
        yield


# -- encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize(("encoding", "name"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-16", "UTF-16 LE"),
    ("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE"), ("cp1252", "Windows-1252")])
def test_encodings_are_found_named_and_never_mojibake(encoding: str, name: str,
                                                      tmp_path: Path) -> None:
    path = tmp_path / f"list-{encoding}.csv"
    path.write_bytes(DANISH.encode(encoding))
    preview = preview_file(path, Workshop.new("W", language="da"))
    assert preview.encoding == name
    assert [p.name for p in preview.participants()] == ["Søren Ærø", "Æble Øst"]
    assert [p.organisation for p in preview.participants()] == ["Åbenrå Kommune", "Tårnby"]
    text = "".join(p.name + p.organisation for p in preview.participants())
    assert "Ã" not in text and "\ufffd" not in text


def test_text_saved_through_windows_1252_once_too_often_is_repaired() -> None:
    twice = DANISH.encode("utf-8").decode("cp1252").encode("utf-8")  # holds "Ã¦"-style pairs
    text, name = decode_text(twice)
    assert text == DANISH and name == "UTF-8 (repaired)"


def test_kumu_import_reads_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "elements.csv"
    path.write_bytes("Label;Type;Description\r\nKøkkenet;Barrier;Ærgerlig ventetid\r\n"
                     .encode("cp1252"))
    network = read_network(path)
    assert network.elements[0][1]["title"] == "Køkkenet"
    assert network.elements[0][1]["description"] == "Ærgerlig ventetid"


# -- hostile files ----------------------------------------------------------------------------

def _zip(path: Path, entries: dict[str, bytes], level: int = 9) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in entries.items():
            z.writestr(name, data)


def _workbook(path: Path, rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)


def _swap_sheet(path: Path, sheet_xml: bytes, extra: dict[str, bytes] | None = None) -> None:
    """Replace sheet1.xml of a real workbook (and add parts), keeping everything else."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet_xml
    parts.update(extra or {})
    path.unlink()
    _zip(path, parts)


def _sheet(rows: Iterator[bytes] | list[bytes]) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + b"".join(rows)
            + b"</sheetData></worksheet>")


def _row(n: int, cells: int = 2) -> bytes:
    return (f'<row r="{n}">' + "".join(f'<c t="inlineStr"><is><t>v{n}</t></is></c>'
                                       for _ in range(cells)) + "</row>").encode()


def bomb_declared(p: Path) -> None:
    """2 MB that says and does expand to ~400 MB (one giant sheet)."""
    _workbook(p, [["Navn"], ["A"]])
    _swap_sheet(p, _sheet([b"<row>" + b"<c><v>1</v></c>" * 25_000_000 + b"</row>"]))


def bomb_lying(p: Path) -> None:
    """An entry whose headers declare 1 KB while its data expands to ~100 MB."""
    _workbook(p, [["Navn"], ["A"]])
    _swap_sheet(p, _sheet([b"<row>" + b"<c><v>1</v></c>" * 7_000_000 + b"</row>"]))
    data = bytearray(p.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(sig, at)) != -1:
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = struct.pack("<I", 1024)
            at += 4
    p.write_bytes(bytes(data))


def bomb_ratio(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    with zipfile.ZipFile(p) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/media/zeros.bin"] = b"\0" * (20 * 1024 * 1024)
    p.unlink()
    _zip(p, parts)


def many_entries(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    with zipfile.ZipFile(p, "a") as z:
        for i in range(1500):
            z.writestr(f"junk/{i}.xml", b"<x/>")


def many_rows(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    _swap_sheet(p, _sheet(_row(n, 1) for n in range(1, 120_001)))


def many_columns(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    _swap_sheet(p, _sheet([_row(1, 5000), _row(2, 5000)]))


def giant_cell(p: Path) -> None:
    _workbook(p, [["Navn"], ["x" * 30_000]])
    _swap_sheet(p, _sheet([_row(1, 1), b'<row r="2"><c t="inlineStr"><is><t>'
                           + b"x" * 500_000 + b"</t></is></c></row>"]))


def giant_shared_strings(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    with zipfile.ZipFile(p) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/sharedStrings.xml"] = (b'<sst xmlns="http://schemas.openxmlformats.org/'
                                     b'spreadsheetml/2006/main">' + b"<si><t>abc</t></si>"
                                     * 5_000_000 + b"</sst>")
    p.unlink()
    _zip(p, parts)


def not_a_zip(p: Path) -> None:
    p.write_bytes(b"this is not a workbook at all\n" * 10)


def truncated_zip(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    p.write_bytes(p.read_bytes()[:900])


def zip_without_workbook(p: Path) -> None:
    _zip(p, {"hello.txt": b"hi"})


def empty_xlsx(p: Path) -> None:
    p.write_bytes(b"")


def _entity(i: int) -> bytes:
    inner = ("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10
    return f'<!ENTITY lol{i} "{inner}">'.encode()


def billion_laughs(p: Path) -> None:
    _workbook(p, [["Navn"], ["A"]])
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(_entity(i) for i in range(1, 10))
           + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="1"><c t="inlineStr"><is><t>&lol9;</t></is></c></row>'
           b"</sheetData></worksheet>")
    _swap_sheet(p, lol)


def csv_undecodable(p: Path) -> None:
    p.write_bytes(b"Navn;Organisation\r\nS\x81ren;\x8d\x8f\x90\x9d\xff\xfe\r\n")


def csv_nul(p: Path) -> None:
    p.write_bytes(b"Navn;Organisation\r\nA\0B;C\r\n" * 3)


def csv_too_big(p: Path) -> None:
    with open(p, "wb") as f:
        f.write(b"Navn;Organisation\r\n")
        f.write(b"Anne;Kommune\r\n" * (22 * 1024 * 1024 // 14))


def csv_many_columns(p: Path) -> None:
    p.write_bytes((";".join(["Navn"] + [f"k{i}" for i in range(400)]) + "\r\n").encode())


def csv_huge_field(p: Path) -> None:
    p.write_bytes(b'Navn;Organisation\r\n"' + b"x" * 2_000_000 + b'";y\r\n')


def csv_many_rows(p: Path) -> None:
    p.write_bytes(b"Navn;Organisation\r\n" + b"A;B\r\n" * 150_000)


def csv_empty(p: Path) -> None:
    p.write_bytes(b"")


def csv_binary(p: Path) -> None:
    p.write_bytes(bytes(range(256)) * 64)


def csv_unclosed_quote(p: Path) -> None:
    p.write_bytes(b'Navn;Organisation\r\n"Anne;Kommune\r\n' + b"x" * 200_000)


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "zip bomb, declared size": (bomb_declared, ".xlsx"),
    "zip bomb, lying headers": (bomb_lying, ".xlsx"),
    "zip bomb, compression ratio": (bomb_ratio, ".xlsx"),
    "1,500 archive entries": (many_entries, ".xlsx"),
    "120,000 rows": (many_rows, ".xlsx"),
    "5,000 columns": (many_columns, ".xlsx"),
    "a cell of 500,000 characters": (giant_cell, ".xlsx"),
    "giant shared strings": (giant_shared_strings, ".xlsx"),
    "not a zip, named .xlsx": (not_a_zip, ".xlsx"),
    "truncated workbook": (truncated_zip, ".xlsx"),
    "zip without a workbook": (zip_without_workbook, ".xlsx"),
    "empty .xlsx": (empty_xlsx, ".xlsx"),
    "billion laughs": (billion_laughs, ".xlsx"),
    "CSV in no known encoding": (csv_undecodable, ".csv"),
    "CSV with NUL bytes": (csv_nul, ".csv"),
    "CSV of 22 MB": (csv_too_big, ".csv"),
    "CSV with 400 columns": (csv_many_columns, ".csv"),
    "CSV field of 2 MB": (csv_huge_field, ".csv"),
    "CSV with 150,000 rows": (csv_many_rows, ".csv"),
    "empty CSV": (csv_empty, ".csv"),
    "binary bytes as CSV": (csv_binary, ".csv"),
    "CSV with an unclosed quote": (csv_unclosed_quote, ".csv"),
}


def test_the_suite_holds_at_least_20_hostile_spreadsheets() -> None:
    assert len(HOSTILE) >= 20


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_table_is_refused_with_a_sentence_and_untouched(name: str,
                                                                tmp_path: Path) -> None:
    make, suffix = HOSTILE[name]
    path = tmp_path / f"hostile{suffix}"
    make(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    workshop = Workshop.new("W", language="da")
    with pytest.raises(ParticipantsImportError) as info:
        preview_file(path, workshop)
    en, da = info.value.text("en"), info.value.text("da")
    assert en and da and en != da and "\n" not in en and "Traceback" not in en
    with pytest.raises(CoiError) as kumu:
        network = read_network(path)
        network.plan(workshop)
    assert kumu.value.text("en") and kumu.value.text("da") != kumu.value.text("en")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert workshop.participants == {} and len(workshop.canvases) == 1


def test_refusal_names_the_limit_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    bomb_declared(path)
    with pytest.raises(TabularError) as info:
        read_any(path)
    assert "expands to more than 160 MB; split it into smaller files" in info.value.text("en")
    assert "del den op i mindre filer" in info.value.text("da")


def test_fifo_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    with pytest.raises(TabularError, match="not a regular file"):
        read_any(path)


_MEASURE = """
import sys
from coi_desktop.models import Workshop
from coi_desktop.models.errors import CoiError
from coi_desktop.services.imports import read_network
from coi_desktop.services.participants_import import preview_file
for path in sys.argv[1:]:
    for attempt in (lambda: preview_file(path, Workshop.new("W")), lambda: read_network(path)):
        try:
            attempt()
        except CoiError:
            pass
        else:
            raise SystemExit(f"{path} was not refused")
# VmHWM: this process's peak (ru_maxrss would include the parent's size before exec)
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(int(hwm.split()[1]) // 1024)
"""


def test_zip_bombs_are_refused_under_300_mb_of_memory(tmp_path: Path) -> None:
    paths = []
    for make in (bomb_declared, bomb_lying, bomb_ratio, giant_shared_strings, many_rows):
        path = tmp_path / f"{make.__name__}.xlsx"
        make(path)
        paths.append(str(path))
    assert os.path.getsize(paths[0]) < 3 * 1024 * 1024  # a small file …
    with zipfile.ZipFile(paths[0]) as z:  # … that expands to hundreds of MB
        assert sum(i.file_size for i in z.infolist()) > 300 * 1024 * 1024
    done = subprocess.run([sys.executable, "-c", _MEASURE, *paths], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    peak_mb = int(done.stdout.strip())
    assert peak_mb < 300, f"peak memory {peak_mb} MB"


def test_limits_are_those_documented() -> None:
    assert tabular.MAX_EXPANDED_BYTES <= 160 * 1024 * 1024


def test_a_failed_import_leaves_no_empty_canvas(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """All or nothing: the cards cannot be written (disk full), so the canvas goes too."""
    import sqlite3

    from coi_desktop.models import Card
    from coi_desktop.services.imports import apply_import
    from coi_desktop.storage import WriteError, create_workshop_file, open_workshop, read_workshop
    from coi_desktop.storage.writer import ChangeWriter

    path = tmp_path / "w.coi"
    create_workshop_file(path, Workshop.new("W", language="da"))
    elements = tmp_path / "elements.csv"
    elements.write_text("Label,Type\nKøkken,Barrier\nLeverandør,Actor\n", encoding="utf-8")
    real = ChangeWriter.write

    def full_for_cards(self: ChangeWriter, change: object) -> None:
        if any(isinstance(r, Card) for r in getattr(change, "upserted", ())):
            raise sqlite3.OperationalError("database or disk is full")
        real(self, change)  # type: ignore[arg-type]

    monkeypatch.setattr(ChangeWriter, "write", full_for_cards)
    with open_workshop(path) as wf:
        before = set(wf.workshop.canvases)
        plan = read_network(elements).plan(wf.workshop)
        with pytest.raises(WriteError):
            apply_import(wf.workshop, plan)
        assert set(wf.workshop.canvases) == before
    assert set(read_workshop(path).canvases) == before
