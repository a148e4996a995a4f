"""The storage API other parts rely on (docs/architecture.md, "Storage API") keeps its shape."""

from __future__ import annotations

import inspect
from pathlib import Path

import coi_desktop.storage as storage
from coi_desktop.models import CoiError


def _params(func: object) -> list[tuple[str, str]]:
    return [(p.name, p.kind.name) for p in inspect.signature(func).parameters.values()]  # type: ignore[arg-type]


def test_functions_have_the_documented_signatures() -> None:
    assert _params(storage.create_workshop_file) == [
        ("path", "POSITIONAL_OR_KEYWORD"), ("workshop", "POSITIONAL_OR_KEYWORD"),
        ("overwrite", "KEYWORD_ONLY")]
    assert _params(storage.open_workshop) == [
        ("path", "POSITIONAL_OR_KEYWORD"), ("readonly", "KEYWORD_ONLY"),
        ("snapshot_dir", "KEYWORD_ONLY")]
    assert _params(storage.read_workshop) == [("path", "POSITIONAL_OR_KEYWORD")]
    assert _params(storage.check_file) == [("path", "POSITIONAL_OR_KEYWORD")]


def test_errors_are_typed_coi_errors() -> None:
    for name in ("NotAWorkshopFileError", "NewerVersionError", "DamagedFileError",
                 "UnreadableFileError", "WriteError", "FileInUseError"):
        cls = getattr(storage, name)
        assert issubclass(cls, storage.WorkshopFileError) and issubclass(cls, CoiError)
    err = storage.FileInUseError("en", "da", holder="ann on pc since now")
    assert err.holder == "ann on pc since now" and err.text("da") == "da"


def test_workshop_file_has_the_documented_members(coi_file: Path) -> None:
    with storage.open_workshop(coi_file) as wf:
        assert isinstance(wf, storage.WorkshopFile)
        assert wf.path == coi_file and wf.readonly is False and wf.schema_version == 2
        assert wf.workshop.cards.require("b1").title == "GDPR"
        for method in ("close", "save_copy", "snapshot_now", "maybe_snapshot"):
            assert callable(getattr(wf, method))
        assert inspect.signature(wf.maybe_snapshot).parameters["interval_s"].default == 300
