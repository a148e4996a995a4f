"""The join address as a QR code (segno): a matrix of dark modules for any painter.

Error correction M keeps the code readable from the back of a room even when the projector
washes out a few modules; the quiet zone of four modules is part of the matrix.
"""

from __future__ import annotations

import segno


def qr_matrix(text: str, border: int = 4) -> list[list[bool]]:
    """Rows of modules (True = dark), the quiet zone included."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(m) for m in row] for row in code.matrix_iter(border=border)]
