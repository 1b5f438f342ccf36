"""Preview of a registration list before anything is written: the column mapping, the rows
that will be imported, and every row that will not, with its reason."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ...domain import vocabulary as v
from ...importers.list_process import ListInChild, Reader
from ...importers.registration_list import (
    ImportCancelled,
    ImportPreview,
    ProblemCode,
    RegistrationListError,
    read_registration_list,
)
from ...messages import number_text
from ..common.columns import label

log = logging.getLogger("facilitator.ui")

_FIELDS = ("name", "first_name", "last_name", "organisation", "category", "role", "email", "phone", "languages")


def field_label(field: str) -> str:
    texts = {
        "name": QCoreApplication.translate("ImportDialog", "Name"),
        "first_name": QCoreApplication.translate("ImportDialog", "First name"),
        "last_name": QCoreApplication.translate("ImportDialog", "Last name"),
        "organisation": QCoreApplication.translate("ImportDialog", "Organisation"),
        "category": QCoreApplication.translate("ImportDialog", "Category"),
        "role": QCoreApplication.translate("ImportDialog", "Role"),
        "email": QCoreApplication.translate("ImportDialog", "E-mail"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
        "languages": QCoreApplication.translate("ImportDialog", "Languages"),
    }
    return texts.get(field, field)


def problem_text(code: ProblemCode, value: str, field: str = "", limit: int = 0) -> str:
    if code == ProblemCode.TOO_LONG and field:
        return (
            QCoreApplication.translate("ImportDialog", "%1 is longer than %2 characters, the most it may be.")
            .replace("%1", field_label(field))
            .replace("%2", number_text(limit))
        )
    texts = {
        ProblemCode.MISSING_NAME: QCoreApplication.translate("ImportDialog", "The name is missing."),
        ProblemCode.UNKNOWN_CATEGORY: QCoreApplication.translate("ImportDialog", "Unknown category “%1”."),
        ProblemCode.UNKNOWN_ROLE: QCoreApplication.translate("ImportDialog", "Unknown role “%1”."),
        ProblemCode.INVALID_EMAIL: QCoreApplication.translate("ImportDialog", "“%1” is not an e-mail address."),
        ProblemCode.DUPLICATE: QCoreApplication.translate("ImportDialog", "The same person is already listed above (%1)."),
        ProblemCode.TOO_LONG: QCoreApplication.translate("ImportDialog", "A value is longer than %2 characters."),
        ProblemCode.CONTROL_CHARACTERS: QCoreApplication.translate("ImportDialog", "A value contains invisible control characters."),
    }
    return texts.get(code, str(code)).replace("%1", value).replace("%2", number_text(limit))


def list_error_text(error: RegistrationListError) -> str:
    texts = {
        "not_found": QCoreApplication.translate("ImportDialog", "The file does not exist."),
        "unsupported_type": QCoreApplication.translate(
            "ImportDialog", "Only CSV files and Excel workbooks (.xlsx) can be imported."
        ),
        "empty": QCoreApplication.translate("ImportDialog", "The file is empty."),
        "no_name_column": QCoreApplication.translate(
            "ImportDialog", "No column with names was found. The first row must name the columns, e.g. “Namn”."
        ),
        "unreadable": QCoreApplication.translate(
            "ImportDialog", "The file cannot be read as a list of participants. Save it as CSV or .xlsx from Excel."
        ),
        "too_many_rows": QCoreApplication.translate(
            "ImportDialog", "The list has more than %1 rows, the most that can be imported at once. "
                            "Nothing was imported. Split the list into smaller files and import them one by one."
        ),
        "too_large": QCoreApplication.translate(
            "ImportDialog", "The file is larger than %1 MB, the most a registration list may be. Nothing was "
                            "imported. Save only the participants' sheet, or split the list."
        ),
        "too_many_parts": QCoreApplication.translate(
            "ImportDialog", "The workbook holds more than %1 parts, the most that is read. Nothing was imported. "
                            "Save the participants' sheet as a new workbook or as CSV."
        ),
        "unpacks_too_large": QCoreApplication.translate(
            "ImportDialog", "The workbook would unpack to more than %1 MB, the most that is read. Nothing was "
                            "imported. Save the participants' sheet as a new workbook or as CSV."
        ),
        "packed_too_tightly": QCoreApplication.translate(
            "ImportDialog", "The workbook was not opened: a part of it unpacks to more than %1 times its packed "
                            "size, which Excel never writes. Nothing was imported. Open it in Excel and save it "
                            "again, or save it as CSV."
        ),
        "unclosed_quote": QCoreApplication.translate(
            "ImportDialog",
            "A quotation mark on line %1 is never closed, so the rest of the file would be read as one cell. "
            "Correct that line (or remove the quotation mark) and import again.",
        ),
    }
    text = texts.get(error.code, texts["unreadable"])
    return text.replace("%1", error.detail)


class ListReading(QProgressDialog):
    """Reads a registration list in a child process (``importers/list_process``), showing
    how many rows have been read; the window stays responsive whatever the parser does, and
    Cancel ends the child at once: nothing is imported.

        preview = ListReading(path, window).run()   # None when cancelled; RegistrationListError
    """

    #: the dialog appears only if reading takes longer than this (ms)
    SHOW_AFTER = 300
    #: how often the child's messages are looked at (ms)
    POLL = 50

    #: the reading's outcome, once: the preview, or the exception it ended with
    #: (ImportCancelled when the coordinator cancelled)
    ended = Signal(object)

    def __init__(self, path: str | Path, parent=None, reader: Reader = read_registration_list, title: str = ""):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(title or self.tr("Import participants"))
        self.setLabelText(self.tr("Reading %1 …").replace("%1", self.path.name))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(1 << 30)  # shown by our own timer, not by setValue
        self.outcome: object = None  # the preview, or the exception the reading ended with
        self.done_reading = False
        self.cancelled = False
        self.rows_read = 0
        self.child = ListInChild(self.path, reader)
        self._poller = QTimer(self)
        self._poller.setInterval(self.POLL)
        self._poller.timeout.connect(self._poll)
        self._loop: QEventLoop | None = None
        self.canceled.connect(self._cancel)

    def _poll(self) -> None:
        while not self.done_reading:
            message = self.child.poll()
            if message is None:
                return
            kind = message[0]
            if kind == "rows":
                self.rows_read = message[1]
                self.setLabelText(self.tr("Reading %1 … %n row(s) read.", "", self.rows_read)
                                  .replace("%1", self.path.name))
            elif kind == "preview":
                self._end(message[1])
            elif kind == "refused":
                self._end(RegistrationListError(message[1], message[2]))
            else:  # "failed", or the child gone without a word
                log.warning("reading %s failed in its child process: %s", self.path, message[1:])
                self._end(RegistrationListError("unreadable", str(message[1])))

    def _cancel(self) -> None:
        if self.done_reading:
            return
        self.cancelled = True
        self.child.cancel()  # terminated at once, mid-parse if need be
        self._end(ImportCancelled())

    def _end(self, outcome: object) -> None:
        if self.done_reading:
            return
        self.done_reading = True
        self.outcome = outcome
        self._poller.stop()
        if not self.cancelled:
            self.child.close()
        self.ended.emit(outcome)
        if self._loop is not None:
            self._loop.quit()

    def run(self) -> ImportPreview | None:
        """Reads while the window stays responsive; returns the preview, None when the
        coordinator cancelled, or raises the reader's RegistrationListError."""
        loop = self._loop = QEventLoop()
        QTimer.singleShot(self.SHOW_AFTER, self, lambda: None if self.done_reading else self.show())
        try:
            self.child.start()
        except OSError as error:  # no process could be started (out of memory, a sandbox)
            self._end(RegistrationListError("unreadable", str(error)))
        else:
            self._poller.start()
        if not self.done_reading:
            loop.exec()
        self._loop = None
        self.hide()
        if self.cancelled or isinstance(self.outcome, ImportCancelled):
            return None
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome  # type: ignore[return-value]


