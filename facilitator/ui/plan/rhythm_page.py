"""Uppföljningskalender: the plan's follow-up rhythm and what it means in dates.

At the top the four settings (the committee's interval, the departments' reporting rounds a
year, the revision and the ECCAR report), each change one undoable step. Below, the calendar
from today a year ahead (``domain/follow_up_rhythm.follow_up_calendar``): committee meetings
made and proposed, reporting rounds, the measures' deadlines, the next ECCAR report and
revision, with what is overdue marked in words and colour. Items are in date order only:
departments are never ranked or compared (DOMAIN.md).

"Create the next committee meeting" makes it in one step and the window opens it on its
follow-up tab; "Export reminders" opens the export dialog on the calendar (.ics).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary as v
from ...domain.follow_up_rhythm import (
    ITEM_KIND_LABELS,
    ROUNDS_PER_YEAR_CHOICES,
    SETTING_LABELS,
    SETTING_RANGES,
    CalendarItem,
    FollowUpCalendar,
    ItemKind,
    RhythmSettings,
)
from ...storage import follow_up_rhythm as repo
from ..common import look
from . import rhythm_edits

Index = QModelIndex | QPersistentModelIndex


def item_text(item: CalendarItem) -> str:
    """What an item is about, in the window's language."""
    if item.measure is not None:
        return item.measure.title
    if item.meeting is not None:
        return item.meeting.title or QCoreApplication.translate("Vocabulary", v.MEETING_FORMAT_LABELS[
            v.MeetingFormat.COMMITTEE])
    if item.round is not None:
        return item.round.name(QCoreApplication.translate)
    if item.kind == ItemKind.ECCAR_REPORT:
        return QCoreApplication.translate("RhythmPage", "The city's report to ECCAR")
    if item.kind == ItemKind.REVISION:
        return QCoreApplication.translate("RhythmPage", "Revise and update the plan")
    return QCoreApplication.translate("RhythmPage", "Time for the committee to meet")


def item_details(item: CalendarItem) -> str:
    """Who is responsible (a measure's owner and department) or what happens."""
    if item.measure is not None:
        measure = item.measure
        parts = [QCoreApplication.translate("RhythmPage", "Responsible: %1").replace("%1", measure.owner)
                 if measure.owner else "",
                 QCoreApplication.translate("RhythmPage", "Department: %1").replace("%1", measure.department)
                 if measure.department else "",
                 QCoreApplication.translate("Vocabulary", v.MEASURE_STATUS_LABELS.get(measure.status, measure.status))]
        return " · ".join(part for part in parts if part)
    if item.kind == ItemKind.REPORTING_ROUND:
        return QCoreApplication.translate("RhythmPage", "The departments report on their measures")
    if item.kind == ItemKind.PLANNED_COMMITTEE:
        return QCoreApplication.translate("RhythmPage", "Proposed by the rhythm; not created yet")
    if item.meeting is not None:
        return " – ".join(t for t in (item.meeting.start_time, item.meeting.end_time) if t)
    return ""


