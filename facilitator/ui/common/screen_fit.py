"""Windows open at a size that fits the screen they open on: a default size, made smaller on
a small screen (1280×720 less a taskbar and a title bar), never smaller than the window's own
minimum. The defaults themselves fit 1280×720, so nothing is cut off even where the screen's
size is unknown."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 40  # a title bar and the window's frame, which the available geometry still includes


def fit_to_screen(widget: QWidget, size: QSize, room: QRect | None = None) -> None:
    """Resizes ``widget`` to ``size``, or to what its screen (or ``room``) has room for."""
    width, height = size.width(), size.height()
    if room is None:
        screen = widget.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width = min(width, room.width() - 16)
        height = min(height, room.height() - FRAME)
    minimum = widget.minimumSizeHint()
    widget.resize(max(width, minimum.width()), max(height, minimum.height()))
