"""QR codes for the phone addresses: one matrix, drawn three ways.

* ``to_qimage`` for the app and the projector (Qt is imported only there),
* ``to_png`` (pypng, no Pillow) for printables and documents,
* ``to_svg`` for anything that scales.

Error correction M (15 %), a quiet zone of 4 modules as the standard asks. Keep URLs short:
``http://192.168.1.20:8765/m/<32 hex>/`` fits in version 4 (33 × 33 modules).
"""

from __future__ import annotations

import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4


def matrix(text: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """Rows of modules, True for dark, including the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=border, box_size=1)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def to_png(text: str, scale: int = 8, border: int = QUIET_ZONE) -> bytes:
    """A black-and-white PNG, ``scale`` pixels per module."""
    import png  # pypng

    rows = _scaled(matrix(text, border), scale)
    buffer = io.BytesIO()
    png.Writer(len(rows[0]), len(rows), greyscale=True, bitdepth=1).write(buffer, rows)
    return buffer.getvalue()


def to_svg(text: str, module: float = 1.0, border: int = QUIET_ZONE, title: str | None = None) -> str:
    """An SVG document: a white square with one black path (crisp at any size)."""
    cells = matrix(text, border)
    size = len(cells)
    parts = []
    for y, row in enumerate(cells):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                parts.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    extent = size * module
    label = f"<title>{_xml(title)}</title>" if title else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{extent:g}" height="{extent:g}" '
        f'viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img">{label}'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(parts)}"/></svg>'
    )


def to_qimage(text: str, scale: int = 8, border: int = QUIET_ZONE):
    """A QImage (8-bit greyscale) for the window and the projector. Scale it with
    ``Qt.FastTransformation`` (nearest neighbour) so the modules stay sharp."""
    from PySide6.QtGui import QImage

    cells = matrix(text, border)
    size = len(cells) * scale
    data = bytearray()
    for row in cells:
        line = bytearray()
        for dark in row:
            line += (b"\x00" if dark else b"\xff") * scale
        data += bytes(line) * scale
    image = QImage(bytes(data), size, size, size, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels (the buffer above is temporary)


def to_text(text: str, border: int = 2) -> str:
    """The code drawn with half blocks, for a terminal (``facilitator serve --qr``)."""
    cells = matrix(text, border)
    if len(cells) % 2:
        cells.append([False] * len(cells[0]))
    lines = []
    for top, bottom in zip(cells[0::2], cells[1::2]):
        line = []
        for upper, lower in zip(top, bottom):
            # Light modules are drawn, so the code reads on a dark terminal background.
            if not upper and not lower:
                line.append("█")
            elif not upper:
                line.append("▀")
            elif not lower:
                line.append("▄")
            else:
                line.append(" ")
        lines.append("".join(line))
    return "\n".join(lines)


def _scaled(cells: list[list[bool]], scale: int) -> list[list[int]]:
    rows = []
    for row in cells:
        pixels = [0 if dark else 1 for dark in row for _ in range(scale)]
        rows.extend([pixels] * scale)
    return rows


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
