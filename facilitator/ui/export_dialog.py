"""Export from the window: choose the document, the meeting, names yes or no, the template
and where to save; the file is written in the background while a progress bar runs; then
open the file or its folder.

The document is in the language of the UI. The worker gets only plain data (an ExportJob) and
opens its own read-only connection; the window's store is never touched from the thread.
A failure is explained in the dialog, which keeps every choice, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import Meeting
from ..domain.formats import traits
from ..domain.vocabulary import PLAN_STAGE_LABELS
from ..export.job import (
    NEEDS_MEETING,
    WORD_KINDS,
    ExportError,
    ExportJob,
    Kind,
    check_job,
    check_out_path,
    describe_error,
    run_job,
)
from ..export.labels import meeting_name
from ..share.network import phone_base_url
from ..storage import assessment as assessment_repo
from ..storage import meetings
from ..storage import plan as plan_repo
from .common.background import BackgroundTask
from .common.text_limits import PATH_LIMIT, limit_widget
from .settings import Option

TEMPLATE = Option("export/template", "", str)
USE_OWN_TEMPLATE = Option("export/use_own_template", 0, int)
LAST_FOLDER = Option("export/folder", "", str)
BASE_URL = Option("export/base_url", "", str)

KINDS = (Kind.MINUTES, Kind.CATALOGUE, Kind.PRINTABLES, Kind.MEASURES_CSV, Kind.CONTRIBUTIONS_CSV,
         Kind.SELF_ASSESSMENT, Kind.PEER_REVIEW_FOLLOW_UP, Kind.ECCAR_REPORT, Kind.CALENDAR, Kind.RESULTS_SITE)


def safe_file_name(text: str) -> str:
    """A file name every system accepts: no path or reserved characters, not too long."""
    text = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text[:120].rstrip(" .") or "export"


class ExportDialog(QDialog):
    def __init__(self, document, meeting_id: int | None = None, parent: QWidget | None = None, *,
                 kind: Kind | None = None, settings=None, sharing_url: str = "",
                 open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 backups_root: Path | None = None, sources: tuple[Path, ...] = (), home: Path | None = None,
                 plan_version_id: int | None = None):
        super().__init__(parent)
        self.document = document
        #: the folder of the process file the coordinator opened (a working copy lives elsewhere)
        self.home = Path(home) if home is not None else Path(document.path).parent
        self.settings = settings if settings is not None else getattr(parent, "settings", None)
        self.open_url = open_url
        # Inputs no export may be saved over, beside the process and the template (issue 14).
        self.backups_root = backups_root if backups_root is not None else getattr(parent, "backups_root", None)
        self.sources = tuple(Path(p) for p in sources)
        self.task: BackgroundTask | None = None
        self.written: Path | None = None
        self._path_edited = False
        self._running_kind: Kind | None = None
        self._meetings = meetings.by_date(document.store)
        self._process_title = document.store.process().title
        self._plan_versions = plan_repo.versions(document.store)

        self.kind_box = QComboBox()
        self.meeting_box = QComboBox()
        self.version_box = QComboBox()  # the catalogue: as it is now, or a stored version of the plan
        for box in (self.kind_box, self.meeting_box, self.version_box):  # one right edge for the choices
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.names_box = QCheckBox()
        # The ECCAR report's period: the last two years up to today unless changed.
        self.period_start_edit, self.period_end_edit = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for edit, day in ((self.period_start_edit, today.addYears(-2)), (self.period_end_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
        self.one_meeting_box = QCheckBox()  # the results site: one meeting's, or the whole plan's
        self.builtin_button = QRadioButton()
        self.own_button = QRadioButton()
        self.template_group = QButtonGroup(self)
        self.template_group.addButton(self.builtin_button)
        self.template_group.addButton(self.own_button)
        self.template_edit = limit_widget(QLineEdit(), PATH_LIMIT)
        self.template_choose = QPushButton()
        self.base_url_edit = limit_widget(QLineEdit(), PATH_LIMIT)
        self.out_edit = limit_widget(QLineEdit(), PATH_LIMIT)
        self.out_choose = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.open_file_button = QPushButton()
        self.open_folder_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.open_file_button, self.open_folder_button):
            button.hide()

        template_row = QWidget()
        template_layout = QVBoxLayout(template_row)
        template_layout.setContentsMargins(0, 0, 0, 0)
        template_layout.addWidget(self.builtin_button)
        own = QHBoxLayout()
        own.addWidget(self.own_button)
        own.addWidget(self.template_edit, 1)
        own.addWidget(self.template_choose)
        template_layout.addLayout(own)
        out_row = QWidget()
        out_layout = QHBoxLayout(out_row)
        out_layout.setContentsMargins(0, 0, 0, 0)
        out_layout.addWidget(self.out_edit, 1)
        out_layout.addWidget(self.out_choose)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_label, self.meeting_label, self.template_label = QLabel(), QLabel(), QLabel()
        self.base_url_label, self.out_label = QLabel(), QLabel()
        self.form.addRow(self.kind_label, self.kind_box)
        self.form.addRow(self.meeting_label, self.meeting_box)
        self.version_label = QLabel()
        self.form.addRow(self.version_label, self.version_box)
        self.form.addRow("", self.names_box)
        period_row = QWidget()
        period_layout = QHBoxLayout(period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        self.period_to_label = QLabel()
        period_layout.addWidget(self.period_start_edit)
        period_layout.addWidget(self.period_to_label)
        period_layout.addWidget(self.period_end_edit)
        period_layout.addStretch(1)
        self.period_label = QLabel()
        self.form.addRow(self.period_label, period_row)
        self.form.addRow("", self.one_meeting_box)
        self.form.addRow(self.template_label, template_row)
        self.form.addRow(self.base_url_label, self.base_url_edit)
        self.form.addRow(self.out_label, out_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        # Where printed QR codes lead: said before the export, and again after it.
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        layout.addWidget(self.address_note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        for item in KINDS:
            self.kind_box.addItem("", item)
        self.kind_box.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        for meeting in self._meetings:
            self.meeting_box.addItem("", meeting.id)
        index = self.meeting_box.findData(meeting_id) if meeting_id is not None else -1
        self.meeting_box.setCurrentIndex(index if index >= 0 else (0 if self._meetings else -1))
        self.version_box.addItem("", None)
        for version in reversed(self._plan_versions):  # the newest first
            self.version_box.addItem("", version.id)
        self.version_box.setCurrentIndex(max(self.version_box.findData(plan_version_id), 0)
                                         if plan_version_id is not None else 0)
        template = self._setting(TEMPLATE)
        self.template_edit.setText(template)
        (self.own_button if template and self._setting(USE_OWN_TEMPLATE) else self.builtin_button).setChecked(True)
        # While phones are being served, the printed codes must lead where the sharing panel's does.
        self.base_url_edit.setText(sharing_url or self._setting(BASE_URL) or phone_base_url())

        self.kind_box.currentIndexChanged.connect(self._choices_changed)
        self.meeting_box.currentIndexChanged.connect(self._choices_changed)
        self.version_box.currentIndexChanged.connect(self._choices_changed)
        self.one_meeting_box.toggled.connect(self._choices_changed)
        self.base_url_edit.textEdited.connect(lambda _text: self._update_enabled())
        self.out_edit.textEdited.connect(self._out_edited)
        self.template_edit.textEdited.connect(lambda _text: self.own_button.setChecked(True))
        self.template_choose.clicked.connect(self.choose_template)
        self.out_choose.clicked.connect(self.choose_out_path)
        self.export_button.clicked.connect(self.start_export)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self._choices_changed()
        self.resize(640, self.sizeHint().height())

    # -- texts --------------------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        kinds = {
            Kind.MINUTES: self.tr("Minutes of a meeting (Word)"),
            Kind.CATALOGUE: self.tr("Catalogue of measures: draft action plan (Word)"),
            Kind.PRINTABLES: self.tr("Material for the room: table signs, cards, crib sheets (Word)"),
            Kind.MEASURES_CSV: self.tr("Measures as a spreadsheet (CSV for Excel)"),
            Kind.CONTRIBUTIONS_CSV: self.tr("Contributions as a spreadsheet (CSV for Excel)"),
            Kind.SELF_ASSESSMENT: self.tr("Self-assessment report (Word)"),
            Kind.PEER_REVIEW_FOLLOW_UP: self.tr("Peer review: follow-up report with the recommendations (Word)"),
            Kind.ECCAR_REPORT: self.tr("Report to ECCAR: the plan's follow-up for a period (Word)"),
            Kind.CALENDAR: self.tr("Follow-up calendar: reminders for Outlook and other calendars (.ics)"),
            Kind.RESULTS_SITE: self.tr("Results for the municipality's website (web pages in a zip or a folder)"),
        }
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, kinds[self.kind_box.itemData(index)])
        for index, meeting in enumerate(self._meetings):
            self.meeting_box.setItemText(index, meeting_name(meeting))
        self.kind_label.setText(self.tr("&Document:"))
        self.kind_label.setBuddy(self.kind_box)
        self.meeting_label.setText(self.tr("&Meeting:"))
        self.meeting_label.setBuddy(self.meeting_box)
        self.version_label.setText(self.tr("&Version of the plan:"))
        self.version_label.setBuddy(self.version_box)
        numbers = {version.id: number for number, version in enumerate(self._plan_versions, start=1)}
        for index in range(self.version_box.count()):
            version = next((v for v in self._plan_versions if v.id == self.version_box.itemData(index)), None)
            self.version_box.setItemText(index, self.tr("As it is now") if version is None else self.tr(
                "Version %1: %2, %3").replace("%1", str(numbers[version.id])).replace(
                "%2", QCoreApplication.translate("Vocabulary", PLAN_STAGE_LABELS.get(version.stage, version.stage)))
                .replace("%3", version.date))
        self.names_box.setText(self.tr("List the participants by &name in the minutes"))
        self.period_label.setText(self.tr("Reporting &period:"))
        self.period_label.setBuddy(self.period_start_edit)
        self.period_to_label.setText(self.tr("to"))
        self.period_start_edit.setToolTip(self.tr("The first day of the period the report to ECCAR covers"))
        self.period_end_edit.setToolTip(self.tr("The last day of the period the report to ECCAR covers"))
        self.one_meeting_box.setText(self.tr("Only the chosen meeting's results (otherwise the whole plan's)"))
        self.template_label.setText(self.tr("Template:"))
        self.builtin_button.setText(self.tr("&Built-in template"))
        self.own_button.setText(self.tr("&Own template:"))
        self.template_edit.setPlaceholderText(self.tr("A .docx or .dotx file with your logo and fonts"))
        self.template_choose.setText(self.tr("Choose…"))
        self.base_url_label.setText(self.tr("&Address for phones:"))
        self.base_url_label.setBuddy(self.base_url_edit)
        self.base_url_edit.setToolTip(
            self.tr("The QR codes on the table signs open this address on the local network."))
        self.out_label.setText(self.tr("&Save as:"))
        self.out_label.setBuddy(self.out_edit)
        self.out_choose.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self.open_file_button.setText(self.tr("Open the &file"))
        self.open_folder_button.setText(self.tr("Open the f&older"))
        self.close_button.setText(self.tr("Close"))
        if not self._path_edited:
            self._suggest_path()

    # -- choices ------------------------------------------------------------------------------

    def kind(self) -> Kind:
        return self.kind_box.currentData()

    def meeting_id(self) -> int | None:
        return self.meeting_box.currentData()

    def plan_version_id(self) -> int | None:
        return self.version_box.currentData()

    def _meeting(self) -> Meeting | None:
        return next((m for m in self._meetings if m.id == self.meeting_id()), None)

    def _choices_changed(self, *args) -> None:
        self._update_enabled()
        if not self._path_edited:
            self._suggest_path()
        self._show_result(None)
        meeting = self._meeting()
        if self.kind() == Kind.PRINTABLES and meeting is not None and not traits(meeting.format).room_printables:
            self.status.setText(self.tr("Table signs and cards are made for a World Café with tables."))
        if self.kind() in (Kind.SELF_ASSESSMENT, Kind.PEER_REVIEW_FOLLOW_UP) and meeting is not None and (
                assessment_repo.assessment_of_meeting(self.document.store, meeting.id) is None):
            self.status.setText(self.tr("This meeting holds no self-assessment. Choose the meeting where it was made."))

    def _update_enabled(self) -> None:
        kind, busy = self.kind(), self.is_busy()
        for widget in (self.export_button, self.close_button, self.kind_box, self.out_edit, self.out_choose):
            widget.setEnabled(not busy)
        self.meeting_box.setEnabled(not busy and (kind in NEEDS_MEETING or kind == Kind.CONTRIBUTIONS_CSV))
        self.names_box.setEnabled(not busy and kind == Kind.MINUTES)
        self.version_box.setEnabled(not busy and kind == Kind.CATALOGUE and self.version_box.count() > 1)
        for widget in (self.builtin_button, self.own_button, self.template_edit, self.template_choose):
            widget.setEnabled(not busy and kind in WORD_KINDS)
        public = self._public_address()
        self.base_url_edit.setEnabled(not busy and kind == Kind.PRINTABLES and not public)
        for widget in (self.period_start_edit, self.period_end_edit):
            widget.setEnabled(not busy and kind == Kind.ECCAR_REPORT)
        self.one_meeting_box.setEnabled(not busy and kind == Kind.RESULTS_SITE and self.meeting_id() is not None)
        if kind == Kind.RESULTS_SITE:
            self.meeting_box.setEnabled(not busy and self.one_meeting_box.isChecked())
        self.address_note.setText(self.address_note_text())
        self.address_note.setVisible(bool(self.address_note.text()))

    def _public_address(self) -> str:
        return self.document.store.process().public_address

    def address_note_text(self) -> str:
        """Where the printed QR codes lead (printables only): the public address, or the plain
        warning that the laptop's codes work only in the room, while it keeps its address."""
        if self.kind() != Kind.PRINTABLES:
            return ""
        public = self._public_address()
        if public:
            return self.tr("The QR codes lead to the meeting's results at the public address %1. Publish the "
                           "results there (Results for the municipality's website) so that they open.").replace(
                "%1", public)
        return self.tr("The QR codes lead to this computer (%1). They work only in the room, and only while the "
                       "computer keeps the same address on the same network. For codes that keep working after "
                       "the meeting, give a public address for the results in Phones and QR code.").replace(
            "%1", self.base_url_edit.text().strip() or phone_base_url())

    def _out_edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        kind, meeting = self.kind(), self._meeting()
        about = f"{meeting.date} {meeting.title}" if meeting is not None else self._process_title
        names = {
            Kind.MINUTES: self.tr("Minutes %1"),
            Kind.CATALOGUE: self.tr("Catalogue of measures %1"),
            Kind.PRINTABLES: self.tr("Material for the room %1"),
            Kind.MEASURES_CSV: self.tr("Measures %1"),
            Kind.CONTRIBUTIONS_CSV: self.tr("Contributions %1"),
            Kind.SELF_ASSESSMENT: self.tr("Self-assessment %1"),
            Kind.PEER_REVIEW_FOLLOW_UP: self.tr("Follow-up report %1"),
            Kind.ECCAR_REPORT: self.tr("Report to ECCAR %1"),
            Kind.CALENDAR: self.tr("Follow-up calendar %1"),
            Kind.RESULTS_SITE: self.tr("Results %1"),
        }
        if kind in (Kind.CATALOGUE, Kind.MEASURES_CSV, Kind.ECCAR_REPORT, Kind.CALENDAR) or (kind == Kind.CONTRIBUTIONS_CSV and meeting is None) or (
                kind == Kind.RESULTS_SITE and not self.one_meeting_box.isChecked()):
            about = self._process_title
        if kind == Kind.CATALOGUE and self.plan_version_id() is not None:
            version = next(v for v in self._plan_versions if v.id == self.plan_version_id())
            about = f"{about} {QCoreApplication.translate('Vocabulary', PLAN_STAGE_LABELS.get(version.stage, ''))} " \
                    f"{version.date}"
        suffix = ".docx" if kind in WORD_KINDS else ".ics" if kind == Kind.CALENDAR else ".zip" if kind == Kind.RESULTS_SITE else ".csv"
        folder = Path(self._setting(LAST_FOLDER) or self.home)
        self.out_edit.setText(str(folder / (safe_file_name(names[kind].replace("%1", about)) + suffix)))

    def choose_template(self) -> None:
        start = self.template_edit.text() or str(self.home)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Word template"), start,
                                              self.tr("Word documents and templates (*.docx *.dotx)"))
        if path:
            self.template_edit.setText(path)
            self.own_button.setChecked(True)

    def choose_out_path(self) -> None:
        kind = self.kind()
        filters = (self.tr("Word documents (*.docx)") if kind in WORD_KINDS
                   else self.tr("Calendar files (*.ics)") if kind == Kind.CALENDAR
                   else self.tr("Zip files (*.zip)") if kind == Kind.RESULTS_SITE else self.tr("CSV files (*.csv)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.out_edit.text(), filters)
        if path:
            self.out_edit.setText(path)
            self._path_edited = True

    def job(self) -> ExportJob:
        kind = self.kind()
        template = self.template_edit.text().strip() if self.own_button.isChecked() else ""
        return ExportJob(
            kind=kind,
            process_path=Path(self.document.path),
            out_path=Path(self.out_edit.text().strip()),
            meeting_id=self.meeting_id() if (kind in NEEDS_MEETING or kind == Kind.CONTRIBUTIONS_CSV or (
                kind == Kind.RESULTS_SITE and self.one_meeting_box.isChecked())) else None,
            names=self.names_box.isChecked() and kind == Kind.MINUTES,
            template=Path(template) if template and kind in WORD_KINDS else None,
            base_url=self.base_url_edit.text().strip(),
            backups_root=self.backups_root,
            sources=self.sources,
            plan_version_id=self.plan_version_id() if kind == Kind.CATALOGUE else None,
            period_start=self.period_start_edit.date().toString("yyyy-MM-dd") if kind == Kind.ECCAR_REPORT else "",
            period_end=self.period_end_edit.date().toString("yyyy-MM-dd") if kind == Kind.ECCAR_REPORT else "",
        )

    # -- the export ---------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.task is not None and self.task.running:
            return
        if not self.out_edit.text().strip():
            self._show_problem(self.tr("Choose where to save the file."))
            return
        if self.own_button.isChecked() and not self.template_edit.text().strip() and self.kind() in WORD_KINDS:
            self._show_problem(self.tr("Choose your template, or use the built-in one."))
            return
        job = self.job()
        try:
            # Before anything is written or remembered: never over the process, any process
            # file, a template (the one chosen or the one kept in the settings), an imported
            # list, or into the backups. The worker asks again (run_job).
            templates = {self._setting(TEMPLATE), self.template_edit.text().strip()} - {""}
            check_job(job)
            check_out_path(job.out_path, templates=[Path(text) for text in templates])
        except ExportError as error:
            self._show_problem(describe_error(error))
            return
        if job.kind == Kind.PRINTABLES and job.meeting_id is not None:
            self._prepare_room(job.meeting_id)
        self._remember(job)
        self._show_result(None)
        self.task = BackgroundTask(run_job, job, parent=self)
        self._running_kind = job.kind
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.start()
        self._busy(True)
        self.status.setText(self.tr("Writing %1…").replace("%1", job.out_path.name))

    def _prepare_room(self, meeting_id: int) -> None:
        """The crib sheets print the table hosts' links and the cards their personal codes:
        those missing are made first, as one undoable step, so the file holds what is printed."""
        from ..actions import host_links
        from .document import run_edit

        run_edit(self.document, lambda: host_links.prepare_room(self.document.store, meeting_id))

    def _finished(self, path) -> None:
        self._busy(False)
        if self.settings is not None:  # erasing a person later names the documents that may hold them
            self.settings.remember_export(self.document.path, path)
        self._show_result(Path(path))
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        if self._running_kind == Kind.PRINTABLES and not self._public_address():
            self.status.setText(self.status.text() + " " + self.address_note_text())

    def _failed(self, error) -> None:
        self._busy(False)
        self._show_problem(describe_error(error))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._update_enabled()

    def _show_problem(self, text: str) -> None:
        self._show_result(None)
        self.status.setText(text)

    def _show_result(self, path: Path | None) -> None:
        self.written = path
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(path is not None)
        if path is None:
            self.status.clear()

    def open_file(self) -> None:
        if self.written is not None and not self.open_url(QUrl.fromLocalFile(str(self.written))):
            self.status.setText(self.tr("The file could not be opened here. It is saved at %1.").replace(
                "%1", str(self.written)))

    def open_folder(self) -> None:
        if self.written is not None and not self.open_url(QUrl.fromLocalFile(str(self.written.parent))):
            self.status.setText(self.tr("The folder could not be opened here. The file is saved at %1.").replace(
                "%1", str(self.written)))

    def is_busy(self) -> bool:
        return self.task is not None and self.task.running

    def reject(self) -> None:
        if self.is_busy():  # the file is being written: closing now would hide the outcome
            return
        super().reject()

    def closeEvent(self, event):
        if self.is_busy():
            event.ignore()
            return
        super().closeEvent(event)

    # -- settings -----------------------------------------------------------------------------

    def _setting(self, option: Option):
        return self.settings.get(option) if self.settings is not None else option.default

    def _remember(self, job: ExportJob) -> None:
        if self.settings is None:
            return
        self.settings.set(TEMPLATE, self.template_edit.text().strip())
        self.settings.set(USE_OWN_TEMPLATE, int(self.own_button.isChecked()))
        self.settings.set(LAST_FOLDER, str(job.out_path.parent))
        if job.kind == Kind.PRINTABLES:
            self.settings.set(BASE_URL, job.base_url)
