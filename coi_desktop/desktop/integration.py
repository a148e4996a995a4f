"""`coi-desktop --install-desktop-entry` / `--uninstall-desktop-entry`: the app in the user's
application menu, its icon, and the .coi file type, in the XDG folders of the current user.

Installed under `$XDG_DATA_HOME` (default `~/.local/share`): `applications/coi-desktop.desktop`
(its Exec is the command that ran the install: the venv's or pipx's `coi-desktop`, or the
bundled program), `mime/packages/coi-desktop-mime.xml` (application/x-coi-workshop, known by
the SQLite application id as well as by the .coi name) and the icons in `icons/hicolor`.
The desktop's caches are refreshed with update-mime-database and update-desktop-database
where they exist. Uninstalling removes every file the install wrote, the caches it made
and the folders it left empty. No Qt here: it runs from the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import APP_ICON, DATA, DESKTOP_FILE, ICON_SIZES, MIME_FILE, MIME_ICON

INSTALL = "--install-desktop-entry"
UNINSTALL = "--uninstall-desktop-entry"

#: Files update-mime-database writes next to packages/ (all derived from packages/*.xml).
_MIME_CACHES = ("aliases", "generic-icons", "globs", "globs2", "icons", "magic", "mime.cache",
                "subclasses", "treemagic", "types", "version", "XMLnamespaces")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The spec: a relative or empty value is invalid and means the default.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this same installation of the app."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "coi-desktop" and script.is_file():
        return [str(script.resolve())]
    return [str(Path(sys.executable).absolute()), "-m", "coi_desktop"]


def _exec_quote(arg: str) -> str:
    """One argument of an Exec key (Desktop Entry spec: quoting and string escapes)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%="):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> str:
    """The shipped .desktop file with Exec and TryExec pointing at `command`."""
    lines = []
    for line in (DATA / DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_exec_quote(a) for a in command) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned(root: Path) -> dict[Path, Path | str]:
    """Target file → its source file (or text) for an install under `root`."""
    files: dict[Path, Path | str] = {
        root / "applications" / DESKTOP_FILE: desktop_entry(launcher()),
        root / "mime" / "packages" / MIME_FILE: DATA / MIME_FILE,
    }
    hicolor = root / "icons" / "hicolor"
    for name, kind in ((APP_ICON, "apps"), (MIME_ICON, "mimetypes")):
        files[hicolor / "scalable" / kind / f"{name}.svg"] = \
            DATA / "icons" / "scalable" / f"{name}.svg"
        for size in ICON_SIZES:
            files[hicolor / f"{size}x{size}" / kind / f"{name}.png"] = \
                DATA / "icons" / str(size) / f"{name}.png"
    return files


def _run(tool: str, *args: str) -> bool:
    """Run a desktop cache tool if the system has it; whether it ran and succeeded."""
    found = shutil.which(tool)
    if not found:
        return False
    done = subprocess.run([found, *args], capture_output=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    return done.returncode == 0


def refresh_caches(root: Path) -> list[str]:
    """Rebuild the MIME database and the desktop file cache; the tools that were missing."""
    missing = []
    for tool, folder in (("update-mime-database", root / "mime"),
                         ("update-desktop-database", root / "applications")):
        if folder.is_dir() and not _run(tool, str(folder)):
            missing.append(tool)
    return missing


def install(root: Path | None = None) -> list[Path]:
    """Write every file (replacing an older install); returns the files written."""
    root = root or data_home()
    written = []
    for target, source in planned(root).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        if isinstance(source, Path):
            shutil.copyfile(source, tmp)
        else:
            tmp.write_text(source, encoding="utf-8")
        os.replace(tmp, target)
        written.append(target)
    refresh_caches(root)
    return written


def _prune(folder: Path, root: Path) -> None:
    """Remove `folder` and its parents up to (not including) `root` while they are empty."""
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def uninstall(root: Path | None = None) -> list[Path]:
    """Remove what `install` wrote and the caches it made; returns the files removed."""
    root = root or data_home()
    removed = []
    for target in planned(root):
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
        _prune(target.parent, root)
    mime = root / "mime"
    if mime.is_dir():
        if any((mime / "packages").glob("*.xml")):
            _run("update-mime-database", str(mime))
        else:  # ours was the only package: the rest is cache derived from it
            for name in _MIME_CACHES:
                (mime / name).unlink(missing_ok=True)
            for sub in mime.iterdir():
                if sub.is_dir() and sub.name != "packages":
                    shutil.rmtree(sub)
            _prune(mime / "packages", root)
            _prune(mime, root)
    applications = root / "applications"
    if applications.is_dir():
        if any(applications.rglob("*.desktop")):
            _run("update-desktop-database", str(applications))
        else:
            (applications / "mimeinfo.cache").unlink(missing_ok=True)
            _prune(applications, root)
    return removed


def main(args: list[str]) -> int:
    """The two command-line switches; prints one line in the user's language."""
    from ..cli import EXIT_USAGE, user_language

    danish = user_language() == "da"
    if args not in ([INSTALL], [UNINSTALL]):
        sys.stderr.write(f"coi-desktop: {INSTALL} / {UNINSTALL} "
                         + ("tager ingen andre argumenter\n" if danish
                            else "take no other arguments\n"))
        return EXIT_USAGE
    root = data_home()
    try:
        if args == [INSTALL]:
            written = install(root)
            print(f"Installerede COI Desktop i programmenuen og filtypen .coi ({len(written)} "
                  f"filer under {root})." if danish else
                  f"Installed COI Desktop in the application menu and the .coi file type "
                  f"({len(written)} files under {root}).")
        else:
            removed = uninstall(root)
            print(f"Fjernede COI Desktop fra programmenuen ({len(removed)} filer under {root})."
                  if danish else
                  f"Removed COI Desktop from the application menu ({len(removed)} files "
                  f"under {root}).")
    except OSError as exc:
        where, reason = exc.filename or root, exc.strerror or str(exc)
        sys.stderr.write(f"coi-desktop: kunne ikke skrive i {where} ({reason}).\n" if danish
                         else f"coi-desktop: could not write in {where} ({reason}).\n")
        return 3
    return 0
