"""The action plan across the whole process: the coverage grid on top, the catalogue of
measures below it with filters, and the measure editor a double-click away.

The catalogue keeps every measure in memory (a plan has hundreds, not millions), so
filtering is a pass over plain objects in the proxy and never reads the file: the
benchmark (``benchmarks/bench_catalogue.py``) holds it under 50 ms at 500 measures.
Nothing here ranks or compares departments: they are a filter, never a score.
"""

from __future__ import annotations

import bisect
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ...domain.entities import ExistingEffort, FrameworkLabel, Goal, GoalMeasure, Measure, MeasureEffort, Meeting
from ...domain.measures import ECCAR_POINT_NUMBERS, STATUS_ORDER, TRACK_NUMBERS, deadline_of, is_overdue
from ...domain.swedish import sort_text
from ...storage import efforts as efforts_repo
from ...storage import measures_repo as repo
from ..common import look
from ..common.entity_model import ENTITY_ROLE, SORT_ROLE, SwedishSortProxy
from ..common.keys import key_sequence
from ..common.text_limits import limit_widget
from ..document import DELETED
from . import measure_edits, measure_texts
from .coverage_view import CoverageModel, CoverageView, FrameworkLabelsDialog

ANY = None
NOT_SET = "not_set"  # a filter choice: "no point" / "no track" / "no meeting"


def plan_order(measure: Measure) -> tuple:
    """The catalogue's order: ECCAR point, track, position (as ``list_measures`` reads it)."""
    return (
        measure.eccar_point is None, measure.eccar_point or 0, measure.track is None, measure.track or 0,
        measure.position, measure.id or 0,
    )


