"""Editors inside table cells, and the rows of a wrapped list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem


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


class WrappedRowDelegate(QStyledItemDelegate):
    """Rows of wrapped text in a list view: each row is measured at the width its text is drawn
    in (the viewport less the view's spacing and the style's text margins), so a title that
    just fits on one line is not cut to "…" when it is drawn on two."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        view = shown.widget
        if not isinstance(view, QListView):
            return super().sizeHint(option, index)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = view.viewport().width() - 2 * view.spacing() - 2 * margin - 2  # a little slack for rounding
        text = shown.fontMetrics.boundingRect(QRect(0, 0, max(width, 20), 100_000),
                                              int(Qt.TextFlag.TextWordWrap), shown.text)
        return QSize(width + 2 * margin, text.height())
