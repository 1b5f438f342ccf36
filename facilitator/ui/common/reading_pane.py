"""What people said, whole: a pane under a list that shows the current row's full text.

Lists of contributions keep one line per row so that hundreds stay quick to scan; the row
the coordinator is on is read here in full, wrapped, with where it was said. Used by the
capture list, the harvest, the release panel and search.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from . import look
from .shown_text import readable


class ReadingPane(QScrollArea):
    """Follows ``view``'s current row: the text of ``text_column`` in full (its tooltip, if the
    cell has one, else what it shows), then the
    other ``detail_columns`` of that row (kind, table, round, …) on one line."""

    LINES = 5  # the pane's height in lines of text; longer texts scroll

    def __init__(self, view: QAbstractItemView, text_column: int, detail_columns: Sequence[int] = (),
                 parent: QWidget | None = None, lines: int = LINES):
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.view = view
        self.text_column = text_column
        self.detail_columns = tuple(detail_columns)
        self.empty_text = ""  # what the pane says while the list is empty (the page's own words)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(look.margins(look.SMALL))
        layout.setSpacing(look.space(look.HAIR))
        self.text = QLabel()
        self.text.setObjectName("readingText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # what people typed is never markup
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details = QLabel()
        self.details.setObjectName("readingDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setEnabled(False)  # the palette's quieter text colour
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setWidget(body)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * lines + 20)
        self._follow()
        view.model().modelReset.connect(self.show_current)
        view.model().rowsInserted.connect(self.show_current)
        view.model().rowsRemoved.connect(self.show_current)
        view.model().dataChanged.connect(self._changed)

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.show_current()

    def _follow(self) -> None:
        if self.view.selectionModel() is not None:
            self.view.selectionModel().currentChanged.connect(self.show_current)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles) -> None:
        current = self.view.currentIndex()
        if current.isValid() and current.parent() == top_left.parent() and top_left.row() <= current.row() <= bottom_right.row():
            self.show_current()

    def show_current(self, *_args) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            self.text.setText("")
            empty = self.view.model().rowCount() == 0 and self.empty_text
            self.details.setText(empty or self.tr("Choose a contribution to read it whole here."))
            return
        cell = current.siblingAtColumn(self.text_column)
        # The whole stored text is the cell's tooltip where the cell shows it on one line.
        text = cell.data(Qt.ItemDataRole.ToolTipRole) or cell.data(Qt.ItemDataRole.DisplayRole)
        details = [current.siblingAtColumn(c).data(Qt.ItemDataRole.DisplayRole) for c in self.detail_columns]
        self.text.setText("" if text is None else readable(str(text)))
        self.details.setText(" · ".join(str(d) for d in details if d not in (None, "")))