class CalendarModel(QAbstractTableModel):
    """The calendar's items: date, what, about what, details."""

    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[CalendarItem] = []

    def set_calendar(self, calendar: FollowUpCalendar) -> None:
        self.beginResetModel()
        self.items = list(calendar.items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Date"), self.tr("What"), self.tr("About"), self.tr("Details"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == self.ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                text = item.day.isoformat()
                return text + " · " + self.tr("overdue") if item.overdue else text
            if column == 1:
                return QCoreApplication.translate("FollowUpRhythm", ITEM_KIND_LABELS[item.kind])
            if column == 2:
                return item_text(item)
            return item_details(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QColor(look.error_colour())
        return None


class RhythmPage(QWidget):
    """``measureChosen(id)`` opens a measure; ``meetingChosen(id)`` a meeting;
    ``committeeMeetingAdded(id)`` asks the window to open the new meeting on its follow-up;
    ``exportRequested`` asks for the export dialog on the calendar."""

    measureChosen = Signal(int)
    meetingChosen = Signal(int)
    committeeMeetingAdded = Signal(int)
    exportRequested = Signal()

    def __init__(self, document, parent=None, today=None):
        super().__init__(parent)
        self.document = document
        self._today = today or date.today  # a function: the page may stay open over midnight
        self.calendar: FollowUpCalendar | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.MARGIN))
        self.heading = QLabel()
        self.heading.setFont(look.scaled_font(self.heading, look.SUBHEADING_SCALE))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        self.settings_box = QGroupBox()
        form = QFormLayout(self.settings_box)
        self.committee = self._spin("committee_months")
        self.rounds = QComboBox()
        for count in ROUNDS_PER_YEAR_CHOICES:
            self.rounds.addItem("", count)
        self.rounds.activated.connect(lambda _index: self._set("rounds_per_year", self.rounds.currentData()))
        self.revision = self._spin("revision_years")
        self.eccar = self._spin("eccar_years")
        self.setting_labels: dict[str, QLabel] = {}
        for name, widget in (("committee_months", self.committee), ("rounds_per_year", self.rounds),
                             ("revision_years", self.revision), ("eccar_years", self.eccar)):
            label = QLabel()
            label.setBuddy(widget)
            self.setting_labels[name] = label
            form.addRow(label, widget)
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        form.addRow(self.source_note)
        top = QHBoxLayout()
        top.addWidget(self.settings_box, 0)
        summary = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.adoption_note = QLabel()
        self.adoption_note.setWordWrap(True)
        self.next_note = QLabel()
        self.next_note.setWordWrap(True)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.add_committee_meeting)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.exportRequested.emit)
        summary.addWidget(self.summary)
        summary.addWidget(self.next_note)
        summary.addWidget(self.adoption_note)
        summary.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        summary.addLayout(buttons)
        top.addLayout(summary, 1)
        layout.addLayout(top)

        self.list_label = QLabel()
        layout.addWidget(self.list_label)
        self.model = CalendarModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # rows as tall as their wrapped text at the columns' real widths, kept so on resizing
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open)
        self.list_label.setBuddy(self.view)
        layout.addWidget(self.view, 1)

        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.load)
        self.retranslate()
        self.load()

    def _update_suffixes(self) -> None:
        self.committee.setSuffix(self.tr(" month(s)", "", self.committee.value()))
        self.revision.setSuffix(self.tr(" year(s)", "", self.revision.value()))
        self.eccar.setSuffix(self.tr(" year(s)", "", self.eccar.value()))

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        low, high = SETTING_RANGES[name]
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)  # one step per value, not per key
        spin.valueChanged.connect(lambda value: self._set(name, value))
        return spin

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Follow-up calendar"))
        self.intro.setText(self.tr(
            "Inviting people and then letting nothing happen damages participation. The plan's rhythm sets when the "
            "committee meets, when the departments report and when the plan is revised and reported to ECCAR."))
        self.settings_box.setTitle(self.tr("The plan's follow-up rhythm"))
        for name, label in self.setting_labels.items():
            label.setText(QCoreApplication.translate("FollowUpRhythm", SETTING_LABELS[name]))
        self._update_suffixes()
        for index in range(self.rounds.count()):
            self.rounds.setItemText(index, self.tr("%n time(s) a year", "", self.rounds.itemData(index)))
        self.source_note.setText(self.tr(
            "The toolkit's advice: the committee about monthly, the departments 2–4 times a year, a report to "
            "ECCAR every two years and a revision every 2–3 years."))
        self.next_button.setText(self.tr("Create the next committee meeting"))
        self.export_button.setText(self.tr("Export reminders (.ics)…"))
        self.list_label.setText(self.tr("&Coming and overdue"))
        self.load()

    # -- reading ------------------------------------------------------------------------------

    def _on_row_changed(self, table: str, _entity_id: int, _kind: str) -> None:
        if table in ("process", "meeting", "measure", "plan_stage_change"):
            self.load()

    def load(self) -> None:
        store = self.document.store
        if store is None:
            return
        settings = RhythmSettings.of(store.process())
        for spin, value in ((self.committee, settings.committee_months), (self.revision, settings.revision_years),
                            (self.eccar, settings.eccar_years)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(settings.rounds_per_year)))
        self._update_suffixes()
        self.calendar = repo.calendar(store, self._today())
        self.model.set_calendar(self.calendar)
        self._show_summary()

    def _show_summary(self) -> None:
        calendar = self.calendar
        if calendar is None:
            return
        deadlines = [item for item in calendar.overdue if item.kind == ItemKind.DEADLINE]
        missed = any(item.kind == ItemKind.PLANNED_COMMITTEE for item in calendar.overdue)
        lines = [self.tr("%n measure(s) past their deadline.", "", len(deadlines)) if deadlines
                 else self.tr("No measure is past its deadline.")]
        if missed:
            lines.append(self.tr("The committee has not met for longer than the rhythm says."))
        self.summary.setStyleSheet(look.error_style(bold=True) if deadlines or missed else "")
        self.adoption_note.setText(
            self.tr("The ECCAR report and the revision are counted from the adoption on %1.").replace(
                "%1", calendar.adopted_on.isoformat()) if calendar.adopted_on is not None else
            self.tr("The ECCAR report and the revision are counted from the plan's adoption, "
                    "which is not recorded yet (Plan and decisions)."))
        self.summary.setText("\n".join(lines))
        day = calendar.next_committee_day
        self.next_note.setText(self.tr("The next committee meeting by the rhythm: %1").replace(
            "%1", day.isoformat()) if day is not None else "")

    # -- doing --------------------------------------------------------------------------------

    def _set(self, name: str, value) -> None:
        if isinstance(value, int) and not rhythm_edits.set_rhythm(self.document, name, value):
            self.load()  # refused: show what is stored

    def add_committee_meeting(self) -> int | None:
        meeting_id = rhythm_edits.add_committee_meeting(self.document, self._today())
        if meeting_id is not None:
            self.committeeMeetingAdded.emit(meeting_id)
        return meeting_id

    def _open(self, index: QModelIndex) -> None:
        item = self.model.data(index, CalendarModel.ITEM_ROLE)
        if item is None:
            return
        if item.measure is not None and item.measure.id is not None:
            self.measureChosen.emit(item.measure.id)
        elif item.meeting is not None and item.meeting.id is not None:
            self.meetingChosen.emit(item.meeting.id)
