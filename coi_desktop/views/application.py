"""Starting the GUI: the QApplication, translators, the crash hook, and which window opens.

`run_gui(argv)`: no arguments → the welcome screen; `FILE.coi` → that workshop;
`--quit-after-first-frame FILE` → open, paint one frame, print timing JSON, exit (for
benchmarks/startup.py). `Shell` opens and creates workshop files and keeps the open windows
(one workshop per window; opening a file already open brings its window forward). Nothing
heavy (analysis, reports) is imported before the first frame.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ..models.errors import CoiError
from . import crash, i18n, paths, settings
from .dialogs import errors as error_dialogs

_T0 = time.perf_counter()  # "first_frame_ms" counts from here (the GUI's first import)


class Shell(QObject):
    """The open windows and the ways to open a workshop (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[Any] = []
        self.welcome: Any = None
        self.quitting = False
        self.show_welcome_when_empty = True

    # -- finding windows ------------------------------------------------------------------------

    def window_for(self, path: str | Path) -> Any:
        target = Path(path).resolve()
        for window in self.windows:
            if Path(window.workshop_file.path).resolve() == target:
                return window
        return None

    def _parent(self, parent: QWidget | None) -> QWidget | None:
        return parent or QApplication.activeWindow() or self.welcome

    # -- opening ---------------------------------------------------------------------------------

    def open_path(self, path: str | Path, parent: QWidget | None = None,
                  readonly: bool = False) -> Any:
        """Open a workshop in a new window; None (after telling the user why) on failure."""
        from ..storage import FileInUseError, open_workshop

        path = Path(path).expanduser()
        existing = self.window_for(path) if path.exists() else None
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        lang = i18n.current_language()
        parent = self._parent(parent)
        try:
            workshop_file = open_workshop(path, readonly=readonly,
                                          snapshot_dir=paths.snapshot_dir(path))
        except FileInUseError as exc:
            if error_dialogs.ask_open_read_only(parent, exc.text(lang)):
                return self.open_path(path, parent, readonly=True)
            return None
        except CoiError as exc:
            error_dialogs.show_error_message(parent, exc.text(lang))
            return None
        window = self._show(workshop_file)
        notice = getattr(workshop_file, "notice", None)
        if notice:  # (en, da): what opening did, e.g. changes read from a left-over -wal
            error_dialogs.show_notice(window, notice[1] if lang == "da" else notice[0])
        from .dialogs.retention import offer_purge

        offer_purge(window)  # past its retention date: offer to remove personal data
        return window

    def reload(self, window: Any) -> Any:
        """Replace `window` by one showing its file as it is now (another program changed it):
        same place, canvas and zoom; the undo history starts afresh. None, with the reason
        shown, when the file as it is now cannot be opened (then `window` stays)."""
        from ..storage import check_file

        path = Path(window.workshop_file.path)
        lang = i18n.current_language()
        try:
            check_file(path)  # their version must open before this window lets go of the file
        except CoiError as exc:
            error_dialogs.show_error_message(window, exc.text(lang))
            return None
        state = window.view_state()
        welcome, self.show_welcome_when_empty = self.show_welcome_when_empty, False
        try:
            window.close()
        finally:
            self.show_welcome_when_empty = welcome
        fresh = self.open_path(path)
        if fresh is None:
            if not self.windows and welcome:
                self.show_welcome()
            return None
        fresh.restore_view_state(state)
        fresh.show_status(QCoreApplication.translate(
            "Shell", "Reloaded %1 as the other program left it; the undo history starts "
            "afresh.").replace("%1", path.name), 15000)
        return fresh

    def _show(self, workshop_file: Any) -> Any:
        from .main_window import MainWindow

        try:
            window = MainWindow(workshop_file, shell=self)
        except BaseException:
            workshop_file.close()  # never leave the file locked behind a window that failed
            raise
        self.windows.append(window)
        if not workshop_file.readonly:
            settings.add_recent_file(workshop_file.path)
        if self.windows[:-1]:  # cascade a second window so both are visible
            previous = self.windows[-2]
            window.move(previous.pos().x() + 32, previous.pos().y() + 32)
        window.show()
        window.activateWindow()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None
        return window

    def create_workshop(self, path: str | Path, title: str, language: str = "da",
                        template: str = "blank", parent: QWidget | None = None,
                        **info: Any) -> Any:
        """Write a new workshop file and open it; None (after saying why) on failure."""
        from ..models.workshop import Workshop
        from ..storage import create_workshop_file

        try:
            workshop = Workshop.new(title, language=language, template=template,
                                    **{k: v for k, v in info.items() if v})
            create_workshop_file(path, workshop)
        except CoiError as exc:
            error_dialogs.show_error_message(self._parent(parent),
                                             exc.text(i18n.current_language()))
            return None
        return self.open_path(path, parent)

    def new_workshop(self, parent: QWidget | None = None) -> Any:
        from .dialogs.new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self._parent(parent))
        from .library.seed_dialog import library_seed_row

        seed = library_seed_row(dialog)  # issue 16: seed a barrier board from the library
        if not dialog.exec():
            return None
        values = dialog.values()
        window = self.create_workshop(dialog.path(), values.pop("title"),
                                      values.pop("language"), values.pop("template"),
                                      parent=parent, **values)
        return seed.apply(window) if seed is not None else window

    def open_dialog(self, parent: QWidget | None = None) -> Any:
        recent = settings.recent_files()
        start = str(Path(recent[0]).parent) if recent else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self._parent(parent), QCoreApplication.translate("Shell", "Open workshop"), start,
            QCoreApplication.translate("Shell", "COI workshops (*.coi);;All files (*)"))
        return self.open_path(path, parent) if path else None

    def open_demo(self, parent: QWidget | None = None) -> Any:
        """Build a fresh demo workshop in the user data folder and open it."""
        from ..services.demo import build_demo
        from ..storage import create_workshop_file

        lang = i18n.current_language()
        path = paths.data_dir() / "demo" / f"demo-{lang}.coi"
        existing = self.window_for(path) if path.exists() else None
        if existing is not None:
            return self.open_path(path, parent)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_workshop_file(path, build_demo(language=lang), overwrite=True)
        except (CoiError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            text = exc.text(lang) if isinstance(exc, CoiError) else str(exc)
            error_dialogs.show_error_message(self._parent(parent), text)
            return None
        QApplication.restoreOverrideCursor()
        return self.open_path(path, parent)

    # -- windows ------------------------------------------------------------------------------

    def show_welcome(self) -> Any:
        from .welcome import WelcomeWindow

        if self.welcome is None:
            self.welcome = WelcomeWindow(self)
            self.welcome.destroyed.connect(lambda: setattr(self, "welcome", None))
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    def window_closed(self, window: Any) -> None:
        if window in self.windows:
            self.windows.remove(window)
        # Shown before the last window is gone, so Qt never sees "no window left" and quits.
        if not self.windows and not self.quitting and self.show_welcome_when_empty:
            self.show_welcome()

    def settings_changed(self) -> None:
        for window in self.windows:
            window.apply_settings()

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None

    def quit(self) -> None:
        self.quitting = True
        self.close_all()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


_shell: Shell | None = None


def shell() -> Shell:
    """The application's one Shell (made on first use)."""
    global _shell
    if _shell is None:
        _shell = Shell()
    return _shell


def reset_shell() -> None:
    """Close every window and forget the Shell (tests)."""
    global _shell
    if _shell is not None:
        _shell.quitting = True
        _shell.close_all()
    _shell = None


def make_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "coi-desktop", *argv])
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANISATION)
    app.setOrganizationDomain("co-pi.dk")
    app.setApplicationVersion(__import__("coi_desktop").__version__)
    app.setQuitOnLastWindowClosed(True)
    from ..desktop.icons import apply_identity

    apply_identity(app)  # the app icon on every window, and the desktop entry's name
    i18n.set_language(settings.effective_language())
    from . import theming

    theming.apply_theme(settings.theme_setting())
    return app


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coi-desktop", add_help=True)
    parser.add_argument("files", nargs="*", help="workshop files (.coi) to open")
    parser.add_argument("--read-only", action="store_true", help="open the files read-only")
    parser.add_argument("--quit-after-first-frame", action="store_true",
                        help="open the file, paint one frame, print timing as JSON and exit")
    return parser


