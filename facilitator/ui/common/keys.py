"""Key sequences built from a modifier and a key (Ctrl+Return, Alt+Up …) for QShortcut."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination
from PySide6.QtGui import QKeySequence


def key_sequence(modifiers, key) -> QKeySequence:
    return QKeySequence(QKeyCombination(modifiers, key))
