"""Editors inside table cells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a field with a fixed vocabulary: shows translated labels, stores keys."""

    def __init__(self, labels: dict, parent=None):
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for key, text in self.labels.items():
            editor.addItem(QCoreApplication.translate("Vocabulary", text), str(key))
        return editor

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
