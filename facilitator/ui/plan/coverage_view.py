"""The 10 × 4 coverage grid: ECCAR points down, tracks across, the number of measures in each
cell, and the empty cells flagged in colour *and* words, because filling them is what the
coordinator negotiates with the departments (DOMAIN.md, "The action plan structure").

Also the small dialog where a process gives the points and tracks its own wording.
Departments are never counted or compared here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.coverage import CoverageGrid, coverage_grid
from ...domain.entities import ExistingEffort, Measure
from ...domain.measures import ECCAR_POINT_NUMBERS, TRACK_NUMBERS
from ..common.text_limits import limit_field
from . import measure_edits, measure_texts

EMPTY_COLOUR = QColor("#fde68a")  # amber: asks to be filled, does not alarm
EMPTY_TEXT = QColor("#1f2937")  # dark text on amber, in a light or a dark palette
POINT_ROLE = Qt.ItemDataRole.UserRole + 10
TRACK_ROLE = Qt.ItemDataRole.UserRole + 11


class CoverageModel(QAbstractTableModel):
    """Rows: the ten points and a total; columns: the four tracks and a total.

    ``measures`` gives the measures to count (the catalogue's, already in memory), so a
    refresh costs no reading from the file.
    """

    def __init__(self, document, measures: Callable[[], list[Measure]], parent=None,
                 efforts: Callable[[], list[ExistingEffort]] | None = None):
        super().__init__(parent)
        self.document = document
        self._measures = measures
        self._efforts = efforts or (lambda: [])
        self.grid: CoverageGrid = coverage_grid([])
        self._effort_names: dict[int, str] = {}
        self._labels: dict = {}
        self.refresh()

    def refresh(self) -> None:
        efforts = self._efforts()
        self._effort_names = {effort.id: effort.name for effort in efforts}
        self.grid = coverage_grid(self._measures(), efforts=efforts)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def refresh_labels(self) -> None:
        self._labels = measure_texts.label_overrides(self.document)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def cell(self, index: QModelIndex) -> tuple[int | None, int | None]:
        """(point, track) of an index; None in the total row or column."""
        if not index.isValid():
            return None, None
        point = ECCAR_POINT_NUMBERS[index.row()] if index.row() < len(ECCAR_POINT_NUMBERS) else None
        track = TRACK_NUMBERS[index.column()] if index.column() < len(TRACK_NUMBERS) else None
        return point, track

    def index_of(self, point: int, track: int) -> QModelIndex:
        return self.index(ECCAR_POINT_NUMBERS.index(point), TRACK_NUMBERS.index(track))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ECCAR_POINT_NUMBERS) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TRACK_NUMBERS) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        numbers = TRACK_NUMBERS if horizontal else ECCAR_POINT_NUMBERS
        if section >= len(numbers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Total")
            return None
        number = numbers[section]
        label = (measure_texts.track_label if horizontal else measure_texts.point_label)(
            self.document, number, self._labels
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return measure_texts.numbered(number, label)
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                hint = self.tr("Double-click to change the label of this track in this process.")
            else:
                hint = self.tr("Double-click to change the label of this point in this process.")
            return f"{measure_texts.numbered(number, label)}\n{hint}"
        if role == Qt.ItemDataRole.TextAlignmentRole and not horizontal:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        point, track = self.cell(index)
        if role == POINT_ROLE:
            return point
        if role == TRACK_ROLE:
            return track
        grid = self.grid
        if point is not None and track is not None:
            count = grid.count(point, track=track)
            existing = grid.effort_count(point, track)
            if role == Qt.ItemDataRole.DisplayRole:
                shown = str(count) if count else self.tr("Empty")
                if existing:  # the mapping's efforts beside the planned measures
                    shown += " · " + self.tr("%n existing", "", existing)
                return shown
            if role == Qt.ItemDataRole.BackgroundRole and not count:
                return QBrush(EMPTY_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole and not count:
                return QBrush(EMPTY_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                where = self.tr("point %1, track %2").replace("%1", str(point)).replace("%2", str(track))
                if count:
                    tip = self.tr("%n measure(s) in %1. Click to see them.", "", count).replace("%1", where)
                else:
                    tip = self.tr("No measure in %1 yet. Click, then “Add a measure here”.").replace("%1", where)
                if existing:
                    names = [self._effort_names.get(i, "") for i in grid.effort_ids(point, track)]
                    tip += "\n" + self.tr("Existing work here: %1").replace("%1", "; ".join(names))
                return tip
        else:
            if point is not None:
                count = grid.point_total(point)
            elif track is not None:
                count = grid.track_total(track)
            else:
                count = grid.total
            if role == Qt.ItemDataRole.DisplayRole:
                return str(count)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QApplication.palette().alternateBase()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and point is not None and not count:
                return self.tr("This point has no measure yet.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CoverageView(QTableView):
    """The grid. Choosing a cell (click or arrow keys) emits ``cellChosen``; Enter on a cell
    emits ``addRequested``; double-clicking a header asks to edit that label."""

    cellChosen = Signal(object, object)  # point or None, track or None
    addRequested = Signal(int, int)
    labelEditRequested = Signal(str, int)  # framework ("eccar" | "track"), number

    def __init__(self, model: CoverageModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setMaximumWidth(self.fontMetrics().averageCharWidth() * 62)
        header.sectionDoubleClicked.connect(lambda section: self._edit_label("track", TRACK_NUMBERS, section))
        rows.sectionDoubleClicked.connect(lambda section: self._edit_label("eccar", ECCAR_POINT_NUMBERS, section))
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.clicked.connect(self._choose)
        height = rows.defaultSectionSize() * model.rowCount() + header.sizeHint().height() + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _edit_label(self, framework: str, numbers, section: int) -> None:
        if section < len(numbers):
            self.labelEditRequested.emit(framework, numbers[section])

    def _current_changed(self, current, _previous) -> None:
        self._choose(current)

    def _choose(self, index) -> None:
        point, track = self.model().cell(index)
        if index.isValid():
            self.cellChosen.emit(point, track)

    def current_cell(self) -> tuple[int | None, int | None]:
        return self.model().cell(self.currentIndex())

    def choose_cell(self, point: int, track: int) -> None:
        self.setCurrentIndex(self.model().index_of(point, track))

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            point, track = self.current_cell()
            if point is not None and track is not None:
                self.addRequested.emit(point, track)
                return
        super().keyPressEvent(event)


class FrameworkLabelsDialog(QDialog):
    """The process's own labels for the ten points and four tracks. An empty field means the
    toolkit's wording (shown as a hint). OK writes the changed ones as one undo step."""

    def __init__(self, document, focus: tuple[str, int] | None = None, parent=None):
        super().__init__(parent)
        self.document = document
        overrides = measure_texts.label_overrides(document)
        self.fields: dict[tuple[str, int], QLineEdit] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        form = QFormLayout(inner)
        self.points_heading, self.tracks_heading = QLabel(), QLabel()
        for heading, framework, numbers, default in (
            (self.points_heading, "eccar", ECCAR_POINT_NUMBERS, measure_texts.default_point_label),
            (self.tracks_heading, "track", TRACK_NUMBERS, measure_texts.default_track_label),
        ):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            form.addRow(heading)
            for number in numbers:
                field = limit_field(QLineEdit(overrides.get((framework, number), "")), "framework_label", "label")
                field.setPlaceholderText(default(number))
                field.setClearButtonEnabled(True)
                field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
                self.fields[(framework, number)] = field
                form.addRow(str(number), field)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.retranslate()
        if focus in self.fields:
            self.fields[focus].setFocus()
            self.fields[focus].selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Labels of points and tracks"))
        self.intro.setText(
            self.tr("The labels this process uses for the ECCAR points and the tracks. Leave a field empty to use the "
                    "toolkit's wording, shown in grey.")
        )
        self.points_heading.setText(self.tr("ECCAR points"))
        self.tracks_heading.setText(self.tr("Tracks"))

    def changes(self) -> dict[tuple[str, int], str]:
        current = measure_texts.label_overrides(self.document)
        return {
            key: " ".join(field.text().split())
            for key, field in self.fields.items()
            if " ".join(field.text().split()) != current.get(key, "")
        }

    def apply(self) -> bool:
        """Writes the changed labels as one undo step; True if all were written."""
        changes = self.changes()
        if not changes:
            return True
        return measure_edits.set_framework_labels(self.document, changes)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
