"""From phones: what participants sent, waiting for the coordinator's review.

A tab of the meeting. Every idea or question a phone sends arrives here as "to review";
nothing of it reaches the phones, the projector or a document until she approves it. She
goes through the list by keyboard: Ctrl+Return approves (it becomes a note of its kind, at
its table and round, hidden from phones until she shows it like any other), F2 edits the
text first, Ctrl+M merges it with a contribution already there, Delete rejects. Several
selected rows are approved or rejected as one step; every step is undone with Ctrl+Z.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import actions
from ...domain import vocabulary as v
from ...domain.entities import CafeTable, Contribution, Meeting, PhoneSubmission, Round
from ...domain.phone_input import MAX_TEXT, SUBMISSION_STATE_LABELS
from ...storage import contributions as contribution_repo
from ...storage import seating
from ..common import look
from ..common.columns import label
from ..common.entity_model import ENTITY_ROLE, NOTHING, Column, EntityTableModel, SwedishSortProxy
from ..common.reading_pane import ReadingPane
from ..common.text_limits import limit_field
from ..document import ProcessDocument
from . import moderation_edits

TO_REVIEW, EVERYTHING = "waiting", "all"


class ModerationModel(EntityTableModel):
    """A meeting's submissions from phones: those to review, or all of them."""

    TEXT_COLUMN = 4

    def __init__(self, document: ProcessDocument, parent=None):
        self.meeting_id: int | None = None
        self.showing = TO_REVIEW
        self._round_numbers: dict[int, int] = {}
        self._table_names: dict[int, str] = {}
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda s: _clock(s.received_at), sort=lambda s: s.id),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda s: label(v.CONTRIBUTION_KIND_LABELS, s.kind)),
            Column(QT_TRANSLATE_NOOP("Columns", "Table"), self._table_of),
            Column(QT_TRANSLATE_NOOP("Columns", "Round"), lambda s: self._round_numbers.get(s.round_id, "")),
            Column(QT_TRANSLATE_NOOP("Columns", "Text"), lambda s: s.text),
            Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda s: label(SUBMISSION_STATE_LABELS, s.state)),
        ]
        super().__init__(document, PhoneSubmission, columns, depends_on=(Round.TABLE, CafeTable.TABLE),
                         parent=parent, lazy=True, of=NOTHING, order=("id",))
        document.rowChanged.connect(self._refresh_lookups)
        self.reload()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like markup is shown as markup: what a phone sent gets
            # none (the reading pane below shows it whole, as plain text).
            return None
        return super().data(index, role)

    def _table_of(self, submission: PhoneSubmission) -> str:
        if submission.table_id is None:
            return QCoreApplication.translate("ModerationPage", "Whole meeting")
        return self._table_names.get(submission.table_id, "")

    def show_meeting(self, meeting_id: int | None, showing: str | None = None) -> None:
        self.meeting_id = meeting_id
        self.showing = showing or self.showing
        self._refresh_lookups("", 0, "")
        if meeting_id is None:
            self.show_rows(NOTHING)
        elif self.showing == TO_REVIEW:
            self.show_rows({"meeting_id": meeting_id, "state": "waiting"})
        else:
            self.show_rows({"meeting_id": meeting_id})

    def _refresh_lookups(self, table: str, _id: int, _kind: str) -> None:
        store, meeting_id = self.document.store, self.meeting_id
        if table in ("", Round.TABLE):
            self._round_numbers = {r.id: r.number for r in seating.rounds_of(store, meeting_id)} if meeting_id else {}
        if table in ("", CafeTable.TABLE):
            self._table_names = {t.id: t.name for t in seating.tables_of(store, meeting_id)} if meeting_id else {}


def _clock(moment: str) -> str:
    """HH:MM of an ISO moment (what the coordinator needs in the room)."""
    return moment[11:16] if len(moment) >= 16 else moment


