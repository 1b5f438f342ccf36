"""Small dialogs: a new process, a new meeting, choosing attendees, backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...domain import limits
from ...domain import vocabulary as v
from ...domain.swedish import sort_key
from ...storage import register
from ...storage.backups import Backup
from ...storage.process_store import EXTENSION
from ..document import ProcessDocument
from .columns import label
from .text_limits import PATH_LIMIT, limit_field, limit_widget


def file_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Facilitator processes (*%1)").replace("%1", EXTENSION)


class NewProcessDialog(QDialog):
    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New process"))
        self.title = limit_field(QLineEdit(), "process", "title")
        self.title.setPlaceholderText(self.tr("For example: Action plan against racism 2027–2029"))
        self.municipality = limit_field(QLineEdit(), "process", "municipality")
        self.path = limit_widget(QLineEdit(str(folder / (self.tr("Process") + EXTENSION))), PATH_LIMIT)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row of two widgets has no buddy of its own: "&Fil:" showed as is
        form.addRow(file_label, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._suggest_file)
        self.resize(560, self.sizeHint().height())

    def _suggest_file(self, text: str) -> None:
        safe = "".join(c for c in text if c.isalnum() or c in " -_åäöÅÄÖ").strip() or self.tr("Process")
        self.path.setText(str(Path(self.path.text()).parent / (safe + EXTENSION)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New process"), self.path.text(), file_filter())
        if path:
            self.path.setText(path if path.endswith(EXTENSION) else path + EXTENSION)

    def _accept(self) -> None:
        if not self.title.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Give the process a title."))
            return
        try:
            exists = Path(self.path.text()).exists()
        except (OSError, ValueError) as error:  # a name too long, or with characters no file may have
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "This file name cannot be used (%1). Choose a shorter or simpler name.").replace(
                "%1", getattr(error, "strerror", None) or str(error)))
            return
        if exists:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The file already exists. Choose another name."))
            return
        if not self._make_folder():
            return
        self.accept()

    def _make_folder(self) -> bool:
        """The file's folder is made when it is missing (a new laptop may have no Documents
        folder yet); when it cannot be made, the dialog stays open with what was typed."""
        folder = Path(self.path.text()).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The folder %1 could not be created (%2). Choose another folder with Browse…").replace(
                "%1", str(folder)).replace("%2", error.strerror or str(error)))
            return False
        return True

    def values(self) -> tuple[str, str, Path]:
        return self.title.text().strip(), self.municipality.text().strip(), Path(self.path.text())


class NewMeetingDialog(QDialog):
    def __init__(self, parent=None, meeting_format: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.format = QComboBox()
        for key in v.MEETING_FORMAT_LABELS:
            self.format.addItem(label(v.MEETING_FORMAT_LABELS, key), str(key))
        if meeting_format is not None and self.format.findData(meeting_format) >= 0:
            self.format.setCurrentIndex(self.format.findData(meeting_format))
        self.title = limit_field(QLineEdit(), "meeting", "title")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._suggest_title)
        self._suggest_title()

    def _suggest_title(self) -> None:
        if not self.title.isModified():
            self.title.setText(self.format.currentText())

    def values(self) -> tuple[str, str, str]:
        title = self.title.text().strip() or self.format.currentText()
        return self.format.currentData(), title, self.date.date().toString("yyyy-MM-dd")


class AddAttendeesDialog(QDialog):
    """Choose people from the register to add to a meeting."""

    def __init__(self, document: ProcessDocument, meeting_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add participants to the meeting"))
        present = register.attendee_ids(document.store, meeting_id)
        self.filter = limit_widget(QLineEdit(), limits.LINE)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        collator_sorted = sorted(
            (p for p in register.participants(document.store) if p.id not in present),
            key=lambda p: sort_key(p.name),
        )
        for person in collator_sorted:
            org = document.organisation_name(person.organisation_id)
            item = QListWidgetItem(f"{person.name} ({org})" if org else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        # Ticking twenty boxes one by one is no way to set up a café: all (shown) at once.
        self.all_button = QPushButton(self.tr("Choose &all shown"))
        self.all_button.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Choose &none"))
        self.none_button.clicked.connect(lambda: self._check_shown(Qt.CheckState.Unchecked))
        self.count = QLabel()
        choose = QHBoxLayout()
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        choose.addWidget(self.count)
        self.list.itemChanged.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addLayout(choose)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_count()
        self.resize(460, 520)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.casefold() not in item.text().casefold())

    def _check_shown(self, state: Qt.CheckState) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._update_count()

    def _update_count(self, *_args) -> None:
        self.count.setText(self.tr("%n chosen", "", len(self.chosen_ids())))

    def chosen_ids(self) -> list[int]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]




class BackupsDialog(QDialog):
    """Lists the automatic backups of the open process and restores the chosen one."""

    def __init__(self, backups: list[Backup], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Facilitator keeps the latest backups of this process automatically. Restoring one replaces "
                "the content of the process; the current content is backed up first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        locale = QLocale()
        for backup in backups:
            when = locale.toString(backup.created, QLocale.FormatType.ShortFormat)
            size = locale.formattedDataSize(backup.size)
            item = QListWidgetItem(f"{when}  ({size})")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        self.backup_now = buttons.addButton(self.tr("&Back up now"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 380)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
