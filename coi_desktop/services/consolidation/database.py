"""The consolidated database: schema (sqlite-utils), one workshop's rows in, one workshop out.

Every row carries its provenance: `workshop_id`, `source_file` (the file name) and
`source_sha256` (the exact bytes merged); rows that live on a canvas also carry `canvas_id`
and `canvas_name`. Rows are keyed by (workshop_id, own id), so copies of a workshop in two
files can never collide with each other's cards. Replacing a workshop deletes all its rows
and inserts the new ones in one transaction, the FTS5 index over card titles and descriptions
included (by explicit statements, not triggers, so the database runs nothing on its own).
Participants are pseudonymised unless they consented to be named: a stable salted hash
label ("P-3f9a0c1d"), no name; nobody's e-mail is ever copied. Free text (card titles,
descriptions, organisations, action owners, link labels) passes through the source's
`services.privacy.Privacy`: a non-consenting participant's name or e-mail becomes
"Deltager 3"/"Participant 3" or their organisation, and an owner chosen from the roster
("participant:<id>") becomes the person's public label (sources.Source.private).

Schema v3 files place one item on several canvases (`cards.item_id`): each card row keeps
its placement and carries `item_id` and `item_card_id`, the card that stands for the item
(the placement on the first canvas, as `services.analysis.representatives` picks it). The
views count items, not placements, and merge an item's links across canvases.
`run_log` lists what each run that changed the database did with every file it was given
(new, updated, replaced, unchanged, skipped, removed) and why, in Danish and English.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from ...models.taxonomy import Term, default_terms
from ...storage import UnreadableFileError
from ...storage.untrusted import MASTER
from .bulk import (  # noqa: F401  (re-exported: their home used to be here)
    _CARD_FIELDS,
    BULK,
    CARD_FIELDS,
    FIRST_PLACEMENT,
    bulk_sql,
    functions,
    tags_json,
)
from .errors import newer_database, not_consolidated
from .sources import Source
from .views import VIEWS

#: `PRAGMA application_id` of a consolidated database: ASCII "COIC".
APPLICATION_ID = 0x434F4943
SCHEMA_VERSION = 2

_PROV = {"source_file": str, "source_sha256": str}

#: table → (columns in order, primary key). Written out: this is the documented format.
TABLES: dict[str, tuple[dict[str, type], tuple[str, ...]]] = {
    "meta": ({"key": str, "value": str}, ("key",)),
    "workshops": ({
        "workshop_id": str, "title": str, "purpose": str, "date": str, "quarter": str,
        "location": str, "facilitator": str, "organiser": str, "language": str,
        "technology": str, "phase": str, "created": str, "source_file": str,
        "source_path": str, "source_sha256": str, "merged_at": str, "saved_at": str,
    }, ("workshop_id",)),
    "participants": ({
        "workshop_id": str, "participant_id": str, "label": str, "named": int, "name": str,
        "email": str, "organisation": str, "sector": str, "role": str, "present": int, **_PROV,
    }, ("workshop_id", "participant_id")),
    "canvases": ({
        "workshop_id": str, "canvas_id": str, "canvas_name": str, "template": str,
        "position": int, **_PROV,
    }, ("workshop_id", "canvas_id")),
    "cards": ({
        "workshop_id": str, "card_id": str, "canvas_id": str, "canvas_name": str, "kind": str,
        "title": str, "description": str, "tags": str, "participant_id": str, "hidden": int,
        "sector": str, "role": str, "organisation": str, "power": int, "interest": int,
        "closeness": str, "category": str, "severity": int, "phase": str, "impact": int,
        "effort": int, "technology": str, "owner": str, "due_date": str, "status": str,
        "votes": int, "variant": str, "item_id": str, "item_card_id": str, **_PROV,
    }, ("workshop_id", "card_id")),
    "links": ({
        "workshop_id": str, "link_id": str, "canvas_id": str, "canvas_name": str,
        "source_card_id": str, "target_card_id": str, "relation": str, "label": str,
        "directed": int, **_PROV,
    }, ("workshop_id", "link_id")),
    "votes": ({
        "workshop_id": str, "vote_id": str, "round_id": str, "round_title": str,
        "canvas_id": str, "canvas_name": str, "card_id": str, "participant_id": str,
        "count": int, **_PROV,
    }, ("workshop_id", "vote_id")),
    "terms": ({
        "workshop_id": str, "taxonomy": str, "key": str, "da": str, "en": str, "hidden": int,
        **_PROV,
    }, ("workshop_id", "taxonomy", "key")),
    "labels": ({"taxonomy": str, "key": str, "da": str, "en": str}, ("taxonomy", "key")),
    "canonical_items": ({
        "item_key": str, "kind": str, "name": str, "status": str, "score": float,
        "n_variants": int, "n_cards": int, "n_workshops": int, "votes": int, "variants": str,
    }, ("item_key",)),
    "canonical_variants": ({
        "kind": str, "variant": str, "item_key": str, "normal": str, "score": float,
    }, ("kind", "variant")),
    "decisions": ({
        "item_key": str, "kind": str, "status": str, "name": str, "variants": str,
        "decided_at": str,
    }, ("item_key",)),
    "run_log": ({
        "seq": int, "run_at": str, "outcome": str, "source_file": str, "source_path": str,
        "workshop_id": str, "detail_da": str, "detail_en": str,
    }, ("seq",)),
}

#: Columns each version added (a v1 database gains them in `_migrate`).
ADDED_IN = {2: {"workshops": ("saved_at",), "cards": ("item_id", "item_card_id")}}

#: Default taxonomy labels: a workshop's `terms` rows keep only what differs from these.
_DEFAULTS = {(t.taxonomy, t.key): (t.da, t.en) for t in default_terms()}

#: Tables holding one workshop's rows (deleted and re-inserted when its file changes).
WORKSHOP_TABLES = ("votes", "links", "cards", "canvases", "participants", "terms", "workshops")

#: Only what the views and the run use: every join goes through a primary key
#: (workshop_id first), so further indexes would only slow the merge down.
_INDEXES = (
    ("cards", ("kind", "variant")), ("cards", ("workshop_id", "item_card_id")),
    ("canonical_variants", ("item_key",)),
    ("canonical_items", ("kind", "status")), ("workshops", ("source_sha256",)),
)


def _own(term: Term) -> bool:
    """A workshop's own taxonomy entry: added, renamed or hidden (not a default)."""
    return term.hidden or _DEFAULTS.get((term.taxonomy, term.key)) != (term.da, term.en)


