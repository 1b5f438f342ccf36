"""How a table shares its width: the text column (what people said) keeps most of it, the
columns beside it are never narrower than their heading (numbers) or a few letters (words, named
whole in their tooltips), and grow towards their content when the window has the room (1920×1080),
instead of leaving all the spare width to the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: Room for the sort indicator and the section's padding beside a heading's text.
HEADING_PADDING = 24
#: Room beside a cell's text (its margins, a tree's indentation is counted by Qt).
CELL_PADDING = 12


def heading_width(header: QHeaderView, column: int) -> int:
    """The width a column needs to show its heading whole."""
    model = header.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model is not None else ""
    return header.fontMetrics().horizontalAdvance(title) + HEADING_PADDING


class ColumnRoom(QObject):
    """Keeps ``view``'s columns sized: ``text_column`` stretches; each other column is given
    ``(least, most)`` in average characters: at least ``least`` (and its heading whole when
    ``whole_heading`` holds it), at most ``most`` as its content asks, when the text column keeps
    ``text_share`` of the view's width."""

    def __init__(self, view: QAbstractItemView, text_column: int, columns: dict[int, tuple[int, int]],
                 whole_heading: set[int] = frozenset(), text_share: float = 0.5):
        super().__init__(view)
        self.view = view
        self.text_column = text_column
        self.columns = dict(columns)
        self.whole_heading = set(whole_heading)
        self.text_share = text_share
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(28)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.headerDataChanged):
            signal.connect(self._timer.start)
        self.fit()

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def least(self, column: int) -> int:
        characters = self.columns[column][0]
        width = self.view.fontMetrics().averageCharWidth() * characters + CELL_PADDING
        if column in self.whole_heading:
            width = max(width, heading_width(self.header(), column))
        return width

    def wanted(self, column: int) -> int:
        most = self.view.fontMetrics().averageCharWidth() * self.columns[column][1] + CELL_PADDING
        content = max(self.view.sizeHintForColumn(column), heading_width(self.header(), column))
        return max(self.least(column), min(content, most))

    def fit(self) -> None:
        header = self.header()
        width = self.view.viewport().width()
        columns = [c for c in self.columns if not header.isSectionHidden(c)]
        least = {c: self.least(c) for c in columns}
        wanted = {c: self.wanted(c) for c in columns}
        # Columns sized otherwise (to their contents, say) take their room first.
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.text_column and c not in self.columns and not header.isSectionHidden(c))
        spare = max(0.0, width * (1 - self.text_share) - others - sum(least.values()))
        # The spare room shared fairly: the columns that need little ("Idé", a table's name) get
        # all they need first, the long ones (a theme, a measure) share what is left.
        given = dict(least)
        needing = sorted(columns, key=lambda c: wanted[c] - least[c])
        for position, column in enumerate(needing):
            grant = min(wanted[column] - least[column], spare / (len(needing) - position))
            given[column] += grant
            spare -= grant
        for column in columns:
            header.resizeSection(column, round(given[column]))

    def eventFilter(self, watched, event):
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                     QEvent.Type.LanguageChange):
            self._timer.start()
        return False


__all__ = ["ColumnRoom", "heading_width"]
