"""A table of entities with a filter box and a row of buttons: the shape of every list page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ..meeting import meeting_edits as edits
from . import look
from .entity_model import ENTITY_ROLE, NOTHING, EntityTableModel, SwedishSortProxy
from .text_limits import limit_cell_editors, limit_widget


class TablePage(QWidget):
    """Subclasses add buttons with ``add_button`` and set ``model`` with ``set_model``.

    Delete (the key) or ``remove_selected`` removes the selected rows as one undoable
    command named ``REMOVAL`` (an English source text in the "Commands" context).
    """

    REMOVAL = ""
    deleteRequested = Signal(list)  # entity ids

    def __init__(self, document, parent=None, sortable: bool = True, filterable: bool = True):
        super().__init__(parent)
        self.document = document
        self.model: EntityTableModel | None = None
        self._sort_column: int | None = None
        self._stretch_column: int | None = None
        self._shown_once = False
        self.proxy = SwedishSortProxy(self)
        self.proxy.setDynamicSortFilter(sortable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.SMALL))
        bar = QHBoxLayout()
        self.buttons = bar
        self.filter = limit_widget(QLineEdit(), limits.LINE)
        self.filter.setClearButtonEnabled(True)
        self.filter.setVisible(filterable)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.summary = QLabel()
        bar.addWidget(self.filter, 1)
        if not filterable:
            bar.addStretch(1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.view = QTableView()
        limit_cell_editors(self.view)
        self.view.setModel(self.proxy)
        self._sortable = sortable
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self.view.installEventFilter(self)
        self.deleteRequested.connect(self.remove)

    def remove_selected(self) -> None:
        self.remove(self.selected_ids())

    def remove(self, ids: list[int]) -> None:
        if self.model is not None:
            edits.delete(self.document, self.model.cls, ids, QCoreApplication.translate("Commands", self.REMOVAL))

    def sort_by(self, column: int) -> None:
        """Sorts when the page is first shown: a hidden page costs nothing at start-up."""
        self._sort_column = column
        if self.isVisible():
            self.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def showEvent(self, event):
        if self.model is not None:
            self.model.ensure_loaded()
        if not self._shown_once:
            self._shown_once = True
            self.view.setSortingEnabled(self._sortable)
            if self._sort_column is not None:
                self.view.sortByColumn(self._sort_column, Qt.SortOrder.AscendingOrder)
            self.view.resizeColumnsToContents()
            if self._stretch_column is not None:
                self.view.horizontalHeader().setSectionResizeMode(self._stretch_column, QHeaderView.ResizeMode.Stretch)
        super().showEvent(event)

    def add_button(self, slot, shortcut: QKeySequence | None = None) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(shortcut)
        self.buttons.insertWidget(self.buttons.count() - 2, button)
        return button

    def set_model(self, model: EntityTableModel, stretch_column: int | None = None) -> None:
        self.model = model
        model.setParent(self)
        self.proxy.setSourceModel(model)
        self._stretch_column = stretch_column
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(200)  # size columns from the first rows, not all
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        model.rowsInserted.connect(self._update_summary)
        model.rowsRemoved.connect(self._update_summary)
        model.modelReset.connect(self._update_summary)
        model.dataChanged.connect(self._update_summary)  # a summary may count by a column (absent)
        # Columns fit what they show when a list fills (another meeting, the first rows): sized
        # once on an empty list they squashed names to "Anna A…".
        model.modelReset.connect(self._fit_columns_later)
        model.rowsInserted.connect(lambda _parent, first, _last: first == 0 and self._fit_columns_later())
        self._update_summary()

    def _fit_columns_later(self) -> None:
        if self._shown_once:
            QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            if column != self._stretch_column and not header.isSectionHidden(column):
                self.view.resizeColumnToContents(column)

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [index.data(ENTITY_ROLE) for index in rows]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(ENTITY_ROLE) if index.isValid() else None

    def select_id(self, entity_id: int) -> None:
        if self.model is None:
            return
        row = self.model.row_of(entity_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    def eventFilter(self, watched, event):
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and self.view.state() != QAbstractItemView.State.EditingState:
                ids = self.selected_ids()
                if ids:
                    self.deleteRequested.emit(ids)
                    return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update_summary()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter…"))

    def _update_summary(self, *args) -> None:
        if self.model is None or not self.model.loaded:
            return
        count = self.model.rowCount()
        self.summary.setText(self.summary_text(count))

    def summary_text(self, count: int) -> str:
        return self.tr("%n row(s)", "", count)


class MeetingTablePage(TablePage):
    """A list that belongs to the meeting chosen on the left."""

    #: the rows before a meeting is chosen: none
    NO_MEETING = NOTHING

    meeting_id: int | None = None

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.model.show_rows({"meeting_id": meeting_id} if meeting_id else NOTHING)
