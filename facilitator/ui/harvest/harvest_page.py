"""The harvest (skörd) of one meeting: themes, duplicates, hints, dot votes, main points and
decisions, and the way from what was said to a measure.

Left, the themes; centre, the contributions, with merged duplicates shown under the one
kept (both texts stay); right, the similarity hints and the closing plenary's main points
and decisions. Everything works from the keyboard: select contributions, then Ctrl+1..9
puts them in theme 1..9, Ctrl+G chooses a theme by typing, Ctrl+J merges, Ctrl+Shift+K
asks for a measure. Dragging contributions onto a theme does the same as Ctrl+G.

The models follow the document row by row (``rowChanged``): a meeting with thousands of
contributions is read once, and an edit touches only the rows it changed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ...domain.entities import AttendanceEntry, CafeTable, Contribution, HarvestItem, Meeting, Theme
from ...domain.formats import has_cafe
from ...domain.similarity import ThemeMatcher, suggest_pairs
from ...domain.swedish import sort_text
from ...storage import seating
from ..common import look
from ..common.column_room import ColumnRoom
from ..common.delegates import ChoiceDelegate
from ..common.entity_model import ENTITY_ROLE, NOTHING, Column, EntityTableModel, SwedishSortProxy
from ..common.reading_pane import ReadingPane
from ..common.text_limits import limit_cell_editors, limit_field, limit_widget
from ..document import ProcessDocument
from . import harvest_edits as he
from .harvest_models import (
    ALL,
    HARVEST_KIND_LABELS,
    MAX_HINTS,
    WHOLE_ROOM,
    ContributionFilter,
    ContributionTreeModel,
    ThemeListModel,
)


class ThemeChooser(QDialog):
    """Type to filter the themes, Enter to choose (Ctrl+G on the harvest page)."""

    def __init__(self, themes: list[Theme], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign to theme"))
        self.resize(480, 360)
        self.themes = themes
        layout = QVBoxLayout(self)
        self.filter = limit_widget(QLineEdit(), limits.LINE)
        self.filter.setPlaceholderText(self.tr("Type to filter the themes…"))
        self.list = QListWidget()
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        unsorted = QListWidgetItem(self.tr("Unsorted (no theme)"))
        unsorted.setData(Qt.ItemDataRole.UserRole, None)
        self.list.addItem(unsorted)
        for number, theme in enumerate(themes, start=1):
            item = QListWidgetItem(f"{number}  {theme.title}" if number <= 9 else theme.title)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._apply_filter("")

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None and (not needle or row > 0):
                first = item
        if first is None:
            first = next((self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()), None)
        self.list.setCurrentItem(first)

    def eventFilter(self, watched, event):
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.list.setFocus()
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> tuple[bool, int | None]:
        """(something was chosen, theme id or None for unsorted)."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return False, None
        return True, item.data(Qt.ItemDataRole.UserRole)


# -- main points and decisions -----------------------------------------------------------------


def harvest_item_columns(document: ProcessDocument, table_name) -> list[Column]:
    def kind_label(item: HarvestItem) -> str:
        return QCoreApplication.translate("Vocabulary", HARVEST_KIND_LABELS.get(item.kind, item.kind))

    def order(item: HarvestItem) -> str:
        table = table_name(item.table_id)
        return f"{0 if item.kind == he.MAIN_POINT else 1}:{sort_text(table)}:{item.position:08d}"

    def text(value) -> str:
        cleaned = str(value).strip()
        if not cleaned:
            raise ValueError("empty")
        return cleaned

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), kind_label, "kind", edit_value=lambda i: i.kind, sort=order),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Table"),
            lambda i: table_name(i.table_id),
            "table_id",
            parse=lambda value: int(value) if value else None,
            edit_value=lambda i: str(i.table_id or ""),
            sort=order,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Text"), lambda i: i.text, "text", text, sort=order),
    ]


# -- the page ----------------------------------------------------------------------------------


