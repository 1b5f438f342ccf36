"""Setting up a World Café: rounds and times, question and host modes, tables, and the
rotation plan (who sits where in each round) with its quality next to the best possible."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.cafe import Cafe
from ...domain.entities import AttendanceEntry, CafeTable, Meeting, Organisation, Participant, Question, Round, Seat
from ...domain.swedish import sort_key
from ...messages import describe_quality, describe_rotation_error
from ...storage import meetings, register, seating
from ..common import look
from ..common.entity_model import Column, EntityTableModel
from ..common.list_page import MeetingTablePage
from ..document import ProcessDocument
from . import meeting_edits as edits

CAFE_TABLES = (CafeTable.TABLE, Round.TABLE, Seat.TABLE, AttendanceEntry.TABLE, Participant.TABLE, Meeting.TABLE,
               Question.TABLE, Organisation.TABLE)
#: Soft colours, one per table, readable with black text.
TABLE_COLOURS = ("#dbeafe", "#dcfce7", "#fef9c3", "#fde2e2", "#ede9fe", "#cffafe", "#ffedd5", "#e0e7ff", "#f5f5f4", "#fce7f3")


def load_cafe(document: ProcessDocument, meeting_id: int) -> tuple[Meeting, Cafe]:
    return seating.load_cafe(document.store, meeting_id)


def cafe_seats(document: ProcessDocument, cafe: Cafe) -> list[Seat]:
    return seating.cafe_seats(document.store, cafe)


class CafeSettings(QGroupBox):
    """Rounds, minutes, question mode, host mode, spreading organisations."""

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self._loading = False
        form = QFormLayout(self)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 12)
        self.round_minutes = QSpinBox()
        self.round_minutes.setRange(1, 180)
        self.move_minutes = QSpinBox()
        self.move_minutes.setRange(0, 60)
        self.per_round = QRadioButton()
        self.per_table = QRadioButton()
        self.question_mode = QButtonGroup(self)
        self.question_mode.addButton(self.per_round)
        self.question_mode.addButton(self.per_table)
        modes = QHBoxLayout()
        modes.addWidget(self.per_round)
        modes.addWidget(self.per_table)
        modes.addStretch(1)
        self.hosts_stay = QRadioButton()
        self.moderators = QRadioButton()
        self.host_mode = QButtonGroup(self)
        self.host_mode.addButton(self.hosts_stay)
        self.host_mode.addButton(self.moderators)
        hosts = QHBoxLayout()
        hosts.addWidget(self.hosts_stay)
        hosts.addWidget(self.moderators)
        hosts.addStretch(1)
        self.spread = QCheckBox()
        self.captions = [QLabel() for _ in range(5)]
        form.addRow(self.captions[0], self.rounds)
        form.addRow(self.captions[1], self.round_minutes)
        form.addRow(self.captions[2], self.move_minutes)
        form.addRow(self.captions[3], modes)
        form.addRow(self.captions[4], hosts)
        form.addRow(self.spread)
        self.captions[0].setBuddy(self.rounds)
        self.captions[1].setBuddy(self.round_minutes)
        self.captions[2].setBuddy(self.move_minutes)
        self.rounds.editingFinished.connect(self._commit_rounds)
        self.round_minutes.editingFinished.connect(lambda: self._timing("round_minutes", self.round_minutes.value()))
        self.move_minutes.editingFinished.connect(lambda: self._timing("move_minutes", self.move_minutes.value()))
        self.per_table.toggled.connect(lambda checked: self._write("question_per_table", checked))
        self.hosts_stay.toggled.connect(lambda checked: self._write("hosts_stay", checked))
        self.spread.toggled.connect(lambda checked: self._write("spread_organisations", checked))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("World Café"))
        for caption, text in zip(
            self.captions,
            (self.tr("&Rounds"), self.tr("Minutes per round"), self.tr("Minutes to change tables"), self.tr("Questions"),
             self.tr("At each table")),
        ):
            caption.setText(text)
        self.per_round.setText(self.tr("One question per round"))
        self.per_table.setText(self.tr("One question per table"))
        self.hosts_stay.setText(self.tr("A table host who stays"))
        self.moderators.setText(self.tr("A moderator at each table"))
        self.spread.setText(self.tr("Spread organisations over the tables"))

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        meeting = self.document.store.get(Meeting, self.meeting_id) if self.meeting_id else None
        if meeting is None:
            return
        self._loading = True
        try:
            self.rounds.setValue(max(1, seating.round_count(self.document.store, meeting.id)))
            self.round_minutes.setValue(meeting.round_minutes)
            self.move_minutes.setValue(meeting.move_minutes)
            (self.per_table if meeting.question_per_table else self.per_round).setChecked(True)
            (self.hosts_stay if meeting.hosts_stay else self.moderators).setChecked(True)
            self.spread.setChecked(meeting.spread_organisations)
        finally:
            self._loading = False

    def _write(self, field: str, value) -> None:
        if not self._loading and self.meeting_id is not None:
            edits.set_cafe_setting(self.document, self.meeting_id, field, value)

    def _timing(self, field: str, value: int) -> None:
        if not self._loading and self.meeting_id is not None:
            edits.set_cafe_timing(self.document, self.meeting_id, field, value)

    def _commit_rounds(self) -> None:
        if not self._loading and self.meeting_id is not None:
            edits.set_round_count(self.document, self.meeting_id, self.rounds.value())


class ChoiceByIdDelegate(QStyledItemDelegate):
    """Picks an id from a list that ``choices()`` gives as (id or None, label)."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for value, text in self.choices(index):
            editor.addItem(text, value)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TablesModel(EntityTableModel):
    """Café tables; the question column chooses which question belongs to the table."""

    QUESTION_COLUMN = 3

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if index.isValid() and index.column() == self.QUESTION_COLUMN and role == Qt.ItemDataRole.EditRole:
            return edits.set_table_question(self.document, self.entity(index.row()).id, value)
        return super().setData(index, value, role)


