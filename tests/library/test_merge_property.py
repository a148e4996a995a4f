"""Property tests: a library survives writing and reading unchanged; merging is idempotent
and symmetric, and never counts a workshop twice."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coi_desktop.services.library.build import _Entry, _load, _write, merge
from coi_desktop.services.library.matching import entry_id

WORDS = ["udbud", "regler", "budget", "pilot", "data", "samtykke", "marked", "leverandør",
         "ejerskab", "spredning", "robot", "borgere"]
KINDS = ["barrier", "opportunity", "action"]
WORKSHOPS = [f"w{i}" for i in range(6)]


@st.composite
def libraries(draw: st.DrawFn) -> list[_Entry]:
    out: dict[str, _Entry] = {}
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(KINDS))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True))
        normal = " ".join(sorted(words))
        e = _Entry(entry_id(kind, normal), kind, " ".join(words).capitalize(), normal)
        for w in draw(st.lists(st.sampled_from(WORKSHOPS), min_size=1, max_size=3,
                               unique=True)):
            e.workshops[w] = [draw(st.integers(1, 3)), draw(st.integers(0, 9))]
            e.facets.add(("phase", draw(st.sampled_from(["need", "spreading"])), w))
        out[e.entry_id] = e
    return list(out.values())


def _snapshot(path: Path) -> dict[str, tuple[object, ...]]:
    entries, _helped, _labels, _sources = _load(path)
    return {e.entry_id: (e.kind, e.name, e.normal, sorted(e.workshops.items()),
                         sorted(e.facets), sorted(e.variants)) for e in entries}


def _written(entries: list[_Entry], folder: Path, name: str) -> Path:
    path = folder / name
    _write({e.entry_id: e for e in entries}, set(), [], 1, path)
    return path


@settings(max_examples=40, deadline=None)
@given(libraries(), libraries())
def test_write_read_and_merge_properties(a: list[_Entry], b: list[_Entry]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pa, pb = _written(a, folder, "a.coilib"), _written(b, folder, "b.coilib")
        assert _snapshot(pa) == {e.entry_id: (e.kind, e.name, e.normal,
                                              sorted(e.workshops.items()), sorted(e.facets),
                                              sorted(e.variants)) for e in a}
        merge(pa, pa, folder / "aa.coilib")
        assert _snapshot(folder / "aa.coilib") == _snapshot(pa)  # idempotent
        merge(pa, pb, folder / "ab.coilib")
        merge(pb, pa, folder / "ba.coilib")
        ab = _snapshot(folder / "ab.coilib")
        assert ab == _snapshot(folder / "ba.coilib")  # symmetric
        for eid, (_k, _n, _m, workshops, _f, _v) in ab.items():
            keys = [w for w, _ in workshops]
            assert len(keys) == len(set(keys)), eid  # each workshop counted once