class ImportDialog(QDialog):
    """The preview of a list before anything is written, and the meeting to add everyone to
    (the chosen one ticked already), so a café's list is in the meeting in one step."""

    def __init__(self, preview: ImportPreview, meetings: list[tuple[int, str]] = (), chosen: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import participants"))
        layout = QVBoxLayout(self)
        good, bad = len(preview.drafts), len({p.row_number for p in preview.problems})
        summary = QLabel(
            self.tr("%n row(s) read.", "", preview.total_rows)
            + " "
            + self.tr("%n can be imported.", "", good)
            + " "
            + self.tr("%n have problems and will be skipped.", "", bad)
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        details = []
        if preview.encoding:
            details.append(self.tr("Encoding: %1").replace("%1", preview.encoding))
        if preview.delimiter:
            shown = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}.get(preview.delimiter, preview.delimiter)
            details.append(self.tr("Separator: %1").replace("%1", shown))
        if preview.ignored_columns:
            details.append(self.tr("Ignored columns: %1").replace("%1", ", ".join(preview.ignored_columns)))
        info = QLabel(" · ".join(details))
        info.setWordWrap(True)
        layout.addWidget(info)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.mapping = self._table([self.tr("Field"), self.tr("Column in the file")])
        for field in _FIELDS:
            if field in preview.mapping:
                self._append(self.mapping, [field_label(field), preview.mapping[field]])
        self.rows = self._table(
            [self.tr("Row"), self.tr("Name"), self.tr("Organisation"), self.tr("Category"), self.tr("Role"), self.tr("E-mail")]
        )
        for draft in preview.drafts[:1000]:
            self._append(
                self.rows,
                [
                    str(draft.row_number),
                    draft.name,
                    draft.organisation,
                    label(v.CATEGORY_LABELS, draft.category),
                    label(v.ROLE_LABELS, draft.role),
                    draft.email,
                ],
            )
        self.problems = self._table([self.tr("Row"), self.tr("Problem")])
        for problem in preview.problems:
            self._append(self.problems, [str(problem.row_number), problem_text(problem.code, problem.value, problem.field, problem.limit)])
        for table in (self.rows, self.problems, self.mapping):
            _fit_columns(table)
        self.tabs.addTab(self.rows, self.tr("To import (%1)").replace("%1", str(good)))
        self.tabs.addTab(self.problems, self.tr("Problems (%1)").replace("%1", str(len(preview.problems))))
        self.tabs.addTab(self.mapping, self.tr("Columns"))
        if preview.problems and not preview.drafts:
            self.tabs.setCurrentWidget(self.problems)

        self.add_to_meeting = QCheckBox(self.tr("&Also add them to the meeting:"))
        self.meeting = QComboBox()
        for meeting_id, title in meetings:
            self.meeting.addItem(title, meeting_id)
        if chosen is not None and self.meeting.findData(chosen) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(chosen))
        self.add_to_meeting.setChecked(chosen is not None)
        self.meeting.setEnabled(chosen is not None)
        self.add_to_meeting.toggled.connect(self.meeting.setEnabled)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.add_to_meeting)
        meeting_row.addWidget(self.meeting, 1)
        if meetings:
            layout.addLayout(meeting_row)
        else:
            self.add_to_meeting.hide()
            self.meeting.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import %n participant(s)", "", good), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(good > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def target_meeting(self) -> int | None:
        """The meeting everyone is added to, or None."""
        return self.meeting.currentData() if self.add_to_meeting.isChecked() and self.meeting.count() else None

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _append(self, table: QTableWidget, values: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)


def _fit_columns(table: QTableWidget) -> None:
    """One line per row, and each column as wide as its longest value (names and organisations
    whole, not "Person1 Efternamnss…"), up to 40 characters' width; the last column stretches."""
    table.setWordWrap(False)
    table.resizeColumnsToContents()
    widest = table.fontMetrics().averageCharWidth() * 40
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))