class TablesPage(MeetingTablePage):
    REMOVAL = QT_TRANSLATE_NOOP("Commands", "Remove table")

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(document, parent, sortable=False, filterable=False)

        def question_of(table: CafeTable) -> str:
            found = meetings.question_at_table(document.store, table.id)
            return found.text if found else ""

        def seats(value) -> int:
            number = int(str(value).strip())
            if not 1 <= number <= 30:
                raise ValueError(value)
            return number

        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "Table"), lambda t: t.name, "name", lambda v: str(v).strip() or _refuse(v)),
            Column(QT_TRANSLATE_NOOP("Columns", "Seats"), lambda t: t.seats, "seats", seats),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Host"),
                lambda t: document.participant_name(t.host_participant_id),
                "host_participant_id",
                edit_value=lambda t: t.host_participant_id,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Question"), question_of, "id", edit_value=lambda t: _question_id(document, t)),
        ]
        model = TablesModel(
            document, CafeTable, columns, of=self.NO_MEETING, order=("position", "id"),
            depends_on=(Participant.TABLE, Question.TABLE), lazy=True,
        )
        self.set_model(model, stretch_column=3)
        self.view.setItemDelegateForColumn(2, ChoiceByIdDelegate(self._host_choices, self.view))
        self.view.setItemDelegateForColumn(3, ChoiceByIdDelegate(self._question_choices, self.view))
        self.add_table_button = self.add_button(self.add_table)
        self.remove_button = self.add_button(self.remove_selected)
        self.retranslate()

    def _host_choices(self, index):
        store = self.document.store
        attendees = register.attendance_of(store, self.meeting_id) if self.meeting_id else []
        people = sorted(
            ((a.participant_id, self.document.participant_name(a.participant_id)) for a in attendees),
            key=lambda item: sort_key(item[1]),
        )
        return [(None, self.tr("(no host)")), *people]

    def _question_choices(self, index):
        questions = meetings.questions_of(self.document.store, self.meeting_id) if self.meeting_id else []
        return [(None, self.tr("(no question)")), *((q.id, q.text) for q in questions)]

    def retranslate(self) -> None:
        super().retranslate()
        self.add_table_button.setText(self.tr("Add &table"))
        self.remove_button.setText(self.tr("Remove table"))

    def summary_text(self, count: int) -> str:
        seats = sum(t.seats for t in self.model.entities()) if self.model else 0
        return self.tr("%n seat(s) in all", "", seats)

    def add_table(self) -> None:
        if self.meeting_id is not None:
            edits.add_table(self.document, self.meeting_id)


