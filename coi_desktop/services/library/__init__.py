"""The barrier library: experience from past workshops, at hand in the next one.

`build(consolidated_db, output)` writes a `.coilib` file (docs/library-format.md) from a
consolidated database; `merge(a, b, output)` joins two; `Library.open(path)` searches one
with Danish stemming and filters and suggests entries while a facilitator types;
`seed_barriers` prepares a barrier board from it; `recurrence_sentence` is the report's
"also raised in N other workshops; what helped there: …"; `matching.library_normals` lets
the next consolidation group cards taken from a library by the entry's id. No Qt here.

Names are loaded on first use (module `__getattr__`), so consolidation can import
`library.matching` without loading the rest (and without an import circle). Import `build`
from `library.build`: once that submodule is loaded (library.py imports it), the package's
attribute `build` is the submodule, and `from coi_desktop.services.library import build`
returns it instead of the function.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import build, merge, workshop_key
    from .library import Entry, Helper, Library, library_id_of
    from .matching import entry_id
    from .prepare import (
        SEEDED_TAG,
        confirmed,
        is_seeded,
        plan_seed,
        recurrence_sentence,
        recurrence_sentences,
        seed_barriers,
    )
    from .text import TAG_PREFIX

_WHERE = {
    "build": "build", "entry_id": "matching", "merge": "build", "workshop_key": "build",
    "Entry": "library", "Helper": "library", "Library": "library",
    "library_id_of": "library", "SEEDED_TAG": "prepare", "recurrence_sentence": "prepare",
    "recurrence_sentences": "prepare", "seed_barriers": "prepare", "plan_seed": "prepare",
    "TAG_PREFIX": "text", "confirmed": "prepare", "is_seeded": "prepare",
}

__all__ = ["SEEDED_TAG", "TAG_PREFIX", "Entry", "Helper", "Library", "build", "confirmed",
           "entry_id", "is_seeded", "library_id_of", "merge", "plan_seed",
           "recurrence_sentence", "recurrence_sentences", "seed_barriers", "workshop_key"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
