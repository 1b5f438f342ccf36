"""The lists inside one meeting: who takes part, the questions, and the agenda."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...domain import vocabulary as v
from ...domain.agenda import start_times
from ...domain.entities import AgendaItem, AttendanceEntry, Meeting, Organisation, Participant, Question
from ...storage import meetings
from ..common.columns import agenda_columns, attendance_columns, question_columns
from ..common.delegates import ChoiceDelegate
from ..common.entity_model import EntityTableModel
from ..common.keys import key_sequence
from ..common.list_page import MeetingTablePage
from ..document import ProcessDocument
from . import meeting_edits as edits


class AttendancePage(MeetingTablePage):
    REMOVAL = QT_TRANSLATE_NOOP("Commands", "Remove participants from meeting")

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(document, parent)
        model = EntityTableModel(
            document,
            AttendanceEntry,
            attendance_columns(document),
            of=MeetingTablePage.NO_MEETING,
            depends_on=(Participant.TABLE, Organisation.TABLE),
            lazy=True,
        )
        self.set_model(model, stretch_column=1)
        self.view.setItemDelegateForColumn(2, ChoiceDelegate(v.ROLE_LABELS, self.view))
        self.view.setItemDelegateForColumn(3, ChoiceDelegate(v.ATTENDANCE_LABELS, self.view))
        self.sort_by(0)
        self.add_button_ = self.add_button(self.request_add)
        self.remove_button = self.add_button(self.remove_selected)
        self.import_button = self.add_button(self.request_import)
        self.add_requested = None  # set by the window: opens the chooser dialog
        self.import_requested = None
        self.retranslate()


    def retranslate(self) -> None:
        super().retranslate()
        self.add_button_.setText(self.tr("&Add from register…"))
        self.remove_button.setText(self.tr("&Remove from meeting"))
        self.import_button.setText(self.tr("&Import list…"))

    def summary_text(self, count: int) -> str:
        """The meeting's participants counted the one way (domain.headcount), and the list."""
        if self.meeting_id is None:
            return self.tr("%n participant(s)", "", count)
        from ...storage.register import headcount_of

        heads = headcount_of(self.document.store, self.meeting_id)
        return self.tr("%n participant(s)", "", heads.taking_part) + " · " + self.tr("%n on the list", "", heads.on_list)

    def request_add(self) -> None:
        if self.add_requested and self.meeting_id:
            self.add_requested(self.meeting_id)

    def request_import(self) -> None:
        if self.import_requested:
            self.import_requested(self.meeting_id)


class QuestionsPage(MeetingTablePage):
    REMOVAL = QT_TRANSLATE_NOOP("Commands", "Remove question")

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(document, parent, filterable=False)
        model = EntityTableModel(
            document, Question, question_columns(), of=MeetingTablePage.NO_MEETING, order=("position", "id"), lazy=True
        )
        self.set_model(model, stretch_column=1)
        self.sort_by(0)
        self.view.setWordWrap(True)
        self.add_question_button = self.add_button(self.add_question)
        self.remove_button = self.add_button(self.remove_selected)
        self.retranslate()


    def retranslate(self) -> None:
        super().retranslate()
        self.add_question_button.setText(self.tr("Add &question"))
        self.remove_button.setText(self.tr("&Remove question"))

    def summary_text(self, count: int) -> str:
        return self.tr("%n question(s)", "", count)

    def add_question(self) -> None:
        if self.meeting_id is None:
            return
        new_id = edits.add_question(self.document, self.meeting_id, self.tr("New question"))
        if new_id is not None:
            self.select_id(new_id)
            if self.view.isVisible():
                self.view.edit(self.view.currentIndex().siblingAtColumn(1))


class AgendaPage(MeetingTablePage):
    REMOVAL = QT_TRANSLATE_NOOP("Commands", "Remove agenda item")

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(document, parent, sortable=True, filterable=False)
        self._starts: dict[int, str] = {}
        model = EntityTableModel(
            document,
            AgendaItem,
            agenda_columns(lambda item: self._starts.get(item.id, "")),
            of=MeetingTablePage.NO_MEETING,
            order=("position", "id"),
            depends_on=(Meeting.TABLE, AgendaItem.TABLE),
            lazy=True,
        )
        self.set_model(model, stretch_column=1)
        self.view.setItemDelegateForColumn(2, ChoiceDelegate(v.AGENDA_KIND_LABELS, self.view))
        self.sort_by(0)
        document.rowChanged.connect(self._recompute)
        self.add_item_button = self.add_button(self.add_item)
        self.up_button = self.add_button(lambda: self.move(-1), key_sequence(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Up))
        self.down_button = self.add_button(lambda: self.move(1), key_sequence(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Down))
        self.remove_button = self.add_button(self.remove_selected)
        self.retranslate()

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._recompute()
        super().show_meeting(meeting_id)

    def _recompute(self, table: str = "", *_args) -> None:
        if table not in ("", Meeting.TABLE, AgendaItem.TABLE) or self.meeting_id is None:
            return
        meeting = self.document.store.get(Meeting, self.meeting_id)
        items = meetings.agenda_of(self.document.store, self.meeting_id)
        self._starts = start_times(meeting.start_time if meeting else "", items)
        self._update_summary()

    def retranslate(self) -> None:
        super().retranslate()
        self.add_item_button.setText(self.tr("Add agenda &item"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.remove_button.setText(self.tr("&Remove item"))

    def summary_text(self, count: int) -> str:
        total = sum(item.minutes for item in self.model.entities()) if self.model else 0
        return self.tr("%n minute(s) in all", "", total)

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        new_id = edits.add_agenda_item(self.document, self.meeting_id, self.tr("New agenda item"))
        if new_id is not None:
            self.select_id(new_id)
            if self.view.isVisible():
                self.view.edit(self.view.currentIndex().siblingAtColumn(1))

    def move(self, step: int) -> None:
        item_id = self.current_id()
        if item_id is not None and edits.move_agenda_item(self.document, item_id, step):
            self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            self.select_id(item_id)