class ModerationPage(QWidget):
    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.model = ModerationModel(document, self)
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.retranslate()
        document.rowChanged.connect(self._row_changed)
        self.model.rowsInserted.connect(self._rows_arrived)
        self.model.modelReset.connect(self._update)
        self.model.rowsRemoved.connect(lambda *args: self._update())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel()
        look.set_type(self.title, look.PAGE_TITLE)
        layout.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        row.addWidget(self.input_label, 1)
        self.showing_label = QLabel()
        self.showing_combo = QComboBox()
        self.showing_combo.addItem("", TO_REVIEW)
        self.showing_combo.addItem("", EVERYTHING)
        self.showing_combo.currentIndexChanged.connect(self._showing_changed)
        self.showing_label.setBuddy(self.showing_combo)
        row.addWidget(self.showing_label)
        row.addWidget(self.showing_combo)
        layout.addLayout(row)
        self.view = QTableView()
        self.view.setObjectName("moderationList")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ModerationModel.TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(lambda *args: self._update_buttons())
        self.view.selectionModel().currentChanged.connect(lambda *args: self._update_buttons())
        self.view.doubleClicked.connect(lambda index: self.edit_current())
        layout.addWidget(self.view, 1)
        self.reading = ReadingPane(self.view, ModerationModel.TEXT_COLUMN, (1, 2, 3))
        layout.addWidget(self.reading)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(lambda: self.reopen_selected())
        for button in (self.approve_button, self.edit_button, self.merge_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        layout.addLayout(buttons)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((("Ctrl+Return", "Ctrl+Enter"), self.approve_selected), (("F2",), self.edit_current),
                           (("Ctrl+M",), self.merge_selected), (("Delete",), self.reject_selected)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, activated=lambda s=slot: s())
                shortcut.setContext(context)
        self.setFocusProxy(self.view)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What participants sent from their phones"))
        self.hint.setText(self.tr(
            "Nothing here reaches the phones, the projector or a document until you approve it. An approved idea "
            "or question becomes a note at its table and round; show it to the phones like any other note."))
        self.showing_label.setText(self.tr("&Show:"))
        self.showing_combo.setItemText(0, self.tr("To review"))
        self.showing_combo.setItemText(1, self.tr("Everything sent"))
        self.approve_button.setText(self.tr("&Approve"))
        self.approve_button.setToolTip(self.tr("It becomes a note, hidden from phones until you show it (Ctrl+Return)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Correct the text before approving it (F2)"))
        self.merge_button.setText(self.tr("&Merge with…"))
        self.merge_button.setToolTip(self.tr("It says the same as a contribution already there (Ctrl+M)"))
        self.reject_button.setText(self.tr("&Reject"))
        self.reject_button.setToolTip(self.tr("It is kept in the file, marked rejected, and shown nowhere (Delete)"))
        self.reopen_button.setText(self.tr("Review a&gain"))
        self.reading.set_empty_text(self.tr(
            "Nothing to review. What participants send from their phones arrives here while phones may send."))
        self._update()

    # -- the meeting ---------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.model.show_meeting(meeting_id)
        self._select_first()
        self._update()

    def _showing_changed(self, _index: int) -> None:
        self.model.show_meeting(self.meeting_id, self.showing_combo.currentData())
        self._select_first()

    def _row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table == Meeting.TABLE:
            self._update()
        elif table == PhoneSubmission.TABLE:
            self._update_count()

    def _rows_arrived(self, *args) -> None:
        if not self.view.currentIndex().isValid():
            self._select_first()
        self._update_count()

    # -- what is chosen ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = [self.proxy.index(row, 0).data(ENTITY_ROLE) for row in rows]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().siblingAtColumn(0).data(ENTITY_ROLE)]
        return [i for i in ids if i is not None]

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _after_step(self, row: int) -> None:
        """One by one: the next row (now at the same place) becomes the current one."""
        count = self.proxy.rowCount()
        if count:
            index = self.proxy.index(min(row, count - 1), 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.setFocus()
        self._update()

    def _first_selected_row(self) -> int:
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        return min(rows) if rows else max(self.view.currentIndex().row(), 0)

    # -- the review ---------------------------------------------------------------------------------

    def approve_selected(self) -> bool:
        ids, row = self.selected_ids(), self._first_selected_row()
        done = bool(ids) and moderation_edits.approve(self.document, ids)
        self._after_step(row)
        return done

    def reject_selected(self) -> bool:
        ids, row = self.selected_ids(), self._first_selected_row()
        done = bool(ids) and moderation_edits.reject(self.document, ids)
        self._after_step(row)
        return done

    def reopen_selected(self) -> bool:
        ids, row = self.selected_ids(), self._first_selected_row()
        done = bool(ids) and moderation_edits.reopen(self.document, ids)
        self._after_step(row)
        return done

    def merge_selected(self, into_id: int | None = None) -> bool:
        """Merges the selected submissions into a contribution (asked for when not given)."""
        ids, row = self.selected_ids(), self._first_selected_row()
        if not ids or self.meeting_id is None:
            return False
        if into_id is None:
            dialog = MergeDialog(self.document, self.meeting_id, self)
            if not dialog.exec() or dialog.chosen() is None:
                return False
            into_id = dialog.chosen()
        done = moderation_edits.merge(self.document, ids, into_id)
        self._after_step(row)
        return done

    def edit_current(self, text: str | None = None, kind: str | None = None) -> bool:
        """Edits the current submission's text and kind (asked for when not given)."""
        ids = self.selected_ids()
        if not ids:
            return False
        submission = self.document.store.get(PhoneSubmission, ids[0])
        if submission is None or submission.state != "waiting":
            return False
        if text is None:
            dialog = EditDialog(submission, self)
            if not dialog.exec():
                return False
            text, kind = dialog.values()
        try:
            return moderation_edits.edit(self.document, submission.id, text=text, kind=kind)
        except actions.Invalid as refusal:
            self.count_label.setText(self._refusal_text(refusal.code))
            return False

    def _refusal_text(self, code: str) -> str:
        if code == "too_long":
            return self.tr("The text is too long: at most %1 characters.").replace("%1", str(MAX_TEXT))
        return self.tr("The text cannot be empty.")

    # -- state ------------------------------------------------------------------------------------

    def _update(self) -> None:
        meeting = self.document.store.get(Meeting, self.meeting_id) if self.meeting_id else None
        if meeting is not None and meeting.phone_input:
            self.input_label.setText(self.tr("Phones may send ideas, questions and dots now."))
        else:
            self.input_label.setText(self.tr(
                "Phones cannot send anything now. Let them under Phones and QR code (Ctrl+T)."))
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        waiting = sum(1 for s in self.model.entities() if s.state == "waiting")
        self.count_label.setText(self.tr("%n to review.", "", waiting))

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        states = {s.state for i in ids if (s := self.document.store.get(PhoneSubmission, i)) is not None}
        waiting = "waiting" in states
        for button in (self.approve_button, self.merge_button, self.reject_button):
            button.setEnabled(waiting)
        self.edit_button.setEnabled(waiting and len(ids) == 1)
        self.reopen_button.setEnabled("rejected" in states)


class EditDialog(QDialog):
    """The text and kind of one submission, corrected before it is approved."""

    def __init__(self, submission: PhoneSubmission, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit what a phone sent"))
        layout = QVBoxLayout(self)
        kinds = QHBoxLayout()
        self.idea = QRadioButton(self.tr("&Idea"))
        self.question = QRadioButton(self.tr("&Question"))
        (self.question if submission.kind == "question" else self.idea).setChecked(True)
        kinds.addWidget(self.idea)
        kinds.addWidget(self.question)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        text_label = QLabel(self.tr("&Text:"))
        self.text = limit_field(QPlainTextEdit(submission.text), "phone_submission", "text")
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)
        QTimer.singleShot(0, self.text.setFocus)

    def values(self) -> tuple[str, str]:
        return self.text.toPlainText(), ("question" if self.question.isChecked() else "idea")


class MergeDialog(QDialog):
    """Which contribution of the meeting the submissions say the same as."""

    def __init__(self, document: ProcessDocument, meeting_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge with a contribution"))
        layout = QVBoxLayout(self)
        find_label = QLabel(self.tr("&Find:"))
        self.find = QLineEdit()
        find_label.setBuddy(self.find)
        layout.addWidget(find_label)
        layout.addWidget(self.find)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for contribution in contribution_repo.of_meeting(document.store, meeting_id):
            if contribution.merged_into_id is not None:
                continue
            item = QListWidgetItem(_one_line(contribution))
            item.setData(Qt.ItemDataRole.UserRole, contribution.id)
            item.setToolTip(f"<p>{html.escape(contribution.text)}</p>")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        self.find.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None


def _one_line(contribution: Contribution) -> str:
    text = " ".join(contribution.text.split())
    return text if len(text) <= 160 else text[:157] + "…"
