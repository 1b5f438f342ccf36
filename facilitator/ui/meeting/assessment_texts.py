"""Small pieces the Assessment page shares: a text saved when the focus leaves it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit


class NoteEdit(QPlainTextEdit):
    """A text that is saved when the focus leaves it (``edited``); a refresh never overwrites
    what is being typed."""

    edited = Signal(str)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.edited.emit(self.toPlainText())

    def show_text(self, text: str) -> None:
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)
