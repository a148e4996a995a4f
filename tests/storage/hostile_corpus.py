"""More hostile workshop files, each built here from a valid one (issue 13).

Text that is not UTF-8 in every text column of every table, duplicate ids planted behind the
unique index's back, infinite and huge numbers, header fields that lie, and paths that are not
regular files at all (FIFO, socket, device, folder, symlink loop). `MORE` maps a name to
(maker, the typed error every entry point must raise); `SPECIAL` makes a path in a folder.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from coi_desktop.storage import (
    DamagedFileError,
    NotAWorkshopFileError,
    UnreadableFileError,
    WorkshopFileError,
)
from coi_desktop.storage.schema import TABLES

from .test_hostile import _patch, _sql


def _bad_utf8(table: str, column: str) -> Callable[[Path], None]:
    """One row's value prefixed with 0xFF (never valid in UTF-8), stored as TEXT."""
    def make(p: Path) -> None:
        _sql(p, f'UPDATE "{table}" SET "{column}" = CAST(x\'ff\' || CAST("{column}" AS BLOB) '
                f'AS TEXT) WHERE rowid = (SELECT min(rowid) FROM "{table}")')
    return make


def _text_columns() -> list[tuple[str, str]]:
    keys = {"id", "taxonomy", "key", "canvas_id", "participant_id", "source_id", "target_id",
            "round_id", "card_id"}
    return [(table, column) for table, (columns, _, _) in TABLES.items()
            for column, kind in columns.items() if kind is str and column not in keys]


def _duplicate(old: bytes, new: bytes) -> Callable[[Path], None]:
    """Rewrite one record's id in the table b-tree only (same length), so two rows share an id
    while the unique index still lists the old one: what a damaged index lets through."""
    def make(p: Path) -> None:
        data = p.read_bytes()
        assert data.count(old) == 1, old
        p.write_bytes(data.replace(old, new))
    return make


def _onion(p: Path) -> bytes:
    conn = sqlite3.connect(p)
    (canvas,) = conn.execute("SELECT canvas_id FROM cards WHERE id = 'a1'").fetchone()
    conn.close()
    return str(canvas).encode()


def make_duplicate_card(p: Path) -> None:
    _duplicate(b"a2" + _onion(p), b"a1" + _onion(p))(p)


def _set(table: str, assignment: str, where: str = "") -> Callable[[Path], None]:
    def make(p: Path) -> None:
        _sql(p, f'UPDATE "{table}" SET {assignment} {where}')
    return make


def _header(offset: int, data: bytes) -> Callable[[Path], None]:
    return lambda p: _patch(p, offset, data)


def make_pages_beyond_file(p: Path) -> None:
    header = p.read_bytes()[:100]
    (pages,) = struct.unpack(">I", header[28:32])
    _patch(p, 28, struct.pack(">I", pages + 50))


def make_wal_header_no_wal_bad_cards(p: Path) -> None:
    _sql(p, "PRAGMA journal_mode = WAL", "UPDATE cards SET kind = 'weapon' WHERE id = 'b1'")
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{p}{suffix}").unlink(missing_ok=True)


def leave_wal(p: Path, *statements: str) -> None:
    """Commit `statements` into a -wal and leave it beside the file, as a killed writer (or a
    full disk at closing) does: the file itself does not hold them yet."""
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    # copy both before closing (closing would checkpoint the -wal into the file)
    wal = Path(f"{p}-wal").read_bytes()
    main = p.read_bytes()
    conn.close()
    p.write_bytes(main)
    Path(f"{p}-wal").write_bytes(wal)
    Path(f"{p}-shm").unlink(missing_ok=True)


def make_wal_holding_bad_row(p: Path) -> None:
    """The file is fine; the -wal left beside it (no writer alive) holds a bad row."""
    leave_wal(p, "UPDATE cards SET kind = 'weapon' WHERE id = 'b1'")


