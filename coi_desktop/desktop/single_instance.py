"""One running COI Desktop per user: a second start hands its files to the first.

`run_gui` asks `hand_over(files, read_only)` first. When a COI Desktop of the same user (the
same data folder) is already running, the files go to it as absolute paths over a
QLocalSocket, it opens each one (or brings the window forward where the file is already
open) and the second process exits at once. Otherwise `listen(shell)` starts the
QLocalServer that serves later starts. So a double-click on a .coi never makes a second
process that writes the file; should the running app not answer in time, the new process
opens the file itself, and the storage lock still admits only one writer (the other is
offered read-only).

The socket is only reachable by the same user (UserAccessOption), its name is derived from
the user's data folder, and a message is one line of JSON: {"files": [...], "read_only": b}.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 3000
MAX_MESSAGE = 1 << 20  # a message larger than this is not from us


def server_name() -> str:
    """Per user and data folder, so separate homes (and tests) never meet."""
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha1(f"{user}\0{where}".encode()).hexdigest()[:16]
    return f"coi-desktop-{digest}"


def hand_over(files: Sequence[str], read_only: bool = False,
              name: str | None = None) -> bool:
    """Send the files to a running COI Desktop; True when it took them."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = {"files": [str(Path(f).expanduser().absolute()) for f in files],
               "read_only": bool(read_only)}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later starts and opens what they send in `shell`."""

    def __init__(self, shell: Any, name: str | None = None) -> None:
        super().__init__()
        self.shell = shell
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)
        self.buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        # Nobody answered hand_over, so a socket left by a crashed app is stale.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self.buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self.buffers.pop(socket, None)
        socket.deleteLater()

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self.buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        self.buffers[socket] = data
        if b"\n" not in data:
            return
        try:
            message = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
            files = [str(f) for f in message["files"]]
            read_only = bool(message.get("read_only", False))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        # After answering: opening may show a dialog with its own event loop.
        QTimer.singleShot(0, lambda: self.open(files, read_only))

    def open(self, files: Sequence[str], read_only: bool) -> None:
        """What a second start asked for: its files, or else a window to the front."""
        for path in files:
            self.shell.open_path(path, readonly=read_only)
        if files:
            return
        window = self.shell.windows[-1] if self.shell.windows else self.shell.show_welcome()
        window.showNormal()
        window.raise_()
        window.activateWindow()


_server: InstanceServer | None = None


def listen(shell: Any) -> InstanceServer | None:
    """Serve later starts for this process (None if another process got there first)."""
    global _server
    server = InstanceServer(shell)
    if not server.listen():
        return None
    _server = server
    return server
