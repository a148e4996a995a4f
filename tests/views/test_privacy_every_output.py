"""Issue 12: "Exports of a workshop with a non-consenting participant contain neither their name
nor their e-mail anywhere" — one workshop, every output the app writes, one grep.

The participant who did not consent owns two actions (chosen from the roster, and typed by
hand), contributed cards, and is named and mailed in card titles, descriptions, a link label
and a group's title, in three spellings. The workshop is saved, and every output is made from
the saved file the way a user makes it: `coi-desktop export` (PDF, HTML, every CSV file,
XLSX, GraphML, JSON without --include-personal-data, SVG and PNG of every canvas), the
projector (its canvas and every presentation slide, with contributor names on), and
`coi-desktop consolidate` (the database, every text column of every table and its raw
bytes, plus its PDF and XLSX).

A PNG holds pixels, not text: the test reads the text of the scene the PNG is rendered from
(painted into an SVG generator the moment `render_image` builds it), and the PNG's bytes for
metadata. Each output must also show a consenting participant's name or a card title, so an
extraction that found no text at all cannot pass.
"""

from __future__ import annotations

import html
import re
import sqlite3
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from coi_desktop.cli import run
from coi_desktop.models import Group, Participant, new_id
from coi_desktop.models.registry import ACTION
from coi_desktop.services.privacy import Privacy, owner_ref
from coi_desktop.storage import create_workshop_file, read_workshop
from coi_desktop.views.findings import picture
from tests.services.test_report_data import card, rich

SECRET_NAME = "Birgitte Kjærsgaard-Lund"
SECRET_MAIL = "bkl@vesteraa.example"
OPEN_NAME = "Henrik Poulsen"
CANARY = "Afklar hjemmel for robotten"  # the title of the action they own
#: Text near the name: where the outputs show it, the name is replaced, not the card dropped.
SAID = "siger: reglerne er uklare"
TITLE = "Velfærdsteknologi i Aarhus"  # the workshop's title (the consolidated outputs)


def _workshop_file(tmp_path: Path) -> tuple[Path, str]:
    """The saved workshop, and the label every output shows for the hidden participant."""
    w = rich("da")
    hidden = Participant(new_id(), SECRET_NAME, "", "municipality", "need_owner", SECRET_MAIL,
                         consent=False)
    named = Participant(new_id(), OPEN_NAME, "University College West", "knowledge",
                        "knowledge_institution", "hp@ucw.example", consent=True)
    w.participants.add([hidden, named])
    board, net = (c.id for c in w.canvases.ordered()[:2])
    owned = card(w, ACTION, CANARY, net, owner=owner_ref(hidden.id), status="open",
                 description=f"Aftalt med {SECRET_NAME.upper()} ({SECRET_MAIL}).",
                 participant_id=hidden.id)
    typed = card(w, ACTION, "Skriv til Styrelsen", board, owner=SECRET_NAME,
                 description=f"Spørg {SECRET_NAME.lower()} først", participant_id=hidden.id)
    card(w, "barrier", f"{SECRET_NAME} siger: reglerne er uklare", board, category="law",
         participant_id=hidden.id, description=f"Skriv til {SECRET_MAIL.upper()}")
    card(w, "note", f"Ring til {OPEN_NAME}", net, participant_id=named.id)
    shared = card(w, "opportunity", "Fælles robotbibliotek", net, participant_id=named.id,
                  description=f"Foreslået af {OPEN_NAME}")
    w.links.add([replace(w.links.new(shared, owned), label=f"aftalt af {SECRET_NAME}")])
    w.groups.add([Group(new_id(), board, f"{SECRET_NAME.lower()}s gruppe", x=-40, y=-60,
                        width=1000, height=400)])
    assert w.cards[typed].owner == SECRET_NAME
    path = tmp_path / "privat.coi"
    create_workshop_file(path, w)
    return path, Privacy(w).label(hidden.id)


# -- reading text out of each kind of output --------------------------------------------------


def _markup_text(raw: str) -> str:
    """Raw markup and its text without tags, entities decoded (names split by tags join)."""
    return raw + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", raw))


def _scene_text(scene: Any, rect: QRectF | None = None) -> str:
    """Every piece of text a QGraphicsScene paints, as an SVG generator records it (with
    each item's pixmap cache off for the while, or cached cards arrive as pictures)."""
    source = rect if rect is not None else scene.itemsBoundingRect()
    caches = [(item, item.cacheMode()) for item in scene.items()]
    for item, _ in caches:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    for item, mode in caches:
        item.setCacheMode(mode)
    return _markup_text(bytes(data.data()).decode("utf-8", "replace"))


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    cells = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for v in row if v is not None]
    book.close()
    with zipfile.ZipFile(path) as archive:  # sheet names, document properties, comments
        raw = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return "\n".join(cells) + "\n" + _markup_text(raw)


