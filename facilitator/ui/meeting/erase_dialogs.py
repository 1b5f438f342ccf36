"""Erasing a person for good, and the process's retention setting.

``EraseConfirmDialog`` lists what erasing will do before anything is written (the register
entry, the meetings' lists, and each text field that names the person, with its new text);
``ErasedDialog`` says what was done and where the person may still be (backups of this
process, documents exported from it), and can delete those backups. Erasing is not
undoable: the confirmation says so.

``RetentionDialog`` sets when the process's personal data should be erased.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

#: What each (table, column) is called for the coordinator; others show as "table: column".
_FIELD_TEXTS = {
    ("meeting", "coordinator"): QT_TRANSLATE_NOOP("EraseDialogs", "Coordinator of a meeting"),
    ("meeting", "moderator"): QT_TRANSLATE_NOOP("EraseDialogs", "Moderator of a meeting"),
    ("measure", "owner"): QT_TRANSLATE_NOOP("EraseDialogs", "Owner of a measure"),
    ("measure", "owner_contact"): QT_TRANSLATE_NOOP("EraseDialogs", "Owner's contact of a measure"),
    ("measure_revision", "fields"): QT_TRANSLATE_NOOP("EraseDialogs", "An earlier state of a measure"),
    ("signed_minutes", "document"): QT_TRANSLATE_NOOP("EraseDialogs", "Signed minutes (the Word document)"),
    ("signed_minutes", "content"): QT_TRANSLATE_NOOP("EraseDialogs", "Signed minutes (their content)"),
    ("signed_minutes", "adjusters"): QT_TRANSLATE_NOOP("EraseDialogs", "Justerare of signed minutes"),
    ("plan_version", "content"): QT_TRANSLATE_NOOP("EraseDialogs", "A stored version of the plan"),
}


def field_label(table: str, column: str) -> str:
    text = _FIELD_TEXTS.get((table, column))
    if text is not None:
        return QCoreApplication.translate("EraseDialogs", text)
    return QCoreApplication.translate("EraseDialogs", "Text (%1, %2)").replace("%1", table).replace("%2", column)


def place_of(store, table: str, row_id: int) -> str:
    """The title of the meeting or measure a changed field belongs to ("" when unknown)."""
    from ...domain.entities import ENTITY_BY_TABLE, Measure, Meeting

    cls = ENTITY_BY_TABLE.get(table)
    entity = store.get(cls, row_id) if store is not None and cls is not None else None
    if entity is not None and not hasattr(entity, "title"):  # a revision, a signed version: its owner's
        owner_id = getattr(entity, "measure_id", None)
        entity = store.get(Measure, owner_id) if owner_id else store.get(Meeting, getattr(entity, "meeting_id", 0))
    title = getattr(entity, "title", "") if entity is not None else ""
    return " ".join(str(title).split())[:60]


def _excerpts(before: str, after: str, width: int = 80) -> tuple[str, str]:
    """The two texts on one line each, from a little before their first difference (a long
    text, such as a stored version of the plan, names the person far from its start)."""
    before, after = " ".join(before.split()), " ".join(after.split())
    first = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
    start = max(0, first - 20) if first > width - 20 else 0
    lead = "…" if start else ""
    return lead + before[start:start + width], (lead + after[start:start + width]) if after else ""


def _change_line(table: str, column: str, before: str, after: str, place: str = "") -> str:
    before_line, after_line = _excerpts(before, after)
    after_line = after_line or QCoreApplication.translate("EraseDialogs", "(empty)")
    where = f" – {place}" if place else ""
    return f"{field_label(table, column)}{where}: «{before_line}» → «{after_line}»"


class EraseConfirmDialog(QDialog):
    """Asks before erasing: what will be erased, and that it cannot be undone."""

    def __init__(self, name: str, attendance_count: int, changes: list[tuple[str, int, str, str, str]], parent=None,
                 store=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase person permanently"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1 will be erased from the process: the register, %n meeting list(s), seats and table hosts, "
                "and every text below that names them. This cannot be undone, and the undo history is cleared.",
                "",
                attendance_count,
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.changes = QListWidget()
        for table, row_id, column, before, after in changes:
            self.changes.addItem(_change_line(table, column, before, after, place_of(store, table, row_id)))
        if not changes:
            self.changes.addItem(self.tr("No other text names them."))
        layout.addWidget(self.changes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("&Erase permanently"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
        self.resize(560, 400)


class ErasedDialog(QDialog):
    """What was erased, and the backups and exported documents that may still hold the person."""

    def __init__(self, erasure, purge, parent=None, store=None):
        super().__init__(parent)
        self.erasure = erasure
        self.purge = purge  # called with the erasure; returns the backups it could not delete
        self.setWindowTitle(self.tr("Person erased"))
        layout = QVBoxLayout(self)
        done = QLabel(
            self.tr("%1 is erased from the process, and %n field(s) that named them were changed.", "", len(erasure.changed))
            .replace("%1", erasure.name)
        )
        done.setWordWrap(True)
        layout.addWidget(done)
        self.changed = QListWidget()
        for table, row_id, column, before, after in erasure.changed:
            self.changed.addItem(_change_line(table, column, before, after, place_of(store, table, row_id)))
        layout.addWidget(self.changed, 1)
        self.backups_label = QLabel()
        self.backups_label.setWordWrap(True)
        layout.addWidget(self.backups_label)
        self.backups = QListWidget()
        layout.addWidget(self.backups, 1)
        exports_label = QLabel(
            self.tr(
                "Documents exported from this process that may still name them (delete or edit them yourself):"
            ) if erasure.exports else self.tr("No exported documents of this process are known.")
        )
        exports_label.setWordWrap(True)
        layout.addWidget(exports_label)
        self.exports = QListWidget()
        for path in erasure.exports:
            self.exports.addItem(str(path))
        self.exports.setVisible(bool(erasure.exports))
        layout.addWidget(self.exports, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = QPushButton(self.tr("&Purge backups"))
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(self.purge_backups)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_backups(erasure.backups, [])
        self.resize(600, 520)

    def _show_backups(self, held, left: list[Path]) -> None:
        self.backups.clear()
        locale = QLocale()
        for backup in held:
            self.backups.addItem(f"{locale.toString(backup.created, QLocale.FormatType.ShortFormat)}  {backup.path}")
        if left:
            self.backups_label.setText(self.tr(
                "%n backup(s) could not be deleted; another program has them open. Close it and try again.", "", len(left)))
        elif held:
            self.backups_label.setText(self.tr("%n backup(s) of this process still hold them:", "", len(held)))
        else:
            self.backups_label.setText(self.tr("No backup of this process holds them."))
        self.purge_button.setEnabled(bool(held))

    def purge_backups(self) -> None:
        left = self.purge(self.erasure)
        still = [backup for backup in self.erasure.backups if backup.path in set(left)]
        self.erasure.backups = still
        self._show_backups(still, left)


class RetentionDialog(QDialog):
    """When should the process's personal data be erased: never (no reminder), on a date,
    or a number of months after the last meeting."""

    def __init__(self, erase_after: str, months: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personal data retention"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "When should the personal data of this process be erased? The window reminds you when the day has come."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.none_button = QRadioButton(self.tr("&No reminder"))
        self.date_button = QRadioButton(self.tr("On a &date:"))
        self.months_button = QRadioButton(self.tr("&Months after the last meeting:"))
        group = QButtonGroup(self)
        for button in (self.none_button, self.date_button, self.months_button):
            group.addButton(button)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 120)
        self.months_spin.setValue(months if months > 0 else 12)
        chosen = QDate.fromString(erase_after, "yyyy-MM-dd")
        self.date_edit.setDate(chosen if chosen.isValid() else QDate.currentDate().addYears(1))
        if chosen.isValid():
            self.date_button.setChecked(True)
        elif months > 0:
            self.months_button.setChecked(True)
        else:
            self.none_button.setChecked(True)
        for widget in (self.none_button, self.date_button, self.date_edit, self.months_button, self.months_spin):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, int]:
        """(erase after YYYY-MM-DD or "", months after the last meeting or 0)."""
        if self.date_button.isChecked():
            return self.date_edit.date().toString("yyyy-MM-dd"), 0
        if self.months_button.isChecked():
            return "", self.months_spin.value()
        return "", 0


def due_text(due: date) -> str:
    shown = QLocale().toString(QDate(due.year, due.month, due.day), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(
        "EraseDialogs", "The personal data of this process should be erased (retention ended %1)."
    ).replace("%1", shown)


__all__ = ["EraseConfirmDialog", "ErasedDialog", "RetentionDialog", "due_text", "field_label"]
