"""The preview of a mapping spreadsheet before anything is written: the efforts that will be
imported, every row that will not (with its reason) and the columns found. The same rules as
the participant import: the good rows are imported as one undoable step, or none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ...domain.efforts import EFFORT_STATUS_LABELS, LEVEL_LABELS
from ...importers.existing_efforts import MAX_EFFORTS, EffortPreview, EffortProblemCode
from ...importers.registration_list import RegistrationListError
from ..common.columns import label
from ..meeting.import_dialog import list_error_text


def field_label(field: str) -> str:
    texts = {
        "name": QCoreApplication.translate("EffortImport", "Name"), "theme": QCoreApplication.translate("EffortImport", "Theme"), "level": QCoreApplication.translate("EffortImport", "Level"), "owner": QCoreApplication.translate("EffortImport", "Owner"),
        "partners": QCoreApplication.translate("EffortImport", "Partners"), "funding": QCoreApplication.translate("EffortImport", "Funding"), "target_group": QCoreApplication.translate("EffortImport", "Target group"), "aim": QCoreApplication.translate("EffortImport", "Aim"),
        "period": QCoreApplication.translate("EffortImport", "Period"), "status": QCoreApplication.translate("EffortImport", "Status"), "eccar_point": QCoreApplication.translate("EffortImport", "ECCAR point"), "track": QCoreApplication.translate("EffortImport", "Track"),
    }
    return texts.get(field, field)


def problem_text(code: EffortProblemCode, value: str) -> str:
    texts = {
        EffortProblemCode.MISSING_NAME: QCoreApplication.translate("EffortImport", "The name of the effort is missing."),
        EffortProblemCode.UNKNOWN_LEVEL: QCoreApplication.translate("EffortImport", "Unknown level “%1”: write lokal, delregional, regional or nationell."),
        EffortProblemCode.UNKNOWN_STATUS: QCoreApplication.translate("EffortImport", "Unknown status “%1”: write planerad, pågående or avslutad."),
        EffortProblemCode.BAD_POINT: QCoreApplication.translate("EffortImport", "“%1” is not an ECCAR point (1–10)."),
        EffortProblemCode.BAD_TRACK: QCoreApplication.translate("EffortImport", "“%1” is not a track (1–4)."),
        EffortProblemCode.DUPLICATE: QCoreApplication.translate("EffortImport", "The same effort is already listed above (%1)."),
        EffortProblemCode.TOO_LONG: QCoreApplication.translate("EffortImport", "A value is too long (more than 300 characters, or 2000 for the aim)."),
        EffortProblemCode.CONTROL_CHARACTERS: QCoreApplication.translate("EffortImport", "A value contains invisible control characters."),
    }
    return texts.get(code, str(code)).replace("%1", value)


def effort_list_error_text(error: RegistrationListError) -> str:
    """The participant import's messages, worded for a list of efforts where they differ."""
    texts = {
        "no_name_column": QCoreApplication.translate("EffortImport", "No column with the efforts' names was found. The first row must name the columns, "
                             "e.g. “Namn”, “Tema”, “Nivå”, “Ansvarig”."),
        "unreadable": QCoreApplication.translate("EffortImport", "The file cannot be read as a list of efforts. Save it as CSV or .xlsx from Excel."),
        "too_many_rows": QCoreApplication.translate("EffortImport", "The list has more than %1 rows, the most that can be imported at once. Nothing was "
                            "imported.").replace("%1", str(MAX_EFFORTS)),
    }
    return texts.get(error.code) or list_error_text(error)


class EffortImportDialog(QDialog):
    def __init__(self, preview: EffortPreview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import existing efforts"))
        layout = QVBoxLayout(self)
        good, bad = len(preview.drafts), len({p.row_number for p in preview.problems})
        summary = QLabel(
            self.tr("%n row(s) read.", "", preview.total_rows) + " "
            + self.tr("%n can be imported.", "", good) + " "
            + self.tr("%n have problems and will be skipped.", "", bad) + " "
            + self.tr("Efforts already in the register (by name) are not added again.")
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if preview.ignored_columns:
            info = QLabel(self.tr("Ignored columns: %1").replace("%1", ", ".join(preview.ignored_columns)))
            info.setWordWrap(True)
            layout.addWidget(info)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.rows = self._table([self.tr("Row"), field_label("name"), field_label("level"), field_label("owner"),
                                 field_label("status"), field_label("eccar_point"), field_label("track")])
        for draft in preview.drafts:
            self._append(self.rows, [
                str(draft.row_number), draft.name, label(LEVEL_LABELS, draft.level) if draft.level else "",
                draft.owner, label(EFFORT_STATUS_LABELS, draft.status) if draft.status else "",
                str(draft.eccar_point or ""), str(draft.track or ""),
            ])
        self.problems = self._table([self.tr("Row"), self.tr("Problem")])
        for problem in preview.problems:
            self._append(self.problems, [str(problem.row_number), problem_text(problem.code, problem.value)])
        self.mapping = self._table([self.tr("Field"), self.tr("Column in the file")])
        for field, column in preview.mapping.items():
            self._append(self.mapping, [field_label(field), column])
        self.tabs.addTab(self.rows, self.tr("To import (%1)").replace("%1", str(good)))
        self.tabs.addTab(self.problems, self.tr("Problems (%1)").replace("%1", str(len(preview.problems))))
        self.tabs.addTab(self.mapping, self.tr("Columns"))
        if preview.problems and not preview.drafts:
            self.tabs.setCurrentWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import %n effort(s)", "", good),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(good > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 520)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _append(table: QTableWidget, values: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
