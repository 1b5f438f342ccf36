"""A reporting round with the departments, from the action plan page: the forms out (one
``.xlsx`` per department, ``ExportFormsDialog``) and the filled forms back in: read in child
processes (``FormsReading``, Cancel ends them at once), then a preview of every change per
measure (``RoundPreviewDialog``) before anything is written, and all of them as one undo
step. A form with a problem names its file and row, and then nothing is read in.

Departments are never ranked or compared here: the preview lists measures, not totals.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...actions.reporting_rounds import apply_round_import, plan_round_import
from ...domain.reporting_round import FilledForm, FormProblem, Problem, RoundPlan, clean_round_name
from ...importers.followup_form import read_followup_form
from ...importers.list_process import ListInChild
from ...round_messages import already_text, describe_change, describe_problem, round_name_for
from ..common import look
from ..common.screen_fit import fit_to_screen
from ..common.text_limits import PATH_LIMIT, limit_field, limit_widget
from ..document import run_edit

log = logging.getLogger(__name__)


class ExportFormsDialog(QDialog):
    """The round's name and the folder; Export writes one form per department there."""

    def __init__(self, document, folder: Path, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.document = document
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export follow-up forms"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "One form (.xlsx) per department with open measures. The department fills in the new status, a note, "
            "the indicator's value and a new due date, and sends the form back; read it in with “Read in filled "
            "forms…”."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.round_edit = limit_field(QLineEdit(round_name_for(today or date.today(), document.store.process())), "measure_status_change",
                                      "round")
        form.addRow(self.tr("&Round:"), self.round_edit)
        row = QHBoxLayout()
        self.folder_edit = limit_widget(QLineEdit(str(folder)), PATH_LIMIT)
        row.addWidget(self.folder_edit, 1)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)  # a row of a layout gets no buddy of its own
        form.addRow(folder_label, row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(look.error_style())
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(620, 260))

    def written_text(self) -> str:
        return self.tr("%n form(s) written in %1. Send each department its own form.", "", len(self.written)).replace(
            "%1", str(self.written[0].parent) if self.written else "")

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the forms"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def export(self) -> bool:
        from ...export.followup_forms import write_followup_forms

        name = clean_round_name(self.round_edit.text())
        folder = self.folder_edit.text().strip()
        if not name or not folder:
            self.message.setText(self.tr("Give the round a name and choose a folder."))
            return False
        progress = QProgressDialog(self.tr("Writing the forms…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        try:
            self.written = write_followup_forms(self.document.store, Path(folder), name,
                                                cancelled=progress.wasCanceled, progress=step)
        except OSError as error:
            self.message.setText(self.tr("The forms could not be written in %1: %2").replace("%1", folder).replace(
                "%2", error.strerror or str(error)))
            return False
        finally:
            progress.close()
        if not self.written:
            self.message.setText(self.tr("No open measure names a responsible department: there is no form to "
                                         "write."))
            return False
        self.accept()
        return True


class FormsReading(QProgressDialog):
    """Reads the forms one by one, each in a child process of its own
    (``importers/list_process.ListInChild``): the window stays responsive whatever a file
    holds, and Cancel ends the reading at once. ``run()`` returns the forms read, or None."""

    SHOW_AFTER = 300
    POLL = 50

    def __init__(self, paths: list[Path], parent=None):
        super().__init__(parent)
        self.paths = [Path(p) for p in paths]
        self.forms: list[FilledForm] = []
        self.cancelled = False
        self.child: ListInChild | None = None
        self.setWindowTitle(self.tr("Read in filled forms"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, len(self.paths))
        if self.paths:  # never an empty box, even before the first form is opened
            self.setLabelText(self.tr("Reading %1 …").replace("%1", self.paths[0].name))
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(1 << 30)
        self._poller = QTimer(self)
        self._poller.setInterval(self.POLL)
        self._poller.timeout.connect(self._poll)
        self._loop: QEventLoop | None = None
        self.canceled.connect(self._cancel)

    def _start_next(self) -> None:
        if self.cancelled:
            return
        if len(self.forms) == len(self.paths):
            self._finish()
            return
        path = self.paths[len(self.forms)]
        self.setValue(len(self.forms))
        self.setLabelText(self.tr("Reading %1 …").replace("%1", path.name))
        self.child = ListInChild(path, reader=read_followup_form)
        try:
            self.child.start()
        except OSError as error:  # no process could be started
            self._take(FilledForm(path.name, problems=(FormProblem(path.name, 0, Problem.UNREADABLE, str(error)),)))
            return
        self._poller.start()

    def _take(self, form: FilledForm) -> None:
        self._poller.stop()
        if self.child is not None:
            self.child.close()
            self.child = None
        self.forms.append(form)
        self._start_next()

    def _poll(self) -> None:
        if self.child is None:
            return
        message = self.child.poll()
        if message is None or message[0] == "rows":
            return
        name = self.child.path.name
        if message[0] == "preview":
            self._take(message[1])
        else:  # "failed" or the child gone without a word: a file the reader could not survive
            log.warning("reading %s failed in its child process: %s", name, message[1:])
            self._take(FilledForm(name, problems=(FormProblem(name, 0, Problem.UNREADABLE),)))

    def _cancel(self) -> None:
        self.cancelled = True
        self._poller.stop()
        if self.child is not None:
            self.child.cancel()
            self.child = None
        self._finish()

    def _finish(self) -> None:
        if self._loop is not None:
            self._loop.quit()

    def run(self) -> list[FilledForm] | None:
        loop = self._loop = QEventLoop()
        QTimer.singleShot(self.SHOW_AFTER, self, lambda: None if self._loop is None else self.show())
        self._start_next()
        if not self.cancelled and len(self.forms) < len(self.paths):
            loop.exec()
        self._loop = None
        self.hide()
        return None if self.cancelled else self.forms


class RoundPreviewDialog(QDialog):
    """Every change the forms would make, per measure, before anything is written; and the
    problems, each naming its file and row, when there are any (then nothing can be read in)."""

    def __init__(self, plan: RoundPlan, parent: QWidget | None = None, numbers: dict[int, str] | None = None):
        super().__init__(parent)
        self.plan = plan
        numbers = numbers or {}
        self.setWindowTitle(self.tr("Read in filled forms"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(look.error_style())
        for problem in plan.problems:
            self.problems.addItem(describe_problem(problem))
        self.problems.setVisible(bool(plan.problems))
        self.problems.setMaximumHeight(self.fontMetrics().height() * (2 + min(len(plan.problems), 8) * 2))
        layout.addWidget(self.problems, 1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Department and round"),
                                              self.tr("Form, row"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for change in plan.changes:
            row = self.table.rowCount()
            self.table.insertRow(row)
            what = already_text() if change.already else describe_change(change)
            texts = (f"{numbers.get(change.measure_id) or change.measure_id} {change.title}", f"{change.department}\n{change.round}",
                     self.tr("%1, row %2").replace("%1", change.file).replace("%2", str(change.row)), what)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if change.already:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 160)
        layout.addWidget(self.table, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Read in the changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(plan.ok and bool(plan.to_apply))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        count = len(plan.to_apply)
        if plan.problems:
            text = self.tr("Nothing can be read in until the forms are corrected: %n problem(s).", "",
                           len(plan.problems))
        elif count:
            text = self.tr("%n change(s) will be read in as one step (Undo takes them all back).", "", count)
        else:
            text = self.tr("Nothing new to read in: every change is already recorded.")
        if plan.already:
            text += " " + self.tr("%n row(s) already read in are skipped.", "", len(plan.already))
        self.summary.setText(text)
        fit_to_screen(self, QSize(1100, 640))

    def showEvent(self, event):
        super().showEvent(event)
        # Rows as high as their text once the columns have their widths (the last one stretches).
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)


def export_forms(document, folder: Path, parent: QWidget | None = None) -> list[Path]:
    """Asks for the round and folder and writes the forms; the paths written (none if cancelled)."""
    dialog = ExportFormsDialog(document, folder, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    QMessageBox.information(parent, dialog.windowTitle(), dialog.written_text())
    return dialog.written


def read_forms(document, paths: list[Path], parent: QWidget | None = None, *, preview=None) -> bool:
    """Reads the forms, shows the preview and, if the coordinator agrees, reads the changes in
    as one undo step. ``preview(dialog)`` shows the preview and says whether to go on (the
    dialog's own ``exec`` unless a test gives another)."""
    forms = FormsReading(paths, parent).run()
    if forms is None:
        return False
    from ...export.report_data import number_measures
    from ...storage.measures_repo import list_measures

    plan = plan_round_import(document.store, forms)
    dialog = RoundPreviewDialog(plan, parent, number_measures(list_measures(document.store)))
    accepted = (preview or (lambda d: d.exec() == QDialog.DialogCode.Accepted))(dialog)
    if not accepted or not plan.ok:
        return False
    return run_edit(document, lambda: apply_round_import(document.store, forms))


def choose_forms(parent: QWidget, folder: Path) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("FormsReading", "Read in filled forms"), str(folder),
        QCoreApplication.translate("FormsReading", "Excel workbooks (*.xlsx)"))
    return [Path(n) for n in names]
