"""The untrusted open's fast paths give exactly what the slow paths give.

Records are built without dataclass __init__ (equal records, fields in order); a schema seen
before is not walked again (a changed one still is); values and rules are checked in one pass
per table (a bad file still names the same table).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coi_desktop.storage import DamagedFileError, read_records, read_workshop
from coi_desktop.storage.codec import CODEC_OF_TABLE
from coi_desktop.storage.validator import open_checked

from .test_hostile import CORPUS


def test_fast_records_equal_records_built_by_init(coi_file: Path) -> None:
    conn, _, _ = open_checked(coi_file)
    try:
        for table, codec in CODEC_OF_TABLE.items():
            rows = conn.execute(codec.select_sql).fetchall()
            fast = codec.records(rows)
            slow = [codec.record(row) for row in rows]
            assert fast == slow, table
            assert [list(vars(r)) for r in fast] == [list(codec.names)] * len(rows)
            assert [codec.row(r) for r in fast] == [tuple(codec.row(r)) for r in slow]
    finally:
        conn.close()


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("statement", [
    'ALTER TABLE "cards" ADD COLUMN "extra" TEXT',
    'CREATE INDEX "idx_more" ON "cards" ("title")',
    'CREATE VIEW "v" AS SELECT 1',
])
def test_a_schema_seen_before_does_not_let_a_changed_one_through(
        coi_file: Path, tmp_path: Path, statement: str) -> None:
    read_workshop(coi_file)  # the good schema is now known
    changed = tmp_path / "changed.coi"
    changed.write_bytes(coi_file.read_bytes())
    _sql(changed, statement)
    with pytest.raises(DamagedFileError, match="tables or objects"):
        read_workshop(changed)
    read_workshop(coi_file)


@pytest.mark.parametrize(("statement", "table", "what"), [
    ("UPDATE cards SET severity = 9", "cards", "does not write"),
    ("UPDATE agenda_items SET title = x'00'", "agenda_items", "wrong kind"),
    ("UPDATE voting_rounds SET kinds = '[\"barrier\"'", "voting_rounds", "wrong kind"),
    ("UPDATE voting_rounds SET kinds = '[]'", "voting_rounds", "does not write"),
])
def test_one_pass_check_still_names_the_table(coi_file: Path, statement: str, table: str,
                                              what: str) -> None:
    read_workshop(coi_file)
    _sql(coi_file, statement)
    with pytest.raises(DamagedFileError, match=f"table {table} holds values.*{what}"):
        read_workshop(coi_file)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_read_records_refuses_what_read_workshop_refuses(name: str, tmp_path: Path,
                                                         coi_file: Path) -> None:
    make, error = CORPUS[name]
    hostile = tmp_path / "hostile.coi"
    hostile.write_bytes(coi_file.read_bytes())
    make(hostile)
    before = hostile.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as by_workshop:
        read_workshop(hostile)
    with pytest.raises(error) as by_records:
        read_records(hostile)
    assert type(by_records.value) is type(by_workshop.value)
    assert (by_records.value.en, by_records.value.da) == (by_workshop.value.en,
                                                          by_workshop.value.da)
    assert (hostile.read_bytes(), sorted(p.name for p in tmp_path.iterdir())) == before


def test_read_records_gives_the_records_of_read_workshop(coi_file: Path) -> None:
    workshop = read_workshop(coi_file)
    info, terms, records = read_records(coi_file)
    assert info == workshop.info
    assert terms == list(workshop.terms.values())
    assert records == workshop.records()


def test_read_records_migrates_an_older_file_in_memory_only() -> None:
    v1 = Path(__file__).parent / "fixtures" / "v1.coi"
    before = v1.read_bytes()
    info, terms, records = read_records(v1)
    workshop = read_workshop(v1)
    assert (info, terms, records) == (workshop.info, list(workshop.terms.values()),
                                      workshop.records())
    assert records and v1.read_bytes() == before


@pytest.mark.parametrize("how", ["check", "read", "open read-only", "open for writing",
                                 "migrate an older file"])
def test_opening_validates_once_and_hands_the_result_on(how: str, coi_file: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 10, item 7: every open-time check runs once per open (it used to go back and
    forth between the store and the untrusted reader up to three times), and the records are
    read once."""
    from coi_desktop.storage import check_file, codec, open_workshop, validator

    checks: list[Path] = []
    reads: list[object] = []
    real_check, real_read = validator.check_connection, validator.read_all
    real_parts = validator.check_parts

    def counting_check(*args: object, **kw: object) -> None:
        checks.append(args[1])  # type: ignore[arg-type]
        real_check(*args, **kw)  # type: ignore[arg-type]

    def counting_parts(*args: object, **kw: object) -> object:  # checks shared by 2 threads
        checks.append(args[0])  # type: ignore[arg-type]
        return real_parts(*args, **kw)  # type: ignore[arg-type]

    def counting_read(*args: object, **kw: object) -> object:
        reads.append(args[0])
        return real_read(*args, **kw)  # type: ignore[arg-type]

    if how == "migrate an older file":  # it used to be checked again for its backup
        shutil.copyfile(Path(__file__).parent / "fixtures" / "v1.coi", coi_file)
        how = "open for writing"
    monkeypatch.setattr(validator, "check_connection", counting_check)
    monkeypatch.setattr(validator, "check_parts", counting_parts)
    monkeypatch.setattr(validator, "read_all", counting_read)
    assert codec.read_all is real_read
    if how == "check":
        check_file(coi_file)
    elif how == "read":
        read_workshop(coi_file)
    else:
        with open_workshop(coi_file, readonly=how == "open read-only",
                           snapshot_dir=coi_file.parent / "snaps") as wf:
            assert wf.workshop.cards
    assert checks == [coi_file] and len(reads) == 1