MORE: dict[str, tuple[Callable[[Path], None], type[WorkshopFileError]]] = {
    **{f"bad UTF-8 in {table}.{column}": (_bad_utf8(table, column), DamagedFileError)
       for table, column in _text_columns()},
    "duplicate card id": (make_duplicate_card, DamagedFileError),
    "duplicate participant id": (_duplicate(b"p2Lars", b"p1Lars"), DamagedFileError),
    "duplicate link id": (_duplicate(b"l2canvas-b", b"l1canvas-b"), DamagedFileError),
    "duplicate agenda item id": (_duplicate(b"ag2Barrierer", b"ag1Barrierer"),
                                 DamagedFileError),
    "infinite x": (_set("cards", "x = 9e999", "WHERE id = 'b1'"), DamagedFileError),
    "minus infinite y": (_set("cards", "y = -9e999", "WHERE id = 'b1'"), DamagedFileError),
    "huge x": (_set("cards", "x = 1e300", "WHERE id = 'b1'"), DamagedFileError),
    "huge card width": (_set("cards", "width = 1e12", "WHERE id = 'b1'"), DamagedFileError),
    "infinite card height": (_set("cards", "height = 9e999", "WHERE id = 'b1'"),
                             DamagedFileError),
    "NaN-like NULL x": (_set("cards", "x = NULL", "WHERE id = 'b1'"), DamagedFileError),
    "infinite group x": (_set("groups", "x = 9e999"), DamagedFileError),
    "huge group width": (_set("groups", "width = 1e300"), DamagedFileError),
    "vote count of 2**62": (_set("votes", "count = 4611686018427387904"), DamagedFileError),
    "vote count beyond 64 bits": (_set("votes", "count = 1e30"), DamagedFileError),
    "dots per participant of 2**63-1": (
        _set("voting_rounds", "dots_per_participant = 9223372036854775807"), DamagedFileError),
    "huge max per card": (_set("voting_rounds", "max_per_card = 4000000000"),
                          DamagedFileError),
    "negative planned minutes": (_set("agenda_items", "planned_minutes = -1"),
                                 DamagedFileError),
    "invalid page size": (_header(16, b"\x03\x00"), DamagedFileError),
    "page count beyond the file": (make_pages_beyond_file, DamagedFileError),
    "unknown schema format": (_header(44, struct.pack(">I", 99)), DamagedFileError),
    "UTF-16 text encoding claimed": (_header(56, struct.pack(">I", 2)), DamagedFileError),
    "freelist count that lies": (_header(36, struct.pack(">I", 999)), DamagedFileError),
    "WAL header, bad row": (make_wal_header_no_wal_bad_cards, DamagedFileError),
    "-wal left beside holding a bad row": (make_wal_holding_bad_row, DamagedFileError),
    "dangling participant on a card": (
        _set("cards", "participant_id = 'nobody'", "WHERE id = 'a1'"), DamagedFileError),
    "link across canvases": (_set("links", "source_id = 'a1'", "WHERE id = 'l2'"),
                             DamagedFileError),
    "bad colour": (_set("cards", "color = 'red; drop'", "WHERE id = 'b1'"), DamagedFileError),
    "bad due date": (_set("cards", "due_date = '2027-02-31'", "WHERE id = 'x1'"),
                     DamagedFileError),
    "unknown sector key": (_set("cards", "sector = 'mars'", "WHERE id = 'a1'"),
                           DamagedFileError),
    "NUL in a title": (_set("cards", "title = 'a' || char(0) || 'b'", "WHERE id = 'b1'"),
                       DamagedFileError),
    "empty workshop title": (_set("workshop", "title = '   '"), DamagedFileError),
    "unknown language": (_set("workshop", "language = 'tlh'"), DamagedFileError),
    "no workshop row": (lambda p: _sql(p, "DELETE FROM workshop"), DamagedFileError),
}


# -- paths that are not regular files ---------------------------------------------------------

def special_fifo(folder: Path) -> Path:
    path = folder / "pipe.coi"
    os.mkfifo(path)
    return path


def special_socket(folder: Path) -> Path:
    path = folder / "sock.coi"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays in the folder
    return path


def special_folder(folder: Path) -> Path:
    path = folder / "x.coi"
    path.mkdir()
    return path


def special_device(folder: Path) -> Path:
    path = folder / "zero.coi"
    path.symlink_to("/dev/zero")
    return path


def special_loop(folder: Path) -> Path:
    path = folder / "loop.coi"
    other = folder / "loop2.coi"
    path.symlink_to(other)
    other.symlink_to(path)
    return path


def special_dangling(folder: Path) -> Path:
    path = folder / "gone.coi"
    path.symlink_to(folder / "nowhere.coi")
    return path


SPECIAL: dict[str, tuple[Callable[[Path], Path], str]] = {
    "FIFO": (special_fifo, "pipe (FIFO)"),
    "socket": (special_socket, "socket"),
    "folder named x.coi": (special_folder, "folder"),
    "device": (special_device, "device"),
    "symlink loop": (special_loop, "circle"),
    "dangling symlink": (special_dangling, "does not exist"),
}

#: Every entry refuses with UnreadableFileError.
SPECIAL_ERROR = UnreadableFileError
NOT_OURS = NotAWorkshopFileError