#: How a run writes its temporary copy (`connect(scratch=True)`): the copy is fsynced and
#: renamed into place only when the run is done, and a run that fails discards it, so a
#: journal on disk and syncs along the way would protect nothing.
SCRATCH = ("journal_mode = MEMORY", "synchronous = OFF")


def connect(path: Path, shown: Path | None = None, scratch: bool = False) -> sqlite3.Connection:
    """A connection to a consolidated database (ours or new), schema ensured; errors name
    `shown` (the output the user chose) rather than the temporary copy at `path`. With
    `scratch` the `SCRATCH` settings hold from the start, creating the schema included."""
    shown = shown or path
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA trusted_schema = OFF")
    for pragma in SCRATCH if scratch else ():
        try:
            conn.execute(f"PRAGMA {pragma}")
        except sqlite3.DatabaseError:
            conn.close()
            raise not_consolidated(shown) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        empty = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except sqlite3.DatabaseError:
        conn.close()
        raise not_consolidated(shown) from None
    if not empty and app_id != APPLICATION_ID:
        conn.close()
        raise not_consolidated(shown)
    if version > SCHEMA_VERSION:
        conn.close()
        raise newer_database(shown)
    if empty:
        create_schema(conn)
    else:
        if version < SCHEMA_VERSION:
            _migrate(conn, version, shown)
        _check(conn, shown)
    return conn


