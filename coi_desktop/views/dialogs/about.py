"""The About box: what COI Desktop is, its version and licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__


def show_about(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("About", "About COI Desktop")
    text = QCoreApplication.translate(
        "About", "<h3>COI Desktop %1</h3><p>An offline workshop tool for mapping actors, "
        "barriers and opportunities in public–private innovation, made for the Danish "
        "Center for Offentlig Innovation.</p><p>Every change is saved in the workshop file "
        "as you work. No account, no network.</p><p>MIT licence. Card text is set in "
        "DejaVu Sans (free licence, shipped with the program). Built with Qt for Python "
        "(LGPL).</p>").replace("%1", __version__)
    QMessageBox.about(parent, title, text)
