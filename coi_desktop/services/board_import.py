"""Lenient import of a Miro or Mural board export (CSV or XLSX): stickies become cards.

Board tools export stickies as rows with their text, often a colour and a position; the column
names differ by tool, version and language, so headers are matched by synonyms (Content /
Text / Tekst, Color / Colour / Farve / Fill, X / Position X / Left, …). A sticky's colour is
the room's code for what it is (yellow = barrier in one workshop, opportunity in the next), so
the facilitator decides: `read_board` lists the colours found with how many stickies and an
example each, and `plan_board` takes the facilitator's choice colour → card kind. Positions,
where the file has them, keep the board's arrangement (scaled onto a grid so no two cards
overlap); without them the stickies are laid out in reading order. Nothing is imported until
the plan is applied (one undo step in the app); a bad row is named, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..models.entities import CARD_HEIGHT, CARD_WIDTH, Canvas, Card, new_id
from ..models.errors import CoiError
from ..models.workshop import Workshop
from .imports import ImportPlan, Problem
from .report.escaping import plain

#: Header synonyms (casefolded, spaces and punctuation removed) → field.
HEADERS: dict[str, str] = {
    **dict.fromkeys(("content", "text", "tekst", "indhold", "sticky", "stickytext",
                     "stickynote", "note", "title", "titel", "body"), "text"),
    **dict.fromkeys(("color", "colour", "farve", "fill", "fillcolor", "fillcolour",
                     "backgroundcolor", "background", "stickycolor", "baggrundsfarve"),
                    "colour"),
    **dict.fromkeys(("x", "positionx", "posx", "left", "venstre", "xposition"), "x"),
    **dict.fromkeys(("y", "positiony", "posy", "top", "top", "yposition"), "y"),
    **dict.fromkeys(("tags", "tag", "mærker", "labels"), "tags"),
    **dict.fromkeys(("description", "beskrivelse", "details", "comment"), "description"),
}
#: Named colours as board tools and people write them, as hex.
NAMED = {"yellow": "#FFF9B1", "gul": "#FFF9B1", "light_yellow": "#FFF9B1",
         "orange": "#FFC38B", "red": "#F28B82", "rød": "#F28B82", "pink": "#F5B4D5",
         "lyserød": "#F5B4D5", "violet": "#D1B3F2", "purple": "#D1B3F2", "lilla": "#D1B3F2",
         "blue": "#A6CCF5", "blå": "#A6CCF5", "light_blue": "#A6CCF5", "cyan": "#A5E8EA",
         "green": "#C9DF56", "grøn": "#C9DF56", "light_green": "#D5F692", "gray": "#D8D8D8",
         "grey": "#D8D8D8", "grå": "#D8D8D8", "white": "#FFFFFF", "hvid": "#FFFFFF",
         "black": "#1A1A1A", "sort": "#1A1A1A"}
NO_COLOUR = ""
MAX_TITLE = 200
_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def _key(header: str) -> str:
    return re.sub(r"[\s_\-.:]+", "", header.strip().casefold())


def colour_of(text: str) -> str:
    """"#RRGGBB" for a hex or a named colour (any case); "" when there is none or it is
    not a colour."""
    raw = text.strip()
    if not raw:
        return NO_COLOUR
    named = NAMED.get(raw.casefold().replace(" ", "_").replace("-", "_"))
    if named:
        return named
    m = _HEX.fullmatch(raw)
    if not m:
        return NO_COLOUR
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.upper()


@dataclass(frozen=True)
class Sticky:
    """One sticky of the board file."""

    row: int
    text: str
    colour: str
    x: float | None = None
    y: float | None = None
    tags: tuple[str, ...] = ()
    description: str = ""


@dataclass
class Board:
    """The stickies of a board file and what could not be read."""

    name: str
    stickies: list[Sticky] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: How the file was read ("UTF-8", "Windows-1252", "XLSX", …), for the preview to show.
    encoding: str = ""
    #: Line numbers of rows that hold something but no sticky text (left out, and counted).
    without_text: list[int] = field(default_factory=list)

    def colours(self) -> list[tuple[str, int, str]]:
        """(colour, how many stickies, an example text), most used first."""
        counts = Counter(s.colour for s in self.stickies)
        example: dict[str, str] = {}
        for s in self.stickies:
            example.setdefault(s.colour, s.text)
        return [(c, n, example[c]) for c, n in
                sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def read_board(path: str | Path) -> Board:
    """Read a board export; raise a CoiError with one sentence if it has no text column."""
    from .participants_import import read_file

    path = Path(path)
    table = read_file(path)
    rows = table.rows
    board = Board(path.stem, encoding=table.encoding)
    if not rows:
        raise CoiError(f"{path.name} holds no stickies.", f"{path.name} har ingen sedler.")
    columns: dict[str, int] = {}
    for n, header in enumerate(rows[0]):
        name = HEADERS.get(_key(str(header)))
        if name and name not in columns:
            columns[name] = n
    if "text" not in columns:
        raise CoiError(f"{path.name} has no column with the sticky text (for example "
                       "Content or Text).",
                       f"{path.name} har ingen kolonne med sedlernes tekst (for eksempel "
                       "Content eller Tekst).")

    def get(row: list[str], name: str) -> str:
        i = columns.get(name)
        return str(row[i]).strip() if i is not None and i < len(row) else ""

    for line, row in enumerate(rows[1:], start=2):
        text = plain(get(row, "text")).strip()
        if not text:
            if any(str(cell).strip() for cell in row):
                board.without_text.append(line)
            continue
        try:
            x = float(get(row, "x")) if get(row, "x") else None
            y = float(get(row, "y")) if get(row, "y") else None
        except ValueError:
            board.problems.append(Problem("Board", line, "the position is not a number.",
                                          "positionen er ikke et tal."))
            continue
        if x is not None and y is not None and not (abs(x) < 1e7 and abs(y) < 1e7):
            x = y = None  # a position off any board: lay it out instead
        title, rest = (text, "") if len(text) <= MAX_TITLE else (text[:MAX_TITLE], text)
        tags = tuple(t.strip() for t in re.split(r"[,;|]", get(row, "tags")) if t.strip())
        description = "\n\n".join(p for p in (rest, get(row, "description")) if p)
        board.stickies.append(Sticky(line, title, colour_of(get(row, "colour")), x, y, tags,
                                     description))
    return board


def plan_board(workshop: Workshop, board: Board, kinds: dict[str, str],
               canvas_name: str | None = None, template: str = "blank") -> ImportPlan:
    """One new canvas with a card per sticky, its kind chosen by colour in `kinds`.

    Every colour of the board must have a kind (the facilitator's choice in the preview); a
    colour without one is named in the error and nothing is planned.
    """
    from .imports import ImportProblemsError

    missing = sorted({s.colour for s in board.stickies} - set(kinds))
    problems = list(board.problems)
    for colour in missing:
        shown = colour or "(no colour)"
        problems.append(Problem("Board", 1, f"choose a card kind for the colour {shown}.",
                                f"vælg en korttype for farven {shown or '(ingen farve)'}."))
    if not board.stickies:
        problems.append(Problem("Board", 1, "there are no stickies to import.",
                                "der er ingen sedler at importere."))
    if problems:
        raise ImportProblemsError(problems)
    name = (canvas_name or board.name or "Board").strip() or "Board"
    canvas = Canvas(new_id(), name, template, len(workshop.canvases))
    positions = _grid(board.stickies)
    cards = []
    for sticky in board.stickies:
        x, y = positions[sticky.row]
        cards.append(Card(new_id(), canvas.id, kinds[sticky.colour], sticky.text,
                          sticky.description, x=x, y=y, tags=sticky.tags))
    return ImportPlan([canvas], cards, [])


def _grid(stickies: list[Sticky]) -> dict[int, tuple[float, float]]:
    """Positions on a grid of card-sized cells that keep the board's arrangement: stickies
    sorted into rows by y and columns by x, each taking the nearest free cell."""
    cell_w, cell_h = CARD_WIDTH + 40.0, CARD_HEIGHT + 30.0
    placed = [s for s in stickies if s.x is not None and s.y is not None]
    out: dict[int, tuple[float, float]] = {}
    taken: set[tuple[int, int]] = set()
    if placed:
        xs = sorted({s.x for s in placed if s.x is not None})
        ys = sorted({s.y for s in placed if s.y is not None})
        # Scale the board so its typical sticky spacing becomes one cell.
        span_x = (xs[-1] - xs[0]) or 1.0
        span_y = (ys[-1] - ys[0]) or 1.0
        columns = max(1, min(len(xs), round(len(placed) ** 0.5 * span_x / max(span_y, 1.0))))
        rows = max(1, min(len(ys), -(-len(placed) // columns)))
        for s in sorted(placed, key=lambda s: (s.y, s.x)):
            assert s.x is not None and s.y is not None
            want = (round((s.x - xs[0]) / span_x * (columns - 1)),
                    round((s.y - ys[0]) / span_y * (rows - 1)))
            cell = _nearest_free(want, taken)
            taken.add(cell)
            out[s.row] = (40.0 + cell[0] * cell_w, 40.0 + cell[1] * cell_h)
    rest = [s for s in stickies if s.row not in out]
    per_row = max(4, round(len(stickies) ** 0.5))
    start = (max((c[1] for c in taken), default=-1) + 1) if taken else 0
    for n, s in enumerate(rest):
        cell = _nearest_free((n % per_row, start + n // per_row), taken)
        taken.add(cell)
        out[s.row] = (40.0 + cell[0] * cell_w, 40.0 + cell[1] * cell_h)
    return out


def _nearest_free(want: tuple[int, int], taken: set[tuple[int, int]]) -> tuple[int, int]:
    if want not in taken:
        return want
    for radius in range(1, 10_000):
        ring = [(want[0] + dx, want[1] + dy) for dx in range(-radius, radius + 1)
                for dy in range(-radius, radius + 1) if max(abs(dx), abs(dy)) == radius]
        free = [c for c in ring if c[0] >= 0 and c[1] >= 0 and c not in taken]
        if free:
            return min(free, key=lambda c: (abs(c[0] - want[0]) + abs(c[1] - want[1]), c))
    raise AssertionError("unreachable: the grid is unbounded")