def _database_text(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        values = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                values += [str(v) if not isinstance(v, bytes) else v.decode("utf-8", "replace")
                           for v in row if v is not None]
    finally:
        conn.close()
    assert "cards" in tables
    return "\n".join(values) + "\n" + path.read_bytes().decode("utf-8", "replace")


def _exported(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every output `coi-desktop export` writes, as text, by output name."""
    out = tmp_path / "out"
    out.mkdir()
    assert run(["export", str(path), "--pdf", str(out / "r.pdf"), "--html", str(out / "r.html"),
                "--xlsx", str(out / "r.xlsx"), "--csv", str(out / "csv"),
                "--graphml", str(out / "r.graphml"), "--json", str(out / "r.json")]) == 0
    texts = {"PDF": _pdf_text(out / "r.pdf"),
             "HTML": _markup_text((out / "r.html").read_text(encoding="utf-8")),
             "XLSX": _xlsx_text(out / "r.xlsx"),
             "GraphML": _markup_text((out / "r.graphml").read_text(encoding="utf-8")),
             "JSON": (out / "r.json").read_text(encoding="utf-8")}
    csvs = sorted((out / "csv").iterdir())
    assert {p.name for p in csvs} >= {"elements.csv", "connections.csv"}
    for csv in csvs:
        texts[f"CSV {csv.name}"] = csv.read_text(encoding="utf-8-sig")

    # PNG and SVG of every canvas; the PNG's scene is read the moment it is built
    scenes: list[str] = []
    build = picture._scene

    def recording(workshop: Any, canvas_id: str) -> Any:
        scene = build(workshop, canvas_id)
        scenes.append(_scene_text(scene, picture.picture_rect(workshop, canvas_id)))
        return scene

    monkeypatch.setattr(picture, "_scene", recording)
    workshop = read_workshop(path)
    for n, canvas in enumerate(workshop.canvases.ordered()):
        png, svg = out / f"c{n}.png", out / f"c{n}.svg"
        assert run(["export", str(path), "--canvas", canvas.id, "--png", str(png),
                    "--svg", str(svg)]) == 0
        assert png.read_bytes()[:4] == b"\x89PNG"
        texts[f"PNG {canvas.name} (bytes)"] = png.read_bytes().decode("latin-1")
        texts[f"SVG {canvas.name}"] = _markup_text(svg.read_text(encoding="utf-8"))
    assert len(scenes) == 2 * len(workshop.canvases)  # PNG and SVG, each canvas
    for n, text in enumerate(scenes):
        texts[f"picture scene {n}"] = text
    return texts


def _projected(path: Path, qtbot: Any) -> dict[str, str]:
    """What the projector shows of every canvas: the whole canvas and each zone slide."""
    from coi_desktop.views.room import install
    from tests.views.room.conftest import FakeWindow

    workshop = read_workshop(path)
    window = FakeWindow(workshop, real_views=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    room = install(window)
    projector = room.open_projector()
    qtbot.addWidget(projector)
    texts: dict[str, str] = {}
    for canvas in workshop.canvases.ordered():
        window.set_current_canvas(canvas.id)
        assert projector.canvas_id == canvas.id
        # no anonymous round: contributor names show on the cards (those allowed to)
        assert projector.scene().card_style.show_participants
        shown = [projector.title.text(), projector.info.text(),
                 _scene_text(projector.scene())]
        projector.set_presentation("zones")
        slides = projector.wall.slides
        for n in range(len(slides.slides)):
            if n:
                assert projector.next_slide()
            shown += [projector.title.text(), _scene_text(slides.scene())]
        projector.set_presentation("")
        texts[f"projector {canvas.name}"] = "\n".join(shown)
    projector.close()
    return texts


def _consolidated(path: Path, tmp_path: Path) -> dict[str, str]:
    db, pdf, xlsx = tmp_path / "samlet.db", tmp_path / "samlet.pdf", tmp_path / "samlet.xlsx"
    assert run(["consolidate", str(path), "-o", str(db), "--report", str(pdf),
                "--xlsx", str(xlsx)]) == 0
    assert not list(tmp_path.glob("samlet.db-*"))  # no journal or WAL beside it
    return {"consolidated database": _database_text(db),
            "consolidated PDF": _pdf_text(pdf), "consolidated XLSX": _xlsx_text(xlsx)}


# -- the grep ------------------------------------------------------------------------------


def _forms(text: str) -> list[str]:
    """The text as it is, without whitespace (a name wrapped over two lines) and without
    hyphens too (a name hyphenated at a line end), all case-folded."""
    folded = text.casefold()
    bare = re.sub(r"\s+", "", folded)
    return [folded, bare, bare.replace("-", "").replace("\u00ad", "")]


def _occurs(needle: str, text: str) -> bool:
    return any(n in t for n, t in zip(_forms(needle), _forms(text), strict=True))


def test_no_output_holds_the_name_or_mail_of_a_participant_who_did_not_consent(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path, label = _workshop_file(tmp_path)
    assert label.startswith("Deltager ")
    before = path.read_bytes()
    outputs = _exported(path, tmp_path, monkeypatch)
    outputs.update(_projected(path, qtbot))
    outputs.update(_consolidated(path, tmp_path))
    assert path.read_bytes() == before  # exporting never changed the workshop

    leaks = [(name, secret) for name, text in outputs.items()
             for secret in (SECRET_NAME, SECRET_MAIL) if _occurs(secret, text)]
    assert not leaks, f"outputs naming the participant who did not consent: {leaks}"

    # every output was read: its text holds what it must show
    blind = [name for name, text in outputs.items()
             if not name.endswith("(bytes)") and name != "CSV connections.csv"
             and not any(_occurs(known, text) for known in (CANARY, SAID, TITLE))]
    assert not blind, f"no text found in: {blind}"
    # a name the participant allowed shows where the app shows names: the grep can find one
    for name in ("PDF", "HTML", "XLSX", "CSV elements.csv", "SVG Netværk",
                 "projector Netværk"):
        assert _occurs(OPEN_NAME, outputs[name]), name
    # the JSON holds no personal data at all unless asked: not even an allowed name
    assert not _occurs(OPEN_NAME, outputs["JSON"])
    # the card that named them is there, the name replaced by their label
    for name in ("PDF", "HTML", "XLSX", "CSV elements.csv", "GraphML", "JSON",
                 "SVG Barrierekort", "picture scene 0", "projector Barrierekort",
                 "consolidated database"):
        assert _occurs(f"{label} {SAID}", outputs[name]), name
    assert "personal_data" in outputs["JSON"]  # it says what it left out

