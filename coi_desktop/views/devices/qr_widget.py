"""Paint the join QR code, the short address and the join code (window dock and projector).

`paint_qr` draws a `qr_matrix` into a square with plain rectangles (no antialiasing, so the
modules stay crisp when a projector scales the image). `JoinPanel` is the block the projector
shows while phones are invited: QR, address and code in type large enough to read across a
room. `attach_join_panel(projector, controller)` puts one in a projector window's corner and
keeps it in step with the server (the projector's only hook).
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def paint_qr(painter: QPainter, rect: QRectF, matrix: list[list[bool]]) -> None:
    """Draw `matrix` (with its quiet zone) centred in `rect`, white behind dark modules."""
    n = len(matrix)
    if not n:
        return
    side = min(rect.width(), rect.height())
    module = int(side // n) or 1
    size = module * n
    left = rect.left() + (rect.width() - size) / 2
    top = rect.top() + (rect.height() - size) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, size, size), QColor("white"))
    dark = QColor("black")
    for y, row in enumerate(matrix):
        x = 0
        while x < n:  # one rectangle per run of dark modules: few paint calls
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                painter.fillRect(QRectF(left + start * module, top + y * module,
                                        (x - start) * module, module), dark)
            else:
                x += 1
    painter.restore()


class QrWidget(QWidget):
    """A square QR code of `text` (empty: nothing drawn)."""

    def __init__(self, parent: QWidget | None = None, side: int = 220) -> None:
        super().__init__(parent)
        self.setObjectName("devices.qr")
        self._matrix: list[list[bool]] = []
        self.text = ""
        self.setMinimumSize(QSize(side, side))

    def set_text(self, text: str) -> None:
        if text == self.text and (self._matrix or not text):
            return  # making the code costs ~10 ms: only when the address changes
        self.text = text
        if text:
            # segno (and the urllib/http modules it pulls in) load with the first code,
            # not at start-up
            from coi_desktop.services.room_server.qr import qr_matrix

            self._matrix = qr_matrix(text)
        else:
            self._matrix = []
        self.setAccessibleName(text)
        self.update()

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_qr(painter, QRectF(self.rect()), self._matrix)
        painter.end()


def short_address(url: str) -> str:
    """`http://192.168.1.20:8765/?code=…` → `192.168.1.20:8765` (what people type)."""
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0]


class JoinPanel(QWidget):
    """QR code, short address and join code, large, for the projector."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devices.join_panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#devices\\.join_panel { background: white; border: 2px solid "
                           "#37474f; border-radius: 12px; } QLabel { color: #1b2631; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel(self)
        self.qr = QrWidget(self, 260)
        self.address = QLabel(self)
        self.code = QLabel(self)
        self.code.setObjectName("devices.join_code")
        for label, size in ((self.heading, 20), (self.address, 24), (self.code, 34)):
            font = label.font()
            font.setPixelSize(size)
            font.setBold(label is not self.heading)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.code)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Join from your phone"))

    def set_invitation(self, url: str, code: str) -> None:
        self.qr.set_text(url)
        self.address.setText(short_address(url))
        self.code.setText(self.tr("Code: %1").replace("%1", code))
        self.adjustSize()


def attach_join_panel(projector: QWidget, controller: Any) -> JoinPanel | None:
    """Show a `JoinPanel` in the projector's lower right corner while phones are invited
    (the title and the timer keep the top)."""
    if controller is None:
        return None
    panel = JoinPanel(projector)
    panel.setFixedWidth(320)

    def follow(*_args: Any) -> None:
        if not shiboken6.isValid(panel):  # the projector closed: forget it
            with contextlib.suppress(RuntimeError, TypeError):
                controller.invitation_changed.disconnect(follow)
            return
        session = controller.session
        if session is not None and session.running:
            panel.set_invitation(session.server.join_url(), session.code)
            panel.adjustSize()
            panel.move(max(0, projector.width() - panel.width() - 24),
                       max(0, projector.height() - panel.height() - 24))
            panel.show()
            panel.raise_()
        else:
            panel.hide()

    controller.invitation_changed.connect(follow)
    projector.installEventFilter(_Follower(panel, follow))
    follow()
    return panel


class _Follower(QWidget):
    """Keeps the panel in the corner and on top while the projector changes."""

    def __init__(self, panel: JoinPanel, follow: Any) -> None:
        super().__init__(panel)
        self.hide()
        self._follow = follow

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        # A resize moves the corner; a new canvas view (another canvas shown) would cover it.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self._follow()
        return False
