"""A label whose text always fits its rectangle: it wraps at word boundaries and takes the
largest font size (between a floor and a ceiling) at which the wrapped text fits, found by a
binary search with QFontMetrics. Its size hints are small, so the layout decides its rectangle
and never the length of its text: a long agenda title or question cannot push the projector
wider than the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

MIN_PIXELS = 12


def text_flags(alignment: Qt.AlignmentFlag, wrap: bool) -> int:
    """The drawing flags QLabel uses for plain text, as an int for QFontMetrics."""
    flags = int(alignment.value if hasattr(alignment, "value") else alignment)
    if wrap:
        flags |= int(Qt.TextFlag.TextWordWrap.value)
    return flags


def text_size(font: QFont, rect: QRect, flags: int, text: str) -> QSize:
    """The size the text takes when drawn into ``rect`` with ``flags`` in ``font``."""
    return QFontMetrics(font).boundingRect(rect, flags, text).size()


def fits(font: QFont, rect: QRect, flags: int, text: str) -> bool:
    size = text_size(font, rect, flags, text)
    return size.width() <= rect.width() and size.height() <= rect.height()


def fitted_pixel_size(font: QFont, rect: QRect, flags: int, text: str, floor: int, ceiling: int) -> int:
    """The largest pixel size in [floor, ceiling] at which ``text`` fits ``rect`` (floor if none does)."""
    trial = QFont(font)
    low, high, best = floor, max(floor, ceiling), floor
    while low <= high:
        middle = (low + high) // 2
        trial.setPixelSize(middle)
        if fits(trial, rect, flags, text):
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return best


class FittedLabel(QLabel):
    """A plain-text label that scales its font to fit its rectangle.

    ``ceiling`` is the largest pixel size wanted (set by the window from its height);
    ``sample`` may map the text to the text to measure, so a countdown keeps one size while
    its digits change."""

    def __init__(self, name: str, wrap: bool = True, alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                 bold: bool = False, sample: Callable[[str], str] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setAlignment(alignment)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.bold = bold
        self.ceiling = 48
        self.floor = MIN_PIXELS
        self.sample = sample
        self._fitted_for: tuple | None = None

    def sizeHint(self) -> QSize:
        return QSize(10, 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def flags(self) -> int:
        return text_flags(self.alignment(), self.wordWrap())

    def measured_text(self) -> str:
        text = self.text()
        return self.sample(text) if self.sample is not None and text else text

    def set_ceiling(self, pixels: int) -> None:
        self.ceiling = max(self.floor, int(pixels))
        self.fit()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self.fit()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        rect = self.contentsRect()
        text = self.measured_text()
        key = (rect.width(), rect.height(), text, self.ceiling, self.floor, self.bold, self.wordWrap())
        if key == self._fitted_for:
            return
        self._fitted_for = key
        font = QFont(self.font())
        font.setBold(self.bold)
        if text and rect.width() > 0 and rect.height() > 0:
            font.setPixelSize(fitted_pixel_size(font, QRect(0, 0, rect.width(), rect.height()), self.flags(), text,
                                                self.floor, self.ceiling))
        else:
            font.setPixelSize(self.ceiling)
        if font != self.font():
            self.setFont(font)

    def overflow(self) -> QSize:
        """How far the drawn text exceeds the rectangle (0, 0 when it fits): for tests and logs."""
        rect = self.contentsRect()
        size = text_size(self.font(), QRect(0, 0, rect.width(), rect.height()), self.flags(), self.text())
        return QSize(max(0, size.width() - rect.width()), max(0, size.height() - rect.height()))
