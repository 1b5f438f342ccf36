"""Renders the application icon (facilitator/resources/icons/facilitator.svg) into the
formats the platforms want: PNGs for Linux's hicolor theme, a multi-size .ico for Windows
(the executable, the installer, the file association).

    python packaging/icons.py OUT_FOLDER
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "facilitator" / "resources" / "icons" / "facilitator.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")

    def image(size: int) -> QImage:
        picture = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return picture

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = out / f"facilitator-{size}.png"
        if not image(size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    ico = out / "facilitator.ico"
    images = [image(size) for size in ICO_SIZES]
    if not _write_ico(ico, images):
        raise SystemExit(f"could not write {ico}")
    written.append(ico)
    return written


def _write_ico(path: Path, images) -> bool:
    """An .ico with one PNG-compressed entry per size (Windows Vista and later read these)."""
    import struct

    from PySide6.QtCore import QBuffer, QIODevice

    blobs = []
    for picture in images:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not picture.save(buffer, "PNG"):
            return False
        blobs.append((picture.width(), bytes(buffer.data())))
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries, data = b"", b""
    for size, blob in blobs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    path.write_bytes(header + entries + data)
    return True


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for written in render(Path(sys.argv[1])):
        print(written)