def _migrate(conn: sqlite3.Connection, version: int, shown: Path) -> None:
    """Bring an older consolidated database to this version (in the run's temporary copy).

    A v1 database knew no items: each of its cards stays its own item, and every workshop's
    fingerprint is cleared so a source file that still exists is read again (listed as
    updated) and gains its item ids; a workshop whose file is gone keeps v1's counting.
    """
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version != 1 or not {"workshops", "cards"} <= names:
        conn.close()
        raise not_consolidated(shown)
    conn.execute("BEGIN")
    try:
        for table, columns in ADDED_IN[2].items():
            for column in columns:
                conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT')
        conn.execute("UPDATE cards SET item_id = card_id, item_card_id = card_id")
        conn.execute("UPDATE workshops SET saved_at = '', source_sha256 = ''")
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        log_columns, log_pk = TABLES["run_log"]
        db.create_table("run_log", log_columns, pk=log_pk[0])
        db["cards"].create_index(["workshop_id", "item_card_id"])  # type: ignore[union-attr]
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                     (str(SCHEMA_VERSION),))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.Error:
        conn.execute("ROLLBACK")
        conn.close()
        raise not_consolidated(shown) from None


def _check(conn: sqlite3.Connection, shown: Path) -> None:
    """A database someone handed over may hold triggers (they would run on our writes):
    refuse it, and anything whose tables are not ours."""
    names = {r[0]: r[1] for r in conn.execute("SELECT name, type FROM sqlite_master")}
    if "trigger" in names.values() or any(names.get(t) != "table" for t in TABLES):
        conn.close()
        raise not_consolidated(shown)


def _view_sql(name: str, sql: str) -> str:
    return f'CREATE VIEW "{name}" AS {sql}'


def refresh_views(conn: sqlite3.Connection) -> bool:
    """Make the views exactly this code's (a planted or outdated view is replaced);
    returns whether anything changed."""
    have = {r[0]: r[1] for r in conn.execute("SELECT name, sql FROM sqlite_master "
                                             "WHERE type = 'view'")}
    want = {name: _view_sql(name, sql) for name, sql in VIEWS.items()}
    if have == want:
        return False
    conn.execute("BEGIN")
    for name in have:
        conn.execute(f'DROP VIEW "{name}"')
    for statement in want.values():
        conn.execute(statement)
    conn.execute("COMMIT")
    return True


def create_schema(conn: sqlite3.Connection) -> None:
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    conn.execute("BEGIN")
    for name, (columns, pk) in TABLES.items():
        db.create_table(name, columns, pk=pk[0] if len(pk) == 1 else pk)
    for table, cols in _INDEXES:
        db[table].create_index(list(cols))  # type: ignore[union-attr]
    db["cards"].enable_fts(["title", "description"], fts_version="FTS5",  # type: ignore[union-attr]
                           create_triggers=False, tokenize="unicode61 remove_diacritics 2")
    for name, sql in VIEWS.items():
        conn.execute(_view_sql(name, sql))
    conn.execute("INSERT INTO meta (key, value) VALUES ('salt', ?), ('schema_version', ?)",
                 (secrets.token_hex(16), str(SCHEMA_VERSION)))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")


def _insert_sql(table: str) -> str:
    cols = list(TABLES[table][0])
    names = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in cols)})'


def insert_rows(conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]]) -> None:
    cols = list(TABLES[table][0])
    conn.executemany(_insert_sql(table), ([row.get(c) for c in cols] for row in rows))


