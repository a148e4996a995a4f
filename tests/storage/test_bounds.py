"""Numbers keep the same bounds in the model and in a file (issue 13): infinite, NaN or huge
coordinates, sizes and dot counts are refused by an edit, and a file holding one is refused
by check and every open, so the model never holds a non-finite number."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from coi_desktop.models import Group, Workshop
from coi_desktop.models.errors import ValidationError
from coi_desktop.models.validation import COORDINATE_LIMIT, COUNT_LIMIT, SIZE_LIMIT
from coi_desktop.storage import DamagedFileError, check_file, open_workshop, read_workshop

from .test_hostile import _sql
from .test_hostile_corpus import _attempts

BEYOND = [math.inf, -math.inf, math.nan, COORDINATE_LIMIT * 10, 1e300]


@pytest.mark.parametrize("value", BEYOND)
def test_the_model_refuses_coordinates_beyond_the_bounds(workshop: Workshop,
                                                          value: float) -> None:
    with pytest.raises(ValidationError):
        workshop.cards.move({"b1": (value, 0.0)})
    with pytest.raises(ValidationError):
        workshop.cards.update("b1", width=value if value != -math.inf else math.inf)
    canvas = workshop.cards.require("b1").canvas_id
    with pytest.raises(ValidationError):
        workshop.groups.add([Group("g9", canvas, "G", value, 0.0, 10.0, 10.0)])
    with pytest.raises(ValidationError):
        workshop.groups.add([Group("g9", canvas, "G", 0.0, 0.0, 10.0, value)])
    card = workshop.cards.require("b1")
    assert math.isfinite(card.x) and math.isfinite(card.width) and "g9" not in workshop.groups


def test_the_model_refuses_dot_counts_beyond_the_bound(workshop: Workshop) -> None:
    with pytest.raises(ValidationError):
        workshop.voting.set_count("r1", "b1", COUNT_LIMIT + 1)
    with pytest.raises(ValidationError):
        workshop.voting.set_count("r1", "b1", 2 ** 64)


def _set(path: Path, sql: str) -> None:
    _sql(path, sql)


FILES: dict[str, str] = {
    "x just beyond": f"UPDATE cards SET x = {COORDINATE_LIMIT * 1.0001!r} WHERE id = 'b1'",
    "y infinite": "UPDATE cards SET y = -9e999 WHERE id = 'b1'",
    "width beyond": f"UPDATE cards SET width = {SIZE_LIMIT * 2!r} WHERE id = 'b1'",
    "group height infinite": "UPDATE groups SET height = 9e999",
    "dot count beyond": f"UPDATE votes SET count = {COUNT_LIMIT + 1}",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_file_beyond_the_bounds_is_refused_by_check_and_open(name: str,
                                                               coi_file: Path) -> None:
    _set(coi_file, FILES[name])
    before = coi_file.read_bytes()
    for attempt in _attempts(coi_file):
        with pytest.raises(DamagedFileError) as info:
            attempt()
        assert "values COI Desktop does not write" in info.value.text("en")
    assert coi_file.read_bytes() == before


def test_values_at_the_bounds_are_accepted_by_both(coi_file: Path) -> None:
    with open_workshop(coi_file) as wf:
        wf.workshop.cards.move({"b1": (COORDINATE_LIMIT, -COORDINATE_LIMIT)})
        wf.workshop.cards.update("b1", width=SIZE_LIMIT)
        wf.workshop.voting.update("r1", closed=False)
        wf.workshop.voting.set_count("r1", "b1", COUNT_LIMIT)
    check_file(coi_file)
    card = read_workshop(coi_file).cards.require("b1")
    assert (card.x, card.y, card.width) == (COORDINATE_LIMIT, -COORDINATE_LIMIT, SIZE_LIMIT)
