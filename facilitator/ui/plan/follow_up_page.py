"""Uppföljning: "Vad har ni gjort hittills?" The open measures agreed at earlier meetings,
grouped by ECCAR point as the plan is, each with a new status and a note to record.

The whole review is saved as one undoable step, dated on the meeting's day. Overdue
measures stand out with a sign and words, but they are never sorted first and nothing is
totalled by department: the committee never ranks or shames departments (DOMAIN.md).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import FrameworkLabel, Measure, MeasureStatusChange, Meeting
from ...domain.follow_up import FollowUpReview, ReviewDecision, ReviewItem
from ...storage import measures_repo as repo
from ..common import look
from ..common.keys import key_sequence
from ..common.text_limits import limit_field
from . import measure_edits, measure_texts

NO_CHANGE = None


class ReviewRow(QFrame):
    """One measure under review: what it is, where it stands, and what the meeting says.
    Its title is a link that opens the measure (``openRequested``)."""

    openRequested = Signal(int)

    def __init__(self, item: ReviewItem, number: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewItem")
        self.item = item
        self.measure_id = item.measure.id
        self.setStyleSheet(look.card_style("reviewItem", overdue=item.overdue))
        grid = QGridLayout(self)
        grid.setContentsMargins(look.margins(look.MEDIUM, look.SMALL, look.SMALL, look.SMALL))
        measure = item.measure
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setText(f'{html.escape(number)} <a href="measure">{html.escape(measure.title)}</a>'.strip())
        self.title.linkActivated.connect(lambda _link: self.openRequested.emit(self.measure_id))
        grid.addWidget(self.title, 0, 0, 1, 2)
        self.details = QLabel()
        self.details.setWordWrap(True)
        grid.addWidget(self.details, 1, 0, 1, 2)
        self.overdue = QLabel()
        self.overdue.setVisible(item.overdue)
        self.overdue.setStyleSheet(look.error_style(bold=True))
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.overdue_icon = QLabel()
        self.overdue_icon.setPixmap(icon.pixmap(16, 16))
        self.overdue_icon.setVisible(item.overdue)
        warning = QHBoxLayout()
        warning.addWidget(self.overdue_icon)
        warning.addWidget(self.overdue, 1)
        grid.addLayout(warning, 2, 0, 1, 2)
        self.status = QComboBox()
        self.status.setMinimumContentsLength(22)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = limit_field(QLineEdit(), "measure_status_change", "note")
        self.status_label, self.note_label = QLabel(), QLabel()
        self.status_label.setBuddy(self.status)
        self.note_label.setBuddy(self.note)
        grid.addWidget(self.status_label, 0, 2)
        grid.addWidget(self.status, 0, 3)
        grid.addWidget(self.note_label, 1, 2)
        grid.addWidget(self.note, 1, 3)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(look.error_style())
        self.refusal.hide()
        grid.addWidget(self.refusal, 2, 2, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        self.status.currentIndexChanged.connect(self._show_missing)
        self.retranslate()

    def retranslate(self) -> None:
        item, measure = self.item, self.item.measure
        who = ", ".join(part for part in (measure.owner, measure.department) if part)
        who = who or self.tr("No one responsible yet")
        due = measure.due_date or measure.time_frame or self.tr("no due date")
        lines = [
            self.tr("%1 · Due: %2 · Now: %3")
            .replace("%1", who)
            .replace("%2", due)
            .replace("%3", measure_texts.status_label(measure.status).lower())
        ]
        if item.last_change is not None:
            change = item.last_change
            text = self.tr("Last update %1: %2").replace("%1", change.date).replace(
                "%2", measure_texts.status_label(change.status).lower()
            )
            if change.note:
                text += f" – {change.note}"
            lines.append(text)
        if item.missing_now:
            lines.append(measure_texts.missing_list(item.missing_now))
        self.details.setText("\n".join(lines))
        if item.overdue:
            deadline = item.deadline.isoformat() if item.deadline else ""
            self.overdue.setText(self.tr("Overdue: it should have been done by %1.").replace("%1", deadline))
        self.status_label.setText(self.tr("&New status:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.note.setPlaceholderText(self.tr("What has been done so far?"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Not discussed"), NO_CHANGE)
        self.status.addItem(
            self.tr("Progress note (still %1)").replace("%1", measure_texts.status_label(measure.status).lower()),
            measure.status,
        )
        for option in item.options:
            text = measure_texts.status_label(option.status)
            if not option.possible:
                text = self.tr("%1 (needs more first)").replace("%1", text)
            self.status.addItem(text, option.status)
        self.status.setCurrentIndex(max(self.status.findData(chosen), 0) if chosen is not None else 0)
        self.status.blockSignals(False)
        self._show_missing()

    def _show_missing(self, *args) -> None:
        status = self.status.currentData()
        option = next((o for o in self.item.options if o.status == status), None)
        if option is not None and option.missing:
            self.show_refusal(
                self.tr("Cannot become %1 yet: %2")
                .replace("%1", measure_texts.status_label(status).lower())
                .replace("%2", measure_texts.missing_list(option.missing))
            )
        else:
            self.show_refusal("")

    def show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))

    def decision(self) -> ReviewDecision | None:
        status = self.status.currentData()
        note = self.note.text().strip()
        if status is NO_CHANGE:
            if not note:
                return None
            status = self.item.measure.status  # a note alone is a progress note
        return ReviewDecision(self.measure_id, status, note)

    def set_pending(self, status, note: str) -> None:
        index = self.status.findData(status) if status is not None else 0
        self.status.setCurrentIndex(max(index, 0))
        self.note.setText(note)


class FollowUpPage(QWidget):
    """The follow-up tab of a meeting. ``measureChosen`` asks the window to open a measure
    (``MainWindow.show_measure``) when its title is clicked."""

    measureChosen = Signal(int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.review: FollowUpReview | None = None
        self.rows: dict[int, ReviewRow] = {}
        self.groups: list[tuple[QGroupBox, int | None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.SMALL))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        self.save_button = QPushButton()
        # A shortcut of its own: the button's text (with its &-mnemonic) would replace one set on it.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(key_sequence(Qt.KeyboardModifier.ControlModifier, key), self).activated.connect(self.save_review)
        self.save_button.clicked.connect(self.save_review)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(look.error_style())
        self.message.hide()
        layout.addWidget(self.message)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.refresh)
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.refresh)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("“What have you done so far?” The open measures agreed at earlier meetings, by ECCAR point. "
                    "Choose a new status where something happened and write a note; then save the review.")
        )
        self.save_button.setText(self.tr("&Save review (Ctrl+Enter)"))
        self.empty.setText(self.tr("Nothing to follow up: no open measures were agreed at earlier meetings."))
        self.refresh()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing a meeting's review -----------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.rows = {}
            self.message.hide()
        self.meeting_id = meeting_id
        self.refresh()

    def pending(self) -> dict[int, tuple[object, str]]:
        return {mid: (row.status.currentData(), row.note.text()) for mid, row in self.rows.items()}

    def refresh(self) -> None:
        """Reads the review again, keeping what was chosen and typed but not yet saved."""
        pending = self.pending()
        self.rows = {}
        self.groups = []
        self.review = None
        if self.meeting_id is not None and self.document.store.get(Meeting, self.meeting_id) is not None:
            self.review = repo.review_for_meeting(self.document.store, self.meeting_id)
        items = self.review.items if self.review else []
        self.save_button.setEnabled(bool(items))
        if not items:
            self._set_content(self.empty)
            self.summary.setText("")
            return
        numbers = self._numbers()
        labels = measure_texts.label_overrides(self.document)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for group in self.review.groups:
            if group.eccar_point is None:
                title = self.tr("Not yet under an ECCAR point")
            else:
                title = measure_texts.numbered(
                    group.eccar_point, measure_texts.point_label(self.document, group.eccar_point, labels)
                )
            box = QGroupBox(title)
            self.groups.append((box, group.eccar_point))
            box_layout = QVBoxLayout(box)
            for item in group.items:
                row = ReviewRow(item, numbers.get(item.measure.id, ""))
                row.openRequested.connect(self.measureChosen)
                if item.measure.id in pending:
                    row.set_pending(*pending[item.measure.id])
                self.rows[item.measure.id] = row
                box_layout.addWidget(row)
            column.addWidget(box)
        column.addStretch(1)
        self._set_content(inner)
        review = self.review
        text = self.tr("%n open measure(s) to follow up", "", review.open_count)
        if review.overdue_count:
            text += " · " + self.tr("%n overdue", "", review.overdue_count)
        if review.as_of is not None:
            text += " · " + self.tr("judged on %1").replace("%1", review.as_of.isoformat())
        self.summary.setText(text)

    def _set_content(self, widget: QWidget) -> None:
        """Shows ``widget`` in the scroll area; the empty-state label is kept for reuse, the
        previous list of rows is deleted with its widget."""
        current = self.scroll.widget()
        if current is widget:
            return
        if current is self.empty:
            self.scroll.takeWidget()
        self.scroll.setWidget(widget)

    def _numbers(self) -> dict[int, str]:
        from ...export.report_data import number_measures

        return number_measures(self.document.store.list(Measure))

    def _on_row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table in (Measure.TABLE, MeasureStatusChange.TABLE, Meeting.TABLE, FrameworkLabel.TABLE):
            if self.isVisible():
                self._rebuild_timer.start()
            else:
                self._stale = True

    def showEvent(self, event):
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- saving ---------------------------------------------------------------------------------

    def decisions(self) -> list[ReviewDecision]:
        return [d for d in (row.decision() for row in self.rows.values()) if d is not None]

    def save_review(self) -> bool:
        """Applies every decision as one undo step; refused ones are explained, nothing saved."""
        if self.meeting_id is None:
            return False
        decisions = self.decisions()
        if not decisions:
            self._say(self.tr("Nothing to save: choose a new status or write a note for at least one measure."))
            return False
        plan = measure_edits.plan_follow_up(self.document, self.meeting_id, decisions)
        for row in self.rows.values():
            row.show_refusal("")
        if not plan.ok:
            by_id = {d.measure_id: d for d in decisions}
            first = self.rows.get(plan.refused[0][0]) if plan.refused else None
            for measure_id, check in plan.refused:
                row = self.rows.get(measure_id)
                if row is not None:
                    row.show_refusal(
                        measure_texts.refusal_text(
                            check, current=row.item.measure.status, status=by_id[measure_id].status
                        )
                    )
            refused = len(plan.refused)
            self._say(self.tr("Nothing was saved: %n measure(s) cannot get the chosen status yet (see below).", "",
                              refused))
            if first is not None:
                self.scroll.ensureWidgetVisible(first)
            return False
        if not measure_edits.apply_follow_up(self.document, self.meeting_id, decisions):
            return False
        self.rows = {}  # saved: start afresh
        self.message.hide()
        self.refresh()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