def pause_index(conn: sqlite3.Connection) -> list[str]:
    """Drop the cards index a large merge would otherwise update row by row; returns the
    statements that build it again exactly as it was (`resume_index`)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                        "tbl_name = 'cards' AND sql NOT NULL").fetchall()
    conn.execute("BEGIN")
    for name, _ in rows:
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute("COMMIT")
    return [sql for _, sql in rows]


def resume_index(conn: sqlite3.Connection, statements: list[str]) -> None:
    conn.execute("BEGIN")
    for sql in statements:
        conn.execute(sql)
    conn.execute("COMMIT")


def salt(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[0])


def pseudonym(salt_value: str, workshop_id: str, participant_id: str) -> str:
    """A stable label that says nothing about the person (salted hash of the ids)."""
    digest = hashlib.sha256(f"{salt_value}\x1f{workshop_id}\x1f{participant_id}".encode())
    return f"P-{digest.hexdigest()[:8]}"


#: A date written as the checks require it (the model writes no other).
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def quarter(date: str) -> str:
    """"2026-Q2" from an ISO date; empty when there is no usable date."""
    try:
        # (strptime's first call imports _strptime and reads the locale: 8 ms of every run;
        # for YYYY-MM-DD both accept and refuse the same dates)
        if _ISO_DATE.fullmatch(date[:10]):
            d = datetime.fromisoformat(date[:10])
        else:
            d = datetime.strptime(date[:10], "%Y-%m-%d")
    except ValueError:
        return ""
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def workshops_by_sha(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT source_sha256, workshop_id FROM workshops")}


def known_workshops(conn: sqlite3.Connection) -> dict[str, sqlite3.Row]:
    return {r["workshop_id"]: r for r in conn.execute("SELECT * FROM workshops")}


def remove_workshop(conn: sqlite3.Connection, workshop_id: str, indexed: bool = True) -> None:
    """Delete every row of one workshop (caller holds the transaction). `indexed`: its cards
    are in the full-text index (not so for rows written earlier in this run: `index_text`
    adds them at its end, and deleting an entry FTS5 never had corrupts its index)."""
    if indexed:
        conn.execute("INSERT INTO cards_fts (cards_fts, rowid, title, description) "
                     "SELECT 'delete', rowid, title, description FROM cards "
                     "WHERE workshop_id = ?", (workshop_id,))
    for table in WORKSHOP_TABLES:
        conn.execute(f'DELETE FROM "{table}" WHERE workshop_id = ?', (workshop_id,))


def put_workshop(conn: sqlite3.Connection, workshop: Source, path: Path, sha: str,
                 indexed: bool = True) -> int:
    """Replace a workshop's rows with those of `workshop` in one transaction; returns cards.
    `indexed`: the rows it replaces are in the full-text index (see `remove_workshop`)."""
    info = workshop.info
    wid = info.id
    prov = {"workshop_id": wid, "source_file": path.name, "source_sha256": sha}
    pepper = salt(conn)
    if workshop.image is not None:
        _attach(conn, workshop, path)
    scrub = workshop.scrub
    conn.execute("BEGIN")
    try:
        remove_workshop(conn, wid, indexed)
        insert_rows(conn, "workshops", [{
            **{k: scrub(getattr(info, k)) for k in TABLES["workshops"][0] if hasattr(info, k)},
            "workshop_id": wid, "quarter": quarter(info.date), "source_file": path.name,
            "source_path": str(path.resolve()), "source_sha256": sha,
            "merged_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "saved_at": workshop.saved_at,
        }])
        insert_rows(conn, "terms", ({**prov, "taxonomy": t.taxonomy, "key": t.key, "da": t.da,
                                     "en": t.en, "hidden": int(t.hidden)}
                                    for t in workshop.terms.values() if _own(t)))
        insert_rows(conn, "participants", ({
            **prov, "participant_id": p.id, "named": int(p.consent),
            "label": p.name if p.consent else pseudonym(pepper, wid, p.id),
            # e-mails are never copied: analysts compare workshops, they do not write to people
            "name": p.name if p.consent else None, "email": None,
            "organisation": scrub(p.organisation), "sector": p.sector, "role": p.role,
            "present": int(p.present)} for p in workshop.participants.values()))
        insert_rows(conn, "canvases", ({**prov, "canvas_id": c.id,
                                        "canvas_name": scrub(c.name),
                                        "template": c.template, "position": c.position}
                                       for c in workshop.canvases.values()))
        # the bulk: copied from the image of the checked source, or its rows (sources.Source)
        for table in BULK:
            if workshop.image is not None:
                conn.execute(_insert_sql(table).split(" VALUES ")[0] + " "
                             + bulk_sql(table, "src", workshop.private), (wid, path.name, sha))
            else:
                conn.executemany(_insert_sql(table), workshop.rows[table])
        conn.execute(FIRST_PLACEMENT, (wid,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        if workshop.image is not None:
            conn.execute("DETACH DATABASE src")
    return workshop.counts["cards"]


def _attach(conn: sqlite3.Connection, workshop: Source, path: Path) -> None:
    """Attach the image of a checked source as `src` (a private in-memory database) and make
    sure it holds exactly the schema that passed the checks before anything reads it."""
    functions(conn, workshop.scrub if workshop.private else None, workshop.owner)
    conn.execute("ATTACH DATABASE ':memory:' AS src")
    try:
        conn.deserialize(workshop.image or b"", name="src")
        master = [tuple(r) for r in conn.execute(MASTER.replace("sqlite_master",
                                                                 "src.sqlite_master"))]
        if master != workshop.master:
            raise UnreadableFileError(  # cannot happen unless the bytes changed under us
                f"The file {path.name} could not be read (it changed while it was being "
                "read; try again).", f"Filen {path.name} kunne ikke læses (den ændrede sig, "
                "mens den blev læst; prøv igen).")
    except BaseException:
        conn.execute("DETACH DATABASE src")
        raise


def index_text(conn: sqlite3.Connection, workshop_ids: list[str]) -> None:
    """Add the cards of newly written workshops to the full-text index, in one statement
    (one large insert builds fewer FTS5 segments than one per workshop)."""
    if not workshop_ids:
        return
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS fresh (workshop_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.fresh")
    conn.executemany("INSERT OR IGNORE INTO temp.fresh VALUES (?)",
                     ((w,) for w in workshop_ids))
    # (a json_each() list here made SQLite re-read the list for every card: 8x slower)
    conn.execute("INSERT INTO cards_fts (rowid, title, description) SELECT c.rowid, c.title, "
                 "c.description FROM temp.fresh AS f JOIN cards AS c "
                 "ON c.workshop_id = f.workshop_id")
    conn.execute("COMMIT")


def purge_text_index(conn: sqlite3.Connection) -> None:
    """Merge the full-text index into one segment: FTS5 only marks deleted rows, and their
    words (a name that may no longer be shown) stay in older segments until a merge."""
    conn.execute("INSERT INTO cards_fts (cards_fts) VALUES ('optimize')")


def update_source_path(conn: sqlite3.Connection, workshop_id: str, path: Path) -> bool:
    """Record where an unchanged workshop's file is now; True when that changed anything."""
    where = str(path.resolve())
    conn.execute("BEGIN")
    cur = conn.execute("UPDATE workshops SET source_path = ?, source_file = ? WHERE "
                       "workshop_id = ? AND (source_path != ? OR source_file != ?)",
                       (where, path.name, workshop_id, where, path.name))
    changed = cur.rowcount > 0
    if changed:
        for table in WORKSHOP_TABLES[:-1]:
            conn.execute(f'UPDATE "{table}" SET source_file = ? WHERE workshop_id = ?',
                         (path.name, workshop_id))
    conn.execute("COMMIT")
    return changed


def log_run(conn: sqlite3.Connection,
            entries: Iterable[tuple[str, Path, str, str, str]]) -> None:
    """Append one run's decisions to `run_log`: (action, file, workshop id, Danish, English)
    per source, all with the same `run_at`."""
    when = datetime.now(UTC).isoformat(timespec="seconds")
    (last,) = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM run_log").fetchone()
    conn.execute("BEGIN")
    insert_rows(conn, "run_log", ({
        "seq": last + n, "run_at": when, "outcome": action, "source_file": path.name,
        "source_path": str(path), "workshop_id": wid, "detail_da": da, "detail_en": en}
        for n, (action, path, wid, da, en) in enumerate(entries, 1)))
    conn.execute("COMMIT")


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table of the consolidated data (for summaries and tests)."""
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in ("workshops", "participants", "canvases", "cards", "links", "votes")}