class MeasureCatalogueModel(QAbstractTableModel):
    """Every measure of the process in the plan's order, updated row by row.

    The texts of each row are worked out when the measure changes, not when a view asks:
    a filter change repaints and re-maps hundreds of rows, and each ``data`` call from
    Qt into Python must then be a lookup.
    """

    NUMBER, TITLE, OWNER, DEPARTMENT, STATUS, DEADLINE, POINT, TRACK, ORIGIN = range(9)
    COLUMN_COUNT = 9

    def __init__(self, document, parent=None, today: date | None = None):
        super().__init__(parent)
        self.document = document
        self.today = today or date.today()
        self._rows: list[Measure] = []
        self._row_of: dict[int, int] = {}
        self._numbers: dict[int, str] = {}
        self._overdue: dict[int, bool] = {}
        self._haystack: dict[int, str] = {}
        self._cells: dict[int, tuple] = {}
        self._meetings: dict[int, Meeting] = {}
        self._labels: dict = {}
        self._warning = None
        self.reload()
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.reload)

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._meetings = {m.id: m for m in self.document.store.list(Meeting)}
        self._labels = measure_texts.label_overrides(self.document)
        self._rows = repo.list_measures(self.document.store)
        self._rows.sort(key=plan_order)
        self._reindex()
        self._describe_all()
        self.endResetModel()

    def _reindex(self) -> None:
        from ...export.report_data import number_measures

        self._row_of = {m.id: row for row, m in enumerate(self._rows)}
        self._numbers = number_measures(self._rows)

    def retranslate(self) -> None:
        """The cached texts (statuses, labels, "overdue") in the new language."""
        self._describe_all()
        self._emit_columns(0, self.COLUMN_COUNT - 1)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def _describe_all(self) -> None:
        for measure in self._rows:
            self._describe(measure)

    def _describe(self, measure: Measure) -> None:
        """What the filter looks at and the row shows, worked out once per change."""
        self._overdue[measure.id] = is_overdue(measure, self.today)
        self._haystack[measure.id] = " ".join(
            (measure.title, measure.description, measure.goal, measure.owner, measure.department, measure.target_groups)
        ).casefold()
        self._cells[measure.id] = tuple(self._display(measure, column) for column in range(self.COLUMN_COUNT))

    def _on_row_changed(self, table: str, entity_id: int, kind: str) -> None:
        if table == Measure.TABLE:
            self._measure_changed(entity_id, kind)
        elif table == FrameworkLabel.TABLE:
            self._labels = measure_texts.label_overrides(self.document)
            self._describe_all()
            self._emit_columns(self.POINT, self.TRACK)
        elif table == Meeting.TABLE:
            self._meetings = {m.id: m for m in self.document.store.list(Meeting)}
            self._describe_all()
            self._emit_columns(self.ORIGIN, self.ORIGIN)

    def _measure_changed(self, measure_id: int, kind: str) -> None:
        row = self._row_of.get(measure_id)
        measure = None if kind == DELETED else self.document.store.get(Measure, measure_id)
        if row is not None and (measure is None or plan_order(measure) != plan_order(self._rows[row])):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._reindex()
            self.endRemoveRows()
            row = None
        if measure is not None:
            if row is None:
                keys = [plan_order(m) for m in self._rows]
                position = bisect.bisect(keys, plan_order(measure))
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, measure)
                self._reindex()
                self._describe(measure)
                self.endInsertRows()
            else:
                self._rows[row] = measure
                self._describe(measure)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
        self._renumber()

    def _renumber(self) -> None:
        """Numbers ("3.2") follow the plan's order, so a new or moved measure renumbers others."""
        for measure in self._rows:
            cells = self._cells.get(measure.id)
            number = self._numbers.get(measure.id, "")
            if cells is not None and cells[self.NUMBER] != number:
                self._cells[measure.id] = (number, *cells[1:])
        self._emit_columns(self.NUMBER, self.NUMBER)

    def _emit_columns(self, first: int, last: int) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    # -- access -----------------------------------------------------------------------

    def entity(self, row: int) -> Measure:
        return self._rows[row]

    def entities(self) -> list[Measure]:
        return list(self._rows)

    def row_of(self, measure_id: int) -> int | None:
        return self._row_of.get(measure_id)

    def number(self, measure_id: int) -> str:
        return self._numbers.get(measure_id, "")

    def is_overdue(self, measure_id: int) -> bool:
        return self._overdue.get(measure_id, False)

    def haystack(self, measure_id: int) -> str:
        return self._haystack.get(measure_id, "")

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < self.COLUMN_COUNT:
                return self._header(section)
        return None

    def _header(self, section: int) -> str:
        return (
            self.tr("No."), self.tr("Measure"), self.tr("Responsible"), self.tr("Department"), self.tr("Status"),
            self.tr("Due"), self.tr("ECCAR point"), self.tr("Track"), self.tr("From meeting"),
        )[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _deadline_text(self, measure: Measure) -> str:
        text = measure.due_date or measure.time_frame
        if self._overdue.get(measure.id):
            return self.tr("%1 – overdue").replace("%1", text)
        return text

    def _display(self, measure: Measure, column: int) -> str:
        if column == self.NUMBER:
            return self._numbers.get(measure.id, "")
        if column == self.TITLE:
            return measure.title
        if column == self.OWNER:
            return measure.owner
        if column == self.DEPARTMENT:
            return measure.department
        if column == self.STATUS:
            return measure_texts.status_label(measure.status)
        if column == self.DEADLINE:
            return self._deadline_text(measure)
        if column == self.POINT:
            return "" if measure.eccar_point is None else str(measure.eccar_point)
        if column == self.TRACK:
            return measure_texts.numbered(
                measure.track, measure_texts.track_label(self.document, measure.track, self._labels)
            )
        if column == self.ORIGIN:
            return measure_texts.meeting_name(self._meetings.get(measure.origin_meeting_id))
        return ""

    def _sort(self, measure: Measure, column: int):
        if column == self.NUMBER:
            return self._row_of.get(measure.id, 0)  # the plan's order
        if column == self.STATUS:
            return STATUS_ORDER.index(measure.status) if measure.status in STATUS_ORDER else 99
        if column == self.DEADLINE:
            deadline = deadline_of(measure)
            return deadline.isoformat() if deadline else "9999"
        if column == self.POINT:
            return measure.eccar_point or 99
        if column == self.TRACK:
            return measure.track or 99
        if column == self.ORIGIN:
            meeting = self._meetings.get(measure.origin_meeting_id)
            return (meeting.date or "9999") if meeting else "9999"
        return sort_text(self._cells[measure.id][column])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[self._rows[row].id][column] if 0 <= row < len(self._rows) else None
        if not (0 <= row < len(self._rows)):
            return None
        measure = self._rows[row]
        if column == self.DEADLINE and self._overdue.get(measure.id):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(look.error_colour()))
            if role == Qt.ItemDataRole.DecorationRole:
                if self._warning is None:
                    from PySide6.QtWidgets import QApplication

                    self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                return self._warning
        if role == ENTITY_ROLE:
            return measure.id
        if role == SORT_ROLE:
            return self._sort(measure, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DEADLINE and self._overdue.get(measure.id):
                return self.tr("Overdue: the due date has passed and the measure is still open.")
            if column == self.POINT:
                return measure_texts.numbered(
                    measure.eccar_point, measure_texts.point_label(self.document, measure.eccar_point, self._labels)
                )
            return self._cells[measure.id][column]
        return None


class MeasureFilterProxy(SwedishSortProxy):
    """The catalogue's filters. Each is None for "any"; points and tracks may hold None for
    "not set". Matching is a pass over the measures in memory: no reading from the file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: set | None = None
        self.tracks: set | None = None
        self.statuses: set | None = None
        self.department: str | None = None
        self.owner: str | None = None
        self.meetings: set | None = None
        self.overdue_only = False
        self.text = ""

    def set_filters(self, **filters) -> None:
        unknown = [name for name in filters if not hasattr(self, name)]
        if unknown:
            raise AttributeError(", ".join(unknown))
        self.beginFilterChange()
        for name, value in filters.items():
            if name in ("department", "owner") and value is not None:
                value = " ".join(value.split()).casefold()
            if name == "text":
                value = " ".join((value or "").split()).casefold()
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_filters(self) -> None:
        self.set_filters(points=None, tracks=None, statuses=None, department=None, owner=None, meetings=None,
                         overdue_only=False, text="")

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        measure = model.entity(source_row)
        if self.points is not None and measure.eccar_point not in self.points:
            return False
        if self.tracks is not None and measure.track not in self.tracks:
            return False
        if self.statuses is not None and measure.status not in self.statuses:
            return False
        if self.department is not None and " ".join(measure.department.split()).casefold() != self.department:
            return False
        if self.owner is not None and " ".join(measure.owner.split()).casefold() != self.owner:
            return False
        if self.meetings is not None and measure.origin_meeting_id not in self.meetings:
            return False
        if self.overdue_only and not model.is_overdue(measure.id):
            return False
        return not (self.text and self.text not in model.haystack(measure.id) and self.text != model.number(measure.id))


class ActionPlanPage(QWidget):
    """The action plan tab. ``sourceChosen`` passes on a measure's source the coordinator
    wants to see, for the window to show it in its meeting."""

    sourceChosen = Signal(str, int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.editors: dict[int, QWidget] = {}
        self.model = MeasureCatalogueModel(document, self)
        self.proxy = MeasureFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.coverage = CoverageModel(document, self.model.entities, self,
                                      efforts=lambda: efforts_repo.list_efforts(document.store))
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(lambda *args: self.coverage.refresh())
        document.rowChanged.connect(self._on_row_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.SMALL))
        bar = QHBoxLayout()
        control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        self.new_button = self._button(bar, self.new_measure, key_sequence(control_shift, Qt.Key.Key_E))
        self.add_here_button = self._button(bar, self.add_in_chosen_cell, key_sequence(control_shift, Qt.Key.Key_G))
        self.open_button = self._button(bar, self.open_current)
        self.delete_button = self._button(bar, self.delete_selected)
        self.labels_button = self._button(bar, lambda: self.edit_labels())
        self.round_button = QPushButton()  # a reporting round with the departments (ui/plan/reporting_round.py)
        self.round_menu = QMenu(self.round_button)
        self.export_forms_action = self.round_menu.addAction("", self.export_forms)
        self.read_forms_action = self.round_menu.addAction("", lambda: self.read_forms())
        self.round_button.setMenu(self.round_menu)
        bar.addWidget(self.round_button)
        bar.addStretch(1)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.coverage_box = QGroupBox()
        box_layout = QVBoxLayout(self.coverage_box)
        box_layout.setContentsMargins(look.margins(look.SMALL))
        self.grid = CoverageView(self.coverage)
        self.grid.cellChosen.connect(self.show_cell)
        self.grid.addRequested.connect(self.add_in_cell)
        self.grid.labelEditRequested.connect(lambda framework, number: self.edit_labels((framework, number)))
        box_layout.addWidget(self.grid)
        self.coverage_note = QLabel()
        self.coverage_note.setWordWrap(True)
        box_layout.addWidget(self.coverage_note)
        self.goals_note = QLabel()  # seed 002: goals without measures, measures without a goal
        self.goals_note.setWordWrap(True)
        box_layout.addWidget(self.goals_note)
        splitter.addWidget(self.coverage_box)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(self._build_filters())
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # The plan's order is the model's own: no sorting (and no re-sorting on every filter
        # change) until the coordinator clicks a column header.
        self.proxy.setDynamicSortFilter(False)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MeasureCatalogueModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.open_measure(index.siblingAtColumn(0).data(ENTITY_ROLE)))
        self.view.installEventFilter(self)
        lower_layout.addWidget(self.view, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        proxy = self.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self._update_summary)
        self.coverage.dataChanged.connect(self._update_coverage_note)
        self.retranslate()
        self._refresh_choices()
        self._size_columns()

    def _forms_folder(self) -> Path:
        return Path(self.document.path).parent

    def export_forms(self) -> list[Path]:
        """One form per department for a reporting round (ui/plan/reporting_round.py)."""
        from .reporting_round import export_forms

        return export_forms(self.document, self._forms_folder(), self)

    def read_forms(self, paths: list[Path] | None = None, preview=None) -> bool:
        """The departments' filled forms back in, after a preview, as one undo step."""
        from .reporting_round import choose_forms, read_forms

        paths = choose_forms(self, self._forms_folder()) if paths is None else paths
        return bool(paths) and read_forms(self.document, paths, self, preview=preview)

    def _button(self, bar, slot, shortcut=None) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(shortcut)
        bar.addWidget(button)
        return button

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.point_filter, self.track_filter, self.status_filter = QComboBox(), QComboBox(), QComboBox()
        self.department_filter, self.owner_filter, self.meeting_filter = QComboBox(), QComboBox(), QComboBox()
        self.overdue_filter = QCheckBox()
        self.text_filter = limit_widget(QLineEdit(), limits.LINE)
        self.text_filter.setClearButtonEnabled(True)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_labels = [QLabel() for _ in range(6)]
        combos = (self.point_filter, self.track_filter, self.status_filter, self.department_filter, self.owner_filter,
                  self.meeting_filter)
        for position, (label, combo) in enumerate(zip(self.filter_labels, combos)):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self.apply_filters)
            row, column = divmod(position, 3)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        grid.addWidget(self.overdue_filter, 0, 6)
        grid.addWidget(self.clear_button, 0, 7)
        grid.addWidget(self.text_filter, 1, 6, 1, 2)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self.apply_filters)
        return grid

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New measure"))
        self.new_button.setToolTip(self.tr("A new measure (Ctrl+Shift+E)"))
        self.add_here_button.setText(self.tr("&Add a measure here"))
        self.add_here_button.setToolTip(self.tr("A new measure in the chosen cell of the grid (Ctrl+Shift+G)"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the chosen measure (Enter)"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen measures (Delete). Undo brings them back."))
        self.labels_button.setText(self.tr("&Labels of points and tracks…"))
        self.round_button.setText(self.tr("Follow-up &round"))
        self.round_button.setToolTip(self.tr("Forms for the departments' reporting on their measures"))
        self.export_forms_action.setText(self.tr("Export follow-up forms…"))
        self.read_forms_action.setText(self.tr("Read in filled forms…"))
        self.coverage_box.setTitle(self.tr("Coverage: ECCAR points × tracks (cancelled measures not counted)"))
        for label, text in zip(
            self.filter_labels,
            (self.tr("&Point:"), self.tr("&Track:"), self.tr("&Status:"), self.tr("De&partment:"),
             self.tr("&Responsible:"), self.tr("&Meeting:")),
        ):
            label.setText(text)
        self.overdue_filter.setText(self.tr("Only o&verdue"))
        self.text_filter.setPlaceholderText(self.tr("Search measures…"))
        self.clear_button.setText(self.tr("Sho&w all"))
        self._refresh_choices()
        self.model.retranslate()
        self.coverage.refresh_labels()
        self._update_summary()
        self._update_coverage_note()
        self._update_goals_note()
        self._update_buttons()

    def _update_goals_note(self) -> None:
        from .goals_page import gaps_text

        self.goals_note.setText(self.tr("Goals and measures:") + " " + gaps_text(self.document.store))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_summary(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.summary.setText(self.tr("%n measure(s)", "", total))
        else:
            self.summary.setText(self.tr("%1 of %n measure(s) shown", "", total).replace("%1", str(shown)))

    def _update_coverage_note(self, *args) -> None:
        grid = self.coverage.grid
        empty = len(grid.empty_cells)
        parts = [self.tr("%n empty cell(s) of 40.", "", empty)]
        if grid.effort_total:
            parts.append(self.tr("%n existing effort(s) from the mapping shown beside the measures.", "",
                                 grid.effort_total))
        without = grid.points_without_measures
        if without:
            parts.append(self.tr("Points without any measure: %1.").replace("%1", ", ".join(map(str, without))))
        unplaced = len(grid.unplaced)
        if unplaced:
            parts.append(self.tr("%n measure(s) without an ECCAR point.", "", unplaced))
        self.coverage_note.setText(" ".join(parts))

    def _size_columns(self) -> None:
        widths = {
            MeasureCatalogueModel.NUMBER: 5, MeasureCatalogueModel.OWNER: 18, MeasureCatalogueModel.DEPARTMENT: 24,
            MeasureCatalogueModel.STATUS: 10, MeasureCatalogueModel.DEADLINE: 20, MeasureCatalogueModel.POINT: 12,
            MeasureCatalogueModel.TRACK: 20, MeasureCatalogueModel.ORIGIN: 24,
        }
        width = self.fontMetrics().averageCharWidth()
        for column, chars in widths.items():
            self.view.setColumnWidth(column, chars * width + 16)

    # -- filters ---------------------------------------------------------------------------

    def _refresh_choices(self) -> None:
        """The filter lists: points, tracks, statuses, and the departments, people and
        meetings the measures name (in Swedish order; never counted or ranked)."""
        labels = measure_texts.label_overrides(self.document)
        points = [(self.tr("Any point"), ANY)] + [
            (measure_texts.numbered(n, measure_texts.point_label(self.document, n, labels)), n)
            for n in ECCAR_POINT_NUMBERS
        ] + [(self.tr("No point yet"), NOT_SET)]
        tracks = [(self.tr("Any track"), ANY)] + [
            (measure_texts.numbered(n, measure_texts.track_label(self.document, n, labels)), n) for n in TRACK_NUMBERS
        ] + [(self.tr("No track yet"), NOT_SET)]
        statuses = [(self.tr("Any status"), ANY), (self.tr("Open (not done or cancelled)"), "open")] + [
            (measure_texts.status_label(s), s) for s in STATUS_ORDER
        ]
        store = self.document.store
        departments = [(self.tr("Any department"), ANY)] + [(d, d) for d in repo.departments(store)]
        owners = [(self.tr("Anyone"), ANY)] + [(o, o) for o in repo.owners(store)]
        meetings = sorted(store.list(Meeting), key=lambda m: (m.date or "9999", m.start_time, m.position, m.id))
        meeting_choices = [(self.tr("Any meeting"), ANY)] + [(measure_texts.meeting_name(m), m.id) for m in meetings]
        meeting_choices.append((self.tr("No meeting of origin"), NOT_SET))
        for combo, choices in (
            (self.point_filter, points), (self.track_filter, tracks), (self.status_filter, statuses),
            (self.department_filter, departments), (self.owner_filter, owners), (self.meeting_filter, meeting_choices),
        ):
            self._fill(combo, choices)

    @staticmethod
    def _fill(combo: QComboBox, choices) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def apply_filters(self, *args) -> None:
        def one(combo, translate=lambda value: value):
            data = combo.currentData()
            if data is ANY:
                return None
            return {None if data == NOT_SET else translate(data)}

        status = self.status_filter.currentData()
        statuses = None if status is ANY else ({"proposed", "decided", "ongoing"} if status == "open" else {status})
        department = self.department_filter.currentData()
        owner = self.owner_filter.currentData()
        self.proxy.set_filters(
            points=one(self.point_filter),
            tracks=one(self.track_filter),
            statuses=statuses,
            department=department,
            owner=owner,
            meetings=one(self.meeting_filter),
            overdue_only=self.overdue_filter.isChecked(),
            text=self.text_filter.text(),
        )
        self._update_summary()
        self._update_buttons()

    def set_filter_choice(self, combo: QComboBox, data) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def clear_filters(self) -> None:
        for combo in (self.point_filter, self.track_filter, self.status_filter, self.department_filter,
                      self.owner_filter, self.meeting_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(False)
        self.overdue_filter.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self.apply_filters()

    def show_cell(self, point: int | None, track: int | None) -> None:
        """A cell (or a total) of the grid chosen: the catalogue shows its measures."""
        for combo, value in ((self.point_filter, point), (self.track_filter, track)):
            combo.blockSignals(True)
            self.set_filter_choice(combo, ANY if value is None else value)
            combo.blockSignals(False)
        self.apply_filters()

    # -- actions ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        point, track = self.grid.current_cell() if hasattr(self, "grid") else (None, None)
        self.add_here_button.setEnabled(point is not None and track is not None)
        has_rows = self.proxy.rowCount() > 0
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def new_measure(self) -> int | None:
        """A new, empty proposal (with the chosen point and track, if the filter names one)."""
        fields = {}
        point, track = self.point_filter.currentData(), self.track_filter.currentData()
        if isinstance(point, int):
            fields["eccar_point"] = point
        if isinstance(track, int):
            fields["track"] = track
        return self._create(**fields)

    def add_in_chosen_cell(self) -> int | None:
        point, track = self.grid.current_cell()
        if point is None or track is None:
            return None
        return self.add_in_cell(point, track)

    def add_in_cell(self, point: int, track: int) -> int | None:
        """ "Add a measure here": a proposal with the cell's point and track preset."""
        return self._create(eccar_point=point, track=track)

    def _create(self, **fields) -> int | None:
        title = self.tr("New measure")
        measure_id = measure_edits.create_measure_from(self.document, title=title, **fields)
        if measure_id is not None:
            self.open_measure(measure_id)
        return measure_id

    def selected_ids(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = selection.selectedRows() if selection else []
        return [index.data(ENTITY_ROLE) for index in rows]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(ENTITY_ROLE) if index.isValid() else None

    def open_current(self) -> None:
        measure_id = self.current_id()
        if measure_id is not None:
            self.open_measure(measure_id)

    def delete_selected(self) -> bool:
        ids = self.selected_ids() or ([self.current_id()] if self.current_id() is not None else [])
        return measure_edits.delete_measures(self.document, ids)

    def select_measure(self, measure_id: int) -> bool:
        row = self.model.row_of(measure_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def open_measure(self, measure_id: int | None):
        """Shows the measure in the catalogue and opens its editor (one window per measure)."""
        if measure_id is None or self.document.store.get(Measure, measure_id) is None:
            return None
        self.select_measure(measure_id)
        editor = self.editors.get(measure_id)
        if editor is None:
            from .measure_editor import MeasureEditor

            editor = MeasureEditor(self.document, measure_id, self)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.sourceChosen.connect(self.sourceChosen)
            editor.finished.connect(lambda _result, key=measure_id: self.editors.pop(key, None))
            self.editors[measure_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def edit_labels(self, focus: tuple[str, int] | None = None) -> FrameworkLabelsDialog:
        dialog = FrameworkLabelsDialog(self.document, focus, self)
        dialog.accepted.connect(dialog.apply)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table in (Measure.TABLE, FrameworkLabel.TABLE, Meeting.TABLE):
            self._refresh_choices()
            if table == FrameworkLabel.TABLE:
                self.coverage.refresh_labels()
            self._update_summary()
            self._update_buttons()
        if table in (Measure.TABLE, Goal.TABLE, GoalMeasure.TABLE):
            self._update_goals_note()
        if table in (ExistingEffort.TABLE, MeasureEffort.TABLE):
            self.coverage.refresh()

    def eventFilter(self, watched, event):
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)
