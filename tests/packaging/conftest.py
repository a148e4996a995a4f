"""The release as a user gets it: the wheel built by `python -m build`, installed into a fresh
virtual environment outside the checkout (session-scoped: built once, used by several tests).

pip resolves the dependencies from its configured indexes and cache, as a facilitator's
`pip install` or `pipx install` would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Installed:
    """A fresh venv with the built wheel installed (`bin` holds coi-desktop)."""

    wheel: Path
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def command(self) -> Path:
        return self.venv / "bin" / "coi-desktop"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's shell: no checkout on PYTHONPATH, offscreen Qt, own HOME."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "COI_", "PYTEST", "LC_", "LANG"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.update(extra)
    return env


def run(args: list[str | Path], cwd: Path, env: dict[str, str],
        timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build` (sdist, then the wheel from the sdist) of this checkout."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=900,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = sorted(out.glob("coi_desktop-*.whl"))
    assert len(wheels) == 1, sorted(p.name for p in out.iterdir())
    return wheels[0]


@pytest.fixture(scope="session")
def installed(built_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    where = tmp_path_factory.mktemp("venv") / "env"
    venv.create(where, with_pip=True)
    home = tmp_path_factory.mktemp("pip-home")
    env = clean_env(home)
    # pip's own configuration (indexes, cache) lives under the real HOME and /etc.
    env["HOME"] = os.environ.get("HOME", str(home))
    done = run([where / "bin" / "python", "-m", "pip", "install", "--quiet", built_wheel],
               cwd=home, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return Installed(built_wheel, where)
