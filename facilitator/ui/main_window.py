"""The coordinator's main window: processes, meetings, participants; menus and shortcuts."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..domain import limits
from ..domain.entities import Meeting, Process
from ..domain.erasure import retention_is_due
from ..domain.formats import has_cafe, traits
from ..messages import describe_file_error, describe_invalid
from ..platform import paths
from ..storage import register
from ..storage.cleaning import CLEANABLE
from ..storage.errors import ProblemCode, ProcessFileError
from ..storage.lock import LockedError
from ..storage.process_store import EXTENSION
from ..storage.working_copy import UnsavedWorkingCopy
from .common import look
from .common.columns import meeting_list_columns
from .common.delegates import WrappedRowDelegate
from .common.entity_model import ENTITY_ROLE, EntityTableModel, SwedishSortProxy
from .common.lazy_page import LazyPage
from .common.screen_fit import fit_to_screen
from .common.text_limits import ask_text
from .document import ProcessDocument
from .meeting import meeting_edits as edits
from .meeting.meeting_form import MeetingForm
from .run.timer_controller import TimerController
from .session import Session, same_file
from .settings import GEOMETRY, Settings

log = logging.getLogger("facilitator.ui")


class StartPage(QWidget):
    """Shown when no process is open: create, open, or pick a recent one."""

    def __init__(self, window: MainWindow):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        look.set_type(self.heading, look.PAGE_TITLE)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.new_button.clicked.connect(window.new_process)
        self.open_button.clicked.connect(window.open_process_dialog)
        self.demo_button.clicked.connect(window.open_demo)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: window.open_process(item.data(Qt.ItemDataRole.UserRole)))
        for widget in (self.heading, self.intro, self.new_button, self.open_button, self.demo_button, self.recent_label, self.recent):
            widget.setMaximumWidth(560)
            layout.addWidget(widget)

    def retranslate(self) -> None:
        self.heading.setText(APP_NAME)
        self.intro.setText(
            self.tr(
                "Plan workshops and World Cafés against discrimination and turn what is said into measures "
                "that someone owns. A process is one file: create one or open one."
            )
        )
        self.new_button.setText(self.tr("Create a new process…"))
        self.open_button.setText(self.tr("Open a process…"))
        self.demo_button.setText(self.tr("Open the demo process (Ekbacka kommun)"))
        self.recent_label.setText(self.tr("Recent processes:"))

    def show_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{Path(path).stem}  —  {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(files))
        self.recent.setVisible(bool(files))


class ProcessView(QWidget):
    """An open process: its meetings on the left, the chosen meeting's pages on the right,
    and the participant register as its own tab."""

    def __init__(self, document: ProcessDocument, window: MainWindow):
        super().__init__()
        self.document = document
        self._main_window = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        meetings = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(look.margins(look.SMALL, look.SMALL, 0, look.SMALL))
        self.meetings_label = QLabel()
        self.meeting_model = EntityTableModel(
            document, Meeting, meeting_list_columns(), order_by="date, start_time, id", parent=self
        )
        self.meeting_proxy = SwedishSortProxy(self)
        self.meeting_proxy.setSourceModel(self.meeting_model)
        self.meeting_proxy.sort(0, Qt.SortOrder.AscendingOrder)
        self.meeting_list = QListView()
        self.meeting_list.setModel(self.meeting_proxy)
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_list.setSpacing(look.space(look.HAIR))
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again at the new width
        self.meeting_list.setItemDelegate(WrappedRowDelegate(self.meeting_list))
        self.new_meeting_button = QPushButton()
        self.new_meeting_button.clicked.connect(window.new_meeting)
        self.meetings_label.setBuddy(self.meeting_list)
        left_layout.addWidget(self.meetings_label)
        left_layout.addWidget(self.meeting_list, 1)
        left_layout.addWidget(self.new_meeting_button)
        meetings.addWidget(left)

        self.meeting_tabs = QTabWidget()
        self.form = MeetingForm(document)
        # Only the meeting form shows when a process opens: the other pages are built when
        # first shown (LazyPage), so opening a process is quicker.
        self.attendance = LazyPage(self._build_attendance)
        self.questions = LazyPage(self._build_questions)
        self.agenda = LazyPage(self._build_agenda)
        self.cafe = LazyPage(self._build_cafe)
        self.timer = TimerController(document, parent=self)
        self.run = LazyPage(self._build_run)
        self.phone_url = ""  # shown on the projector while phones are invited
        # Pages reached later in a meeting's life are built when first shown.
        self.capture = LazyPage(self._build_capture)
        self.harvest = LazyPage(self._build_harvest)
        self.follow_up = LazyPage(self._build_follow_up)
        self.assessment = LazyPage(self._build_assessment)  # a self-assessment meeting's key factors
        # What participants sent from their phones, waiting for review (Alt+0).
        self.from_phones = LazyPage(self._build_from_phones)
        self.meeting_pages = (self.form, self.attendance, self.questions, self.agenda, self.cafe, self.run,
                              self.capture, self.harvest, self.follow_up, self.assessment, self.from_phones)
        for page in self.meeting_pages:
            self.meeting_tabs.addTab(page, "")
        # A process without meetings shows its first steps instead of an empty, greyed-out form.
        from .meeting.first_steps import FirstStepsPage

        self.first_steps = FirstStepsPage(window.new_meeting_of, window.import_participants_dialog,
                                          window.open_demo, window.show_guide)
        self.meeting_area = QStackedWidget()
        self.meeting_area.addWidget(self.first_steps)
        self.meeting_area.addWidget(self.meeting_tabs)
        meetings.addWidget(self.meeting_area)
        meetings.setStretchFactor(1, 1)
        meetings.setSizes([280, 820])
        self.register = LazyPage(self._build_register)
        self.action_plan = LazyPage(self._build_action_plan)
        # The plan as a whole (texts, stages, versions); the remiss page goes beside it.
        self.plan = LazyPage(self._build_plan)
        self.remiss = LazyPage(self._build_remiss)
        self.goals = LazyPage(self._build_goals)
        self.efforts = LazyPage(self._build_efforts)
        # The follow-up calendar: the plan's rhythm, coming meetings, rounds and deadlines.
        self.rhythm = LazyPage(self._build_rhythm)
        self.tabs.addTab(meetings, "")
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.action_plan, "")
        self.tabs.addTab(self.goals, "")
        self.tabs.addTab(self.efforts, "")
        self.tabs.addTab(self.plan, "")
        self.tabs.addTab(self.remiss, "")
        self.tabs.addTab(self.rhythm, "")

        self.meeting_list.selectionModel().currentChanged.connect(self._meeting_chosen)
        document.rowChanged.connect(self._update_cafe_tab)
        self.meeting_model.rowsInserted.connect(self._select_inserted_meeting)
        self.meeting_model.rowsRemoved.connect(self._ensure_selection)
        self.retranslate()
        self._ensure_selection()

    def retranslate(self) -> None:
        self.meetings_label.setText(self.tr("&Meetings"))
        self.new_meeting_button.setText(self.tr("New meeting…"))
        for index, text in enumerate(
            (self.tr("Meeting"), self.tr("Participants"), self.tr("Questions"), self.tr("Agenda"), self.tr("Café"),
             self.tr("Run"), self.tr("Notes"), self.tr("Harvest"), self.tr("Follow-up"), self.tr("Assessment"),
             self.tr("From phones"))
        ):
            self.meeting_tabs.setTabText(index, text)
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.tabs.setTabText(1, self.tr("Participant register"))
        self.tabs.setTabText(2, self.tr("Action plan"))
        self.tabs.setTabText(self.tabs.indexOf(self.goals), self.tr("Goals"))
        self.tabs.setTabText(self.tabs.indexOf(self.efforts), self.tr("Existing work"))
        self.first_steps.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.plan), self.tr("Plan and decisions"))
        self.tabs.setTabText(self.tabs.indexOf(self.remiss), self.tr("Consultation"))
        self.tabs.setTabText(self.tabs.indexOf(self.rhythm), self.tr("Follow-up calendar"))

    # -- the pages built on first use ---------------------------------------------------

    def _build_attendance(self):
        from .meeting.meeting_pages import AttendancePage

        page = AttendancePage(self.document)
        page.add_requested = self._main_window.add_attendees_to
        page.import_requested = self._main_window.import_participants_dialog
        page.erase_requested = self._main_window.erase_person
        return page

    def _build_questions(self):
        from .meeting.meeting_pages import QuestionsPage

        return QuestionsPage(self.document)

    def _build_agenda(self):
        from .meeting.meeting_pages import AgendaPage

        return AgendaPage(self.document)

    def _build_from_phones(self):
        from .sharing.moderation_page import ModerationPage

        return ModerationPage(self.document)

    def _build_register(self):
        from .meeting.register_page import RegisterPage

        page = RegisterPage(self.document)
        page.import_requested = self._main_window.import_participants_dialog
        page.erase_requested = self._main_window.erase_person
        return page

    def _build_run(self):
        from .run.run_page import RunPage

        page = RunPage(self.document, self.timer)
        page.set_phone_url(self.phone_url)
        return page

    def set_phone_url(self, url: str) -> None:
        self.phone_url = url
        if self.run.built:
            self.run.page().set_phone_url(url)

    def _build_cafe(self):
        from .meeting.cafe_page import CafePage

        return CafePage(self.document)

    def _build_assessment(self):
        from .meeting.assessment_page import AssessmentPage

        return AssessmentPage(self.document)

    def _build_capture(self):
        from .capture.capture_page import CapturePage

        return CapturePage(self.document)

    def _build_harvest(self):
        from .harvest.harvest_page import HarvestPage

        page = HarvestPage(self.document)
        page.measureRequested.connect(self.make_measure)
        return page

    def _build_follow_up(self):
        from .plan.follow_up_page import FollowUpPage

        page = FollowUpPage(self.document)
        page.measureChosen.connect(self.show_measure)
        return page

    def _build_action_plan(self):
        from .plan.action_plan_page import ActionPlanPage

        page = ActionPlanPage(self.document)
        page.sourceChosen.connect(self.show_found)
        return page

    def _build_plan(self):
        from .plan.plan_page import PlanPage

        page = PlanPage(self.document)
        page.exportRequested.connect(lambda version_id: self._main_window.export_documents(plan_version_id=version_id))
        page.eccarReportRequested.connect(lambda: self._main_window.export_documents(eccar_report=True))
        page.add_section_link(self.tr("Consultation (remiss) →"), lambda: self.tabs.setCurrentWidget(self.remiss))
        return page

    def _build_remiss(self):
        from .plan.remiss_page import RemissPage

        page = RemissPage(self.document)
        page.measureChosen.connect(self.show_measure)
        return page

    def _build_goals(self):
        from .plan.goals_page import GoalsPage

        page = GoalsPage(self.document)
        page.measureChosen.connect(self.show_measure)
        return page

    def _build_efforts(self):
        from .plan.efforts_page import EffortsPage

        page = EffortsPage(self.document)
        page.measureChosen.connect(self.show_measure)
        page.import_requested = self._main_window.import_efforts_dialog
        return page

    def _build_rhythm(self):
        from ..export.job import Kind
        from .plan.rhythm_page import RhythmPage

        page = RhythmPage(self.document)
        page.measureChosen.connect(self.show_measure)
        page.meetingChosen.connect(self.show_meeting)
        page.committeeMeetingAdded.connect(self._main_window.open_on_follow_up)
        page.exportRequested.connect(lambda: self._main_window.export_documents(kind=Kind.CALENDAR))
        return page

    def show_meeting(self, meeting_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_meeting(meeting_id)

    # -- going to what was found or linked ----------------------------------------------

    def make_measure(self, contribution_ids: list, theme_ids: list) -> int | None:
        """A measure from what the harvest selected; the action plan opens it to be filled in."""
        from .plan.measure_edits import create_measure_from

        measure_id = create_measure_from(
            self.document, contribution_ids=contribution_ids, theme_ids=theme_ids, meeting_id=self.current_meeting_id()
        )
        if measure_id is not None:
            self.show_measure(measure_id)
        return measure_id

    def show_measure(self, measure_id: int) -> None:
        self.tabs.setCurrentWidget(self.action_plan)
        self.action_plan.page().open_measure(measure_id)

    def show_found(self, kind: str, entity_id: int) -> None:
        """Shows a search hit or a measure's source where it lives."""
        from ..domain.entities import Contribution, HarvestItem, Mitigation, Theme

        if kind == "measure":
            self.show_measure(entity_id)
            return
        if kind == "mitigation":
            mitigation = self.document.store.get(Mitigation, entity_id)
            if mitigation is None:
                return
            kind, entity_id = "contribution", mitigation.contribution_id
        cls = {"contribution": Contribution, "theme": Theme, "harvest_item": HarvestItem}.get(kind)
        found = self.document.store.get(cls, entity_id) if cls else None
        if found is None or found.meeting_id is None:
            return
        self.tabs.setCurrentIndex(0)
        self.select_meeting(found.meeting_id)
        self.meeting_tabs.setCurrentWidget(self.harvest)
        self.harvest.page().show_item(kind, entity_id)

    def current_meeting_id(self) -> int | None:
        index = self.meeting_list.currentIndex()
        return index.data(ENTITY_ROLE) if index.isValid() else None

    def select_meeting(self, meeting_id: int) -> None:
        row = self.meeting_model.row_of(meeting_id)
        if row is None:
            return
        index = self.meeting_proxy.mapFromSource(self.meeting_model.index(row, 0))
        self.meeting_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _meeting_chosen(self, current, _previous) -> None:
        meeting_id = current.data(ENTITY_ROLE) if current.isValid() else None
        self.meeting_area.setCurrentWidget(self.meeting_tabs if meeting_id is not None else self.first_steps)
        for page in self.meeting_pages:
            page.show_meeting(meeting_id)
        self._update_cafe_tab()

    def _update_cafe_tab(self, table: str = Meeting.TABLE, *_args) -> None:
        if table != Meeting.TABLE:
            return
        meeting_id = self.current_meeting_id()
        meeting = self.document.store.get(Meeting, meeting_id) if meeting_id else None
        self.meeting_tabs.setTabVisible(self.meeting_tabs.indexOf(self.cafe), has_cafe(meeting))
        self.meeting_tabs.setTabVisible(self.meeting_tabs.indexOf(self.assessment),
                                        meeting is not None and traits(meeting.format).holds_assessment)

    def shutdown(self) -> None:
        """Before the process closes: the projector goes, the clock stops."""
        if self.run.built:
            self.run.page().close_projector()
        self.timer.stop()

    def _select_inserted_meeting(self, _parent, first, _last) -> None:
        entity = self.meeting_model.entity(first)
        QTimer.singleShot(0, lambda: self.select_meeting(entity.id))

    def _ensure_selection(self, *args) -> None:
        if not self.meeting_list.currentIndex().isValid() and self.meeting_proxy.rowCount() > 0:
            self.meeting_list.selectionModel().setCurrentIndex(
                self.meeting_proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        elif self.meeting_proxy.rowCount() == 0:
            self._meeting_chosen(self.meeting_proxy.index(-1, -1), None)


class MainWindow(QMainWindow):
    DEFAULT_SIZE = QSize(1180, 640)  # fits 1280×720 with a taskbar; smaller screens get less
    documentChanged = Signal()

    def __init__(self, settings: Settings, language_switcher=None, backups_root: Path | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.language_switcher = language_switcher
        # The open process, its backups and services belong to the session; the window shows them.
        self.session = Session(settings, backups_root, self)
        self.session.opened.connect(self._show_process)
        self.session.closing.connect(self._let_go_of_process)
        self.session.closed.connect(self._show_start_page)
        self.session.sharingCreated.connect(self._follow_sharing)
        self.session.moved.connect(self._update_title)
        self.session.moved.connect(self._show_network_state)
        self.session.networkSaved.connect(self._saved_back)
        self.session.networkProblem.connect(self._network_problem)
        self._announce_saved = False  # Ctrl+S was pressed: say when the network drive has it
        self.network_box: QMessageBox | None = None  # a question or notice about the network drive
        self._network_told: str = ""  # the problem last told in a message box (not repeated per retry)
        self.gone_box: QMessageBox | None = None
        self.session.warning.connect(
            lambda text: self.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace("%1", text), 10000)
        )
        self.view: ProcessView | None = None
        self.error_box: QMessageBox | None = None
        self.sharing_dialog = None
        self.setAcceptDrops(True)
        self.stack = QStackedWidget()
        self.start_page = StartPage(self)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        # Shown while the process's personal data is due to be erased (its retention setting).
        self.retention_label = QLabel()
        self.retention_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.retention_label)
        # A process on a network drive: that it is, and when it was last saved there.
        self.network_label = QLabel()
        self.network_label.setObjectName("networkLabel")
        self.network_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.network_label)
        # What phones sent and the coordinator has not reviewed yet; a click opens the list.
        self.waiting_button = QPushButton()
        self.waiting_button.setObjectName("waitingFromPhones")
        self.waiting_button.setFlat(True)
        self.waiting_button.setVisible(False)
        self.waiting_button.clicked.connect(self.show_from_phones)
        self.statusBar().addPermanentWidget(self.waiting_button)
        self._waiting_timer = QTimer(self)
        self._waiting_timer.setSingleShot(True)
        self._waiting_timer.setInterval(200)
        self._waiting_timer.timeout.connect(self.update_waiting)
        self._create_actions()
        self._create_menus()
        self.retranslate()
        self._update_actions()
        geometry = settings.get(GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, self.DEFAULT_SIZE)

    # -- actions and menus --------------------------------------------------------------

    def _action(self, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(self)
        if slot is not None:
            action.triggered.connect(slot)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setCheckable(checkable)
        return action

    def _create_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action(self.new_process, QKeySequence(S.New))
        self.open_action = self._action(self.open_process_dialog, QKeySequence(S.Open))
        self.rename_action = self._action(self.rename_process, QKeySequence("F2"))
        self.close_action = self._action(self.close_process, QKeySequence(S.Close))
        self.save_action = self._action(self.save_now, QKeySequence(S.Save))
        self.import_action = self._action(self.import_participants_dialog, QKeySequence("Ctrl+I"))
        self.backups_action = self._action(self.show_backups)
        self.retention_action = self._action(self.edit_retention)
        self.export_action = self._action(self.export_documents, QKeySequence("Ctrl+E"))
        self.results_site_action = self._action(self.export_results_site)
        self.sharing_action = self._action(self.show_sharing, QKeySequence("Ctrl+T"))
        self.demo_action = self._action(self.open_demo)
        self.quit_action = self._action(self.close, QKeySequence(S.Quit))
        self.undo_action = self._action(self.undo, QKeySequence(S.Undo))
        self.redo_action = self._action(self.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence(S.Redo)])
        self.new_meeting_action = self._action(self.new_meeting, QKeySequence("Ctrl+M"))
        self.delete_meeting_action = self._action(self.delete_meeting, QKeySequence("Ctrl+Shift+Delete"))
        self.new_participant_action = self._action(self.new_participant, QKeySequence("Ctrl+Shift+N"))
        self.add_attendees_action = self._action(self.add_attendees, QKeySequence("Ctrl+Shift+A"))
        self.language_group = QActionGroup(self)
        self.swedish_action = self._action(lambda: self.set_language("sv"), checkable=True)
        self.english_action = self._action(lambda: self.set_language("en"), checkable=True)
        for action in (self.swedish_action, self.english_action):
            self.language_group.addAction(action)
        current = self.language_switcher.language if self.language_switcher else "en"
        (self.swedish_action if current == "sv" else self.english_action).setChecked(True)
        self.about_action = self._action(self.about)
        self.guide_action = self._action(self.show_guide, QKeySequence(S.HelpContents))
        self.shortcuts_action = self._action(self.show_shortcuts, [QKeySequence("Ctrl+?"), QKeySequence("Shift+F1")])
        self.search_action = self._action(self.search, QKeySequence(S.Find))
        self.action_plan_action = self._action(lambda: self.view and self.view.tabs.setCurrentIndex(2), QKeySequence("Ctrl+L"))
        self.plan_action = self._action(lambda: self.view and self.view.tabs.setCurrentWidget(self.view.plan))
        self.page_actions = []
        for number in range(1, 10):
            key = QKeySequence(f"Alt+{number}")
            action = self._action(lambda checked=False, n=number: self.show_meeting_page(n - 1), key)
            self.addAction(action)
            self.page_actions.append(action)
        # Alt+0: what phones sent, waiting for review
        from_phones = self._action(lambda: self.view and self.show_meeting_page(
            self.view.meeting_pages.index(self.view.from_phones)), QKeySequence("Alt+0"))
        self.addAction(from_phones)
        self.page_actions.append(from_phones)
        self.register_action = self._action(lambda: self.view and self.view.tabs.setCurrentIndex(1), QKeySequence("Ctrl+R"))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        for action in (self.new_action, self.open_action):
            self.file_menu.insertAction(self.recent_menu.menuAction(), action)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.rename_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.results_site_action)
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addAction(self.retention_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.new_meeting_action, self.delete_meeting_action, self.new_participant_action, self.add_attendees_action):
            self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.register_action)
        self.view_menu.addAction(self.action_plan_action)
        self.view_menu.addAction(self.plan_action)
        self.view_menu.addAction(self.search_action)
        self.view_menu.addAction(self.sharing_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(self.swedish_action)
        self.language_menu.addAction(self.english_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.file_menu.aboutToShow.connect(self._fill_recent_menu)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.undo_action, self.redo_action, self.new_meeting_action, self.new_participant_action, self.import_action):
            self.toolbar.addAction(action)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.document is not None:
            self.update_waiting()
        texts = {
            self.new_action: self.tr("&New process…"),
            self.open_action: self.tr("&Open process…"),
            self.rename_action: self.tr("&Rename process…"),
            self.close_action: self.tr("&Close process"),
            self.save_action: self.tr("&Save"),
            self.import_action: self.tr("&Import participants…"),
            self.backups_action: self.tr("&Backups…"),
            self.retention_action: self.tr("Personal data &retention…"),
            self.export_action: self.tr("&Export documents…"),
            self.results_site_action: self.tr("Publish the res&ults for the website…"),
            self.sharing_action: self.tr("&Phones and QR code…"),
            self.demo_action: self.tr("Open the &demo process"),
            self.quit_action: self.tr("&Quit"),
            self.new_meeting_action: self.tr("New &meeting…"),
            self.delete_meeting_action: self.tr("&Delete meeting"),
            self.new_participant_action: self.tr("New &participant…"),
            self.add_attendees_action: self.tr("&Add participants to meeting…"),
            self.swedish_action: "Svenska",
            self.english_action: "English",
            self.about_action: self.tr("&About Facilitator"),
            self.guide_action: self.tr("&User guide"),
            self.shortcuts_action: self.tr("&Keyboard shortcuts"),
            self.register_action: self.tr("Participant &register"),
            self.action_plan_action: self.tr("Action &plan"),
            self.plan_action: self.tr("Plan and &decisions"),
            self.search_action: self.tr("&Search everything…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._update_undo_texts()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Recent &files"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.saved_label.setText(self.tr("All changes are saved") if self.document else "")
        self._show_network_state()
        self.start_page.retranslate()
        self.start_page.show_recent(self.settings.recent_files())
        if self.view is not None:
            self.view.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_NAME)
        else:
            name = (self.session.process_path or self.document.path).name
            if self.session.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
            self.setWindowTitle(f"{self.document.process().title} — {name} — {APP_NAME}")

    def _update_undo_texts(self) -> None:
        stack = self.document.undo_stack if self.document else None
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text).strip() if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text).strip() if redo_text else self.tr("&Redo"))
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))

    def _update_actions(self) -> None:
        has = self.document is not None
        for action in (
            self.rename_action,
            self.close_action,
            self.save_action,
            self.import_action,
            self.export_action,
            self.results_site_action,
            self.sharing_action,
            self.backups_action,
            self.retention_action,
            self.new_meeting_action,
            self.delete_meeting_action,
            self.new_participant_action,
            self.add_attendees_action,
            self.register_action,
            self.action_plan_action,
            self.plan_action,
            self.search_action,
            *self.page_actions,
        ):
            action.setEnabled(has)
        self._update_undo_texts()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_process(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files()))

    # -- processes ----------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """Explains a problem in a message that does not block: work (and a timer on the
        projector) goes on behind it."""
        log.warning("shown to the coordinator: %s", text)
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

    @property
    def document(self) -> ProcessDocument | None:
        return self.session.document

    @property
    def sharing(self):
        return self.session.sharing

    @property
    def backups_root(self) -> Path:
        return self.session.backups_root

    def open_process(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            self.session.open(path)
        except LockedError as error:
            log.warning("cannot open %s: %s", path, error)
            return self.offer_locked(path, error)
        except UnsavedWorkingCopy as error:
            log.warning("cannot open %s yet: %s", path, error)
            return self.offer_unsaved_copy(path, error)
        except ProcessFileError as error:
            log.warning("cannot open %s: %s", path, error)
            recovered = self.offer_recovery(path, error) if error.code == ProblemCode.CORRUPT else False
            if recovered:
                return self.open_process(path)
            if recovered is None:  # the recovery failed and said why
                return False
            self.show_error(describe_file_error(error))
            if error.code in CLEANABLE:
                self._offer_cleaned_copy(path)
            return False
        return True

    def _offer_cleaned_copy(self, path: Path) -> None:
        """On the message about a file refused for what another program put in it: a button
        to save a cleaned copy where the coordinator chooses, and open that."""
        box = self.error_box
        if box is None:
            return
        box.setInformativeText(self.tr(
            "You can open a cleaned copy instead: Facilitator saves a new file with only what it makes itself "
            "(the data of its own tables) and names what was left out. The original stays as it is."))
        button = box.addButton(self.tr("Open a cleaned copy…"), QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("cleanedCopy")
        # Queued: the box closes first, then the file dialog opens.
        button.clicked.connect(lambda: QTimer.singleShot(0, self, lambda: self.open_cleaned_copy(path)))

    def open_cleaned_copy(self, path: str | Path, target: str | Path | None = None) -> bool:
        """Saves a cleaned copy of the refused file ``path`` (``storage.cleaning``; asks where
        unless ``target`` is given), checks it and opens it; says what was left out."""
        from ..messages import describe_cleaned_copy, describe_cleaning_refused
        from ..storage.cleaning import CleaningRefused, clean_copy
        from .common.dialogs import file_filter

        path = Path(path)
        if target is None:
            suggested = path.with_name(path.stem + " " + self.tr("(cleaned)") + EXTENSION)
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a cleaned copy as"), str(suggested),
                                                    file_filter())
            if not chosen:
                return False
            target = chosen if chosen.endswith(EXTENSION) else chosen + EXTENSION
        target = Path(target)
        try:
            made = clean_copy(path, target, backups_root=self.backups_root)
        except CleaningRefused as error:
            self.show_error(describe_cleaning_refused(error))
            return False
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))
            return False
        if not self.open_process(made.path):
            return False
        text = describe_cleaned_copy(made)
        log.info("opened a cleaned copy: %s", text)
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.cleaned_box = box
        return True

    def offer_locked(self, path: Path, error: LockedError) -> bool:
        """The process is open for writing elsewhere: say who has it and since when, and
        offer to open it read-only, to switch to the window that has it (this instance),
        or, for a lock from another computer that looks abandoned, to take it over.
        True when a process was opened (or the other window brought forward)."""
        holder = error.holder
        text = describe_file_error(error)
        other = self.window_with(path) if holder.this_instance else None
        if holder.on_this_computer and not holder.this_instance:
            text += "\n\n" + self.tr(
                "Facilitator is already running with it on this computer: switch to that window to work in it."
            )
        abandoned = not holder.on_this_computer and holder.host != "?" and holder.looks_abandoned()
        if abandoned:
            text += "\n\n" + self.tr(
                "It has been open there for a long time. If Facilitator on %1 has stopped (the computer was "
                "turned off), you may take it over; if it is still in use there, changes made there may be lost."
            ).replace("%1", holder.host)
        text += "\n\n" + self.tr("You can open it read-only: you see everything, but nothing can be changed.")
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Cancel, self)
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("readOnly")
        switch = take = None
        if other is not None:
            switch = box.addButton(self.tr("Switch to that window"), QMessageBox.ButtonRole.ActionRole)
            switch.setObjectName("switch")
            box.setDefaultButton(switch)
        if abandoned:
            take = box.addButton(self.tr("Take over"), QMessageBox.ButtonRole.DestructiveRole)
            take.setObjectName("takeOver")
        box.exec()
        clicked = box.clickedButton()
        try:
            if clicked is read_only:
                self.session.open_read_only(path)
                return True
            if switch is not None and clicked is switch and other is not None:
                other.showNormal()
                other.raise_()
                other.activateWindow()
                return True
            if take is not None and clicked is take:
                self.session.open(path, take_over=holder.id)
                return True
        except ProcessFileError as problem:
            self.show_error(describe_file_error(problem))
        return False

    def window_with(self, path: str | Path) -> MainWindow | None:
        """Another window of this instance that has ``path`` open for writing."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, MainWindow)
                and widget is not self
                and widget.document is not None
                and not widget.session.read_only
                and same_file(widget.session.process_path, path)
            ):
                return widget
        return None

    def _edit_refused(self, error) -> None:
        """The rules refused an edit (a text over its field's limit...): nothing was written,
        what was typed stays in its field; say why."""
        self.show_error(describe_invalid(error))

    def _write_failed(self, error: ProcessFileError) -> None:
        """A write was not saved (and not acknowledged): say why. A file that is gone gets
        the offer to save the process to a new place; an edit in a process opened read-only
        a status message."""
        if error.code == ProblemCode.OPENED_READ_ONLY:
            log.info("edit refused: %s", error)
            self.statusBar().showMessage(describe_file_error(error), 10000)
            return
        if error.code == ProblemCode.FILE_GONE:
            self.offer_save_as(error)
            return
        self.show_error(describe_file_error(error))

    def offer_save_as(self, error: ProcessFileError) -> None:
        """The open file was moved, replaced or deleted: nothing more is saved to it; offer
        to save everything to a new place (once; the question stays until answered)."""
        text = describe_file_error(error)
        log.warning("shown to the coordinator: %s", text)
        self.statusBar().showMessage(text, 10000)
        if self.gone_box is not None and self.gone_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveAs")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        save.clicked.connect(lambda: QTimer.singleShot(0, self.save_process_as))
        box.open()
        self.gone_box = box

    def save_process_as(self, path: str | Path | None = None) -> bool:
        """Saves the open process to a new file and goes on working there."""
        if self.document is None:
            return False
        if path is None:
            from .common.dialogs import file_filter

            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save process as"), str(paths.documents_dir() / self.document.path.name), file_filter()
            )
            if not chosen:
                return False
            path = chosen if chosen.endswith(EXTENSION) else chosen + EXTENSION
        try:
            self.session.save_as(path)
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))
            return False
        self.statusBar().showMessage(self.tr("The process is saved as %1.").replace("%1", str(path)), 10000)
        return True

    # -- a process on a network drive -------------------------------------------------------

    def save_now(self) -> bool:
        """Ctrl+S. Every change is saved as it is made; a process on a network drive is also
        saved back to the drive now rather than in a few seconds."""
        if self.document is None:
            return False
        if self.view is not None:
            self.view.form.commit_pending()
        if self.session.network is None:
            self.statusBar().showMessage(self.tr("Every change is saved as you work; there is nothing more to save."), 6000)
            return True
        self._announce_saved = True
        self.statusBar().showMessage(self.tr("Saving to the network drive…"), 6000)
        self.session.write_back()
        return True

    def _show_network_state(self) -> None:
        """The lasting note in the status bar: the file is on a network drive, and when it was
        last saved there (or that the latest changes are only on this computer)."""
        session = self.session
        shown = session.network is not None and self.document is not None
        self.network_label.setVisible(shown)
        if not shown:
            return
        if session.conflict is not None or session.write_back_problem is not None:
            text = self.tr("On a network drive — the latest changes are only on this computer")
            self.saved_label.setText(self.tr("All changes are saved on this computer"))
        else:
            when = ""
            if session.last_saved_back:
                from datetime import datetime

                moment = datetime.fromisoformat(session.last_saved_back)
                when = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
            text = self.tr("On a network drive — saved there %1").replace("%1", when)
            if self.document is not None:
                self.saved_label.setText(self.tr("All changes are saved"))
        self.network_label.setText(text)
        self.network_label.setToolTip(self.tr(
            "%1 is on a network drive. Facilitator works on a copy on this computer and saves it back to the "
            "network drive a few seconds after each change, when you press Ctrl+S and when you close it."
        ).replace("%1", str(session.process_path)))

    def _saved_back(self) -> None:
        self._show_network_state()
        if self._announce_saved:
            self._announce_saved = False
            self.statusBar().showMessage(self.tr("Saved to the network drive."), 6000)

    def _network_problem(self, error: ProcessFileError) -> None:
        """Saving back to the network drive did not happen: someone else changed the file
        there (ask to save beside it), or the drive could not be written (say so once; the
        session tries again by itself)."""
        self._announce_saved = False
        self._show_network_state()
        if error.code == ProblemCode.REMOTE_CHANGED:
            self.offer_save_beside(error)
            return
        text = describe_file_error(error)
        if error.code != ProblemCode.NETWORK_UNAVAILABLE:
            text += "\n\n" + self.tr(
                "Your changes are kept on this computer, and Facilitator saves them to the network drive as soon as "
                "it can.")
        self.statusBar().showMessage(text, 10000)
        if self.document is None or self._network_told == error.code:
            if self.document is None:
                self.show_error(text)  # the last save when closing: said, the copy is kept
            return
        self._network_told = error.code
        log.warning("shown to the coordinator: %s", text)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.network_box = box

    def offer_save_beside(self, error: ProcessFileError) -> None:
        """Someone else changed the file on the network drive: nothing is written over it;
        offer to save this version beside it under a new name (once; the question stays)."""
        text = describe_file_error(error)
        log.warning("shown to the coordinator: %s", text)
        self.statusBar().showMessage(text, 10000)
        if self.document is None:
            self.show_error(text + "\n\n" + self.tr(
                "Your version is kept on this computer and is offered when you open the file again."))
            return
        if self.network_box is not None and shiboken6.isValid(self.network_box) and self.network_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.NoButton, self)
        beside = box.addButton(self.tr("Save beside it…"), QMessageBox.ButtonRole.AcceptRole)
        beside.setObjectName("saveBeside")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        beside.clicked.connect(lambda: QTimer.singleShot(0, self.save_beside))
        box.open()
        self.network_box = box

    def beside_name(self) -> str:
        """A new name next to the file on the network drive: its name and this moment."""
        from datetime import datetime

        remote = self.session.process_path
        assert remote is not None
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        return self.tr("%1 (your version %2)").replace("%1", remote.stem).replace("%2", stamp) + remote.suffix

    def save_beside(self, name: str | None = None) -> bool:
        """Saves this version next to the changed file on the network drive, under a new name,
        and goes on working in it."""
        if self.document is None or self.session.network is None:
            return False
        try:
            target = self.session.save_beside(name or self.beside_name())
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))
            return False
        self._network_told = ""
        self.statusBar().showMessage(self.tr(
            "Your version is saved as %1, beside the file that was changed. You go on working in it."
        ).replace("%1", target.name), 15000)
        return True

    def offer_unsaved_copy(self, path: Path, error: UnsavedWorkingCopy) -> bool:
        """The local copy of a file on a network drive holds changes never saved there (the
        app stopped): ask which to open. True when a process was opened."""
        work = error.work
        when = QLocale().toString(work.changed_at, QLocale.FormatType.ShortFormat)
        text = describe_file_error(error) + "\n\n" + self.tr(
            "The copy on this computer was last changed %1.").replace("%1", when)
        if work.remote_changed:
            text += " " + self.tr(
                "The file on the network drive has also been changed since then; if you use your copy, you will be "
                "asked to save it beside that file under a new name.")
        text += "\n\n" + self.tr(
            "Use the changes on this computer, or open the file as it is on the network drive? If you open the file "
            "on the network drive, the copy with the changes is kept in %1.").replace("%1", str(work.folder))
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, QMessageBox.StandardButton.Cancel, self)
        local = box.addButton(self.tr("Use the changes on this computer"), QMessageBox.ButtonRole.AcceptRole)
        local.setObjectName("useLocal")
        remote = box.addButton(self.tr("Open the file on the network drive"), QMessageBox.ButtonRole.ActionRole)
        remote.setObjectName("useRemote")
        box.setDefaultButton(local)
        self.network_box = box
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (local, remote):
            return False
        try:
            self.session.open(path, use_local=clicked is local)
        except ProcessFileError as problem:
            self.show_error(describe_file_error(problem))
            return False
        return True

    def offer_recovery(self, path: Path, error: ProcessFileError) -> bool | None:
        """For a damaged file with backups: offer to put the latest backup in its place.

        True: recovered. False: not offered or declined. None: it failed, and the reason
        (the file is open in another program, say) has been shown."""
        latest = self.session.latest_backup(path)
        if latest is None:
            return False
        when = QLocale().toString(latest.created, QLocale.FormatType.ShortFormat)
        question = (
            describe_file_error(error)
            + "\n\n"
            + self.tr(
                "There is a backup from %1. Put it in place of the damaged file? "
                "The damaged file is kept beside it, renamed."
            ).replace("%1", when)
        )
        answer = QMessageBox.question(self, self.tr("Damaged process"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.session.recover(path)
        except ProcessFileError as problem:
            log.error("recovery failed: %s", problem)
            self.show_error(describe_file_error(problem))
            return None
        return True

    def create_process(self, path: Path, title: str, municipality: str = "") -> bool:
        try:
            self.session.create(path, title, municipality)
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))
            return False
        return True

    def _show_process(self) -> None:
        """The session opened a process: show it."""
        self._network_told = ""
        document = self.document
        document.undo_stack.indexChanged.connect(self._after_edit)
        document.writeFailed.connect(self._write_failed)
        document.refused.connect(self._edit_refused)
        document.rowChanged.connect(self._on_row_changed)
        document.rowChanged.connect(self._waiting_changed)
        document.reloaded.connect(self.update_waiting)
        self.view = ProcessView(document, self)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self._update_actions()
        self.retranslate()
        self.check_retention(announce=True)
        self.update_waiting()
        self.documentChanged.emit()

    def _let_go_of_process(self) -> None:
        """The session is closing the process: what is typed is saved, the projector and
        the clock stop, and the views go now, not later: a queued event (a language change)
        must never reach a view whose file is already closed."""
        if self.view is not None:
            self.view.form.commit_pending()
            self.view.shutdown()
        if self.sharing_dialog is not None:
            shiboken6.delete(self.sharing_dialog)
            self.sharing_dialog = None
        view, self.view = self.view, None
        if view is not None:
            self.stack.removeWidget(view)
            shiboken6.delete(view)

    def _show_start_page(self) -> None:
        self.retention_label.setVisible(False)
        self.waiting_button.setVisible(False)
        self.stack.setCurrentWidget(self.start_page)
        self._update_actions()
        self.retranslate()
        self.documentChanged.emit()

    def close_process(self, backup: bool = True) -> None:
        self.session.close(backup)

    def new_process(self) -> None:
        from .common.dialogs import NewProcessDialog

        dialog = NewProcessDialog(paths.documents_dir(), self)
        while dialog.exec():
            title, municipality, path = dialog.values()
            try:
                self.session.create(path, title, municipality)
                return
            except ProcessFileError as error:  # said over the dialog, which comes back with what was typed
                text = describe_file_error(error)
                log.warning("shown to the coordinator: %s", text)
                QMessageBox.warning(dialog, APP_NAME, text)

    def open_process_dialog(self) -> None:
        from .common.dialogs import file_filter

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open process"), str(paths.documents_dir()), file_filter())
        if path:
            self.open_process(path)

    def open_demo(self) -> None:
        try:
            self.session.open_demo()
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))

    def rename_process(self) -> None:
        if self.document is None:
            return
        title, ok = ask_text(self, self.tr("Rename process"), self.tr("Title:"), limits.limit("process", "title"),
                             self.document.process().title)
        if ok:
            edits.rename_process(self.document, title)

    def backup_now(self) -> None:
        self.session.backup_now()

    def export_results_site(self) -> None:
        """The results as web pages the municipality can publish (a zip or a folder)."""
        from ..export.job import Kind

        self.export_documents(kind=Kind.RESULTS_SITE)

    def export_documents(self, *, plan_version_id: int | None = None, eccar_report: bool = False,
                         kind=None) -> None:
        """Minutes, the action-plan catalogue (as it is, or a stored version of the plan),
        printables for the room, the report to ECCAR, CSV, or the results site."""
        if self.document is None:
            return
        from ..export.job import Kind
        from .export_dialog import ExportDialog

        self.view.form.commit_pending()
        if self.view.plan.built:
            self.view.plan.page().commit_pending()
        sharing_url = self.sharing.base_url if self.sharing is not None else ""
        ExportDialog(self.document, self.view.current_meeting_id(), self, sharing_url=sharing_url,
                     backups_root=self.backups_root, sources=tuple(self.session.import_sources),
                     home=(self.session.process_path or self.document.path).parent,
                     kind=Kind.ECCAR_REPORT if eccar_report else Kind.CATALOGUE if plan_version_id is not None else kind,
                     plan_version_id=plan_version_id).exec()

    def ensure_sharing(self):
        return self.session.ensure_sharing()

    def _follow_sharing(self, sharing) -> None:
        sharing.urlChanged.connect(self._show_qr_on_projector)
        sharing.sharingChanged.connect(self._show_qr_on_projector)

    def show_sharing(self) -> None:
        """Phones follow the meeting: sharing on or off, the network, the URL and QR code."""
        if self.document is None:
            return
        from .sharing.sharing_panel import SharingDialog

        self.ensure_sharing()
        if self.sharing_dialog is None:
            self.sharing_dialog = SharingDialog(self.sharing, self.view.current_meeting_id(), self)
        self.sharing_dialog.show()
        self.sharing_dialog.raise_()
        self.sharing_dialog.activateWindow()

    def _show_qr_on_projector(self, *_args) -> None:
        """The projector shows the phone page's QR code while sharing is on."""
        if self.view is None or self.sharing is None:
            return
        self.view.set_phone_url(self.sharing.join_url if self.sharing.is_sharing else "")

    def show_backups(self) -> None:
        if self.document is None:
            return
        from .common.dialogs import BackupsDialog

        dialog = BackupsDialog(self.session.backups(), self)
        dialog.backup_now.clicked.connect(lambda: (self.backup_now(), dialog.reject(), QTimer.singleShot(0, self.show_backups)))
        if dialog.exec() and dialog.chosen() is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Restore backup"),
                self.tr("Replace the content of the process with this backup? The current content is backed up first."),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.restore_backup(dialog.chosen())

    def restore_backup(self, backup_path: Path) -> bool:
        if self.document is None:
            return False
        self.view.form.commit_pending()
        try:
            self.session.restore_backup(backup_path)
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))
            return False
        self._update_title()
        self.statusBar().showMessage(self.tr("The backup was restored."), 8000)
        return True

    # -- personal data: retention and erasing a person --------------------------------------

    def check_retention(self, announce: bool = False, today: date | None = None) -> bool:
        """Shows whether the process's personal data is due to be erased (its retention
        setting): a lasting note in the status bar, and a message when the file is opened."""
        from .meeting.erase_dialogs import due_text

        due = register.personal_data_due(self.document.store) if self.document is not None else None
        is_due = retention_is_due(due, today or date.today())
        if is_due and due is not None:
            text = due_text(due)
            self.retention_label.setText(text)
            if announce:
                self.statusBar().showMessage(
                    text + " " + self.tr("Erase people in the register, or change the retention in the File menu."), 20000)
        self.retention_label.setVisible(is_due)
        return is_due

    def edit_retention(self) -> None:
        if self.document is None:
            return
        from .meeting.erase_dialogs import RetentionDialog

        process = self.document.process()
        dialog = RetentionDialog(process.erase_personal_data_after, process.retention_months, self)
        if dialog.exec():
            edits.set_retention(self.document, *dialog.values())
            self.check_retention()

    def erase_person(self, participant_id: int) -> bool:
        """Asks, then erases a person for good and shows where they may still be."""
        if self.document is None:
            return False
        from ..actions.register import erase_person
        from .meeting.erase_dialogs import EraseConfirmDialog, ErasedDialog

        self.view.form.commit_pending()
        try:
            planned = erase_person(self.document.store, participant_id)
        except KeyError:
            return False
        lists = len(register.meetings_of(self.document.store, participant_id))
        changes = [(m.table, m.row_id, m.column, m.text, new) for m, new in planned.changes()]
        confirm = EraseConfirmDialog(planned.person.name, lists, changes, self, store=self.document.store)
        if not confirm.exec():
            return False
        try:
            erasure = self.session.erase_person(participant_id)
        except ProcessFileError as error:
            self.show_error(describe_file_error(error))
            return False
        self.document.reloaded.emit()
        self.statusBar().showMessage(self.tr("%1 is erased.").replace("%1", erasure.name), 8000)
        self.erased_dialog = ErasedDialog(erasure, self.session.purge_backups, self, store=self.document.store)
        self.erased_dialog.exec()
        return True

    # -- edits --------------------------------------------------------------------------

    def undo(self) -> None:
        if self.document:
            if self.view is not None:
                self.view.form.commit_pending()
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document:
            self.document.undo_stack.redo()

    def _after_edit(self, *args) -> None:
        self._update_undo_texts()
        self.saved_label.setText(self.tr("All changes are saved"))
        self._show_network_state()

    def _on_row_changed(self, table: str, entity_id: int, kind: str) -> None:
        if table == Process.TABLE:
            self._update_title()
        if table in (Process.TABLE, Meeting.TABLE):
            self.check_retention()

    def new_meeting(self) -> None:
        self.new_meeting_of(None)

    def new_meeting_of(self, meeting_format: str | None) -> None:
        """The New meeting dialog, with a format chosen already (from the first steps) or not."""
        if self.document is None:
            return
        from .common.dialogs import NewMeetingDialog

        dialog = NewMeetingDialog(self, meeting_format)
        if dialog.exec():
            meeting_format, title, day = dialog.values()
            self.add_meeting(meeting_format, title, day)

    def add_meeting(self, meeting_format: str, title: str, day: str) -> int | None:
        meeting_id = edits.add_meeting(self.document, meeting_format, title, day)
        if meeting_id is not None:
            self.open_on_follow_up(meeting_id)
        return meeting_id

    def open_on_follow_up(self, meeting_id: int) -> None:
        """Shows a new meeting: on its follow-up tab when the process has open measures."""
        self.view.tabs.setCurrentIndex(0)
        self.view.select_meeting(meeting_id)
        from ..storage.measures_repo import review_for_meeting

        has_open = bool(review_for_meeting(self.document.store, meeting_id).items)
        self.view.meeting_tabs.setCurrentWidget(self.view.follow_up if has_open else self.view.form)

    def delete_meeting(self) -> None:
        if self.document is None or self.view.current_meeting_id() is None:
            return
        meeting_id = self.view.current_meeting_id()
        title = self.document.store.get(Meeting, meeting_id).title
        if edits.delete(self.document, Meeting, [meeting_id], QCoreApplication.translate("Commands", "Delete meeting")):
            self.statusBar().showMessage(
                self.tr("The meeting “%1” was deleted. Undo with Ctrl+Z.").replace("%1", title), 8000
            )

    def new_participant(self) -> None:
        if self.document is None:
            return
        self.view.tabs.setCurrentIndex(1)
        self.view.register.page().request_new()

    def add_attendees(self) -> None:
        if self.view is not None and self.view.current_meeting_id() is not None:
            self.add_attendees_to(self.view.current_meeting_id())

    def add_attendees_to(self, meeting_id: int) -> None:
        from .common.dialogs import AddAttendeesDialog

        dialog = AddAttendeesDialog(self.document, meeting_id, self)
        if dialog.exec():
            edits.add_attendees(self.document, meeting_id, dialog.chosen_ids())

    def search(self) -> None:
        """Ctrl+F: search what was said, themed, decided and planned, across the process."""
        if self.document is None:
            return
        from .harvest.search_dialog import SearchDialog

        dialog = SearchDialog(self.document, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resultChosen.connect(lambda kind, entity_id: self.view and self.view.show_found(kind, entity_id))
        dialog.open()

    def update_waiting(self) -> None:
        """The status bar's count of what phones sent and waits for review (all meetings)."""
        from ..storage import phone_input

        counts = phone_input.waiting_counts(self.document.store) if self.document is not None else {}
        waiting = sum(counts.values())
        self.waiting_button.setText(self.tr("%n from phones to review", "", waiting))
        self.waiting_button.setToolTip(self.tr("Open the list of what participants sent"))
        self.waiting_button.setVisible(waiting > 0)

    def _waiting_changed(self, table: str, *_args) -> None:
        if table == "phone_submission" and not self._waiting_timer.isActive():
            self._waiting_timer.start()

    def show_from_phones(self) -> None:
        """The meeting with the oldest submission waiting, on its "From phones" page."""
        if self.view is None:
            return
        from ..storage import phone_input

        counts = phone_input.waiting_counts(self.document.store)
        current = self.view.current_meeting_id()
        if counts and current not in counts:
            self.view.tabs.setCurrentIndex(0)
            self.view.select_meeting(min(counts))
        self.show_meeting_page(self.view.meeting_pages.index(self.view.from_phones))

    def show_meeting_page(self, index: int) -> None:
        if self.view is not None:
            self.view.tabs.setCurrentIndex(0)
            self.view.meeting_tabs.setCurrentIndex(index)
            # The keys go on in the page that was asked for (its entry, its list).
            self.view.meeting_tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def import_participants_dialog(self, meeting_id: int | None = None) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants"),
            str(paths.documents_dir()),
            self.tr("Registration lists (*.csv *.txt *.xlsx)"),
        )
        if path:
            self.import_participants(path, meeting_id if meeting_id is not None else self._meeting_for_import())

    def import_efforts_dialog(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import existing efforts"), str(paths.documents_dir()),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if path:
            self.import_efforts(path)

    def preview_effort_import(self, path: str | Path):
        """Reads a mapping spreadsheet off the GUI thread (Cancel stops it) and returns its
        preview dialog; None if it was cancelled or cannot be read (the error is shown)."""
        from ..importers.existing_efforts import read_effort_list
        from ..importers.registration_list import RegistrationListError
        from .meeting.import_dialog import ListReading
        from .plan.effort_import_dialog import EffortImportDialog, effort_list_error_text

        reading = ListReading(path, self, reader=read_effort_list, title=self.tr("Import existing efforts"))
        try:
            preview = reading.run()
        except RegistrationListError as error:
            self.show_error(effort_list_error_text(error))
            return None
        finally:
            reading.deleteLater()
        if preview is None:
            self.statusBar().showMessage(self.tr("The import was cancelled. Nothing was imported."), 8000)
            return None
        return EffortImportDialog(preview, self)

    def import_efforts(self, path: str | Path) -> int:
        from .plan import goal_edits

        dialog = self.preview_effort_import(path)
        if dialog is None:
            return 0
        self.session.imported_from(path)  # an input now: no export may be saved over it
        if not dialog.exec():
            return 0
        count = goal_edits.import_efforts(self.document, dialog.preview.drafts)
        if count:
            self.statusBar().showMessage(self.tr("%n existing effort(s) imported.", "", count), 8000)
        else:
            self.statusBar().showMessage(self.tr("Every effort in the list is already in the register."), 8000)
        return count

    def _meeting_for_import(self) -> int | None:
        return self.view.current_meeting_id() if self.view and self.view.tabs.currentIndex() == 0 else None

    def preview_import(self, path: str | Path, meeting_id: int | None):
        from ..importers.registration_list import RegistrationListError
        from .meeting.import_dialog import ImportDialog, ListReading, list_error_text

        # Read off the GUI thread, with the rows read so far and a Cancel button.
        reading = ListReading(path, self)
        try:
            preview = reading.run()
        except RegistrationListError as error:
            self.show_error(list_error_text(error))
            return None
        finally:
            reading.deleteLater()
        if preview is None:  # cancelled: nothing read, nothing written
            self.statusBar().showMessage(self.tr("The import was cancelled. Nothing was imported."), 8000)
            return None
        from ..storage.meetings import by_date

        meetings = [(m.id, f"{m.date}  {m.title}".strip()) for m in by_date(self.document.store)]
        return ImportDialog(preview, meetings, meeting_id, self)

    def import_participants(self, path: str | Path, meeting_id: int | None) -> int:
        dialog = self.preview_import(path, meeting_id)
        if dialog is None:
            return 0
        self.session.imported_from(path)  # an input now: no export may be saved over it
        if not dialog.exec():
            return 0
        count = edits.import_participants(self.document, dialog.preview, dialog.target_meeting())
        if count:
            self.statusBar().showMessage(self.tr("%n participant(s) imported.", "", count), 8000)
        return count

    # -- language, about, closing ---------------------------------------------------------

    def set_language(self, language: str) -> None:
        if self.language_switcher is not None:
            self.language_switcher.set_language(language)
        from .settings import LANGUAGE

        self.settings.set(LANGUAGE, language)

    def show_guide(self) -> None:
        from .help.guide import GuideWindow

        language = self.language_switcher.language if self.language_switcher else "en"
        self.guide_window = GuideWindow(language, self)
        self.guide_window.show()

    def show_shortcuts(self) -> None:
        from .help.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog([self.file_menu, self.edit_menu, self.view_menu], self)
        self.shortcuts_dialog.show()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Facilitator"),
            self.tr("Facilitator %1\nPlan participatory meetings and turn them into an action plan. Works offline.").replace(
                "%1", __version__
            ),
        )

    def dragEnterEvent(self, event):
        if self._dropped_process(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = self._dropped_process(event)
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_process(path))

    @staticmethod
    def _dropped_process(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [url.toLocalFile() for url in urls if url.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].endswith(EXTENSION) else None

    def closeEvent(self, event):
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.close_process()
        super().closeEvent(event)
