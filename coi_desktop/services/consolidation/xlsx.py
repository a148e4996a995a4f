"""The consolidated statistics as an XLSX workbook, one sheet per table (openpyxl).

Card text is data: a cell that would start with `=`, `+`, `-`, `@` (or a tab or carriage
return) is written with a leading apostrophe so a spreadsheet never runs it as a formula,
and control characters XML cannot hold are dropped. The file is written to a temporary file
beside the target and renamed into place (the report engine's `write_atomically`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from .stats import Table, all_tables, open_readonly

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_CELL = 32_767  # Excel's limit per cell


def safe_cell(value: Any) -> Any:
    """A value a spreadsheet shows literally (numbers stay numbers)."""
    if value is None or isinstance(value, int | float):
        return value
    text = _ILLEGAL.sub("", str(value))[:_MAX_CELL - 1]
    return "'" + text if text.startswith(_FORMULA_START) else text


def sheet_name(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "sheet"
    candidate, n = base, 2
    while candidate.lower() in used:
        candidate = f"{base[:28]}_{n}"
        n += 1
    used.add(candidate.lower())
    return candidate


def _column_widths(table: Table) -> dict[str, float]:
    """Widths (in characters) that show each column's header and typical values unclipped."""
    from openpyxl.utils import get_column_letter

    out: dict[str, float] = {}
    for i, head in enumerate(table.columns):
        longest = max([len(str(head)), *(len(str(r[i])) for r in table.rows[:500]
                                          if i < len(r) and r[i] is not None)])
        out[get_column_letter(i + 1)] = float(min(max(longest, 6) + 2, 70))
    return out


def write_tables(path: str | os.PathLike[str], tables: list[Table]) -> None:
    """Write `tables` as a workbook at `path` (atomically)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from ..report.base import write_atomically

    def build(tmp: str) -> None:
        book = Workbook(write_only=True)
        used: set[str] = set()
        for table in tables:
            sheet = book.create_sheet(sheet_name(table.name, used))
            sheet.freeze_panes = "A3"
            for letter, chars in _column_widths(table).items():  # before any row (write-only)
                sheet.column_dimensions[letter].width = chars
            title = WriteOnlyCell(sheet, value=safe_cell(table.title))
            title.font = Font(bold=True, size=12)
            sheet.append([title])
            head = []
            for col in table.columns:
                cell = WriteOnlyCell(sheet, value=safe_cell(col))
                cell.font = Font(bold=True)
                head.append(cell)
            sheet.append(head)
            for row in table.rows:
                sheet.append([safe_cell(v) for v in row])
        book.save(tmp)

    write_atomically(path, build)


def export_xlsx(database: str | os.PathLike[str], path: str | os.PathLike[str],
                language: str = "da") -> None:
    """Every statistics table of the consolidated database at `database` into `path`."""
    conn = open_readonly(Path(database))
    try:
        tables = all_tables(conn, language)
    finally:
        conn.close()
    write_tables(path, tables)