def _shorten(text: str, length: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _titled_panel() -> tuple[QWidget, QVBoxLayout, QLabel]:
    """A column without margins headed by a section title (its text is set on retranslate):
    returns the panel, its layout and the title label."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel()
    title.setObjectName("sectionTitle")
    layout.addWidget(title)
    return panel, layout, title



class HarvestPage(QWidget):
    measureRequested = Signal(list, list)  # (contribution ids, theme ids)

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.ignored_hints: set[tuple] = set()
        self._hints_stale = True

        self.contributions = ContributionTreeModel(document, self)
        self.proxy = ContributionFilter(self)
        self.proxy.setSourceModel(self.contributions)
        self.proxy.setDynamicSortFilter(True)
        self.themes = ThemeListModel(document, self.contributions, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.SMALL))
        layout.addLayout(self._build_votes_bar())
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._build_themes_panel())
        left.addWidget(self._build_side_panel())
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        left.setSizes([300, 420])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_contributions_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 870])  # what people said gets the room
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self._build_shortcuts()
        self.setFocusProxy(self.view)  # coming to the harvest, the keys go to the contributions

        self.contributions.editRefused.connect(self._refused)
        self.themes.editRefused.connect(self._refused)
        self._room_timer = QTimer(self)  # many rows written at once: one update of the totals
        self._room_timer.setSingleShot(True)
        self._room_timer.setInterval(0)
        self._room_timer.timeout.connect(self._update_room)
        self.contributions.totalsChanged.connect(self._room_timer.start)
        self.contributions.rowsInserted.connect(self._expand_inserted)
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(lambda: self.show_meeting(self.meeting_id))
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(1500)
        self._hint_timer.timeout.connect(self._refresh_hints_if_shown)
        self.retranslate()
        self._set_enabled(False)

    # -- building ------------------------------------------------------------------------

    def _build_votes_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.voters_label = QLabel()
        self.voters = QSpinBox()
        self.voters.setRange(0, 9999)
        self.voters.setKeyboardTracking(False)
        self.voters.valueChanged.connect(self._voters_edited)
        self.voters_label.setBuddy(self.voters)
        self.budget_label = QLabel()
        self.budget = QSpinBox()
        self.budget.setRange(0, 99)
        self.budget.setKeyboardTracking(False)
        self.budget.valueChanged.connect(self._budget_edited)
        self.budget_label.setBuddy(self.budget)
        self.room_label = QLabel()
        self.room_label.setObjectName("roomDots")
        for widget in (self.voters_label, self.voters, self.budget_label, self.budget, self.room_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.filter = limit_widget(QLineEdit(), limits.LINE)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.setMinimumWidth(220)
        bar.addWidget(self.filter)
        return bar

    def _build_themes_panel(self) -> QWidget:
        panel, layout, self.themes_title = _titled_panel()
        view = QTableView()
        limit_cell_editors(view)
        view.setModel(self.themes)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(True)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ThemeListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        view.installEventFilter(self)
        self.themes_view = view
        layout.addWidget(view, 1)
        buttons = QHBoxLayout()
        self.add_theme_button = QPushButton()
        self.add_theme_button.clicked.connect(self.add_theme)
        self.rename_theme_button = QPushButton()
        self.rename_theme_button.clicked.connect(self.rename_current_theme)
        self.delete_theme_button = QPushButton()
        self.delete_theme_button.clicked.connect(self.delete_current_theme)
        for button in (self.add_theme_button, self.rename_theme_button, self.delete_theme_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.themes.modelReset.connect(lambda: self._select_theme_row(0))
        view.selectionModel().currentRowChanged.connect(self._theme_row_changed)
        self.themes.rowsRemoved.connect(lambda *_: self._theme_row_changed(view.currentIndex()))
        return panel

    def _build_contributions_panel(self) -> QWidget:
        panel, layout, self.contributions_title = _titled_panel()
        view = QTreeView()
        limit_cell_editors(view)
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Typing a number in the Dots column enters the room's dots for that contribution.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setAllColumnsShowFocus(True)
        M = ContributionTreeModel
        # The text column stretches; the others are kept narrow at 1280×720 (the reading pane
        # below shows a row whole) and grow towards their content when there is room (1920).
        # Numbers' columns show their heading whole ("Omgå", "Mobilp" would say nothing).
        self.columns_room = ColumnRoom(
            view, M.TEXT,
            {M.KIND: (9, 20), M.TABLE: (9, 16), M.ROUND: (4, 6), M.THEME: (12, 30), M.DOTS: (5, 6),
             M.MEASURES: (10, 30), M.PHONE_DOTS: (5, 6)},
            whole_heading={M.ROUND, M.DOTS, M.PHONE_DOTS}, text_share=0.4,
        )
        self.view = view
        layout.addWidget(view, 1)
        M = ContributionTreeModel
        self.reading = ReadingPane(view, M.TEXT, (M.KIND, M.TABLE, M.ROUND, M.THEME))
        layout.addWidget(self.reading)
        buttons = QHBoxLayout()
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.choose_theme)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_selected)
        self.unmerge_button = QPushButton()
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.measure_button = QPushButton()
        self.measure_button.clicked.connect(self.request_measure)
        for button in (self.assign_button, self.merge_button, self.unmerge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.measure_button)
        layout.addLayout(buttons)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        return panel

    def _build_side_panel(self) -> QWidget:
        self.side = QTabWidget()
        # Hints
        hints = QWidget()
        layout = QVBoxLayout(hints)
        layout.setContentsMargins(look.margins(look.TIGHT))
        self.hints_intro = QLabel()
        self.hints_intro.setWordWrap(True)
        layout.addWidget(self.hints_intro)
        self.hints = QListWidget()
        self.hints.setWordWrap(True)
        self.hints.setAlternatingRowColors(True)
        self.hints.itemActivated.connect(lambda _item: self.accept_hint())
        layout.addWidget(self.hints, 1)
        row = QHBoxLayout()
        self.accept_hint_button = QPushButton()
        self.accept_hint_button.clicked.connect(self.accept_hint)
        self.ignore_hint_button = QPushButton()
        self.ignore_hint_button.clicked.connect(self.ignore_hint)
        self.refresh_hints_button = QPushButton()
        self.refresh_hints_button.clicked.connect(self.refresh_hints)
        self.refresh_hints_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        for button in (self.accept_hint_button, self.ignore_hint_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_hints_button)
        layout.addLayout(row)
        self.side.addTab(hints, "")
        # Main points and decisions
        plenary = QWidget()
        layout = QVBoxLayout(plenary)
        layout.setContentsMargins(look.margins(look.TIGHT))
        self._table_names: dict[int, str] = {}
        self.items_model = EntityTableModel(
            self.document,
            HarvestItem,
            harvest_item_columns(self.document, lambda table_id: self._table_names.get(table_id, "")),
            of=NOTHING,
            order=("position", "id"),
        )
        self.items_model.setParent(self)
        self.items_proxy = SwedishSortProxy(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.items_proxy.setDynamicSortFilter(True)
        self.items_view = QTableView()
        limit_cell_editors(self.items_view)
        self.items_view.setModel(self.items_proxy)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.verticalHeader().setVisible(False)
        # a few dozen rows at most: each shows its whole text
        self.items_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items_view.setWordWrap(True)
        self.items_view.setItemDelegateForColumn(0, ChoiceDelegate(HARVEST_KIND_LABELS, self.items_view))
        self.table_delegate = ChoiceDelegate({"": WHOLE_ROOM}, self.items_view)  # the meeting's tables
        self.items_view.setItemDelegateForColumn(1, self.table_delegate)
        self.items_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        items_header = self.items_view.horizontalHeader()
        items_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        items_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items_view.setSortingEnabled(True)
        self.items_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.items_view.installEventFilter(self)
        layout.addWidget(self.items_view, 1)
        entry = QHBoxLayout()
        self.item_table = QComboBox()
        self.item_text = limit_field(QLineEdit(), "harvest_item", "text")
        self.item_text.returnPressed.connect(lambda: self.add_item(he.MAIN_POINT))
        entry.addWidget(self.item_table)
        entry.addWidget(self.item_text, 1)
        layout.addLayout(entry)
        row = QHBoxLayout()
        self.add_point_button = QPushButton()
        self.add_point_button.clicked.connect(lambda: self.add_item(he.MAIN_POINT))
        self.add_decision_button = QPushButton()
        self.add_decision_button.clicked.connect(lambda: self.add_item(he.DECISION))
        self.delete_item_button = QPushButton()
        self.delete_item_button.clicked.connect(self.delete_selected_items)
        for button in (self.add_point_button, self.add_decision_button, self.delete_item_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.side.addTab(plenary, "")
        self.side.currentChanged.connect(lambda _i: self._refresh_hints_if_shown())
        return self.side

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def shortcut(sequence, slot) -> QShortcut:
            made = QShortcut(QKeySequence(sequence), self, context=context)
            made.activated.connect(slot)
            return made

        self.theme_shortcuts = [shortcut(f"Ctrl+{n}", lambda n=n: self.assign_to_number(n)) for n in range(1, 10)]
        self.unsorted_shortcut = shortcut("Ctrl+0", lambda: self.assign_selected(None))
        self.add_theme_shortcut = shortcut("Ctrl+Shift+T", self.add_theme)
        self.assign_shortcut = shortcut("Ctrl+G", self.choose_theme)
        self.merge_shortcut = shortcut("Ctrl+J", self.merge_selected)
        self.unmerge_shortcut = shortcut("Ctrl+Shift+J", self.unmerge_selected)
        self.measure_shortcut = shortcut("Ctrl+Shift+K", self.request_measure)

    # -- showing a meeting ---------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        meeting = self.document.store.get(Meeting, meeting_id) if meeting_id else None
        self.meeting_id = meeting.id if meeting else None
        self.contributions.load(self.meeting_id)
        self.themes.load(self.meeting_id)
        self.items_model.show_rows({"meeting_id": self.meeting_id} if meeting else NOTHING)
        self.view.expandAll()
        self._load_tables(meeting)
        self._update_room()
        self._set_enabled(meeting is not None)
        self.hints.clear()
        self._hints_stale = True
        self._refresh_hints_if_shown()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.themes_view, self.view, self.side, self.voters, self.budget, self.filter,
                       self.add_theme_button, self.rename_theme_button, self.delete_theme_button,
                       self.assign_button, self.merge_button, self.unmerge_button, self.measure_button):
            widget.setEnabled(enabled)

    def _load_tables(self, meeting: Meeting | None) -> None:
        tables = seating.tables_of(self.document.store, meeting.id) if meeting else []
        self._table_names = {t.id: t.name for t in tables}
        self.table_delegate.labels = {"": WHOLE_ROOM, **{str(t.id): t.name for t in tables}}
        current = self.item_table.currentData()
        self.item_table.clear()
        self.item_table.addItem(QCoreApplication.translate("Vocabulary", WHOLE_ROOM), None)
        for table in tables:
            self.item_table.addItem(table.name, table.id)
        is_cafe = has_cafe(meeting)
        self.item_table.setVisible(is_cafe and bool(tables))
        self.items_view.setColumnHidden(1, not is_cafe)
        position = self.item_table.findData(current)
        self.item_table.setCurrentIndex(max(position, 0))

    def _on_row_changed(self, table: str, row_id: int, kind: str) -> None:
        if self.meeting_id is None:
            return
        if table == Meeting.TABLE and row_id == self.meeting_id or table == AttendanceEntry.TABLE:
            self._update_room()
        elif table == CafeTable.TABLE:
            self._load_tables(self.document.store.get(Meeting, self.meeting_id))
        if table in (Contribution.TABLE, Theme.TABLE):
            self._hints_stale = True
            self._hint_timer.start()

    def _update_room(self) -> None:
        # Dots from phones get a column once there are any: a meeting voting by hand alone
        # leaves that room to what people said.
        phones = any(self.contributions.phone_dots.values())
        if self.view.isColumnHidden(ContributionTreeModel.PHONE_DOTS) == phones:
            self.view.setColumnHidden(ContributionTreeModel.PHONE_DOTS, not phones)
            self.columns_room.fit()
        meeting = self.document.store.get(Meeting, self.meeting_id) if self.meeting_id else None
        if meeting is None:
            self.room_label.clear()
            self.summary.clear()
            return
        voters = he.effective_voters(self.document, meeting.id)
        for spin, value in ((self.voters, voters), (self.budget, meeting.dot_budget)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.voters.setToolTip(
            self.tr("Counted from attendance: participants and table hosts present. Change it to the number who voted.")
            if meeting.voters == 0
            else self.tr("Entered by hand. Set it to 0 to count those present again.")
        )
        total = voters * meeting.dot_budget
        given = (sum(self.contributions.dots.values()) + sum(self.contributions.theme_dots.values())
                 + sum(self.contributions.phone_dots.values()))
        left = total - given
        if left >= 0:
            text = self.tr("= %1 dots in the room, %2 left").replace("%1", str(total)).replace("%2", str(left))
            self.room_label.setStyleSheet("")
        else:
            text = self.tr("= %1 dots in the room: %2 too many entered").replace("%1", str(total)).replace("%2", str(-left))
            self.room_label.setStyleSheet(look.error_style(bold=True))
        self.room_label.setText(text)
        count = sum(self.contributions.theme_counts.values())
        unsorted = self.contributions.theme_counts.get(None, 0)
        self.summary.setText(
            self.tr("%n contribution(s)", "", count) + " · " + self.tr("%n unsorted", "", unsorted)
        )

    def _voters_edited(self, value: int) -> None:
        if self.meeting_id is not None:
            he.set_voters(self.document, self.meeting_id, value)
            self._update_room()

    def _budget_edited(self, value: int) -> None:
        if self.meeting_id is not None:
            he.set_dot_budget(self.document, self.meeting_id, value)
            self._update_room()

    def _expand_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():
            self.view.expand(self.proxy.mapFromSource(parent))

    # -- selection -----------------------------------------------------------------------

    def selected_contribution_ids(self) -> list[int]:
        """The selected contributions, the current one first (the one a merge keeps)."""
        model = self.view.selectionModel()
        if model is None:
            return []
        ids = [self.proxy.mapToSource(index).data(ENTITY_ROLE) for index in model.selectedRows()]
        ids = [i for i in ids if i is not None]
        current = self.proxy.mapToSource(self.view.currentIndex()).data(ENTITY_ROLE) if self.view.currentIndex().isValid() else None
        if current in ids:
            ids.remove(current)
            ids.insert(0, current)
        return ids

    def select_contributions(self, ids: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = True
        for contribution_id in ids:
            index = self.proxy.mapFromSource(self.contributions.index_of(contribution_id))
            if not index.isValid():
                continue
            if first:
                self.view.setCurrentIndex(index)
                first = False
            selection.select(
                index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            )
        self.view.scrollTo(self.view.currentIndex())

    def current_theme_key(self) -> int | str:
        index = self.themes_view.currentIndex()
        return self.themes.key(index.row()) if index.isValid() else ALL

    def _select_theme_row(self, row: int) -> None:
        if self.themes.rowCount():
            self.themes_view.setCurrentIndex(self.themes.index(row, 0))
        self.proxy.set_theme(self.current_theme_key())

    def show_theme(self, key: int | str) -> None:
        """Shows the contributions of one theme (or ALL, or UNSORTED)."""
        self._select_theme_row(self.themes.row_of(key))

    def _theme_row_changed(self, current: QModelIndex, _previous=None) -> None:
        self.proxy.set_theme(self.themes.key(current.row()) if current.isValid() else ALL)

    def show_item(self, kind: str, entity_id: int) -> None:
        """Shows a search hit or a measure's source of this meeting: a contribution (all
        contributions listed, the filter cleared), a theme, or a main point or decision."""
        if kind == "contribution" and self.contributions.contribution(entity_id) is not None:
            self.filter.clear()
            self.show_theme(ALL)
            self.select_contributions([entity_id])
            self.view.setFocus()
        elif kind == "theme":
            self.show_theme(entity_id)
            self.themes_view.setFocus()
        elif kind == "harvest_item":
            row = self.items_model.row_of(entity_id)
            if row is not None:
                self.side.setCurrentIndex(1)
                index = self.items_proxy.mapFromSource(self.items_model.index(row, 0))
                selection = self.items_view.selectionModel()
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
                self.items_view.scrollTo(index)
                self.items_view.setFocus()

    # -- themes --------------------------------------------------------------------------

    def add_theme(self) -> None:
        if self.meeting_id is None:
            return
        title = self.tr("New theme %1").replace("%1", str(len(self.themes.themes()) + 1))
        theme_id = he.add_theme(self.document, self.meeting_id, title)
        if theme_id is None:
            return
        row = self.themes.row_of(theme_id)
        self.themes_view.setFocus()
        self.themes_view.setCurrentIndex(self.themes.index(row, ThemeListModel.TITLE))
        if self.themes_view.isVisible():
            self.themes_view.edit(self.themes.index(row, ThemeListModel.TITLE))

    def rename_current_theme(self) -> None:
        index = self.themes_view.currentIndex()
        if index.isValid() and isinstance(self.themes.key(index.row()), int):
            self.themes_view.setFocus()
            self.themes_view.edit(index.siblingAtColumn(ThemeListModel.TITLE))

    def delete_current_theme(self) -> None:
        key = self.current_theme_key()
        if isinstance(key, int):
            row = self.themes.row_of(key)
            if he.delete_theme(self.document, key):
                self._select_theme_row(min(row, self.themes.rowCount() - 1))

    def assign_to_number(self, number: int) -> None:
        themes = self.themes.themes()
        if 1 <= number <= len(themes):
            self.assign_selected(themes[number - 1].id)

    def assign_selected(self, theme_id: int | None) -> bool:
        ids = self.selected_contribution_ids()
        if not ids:
            return False
        return he.assign_theme(self.document, ids, theme_id)

    def choose_theme(self) -> None:
        if not self.selected_contribution_ids():
            return
        chooser = ThemeChooser(self.themes.themes(), self)
        accepted = chooser.exec() == QDialog.DialogCode.Accepted
        chosen, theme_id = chooser.chosen()
        chooser.deleteLater()
        if accepted and chosen:
            self.assign_selected(theme_id)
        self.view.setFocus()

    # -- duplicates ----------------------------------------------------------------------

    def merge_selected(self) -> bool:
        ids = self.selected_contribution_ids()
        if len(ids) < 2:
            self._refused(self.tr("Select two or more contributions that say the same thing; the current one is kept."))
            return False
        keep = ids[0]
        kept = self.contributions.contribution(keep)
        if kept is not None and kept.merged_into_id is not None:
            keep = kept.merged_into_id
        duplicates = [i for i in ids if i != keep]
        refusal = he.merge_refusal(self.document, keep, duplicates)
        if refusal is not None:
            self._refused(refusal)
            return False
        done = he.merge_contributions(self.document, keep, duplicates)
        if done:
            self.view.expand(self.proxy.mapFromSource(self.contributions.index_of(keep)))
            self.select_contributions([keep])
        return done

    def unmerge_selected(self) -> bool:
        ids = [i for i in self.selected_contribution_ids() if (c := self.contributions.contribution(i)) and c.merged_into_id]
        if not ids:
            return False
        return he.unmerge_contributions(self.document, ids)

    # -- measures ------------------------------------------------------------------------

    def request_measure(self) -> None:
        contribution_ids = self.selected_contribution_ids()
        key = self.current_theme_key()
        theme_ids = [key] if isinstance(key, int) and (self.themes_view.hasFocus() or not contribution_ids) else []
        if contribution_ids or theme_ids:
            self.measureRequested.emit(contribution_ids, theme_ids)

    # -- hints ---------------------------------------------------------------------------

    def _refresh_hints_if_shown(self) -> None:
        if self._hints_stale and self.isVisible() and self.side.currentIndex() == 0 and self.meeting_id is not None:
            self.refresh_hints()

    def refresh_hints(self) -> None:
        """Likely duplicates and theme suggestions, without those ignored this session."""
        self._hints_stale = False
        self.hints.clear()
        model = self.contributions
        contributions = model.contributions()
        shown = 0
        for pair in suggest_pairs(contributions, limit=MAX_HINTS + len(self.ignored_hints)):
            key = ("pair", pair.first_id, pair.second_id)
            if key in self.ignored_hints or shown >= MAX_HINTS:
                continue
            first, second = model.contribution(pair.first_id), model.contribution(pair.second_id)
            text = (
                self.tr("Same thing? (%1 % alike)").replace("%1", str(round(pair.score * 100)))
                + f"\n• {_shorten(first.text)}\n• {_shorten(second.text)}"
            )
            self._add_hint(key, text)
            shown += 1
        themes = self.themes.themes()
        if themes:
            members: dict[int, list[Contribution]] = {t.id: [] for t in themes}
            for c in contributions:
                if c.theme_id in members and c.merged_into_id is None:
                    members[c.theme_id].append(c)
            matcher = ThemeMatcher((t, members[t.id]) for t in themes)
            titles = {t.id: t.title for t in themes}
            shown = 0
            for c in contributions:
                if c.theme_id is not None or c.merged_into_id is not None or shown >= MAX_HINTS:
                    continue
                for suggestion in matcher.suggest(c, limit=1):
                    key = ("theme", c.id, suggestion.theme_id)
                    if key in self.ignored_hints:
                        continue
                    text = self.tr("Theme “%1”?").replace("%1", titles[suggestion.theme_id]) + f"\n• {_shorten(c.text)}"
                    self._add_hint(key, text)
                    shown += 1
        if self.hints.count():
            self.hints.setCurrentRow(0)
        self._update_hints_intro()

    def _add_hint(self, key: tuple, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, list(key))
        self.hints.addItem(item)

    def _update_hints_intro(self) -> None:
        if self.hints.count():
            self.hints_intro.setText(self.tr("%n hint(s). Accept merges the duplicates or moves the contribution to the theme; Ignore hides the hint.", "", self.hints.count()))
        else:
            self.hints_intro.setText(self.tr("No hints: no likely duplicates or theme suggestions."))

    def hint_keys(self) -> list[tuple]:
        return [tuple(self.hints.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.hints.count())]

    def _take_current_hint(self) -> tuple | None:
        item = self.hints.currentItem()
        if item is None:
            return None
        return tuple(item.data(Qt.ItemDataRole.UserRole))

    def _remove_hints(self, predicate) -> None:
        for row in reversed(range(self.hints.count())):
            if predicate(tuple(self.hints.item(row).data(Qt.ItemDataRole.UserRole))):
                self.hints.takeItem(row)
        self._update_hints_intro()

    def accept_hint(self) -> bool:
        key = self._take_current_hint()
        if key is None:
            return False
        row = self.hints.currentRow()
        if key[0] == "pair":
            _kind, keep, duplicate = key
            refusal = he.merge_refusal(self.document, keep, [duplicate])
            if refusal is not None:
                self._refused(refusal)
                return False
            done = he.merge_contributions(self.document, keep, [duplicate])
            if done:
                self._remove_hints(lambda k: k == key or (k[0] == "pair" and duplicate in k[1:]) or (k[0] == "theme" and k[1] == duplicate))
        else:
            _kind, contribution_id, theme_id = key
            done = he.assign_theme(self.document, [contribution_id], theme_id)
            if done:
                self._remove_hints(lambda k: k[0] == "theme" and k[1] == contribution_id)
        self._hints_stale = False
        self._hint_timer.stop()
        if self.hints.count():
            self.hints.setCurrentRow(min(row, self.hints.count() - 1))
        return done

    def ignore_hint(self) -> None:
        key = self._take_current_hint()
        if key is None:
            return
        row = self.hints.currentRow()
        self.ignored_hints.add(key)
        self._remove_hints(lambda k: k == key)
        if self.hints.count():
            self.hints.setCurrentRow(min(row, self.hints.count() - 1))

    # -- main points and decisions -------------------------------------------------------

    def add_item(self, kind: str) -> int | None:
        text = self.item_text.text().strip()
        if self.meeting_id is None or not text:
            return None
        table_id = self.item_table.currentData() if kind == he.MAIN_POINT and self.item_table.isVisibleTo(self) else None
        item_id = he.add_harvest_item(self.document, self.meeting_id, kind, text, table_id)
        if item_id is not None:
            self.item_text.clear()
        return item_id

    def selected_item_ids(self) -> list[int]:
        indexes = self.items_view.selectionModel().selectedIndexes()  # the table column may be hidden
        ids = (self.items_proxy.mapToSource(index).data(ENTITY_ROLE) for index in indexes)
        return list(dict.fromkeys(i for i in ids if i is not None))

    def delete_selected_items(self) -> None:
        ids = self.selected_item_ids()
        if not ids:
            return
        he.delete_harvest_items(self.document, ids)

    # -- events --------------------------------------------------------------------------

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), message)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if watched is self.themes_view and self.themes_view.state() != QAbstractItemView.State.EditingState:
                self.delete_current_theme()
                return True
            if watched is self.items_view and self.items_view.state() != QAbstractItemView.State.EditingState:
                self.delete_selected_items()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self._refresh_hints_if_shown)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.voters_label.setText(self.tr("&Voters:"))
        self.budget_label.setText(self.tr("&Dots per person:"))
        self.filter.setPlaceholderText(self.tr("Filter contributions…"))
        self.themes_title.setText(self.tr("Themes"))
        self.contributions_title.setText(self.tr("Contributions"))
        self.add_theme_button.setText(self.tr("&New theme"))
        self.add_theme_button.setToolTip(self.tr("Ctrl+Shift+T"))
        self.rename_theme_button.setText(self.tr("&Rename"))
        self.rename_theme_button.setToolTip(self.tr("F2"))
        self.delete_theme_button.setText(self.tr("Delete theme"))
        self.delete_theme_button.setToolTip(self.tr("Delete: the contributions stay, without a theme"))
        self.assign_button.setText(self.tr("&Assign to theme…"))
        self.assign_button.setToolTip(self.tr("Ctrl+G; Ctrl+1 to Ctrl+9 assign to theme 1 to 9, Ctrl+0 makes them unsorted"))
        self.merge_button.setText(self.tr("Mer&ge duplicates"))
        self.merge_button.setToolTip(self.tr("Ctrl+J: the current contribution is kept, the others are shown under it"))
        self.unmerge_button.setText(self.tr("&Separate"))
        self.unmerge_button.setToolTip(self.tr("Ctrl+Shift+J: the duplicate stands on its own again"))
        self.measure_button.setText(self.tr("Make a &measure…"))
        self.measure_button.setToolTip(self.tr("Ctrl+Shift+K: a measure from the selected contributions or theme"))
        self.side.setTabText(0, self.tr("&Hints"))
        self.side.setTabText(1, self.tr("Main &points and decisions"))
        self.accept_hint_button.setText(self.tr("A&ccept"))
        self.ignore_hint_button.setText(self.tr("&Ignore"))
        self.refresh_hints_button.setText(self.tr("Refresh"))
        self.refresh_hints_button.setToolTip(self.tr("F5"))
        self.item_text.setPlaceholderText(self.tr("A main point or a decision, then Enter…"))
        self.add_point_button.setText(self.tr("Add main p&oint"))
        self.add_decision_button.setText(self.tr("Add d&ecision"))
        self.delete_item_button.setText(self.tr("Delete"))
        if self.item_table.count():
            self.item_table.setItemText(0, QCoreApplication.translate("Vocabulary", WHOLE_ROOM))
        self._update_hints_intro()
        self._update_room()
        for model in (self.contributions, self.themes):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
