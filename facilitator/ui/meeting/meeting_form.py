"""The form for one meeting's details: what, when, where, who leads it, why, and the frame.

Every field writes through an undoable command when the coordinator leaves it (or at once
for choices), so there is nothing to save.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary as v
from ...domain.entities import AgendaItem, AttendanceEntry, Meeting
from ...domain.meeting_checks import meeting_warnings
from ...messages import describe_warning
from ...storage import meetings, register
from ..common.columns import label
from ..common.text_limits import limit_field
from ..document import ProcessDocument
from . import meeting_edits as edits
from .minutes_panel import MinutesPanel


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that reports when the coordinator leaves it."""

    committed = Signal()

    def focusOutEvent(self, event):
        self.committed.emit()
        super().focusOutEvent(event)


class MeetingForm(QScrollArea):
    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self._loading = False
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)

        self.warnings = QLabel()
        self.warnings.setObjectName("meetingWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(
            "QLabel#meetingWarnings { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 6px; }"
        )
        outer.addWidget(self.warnings)
        self.minutes_panel = MinutesPanel(document)
        outer.addWidget(self.minutes_panel)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        self.form = form

        self.format = QComboBox()
        for key in v.MEETING_FORMAT_LABELS:
            self.format.addItem("", str(key))
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        for editor in (self.start_time, self.end_time):
            editor.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        self.until = QLabel("–")
        times.addWidget(self.until)
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.place = QLineEdit()
        self.moderator = QLineEdit()
        self.coordinator = QLineEdit()
        self.series = QLineEdit()
        self.food_served = QCheckBox()
        self.purpose = CommittingTextEdit()
        self.frame_statement = CommittingTextEdit()
        self.selection_reasons = CommittingTextEdit()
        self.next_steps = CommittingTextEdit()
        self.feedback_method = CommittingTextEdit()
        for name in ("title", "place", "moderator", "coordinator", "series", "purpose", "frame_statement",
                     "selection_reasons", "next_steps", "feedback_method"):
            limit_field(getattr(self, name), "meeting", name)
        for editor in (self.purpose, self.frame_statement, self.selection_reasons, self.next_steps, self.feedback_method):
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(72)

        self._rows = [
            ("format", self.format),
            ("title", self.title),
            ("date", self.date),
            ("time", times),
            ("place", self.place),
            ("moderator", self.moderator),
            ("coordinator", self.coordinator),
            ("series", self.series),
            ("food", self.food_served),
            ("purpose", self.purpose),
            ("frame", self.frame_statement),
            ("selection", self.selection_reasons),
            ("next", self.next_steps),
            ("feedback", self.feedback_method),
        ]
        self._labels = {}
        for key, widget in self._rows:
            caption = QLabel()
            self._labels[key] = caption
            if isinstance(widget, QWidget):
                caption.setBuddy(widget)
                form.addRow(caption, widget)
            else:
                form.addRow(caption, widget)

        for name in ("title", "place", "moderator", "coordinator", "series"):
            getattr(self, name).editingFinished.connect(lambda name=name: self._commit_line(name))
        for name in ("purpose", "frame_statement", "selection_reasons", "next_steps", "feedback_method"):
            getattr(self, name).committed.connect(lambda name=name: self._commit_text(name))
        self.format.currentIndexChanged.connect(self._commit_format)
        self.date.dateChanged.connect(self._commit_date)
        self.start_time.timeChanged.connect(lambda: self._commit_time("start_time"))
        self.end_time.timeChanged.connect(lambda: self._commit_time("end_time"))
        self.food_served.toggled.connect(self._commit_food)

        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.reload)
        self.retranslate()
        self.setEnabled(False)

    # -- translation --------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        captions = {
            "format": self.tr("&Format"),
            "title": self.tr("&Title"),
            "date": self.tr("&Date"),
            "time": self.tr("Time"),
            "place": self.tr("&Place"),
            "moderator": self.tr("&Moderator"),
            "coordinator": self.tr("C&oordinator"),
            "series": self.tr("&Series"),
            "food": self.tr("Food"),
            "purpose": self.tr("P&urpose"),
            "frame": self.tr("What happens with the results"),
            "selection": self.tr("Selection reasons"),
            "next": self.tr("Next steps"),
            "feedback": self.tr("How participants hear back"),
        }
        for key, caption in captions.items():
            self._labels[key].setText(caption)
        self._labels["time"].setBuddy(self.start_time)
        self._labels["food"].setBuddy(self.food_served)
        self.food_served.setText(self.tr("Food is served"))
        self.title.setPlaceholderText(self.tr("For example: World Café on the action plan"))
        self.place.setPlaceholderText(self.tr("Venue and room"))
        self.series.setPlaceholderText(self.tr("For workshops in a series, e.g. Working group HR"))
        self.frame_statement.setPlaceholderText(
            self.tr("We cannot promise that every idea will be carried out, but the municipality has agreed to take the ideas seriously.")
        )
        self.selection_reasons.setPlaceholderText(self.tr("Why these participants were invited"))
        self.start_time.setToolTip(self.tr("Start time"))
        self.end_time.setToolTip(self.tr("End time"))
        self.until.setToolTip(self.tr("until"))
        self._loading = True
        for index, key in enumerate(v.MEETING_FORMAT_LABELS):
            self.format.setItemText(index, label(v.MEETING_FORMAT_LABELS, key))
        self._loading = False
        self._refresh_warnings()

    # -- loading ------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.commit_pending()
        self.meeting_id = meeting_id
        self.reload()
        self.minutes_panel.show_meeting(self.meeting_id)

    def meeting(self) -> Meeting | None:
        return self.document.store.get(Meeting, self.meeting_id) if self.meeting_id is not None else None

    def reload(self) -> None:
        meeting = self.meeting()
        self.setEnabled(meeting is not None)
        if meeting is None:
            self.meeting_id = None
            self.warnings.hide()
            return
        self._loading = True
        try:
            self.format.setCurrentIndex(max(self.format.findData(meeting.format), 0))
            self.title.setText(meeting.title)
            date = QDate.fromString(meeting.date, "yyyy-MM-dd")
            self.date.setDate(date if date.isValid() else QDate.currentDate())
            for field in ("start_time", "end_time"):
                time = QTime.fromString(getattr(meeting, field), "HH:mm")
                getattr(self, field).setTime(time if time.isValid() else QTime(16, 0))
            for name in ("place", "moderator", "coordinator", "series"):
                getattr(self, name).setText(getattr(meeting, name))
            self.food_served.setChecked(meeting.food_served)
            for name in ("purpose", "frame_statement", "selection_reasons", "next_steps", "feedback_method"):
                editor = getattr(self, name)
                if editor.toPlainText() != getattr(meeting, name):
                    editor.setPlainText(getattr(meeting, name))
        finally:
            self._loading = False
        self._refresh_warnings()

    def _on_row_changed(self, table: str, entity_id: int, kind: str) -> None:
        if self.meeting_id is None:
            return
        if table == Meeting.TABLE and entity_id == self.meeting_id:
            self.reload()
        elif table in (AttendanceEntry.TABLE, AgendaItem.TABLE):
            self._refresh_warnings()

    def _refresh_warnings(self) -> None:
        meeting = self.meeting()
        if meeting is None:
            self.warnings.hide()
            return
        store = self.document.store
        size = register.headcount_of(store, meeting.id).taking_part
        agenda = meetings.agenda_minutes(store, meeting.id)
        found = meeting_warnings(meeting, size, agenda)
        self.warnings.setText("\n".join("⚠ " + describe_warning(w) for w in found))
        self.warnings.setVisible(bool(found))

    # -- committing ---------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Writes a field that still has focus (e.g. before switching meeting or closing)."""
        if self.meeting_id is None:
            return
        for name in ("title", "place", "moderator", "coordinator", "series"):
            self._commit_line(name)
        for name in ("purpose", "frame_statement", "selection_reasons", "next_steps", "feedback_method"):
            self._commit_text(name)

    def _write(self, field: str, value, caption_key: str) -> None:
        if self._loading or self.meeting_id is None:
            return
        meeting = self.meeting()
        if meeting is None or getattr(meeting, field) == value:
            return
        caption = self._labels[caption_key].text().replace("&", "")
        text = self.tr("Change: %1").replace("%1", caption)
        edits.update_meeting(self.document, self.meeting_id, text, **{field: value})

    def _commit_line(self, name: str) -> None:
        key = {"title": "title", "place": "place", "moderator": "moderator", "coordinator": "coordinator", "series": "series"}[name]
        self._write(name, getattr(self, name).text().strip(), key)

    def _commit_text(self, name: str) -> None:
        key = {
            "purpose": "purpose",
            "frame_statement": "frame",
            "selection_reasons": "selection",
            "next_steps": "next",
            "feedback_method": "feedback",
        }[name]
        self._write(name, getattr(self, name).toPlainText().strip(), key)

    def _commit_format(self) -> None:
        self._write("format", self.format.currentData(), "format")

    def _commit_date(self) -> None:
        self._write("date", self.date.date().toString("yyyy-MM-dd"), "date")

    def _commit_time(self, field: str) -> None:
        self._write(field, getattr(self, field).time().toString("HH:mm"), "time")

    def _commit_food(self, checked: bool) -> None:
        self._write("food_served", checked, "food")