def _question_id(document: ProcessDocument, table: CafeTable) -> int | None:
    found = meetings.question_at_table(document.store, table.id)
    return found.id if found else None


def _refuse(value):
    raise ValueError(value)


SEAT_MIME = "application/x-facilitator-seat"


class RotationModel(QAbstractTableModel):
    """Who sits where: a row per seated person, a column per round (after the name)."""

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.cafe: Cafe | None = None
        self.plan = None
        self.quality = None
        self.people: list = []
        self.seat_of: dict[tuple[int, str], Seat] = {}

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self.cafe, self.plan, self.quality, self.people, self.seat_of = None, None, None, [], {}
        if meeting_id is not None:
            _meeting, cafe = load_cafe(self.document, meeting_id)
            self.cafe = cafe
            setup = cafe.setup()
            self.people = sorted(setup.people, key=lambda p: sort_key(p.name))
            seats = cafe_seats(self.document, cafe)
            round_index = {r.id: i for i, r in enumerate(cafe.rounds)}
            self.seat_of = {(round_index[s.round_id], str(s.participant_id)): s for s in seats if s.round_id in round_index}
            self.plan = cafe.plan_from_seats(seats, setup) if cafe.tables and cafe.rounds else None
            if self.plan is not None:
                from ...domain.rotation import evaluate

                self.quality = evaluate(self.plan)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.cafe is None else 1 + len(self.cafe.rounds)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("Columns", "Name")
        return QCoreApplication.translate("Columns", "Round %1").replace("%1", str(section))

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self._seat(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def _seat(self, index) -> Seat | None:
        if not index.isValid() or index.column() == 0 or not (0 <= index.row() < len(self.people)):
            return None
        return self.seat_of.get((index.column() - 1, self.people[index.row()].key))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.people)):
            return None
        person = self.people[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole and person.host_table is not None:
                return QCoreApplication.translate("Cafe", "Hosts this table in every round")
            return None
        seat = self._seat(index)
        table_index = self.cafe.table_index() if self.cafe else {}
        position = table_index.get(seat.table_id) if seat else None
        if role == Qt.ItemDataRole.DisplayRole:
            if seat is None:
                return "—"
            return self.cafe.tables[position].name
        if role == Qt.ItemDataRole.EditRole:
            return seat.table_id if seat else None
        if role == Qt.ItemDataRole.BackgroundRole and position is not None:
            return QBrush(QColor(TABLE_COLOURS[position % len(TABLE_COLOURS)]))
        if role == Qt.ItemDataRole.ForegroundRole and position is not None:
            return QBrush(QColor("#111111"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        seat = self._seat(index)
        if role != Qt.ItemDataRole.EditRole or seat is None or value is None or value == seat.table_id:
            return False
        return edits.move_seat(self.document, seat.id, int(value))

    # -- drag a seat onto another person's seat in the same round: they swap places ----

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [SEAT_MIME]

    def mimeData(self, indexes):
        seats = [self._seat(i) for i in indexes if self._seat(i) is not None]
        data = QMimeData()
        if seats:
            data.setData(SEAT_MIME, json.dumps({"seat": seats[0].id}).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(SEAT_MIME):
            return False
        source = self.document.store.get(Seat, json.loads(bytes(data.data(SEAT_MIME)).decode())["seat"])
        target = self._seat(parent)
        return source is not None and target is not None and source.round_id == target.round_id

    def dropMimeData(self, data, action, row, column, parent):
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = self.document.store.get(Seat, json.loads(bytes(data.data(SEAT_MIME)).decode())["seat"])
        return edits.swap_seats(self.document, source, self._seat(parent))


class RotationPanel(QWidget):
    """The plan, its quality, and the buttons to make or re-make it."""

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        side = QVBoxLayout()
        buttons = side
        self.generate_button = QPushButton()
        self.generate_button.clicked.connect(self.generate)
        self.replan_button = QPushButton()
        self.replan_button.clicked.connect(self.replan)
        self.replan_from = QSpinBox()
        self.replan_from.setRange(1, 12)
        self.swap_button = QPushButton()
        self.swap_button.clicked.connect(self.swap_selected)
        replan = QHBoxLayout()
        replan.addWidget(self.replan_button, 1)
        replan.addWidget(self.replan_from)
        buttons.addWidget(self.generate_button)
        # Why "Create seating" cannot work yet, and who hosts which table: said before planning.
        self.blocker = QLabel()
        self.blocker.setObjectName("seatingBlocker")
        self.blocker.setWordWrap(True)
        self.blocker.setTextFormat(Qt.TextFormat.PlainText)
        self.blocker.setMaximumWidth(420)
        self.hosts = QLabel()
        self.hosts.setObjectName("seatingHosts")
        self.hosts.setWordWrap(True)
        self.hosts.setTextFormat(Qt.TextFormat.PlainText)
        self.hosts.setMaximumWidth(420)
        buttons.addWidget(self.blocker)
        buttons.addWidget(self.hosts)
        buttons.addLayout(replan)
        buttons.addWidget(self.swap_button)
        self.quality = QLabel()
        self.quality.setObjectName("rotationQuality")
        self.quality.setWordWrap(True)
        self.quality.setTextFormat(Qt.TextFormat.PlainText)
        self.quality.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.quality.setMinimumWidth(300)
        self.quality.setStyleSheet(look.note_box_style("rotationQuality"))
        buttons.addWidget(self.quality, 1)
        self.model = RotationModel(document, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setItemDelegate(ChoiceByIdDelegate(self._table_choices, self.view))
        layout.addWidget(self.view, 1)
        layout.addLayout(side)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.reload)
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.generate_button.setText(self.tr("&Create seating"))
        self.generate_button.setToolTip(self.tr("Seats everyone so that people meet as many new people as possible"))
        self.replan_button.setText(self.tr("Re-plan from round:"))
        self.replan_button.setToolTip(
            self.tr("After a no-show or a late arrival: re-seats the remaining rounds, moving as few people as needed")
        )
        self.swap_button.setText(self.tr("S&wap the two selected"))
        self.swap_button.setToolTip(self.tr("Select two people in the same round (or drag one onto the other)"))
        self._show_quality()

    def _table_choices(self, index):
        cafe = self.model.cafe
        return [(t.id, t.name) for t in cafe.tables] if cafe else []

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event):
        if getattr(self, "_dirty", True):
            self.reload()
        super().showEvent(event)

    def _on_row_changed(self, table: str, *_args) -> None:
        if table in CAFE_TABLES and self.meeting_id is not None:
            self._dirty = True
            if self.isVisible():
                self._pending.start()

    def reload(self) -> None:
        self._dirty = False
        self.model.load(self.meeting_id)
        cafe = self.model.cafe
        if cafe is not None:
            held = cafe.held_rounds()
            self.replan_from.setMaximum(max(1, len(cafe.rounds)))
            self.replan_from.setMinimum(min(held + 1, max(1, len(cafe.rounds))))
        self._show_quality()

    def _show_readiness(self) -> None:
        cafe = self.model.cafe
        blocker = cafe.seating_blocker() if cafe is not None else None
        held = cafe.held_rounds() if cafe is not None else 0
        self.generate_button.setEnabled(cafe is not None and blocker is None)
        self.blocker.setVisible(blocker is not None)
        if blocker is not None:
            reason, needed, have = blocker
            self.blocker.setText({
                "no_tables": self.tr("Add the tables first (“Add table” above)."),
                "no_rounds": self.tr("Set the number of rounds first."),
                "no_people": self.tr("No participants yet: add them on the Participants tab "
                                     "(“Add from register…” or “Import list…”)."),
                "too_few_seats": self.tr("%1 people come but the tables have %2 seats: add tables or seats.")
                .replace("%1", str(needed)).replace("%2", str(have)),
            }[reason])
        self.replan_button.setEnabled(cafe is not None and blocker is None and self.model.plan is not None)
        self.hosts.setVisible(cafe is not None and blocker is None and held == 0)
        if cafe is None or blocker is not None:
            return
        meeting = self.document.store.get(Meeting, self.meeting_id)
        hosts_stay = meeting is None or meeting.hosts_stay
        names = cafe.host_names()
        chosen = "; ".join(f"{table}: {host}" for table, host in names if host)
        missing = ", ".join(table for table, host in names if not host)
        if chosen:
            text = (self.tr("Table hosts, who stay at their table every round: %1.") if hosts_stay
                    else self.tr("Moderators, who stay at their table every round: %1.")).replace("%1", chosen)
        else:
            text = self.tr("No table hosts chosen yet.") if hosts_stay else self.tr("No moderators chosen yet.")
        if missing:
            text += " " + self.tr("Without one: %1. Choose them in the Host column of the tables above before you "
                                  "create the seating; otherwise everyone at those tables moves.").replace("%1", missing)
        self.hosts.setText(text)

    def _show_quality(self) -> None:
        self._show_readiness()
        quality = self.model.quality
        if self.model.cafe is None:
            self.quality.setText("")
        elif quality is None:
            blocked = self.model.cafe.seating_blocker() is not None
            self.quality.setText("" if blocked else self.tr("No seating yet: press “Create seating”."))
        else:
            self.quality.setText(describe_quality(quality))

    def _report_error(self, error) -> None:
        window = self.window()
        text = describe_rotation_error(error)
        if hasattr(window, "show_error"):
            window.show_error(text)
        else:
            self.quality.setText(text)

    def generate(self) -> bool:
        from ...domain.rotation import RotationError, plan_rotation

        if self.meeting_id is None:
            return False
        meeting, cafe = load_cafe(self.document, self.meeting_id)
        held = cafe.held_rounds()
        if held:
            return self.replan(held + 1)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan, _quality = plan_rotation(cafe.setup(), seed=meeting.rotation_seed, time_budget=0.4)
        except RotationError as error:
            self._report_error(error)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return edits.save_seating(self.document, cafe, plan)

    def replan(self, from_round: int | None = None) -> bool:
        """Re-seats the rounds from ``from_round`` (1-based) on; earlier rounds never change."""
        if self.meeting_id is None:
            return False
        from ...domain.rotation import RotationError, plan_rotation, replan_from_round

        meeting, cafe = load_cafe(self.document, self.meeting_id)
        first = max(from_round or self.replan_from.value(), cafe.held_rounds() + 1)
        seats = cafe_seats(self.document, cafe)
        setup = cafe.replan_setup(seats, first - 1)
        current = cafe.seated_plan(seats, setup)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if current is None:
                plan, _quality = plan_rotation(setup, seed=meeting.rotation_seed, time_budget=0.4)
            else:
                plan, _quality, _moved = replan_from_round(current, setup, first - 1, seed=meeting.rotation_seed, time_budget=0.4)
        except RotationError as error:
            self._report_error(error)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return edits.save_seating(self.document, cafe, plan, first - 1)

    def swap_selected(self) -> bool:
        indexes = [i for i in self.view.selectionModel().selectedIndexes() if i.column() > 0]
        if len(indexes) != 2 or indexes[0].column() != indexes[1].column():
            self.quality.setText(self.tr("Select two people in the same round to swap them."))
            return False
        first, second = (self.model._seat(i) for i in indexes)
        return first is not None and second is not None and edits.swap_seats(self.document, first, second)


class CafePage(QWidget):
    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.settings = CafeSettings(document)
        self.tables = TablesPage(document)
        top_layout.addWidget(self.settings)
        top_layout.addWidget(self.tables, 1)
        splitter.addWidget(top)
        self.rotation = RotationPanel(document)
        splitter.addWidget(self.rotation)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.settings.show_meeting(meeting_id)
        self.tables.show_meeting(meeting_id)
        self.rotation.show_meeting(meeting_id)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.settings.retranslate()
            self.rotation.retranslate()
        super().changeEvent(event)