def _process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux /proc; None elsewhere)."""
    try:
        import os

        ticks = os.sysconf("SC_CLK_TCK")
        start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return round((uptime - start / ticks) * 1000, 1)
    except (OSError, ValueError, IndexError):
        return None


class _FirstFrame(QObject):
    """Waits for the first paint of a widget, then reports and quits."""

    def __init__(self, target: QWidget, report: dict[str, Any]) -> None:
        super().__init__(target)
        self.report = report
        self.done = False
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        self.report["first_frame_ms"] = round((time.perf_counter() - _T0) * 1000, 1)
        self.report["process_age_ms"] = _process_age_ms()
        self.report["imported_before_first_frame"] = {
            name: name in sys.modules for name in ("networkx", "reportlab")}
        print(json.dumps(self.report), flush=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]


def _quit_after_first_frame(path: str) -> int:
    from ..storage import open_workshop

    app = QApplication.instance()
    # Read-only: a measurement must never lock, migrate or snapshot the file it times.
    report: dict[str, Any] = {"file": path, "opened": "read-only"}
    try:
        workshop_file = open_workshop(path, readonly=True)
    except CoiError as exc:
        print(json.dumps({"file": path, "error": exc.text("en")}), flush=True)
        return 1
    report["opened_ms"] = round((time.perf_counter() - _T0) * 1000, 1)
    report["cards"] = len(workshop_file.workshop.cards)
    from .main_window import MainWindow

    s = shell()
    s.show_welcome_when_empty = False
    window = MainWindow(workshop_file, shell=s)
    s.windows.append(window)
    view = window.current_view()
    watcher = _FirstFrame(view.viewport() if view is not None else window, report)
    window.show()
    QTimer.singleShot(60_000, lambda: app.exit(2))  # type: ignore[union-attr]
    code = app.exec()  # type: ignore[union-attr]
    s.quit()
    return code if watcher.done else 2


def clean_leftovers_at_start() -> list[Path]:
    """Remove what a killed run left in the app's own folders: half-written snapshot and copy
    files (`.x.coi.ab12cd.tmp`), and recovery folders in the temp folder. Only stale ones
    (`storage.private.STALE_S`), so a second instance that is running keeps its files."""
    from ..storage.copies import default_snapshot_dir
    from ..storage.private import clean_leftovers

    data = paths.data_dir()
    folders = [data, data / "demo", data / "snapshots", default_snapshot_dir()]
    for parent in (data / "snapshots", default_snapshot_dir()):
        try:
            folders.extend(p for p in parent.iterdir() if p.is_dir() and not p.is_symlink())
        except OSError:
            continue
    return clean_leftovers(folders)


def run_gui(argv: Sequence[str]) -> int:
    """Start the GUI (see the module docstring); returns the exit code."""
    args, qt_args = _parser().parse_known_args(list(argv))
    app = make_application(qt_args)
    crash.install()
    if args.quit_after_first_frame:
        if not args.files:
            sys.stderr.write("coi-desktop: --quit-after-first-frame needs a FILE\n")
            return 2
        return _quit_after_first_frame(args.files[0])
    from ..desktop import single_instance  # a second start hands its files to the first

    if single_instance.hand_over(args.files, args.read_only):
        return 0
    s = shell()
    single_instance.listen(s)
    for path in args.files:
        s.open_path(path, readonly=args.read_only)
    if not s.windows:
        s.show_welcome()
    QTimer.singleShot(0, clean_leftovers_at_start)  # once the first window is up
    return app.exec()
