"""The consolidated PDF and XLSX: card text stays data, files appear whole or not at all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coi_desktop.services.consolidation import consolidate, stats
from coi_desktop.services.consolidation.report import export_report
from coi_desktop.services.consolidation.xlsx import export_xlsx, safe_cell
from coi_desktop.services.report.base import Cancelled
from coi_desktop.storage import create_workshop_file

from .helpers import barrier_workshop


def require_poppler() -> None:
    """The PDF checks read the text back with poppler's pdftotext: required, never skipped
    (CI installs poppler-utils; a missing tool must fail the run, not hide the checks)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (apt-get install "
                    "poppler-utils)")


HOSTILE = ['<b>unclosed', 'x</para>y', '<img src="/etc/hostname"/>',
           '=HYPERLINK("http://evil","klik")']


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exports")
    for i in range(2):
        ws = barrier_workshop(f"W{i}", [*HOSTILE, "Udbudsreglerne er for stive"],
                              date=f"2026-0{4 + i * 3}-01", actor="Indkøb & <Jura>",
                              opportunity="Funktionsudbud")
        create_workshop_file(root / f"w{i}.coi", ws)
    out = root / "c.db"
    consolidate([root], out)
    return out


def test_pdf_prints_card_text_literally(database: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    export_report(database, pdf, "en")
    assert pdf.read_bytes().startswith(b"%PDF")
    require_poppler()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Recurring barriers" in text
    assert "<b>unclosed" in text and "x</para>y" in text
    assert "Indkøb & <Jura>" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts


def test_cancelled_report_leaves_the_old_file(database: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"old report")
    with pytest.raises(Cancelled):
        export_report(database, pdf, "da", cancelled=lambda: True)
    assert pdf.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_xlsx_has_every_table_and_no_formula(database: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "t.xlsx"
    export_xlsx(database, target, "da")
    book = load_workbook(target)
    conn = stats.open_readonly(database)
    names = [t.name for t in stats.all_tables(conn, "da")]
    conn.close()
    assert book.sheetnames == names
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert "'=HYPERLINK(\"http://evil\",\"klik\")" in values
    assert book["barriers"]["A1"].value == "Tilbagevendende barrierer"


def test_safe_cell() -> None:
    assert safe_cell("-1+2") == "'-1+2"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell(5) == 5 and safe_cell(None) is None
    assert safe_cell("a\x00b") == "ab"


def test_danish_report_explains_empty_sections_and_gives_units(database: Path,
                                                               tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    export_report(database, pdf, "da")
    require_poppler()
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    with stats.open_readonly(database) as conn:
        has_proposals = bool(stats.proposals(conn, "da").rows)
        has_bridges = bool(stats.bridge_builders(conn, "da").rows)
    if not has_proposals:
        assert "Ingen samlinger at gennemse" in text
    if not has_bridges:
        assert "Ingen brobyggere" in text
    else:
        assert "Mellemhed (%)" in text
    assert "2026-04-01 – 2026-07-01" in text


def test_cover_gives_one_date_when_all_workshops_share_it(tmp_path: Path) -> None:
    for i in range(2):
        create_workshop_file(tmp_path / f"w{i}.coi",
                             barrier_workshop(f"W{i}", ["Ingen budget"], date="2026-03-12"))
    out = tmp_path / "c.db"
    consolidate([tmp_path], out)
    pdf = tmp_path / "r.pdf"
    export_report(out, pdf, "da")
    require_poppler()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "2 workshops, 2026-03-12" in text and "2026-03-12 – 2026-03-12" not in text


def test_xlsx_columns_are_wide_enough_for_their_text(database: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "t.xlsx"
    export_xlsx(database, target, "da")
    sheet = load_workbook(target)["workshops"]
    sha = sheet["E3"].value
    assert isinstance(sha, str) and len(sha) == 64
    assert sheet.column_dimensions["E"].width >= 64  # the SHA-256 column, whole
    assert sheet.column_dimensions["C"].width >= len("Kort")
    barriers = load_workbook(target)["barriers"]
    assert barriers.column_dimensions["A"].width >= len("Udbudsreglerne er for stive")


def test_proposal_similarity_is_printed_with_its_unit(tmp_path: Path) -> None:
    import re

    for i, barriers in enumerate((["Udbudsreglerne er for stive"], ["stive udbudsregler"],
                                  ["Regler for udbud er alt for stive"])):
        create_workshop_file(tmp_path / f"w{i}.coi", barrier_workshop(f"W{i}", barriers))
    out = tmp_path / "c.db"
    consolidate([tmp_path], out)
    with stats.open_readonly(out) as conn:
        scores = [r[3] for r in stats.proposals(conn, "da").rows]
    assert scores
    pdf = tmp_path / "r.pdf"
    export_report(out, pdf, "da")
    require_poppler()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    section = text[text.rindex("Tilbagevendende emner"):]
    assert re.search(rf"\b{scores[0]:.0f} %", section)
