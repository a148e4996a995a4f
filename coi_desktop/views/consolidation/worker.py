"""The background job runner, for the imports of the consolidation window and others.

It lives in `coi_desktop/views/worker.py` now (the imports of elements and connections and
of participant lists use it too); this name stays importable.
"""

from __future__ import annotations

from ..worker import _HOOKED, _RUNNING, Job, Outcome, Task, run_with_progress, stop_all

__all__ = ["_HOOKED", "_RUNNING", "Job", "Outcome", "Task", "run_with_progress", "stop_all"]
