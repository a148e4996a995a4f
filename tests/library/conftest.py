"""A consolidated database of several workshops, and its library, for the library tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from coi_desktop.models import Card, Link, new_id
from coi_desktop.services.consolidation import consolidate
from coi_desktop.services.library.build import build  # the package's `build` may be the module
from coi_desktop.storage import create_workshop_file
from tests.services.consolidation.helpers import add_people, barrier_workshop


def season(folder: Path) -> list[Path]:
    """Four workshops: the procurement-rules barrier in three (inflected differently), with
    what helped against it; named and pseudonymised participants in every one."""
    folder.mkdir(parents=True, exist_ok=True)
    specs = [
        ("Workshop A", ["Stive udbudsregler", "Manglende budget efter piloten"],
         "Markedsdialog før udbuddet", "2026-02-01", "rpa", "need"),
        ("Workshop B", ["Udbudsreglerne er for stive", "Barrierer i GDPR"],
         "Innovationspartnerskab", "2026-03-01", "rpa", "need"),
        ("Workshop C", ["stive udbudsregler", "Barrieren mellem afdelinger"],
         "Markedsdialog før udbuddet", "2026-04-01", "ai", "market_dialogue"),
        ("Workshop D", ["Ingen plan for spredning"], "", "2026-05-01", "welfare", "spreading"),
    ]
    paths = []
    for i, (title, barriers, opportunity, date, tech, phase) in enumerate(specs):
        ws = barrier_workshop(title, barriers, date=date, actor="Indkøbschef",
                              opportunity=opportunity)
        ws.update_info(technology=tech, phase=phase, facilitator="Mette Facilitatorsen")
        named, hidden = add_people(ws)
        canvas = next(iter(ws.canvases))
        first = next(c for c in ws.cards.values() if c.title == barriers[0])
        ws.cards.update(first.id, participant_id=hidden.id)
        opp = next((c for c in ws.cards.values() if c.kind == "opportunity"), None)
        if opp is not None:
            action = Card(new_id(), canvas, "action", "Skriv funktionskrav",
                          owner=named.name, x=900, y=900)
            ws.cards.add([action])
            ws.links.add([Link(new_id(), canvas, opp.id, action.id, "leads_to", "", True)])
        path = folder / f"w{i}.coi"
        create_workshop_file(path, ws)
        paths.append(path)
    return paths


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    return season(tmp_path / "src")


@pytest.fixture
def consolidated(tmp_path: Path, sources: list[Path]) -> Path:
    out = tmp_path / "consolidated.db"
    result = consolidate(sources, out)
    assert len(result.merged) == len(sources)
    return out


@pytest.fixture
def library_path(tmp_path: Path, consolidated: Path) -> Path:
    out = tmp_path / "season.coilib"
    build(consolidated, out)
    return out


# the application-shell fixtures of tests/views, for the library's view tests
from tests.views.conftest import make_file, open_window, shell_env  # noqa: E402, F401
