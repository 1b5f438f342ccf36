"""The Assessment page of a self-assessment meeting: the key factors of its scope on the left;
on the right the chosen one's statement, its rating (preliminary until evidence is attached or
the coordinator confirms it), who decided and how, the reasoning, strengths and weaknesses,
the evidence, and the answers to the theme's guiding questions.

Every edit is one undoable action of ``actions/assessment.py``, run through the document.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...actions import Invalid
from ...actions import assessment as edit
from ...domain import assessment as a
from ...domain.entities import Assessment, Evidence, Meeting
from ...domain.formats import traits
from ...domain.framework import FrameworkError
from ...platform import paths
from ...storage import assessment as repo
from ...storage import meetings as meeting_repo
from ..common.text_limits import limit_field
from ..document import ProcessDocument, run_explained_here
from .assessment_setup import AssessmentSetup
from .assessment_texts import NoteEdit


def _v(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


class EvidenceDialog(QDialog):
    """Attaching a piece of evidence: its kind, title, date, reference and notes, or the
    minutes of a meeting of this process."""

    def __init__(self, meetings: list[Meeting], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach evidence"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind, label in a.EVIDENCE_KIND_LABELS.items():
            self.kind.addItem(_v(label), str(kind))
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("(none)"), None)
        for meeting in meetings:
            self.meeting.addItem(f"{meeting.date} {meeting.title}".strip(), meeting.id)
        self.title = limit_field(QLineEdit(), "assessment_evidence", "title")
        self.date = limit_field(QLineEdit(), "assessment_evidence", "date")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.reference = limit_field(QLineEdit(), "assessment_evidence", "reference")
        self.reference.setPlaceholderText(self.tr("Diarienummer, address or file"))
        self.notes = limit_field(QPlainTextEdit(), "assessment_evidence", "notes")
        self.notes.setPlaceholderText(self.tr("Interview and focus-group notes are kept whole."))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Minutes of &meeting"), self.meeting)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Reference"), self.reference)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)

    def _meeting_chosen(self) -> None:
        if self.meeting.currentData() is not None:
            self.kind.setCurrentIndex(self.kind.findData(str(a.EvidenceKind.MEETING_MINUTES)))

    def show_values(self, item) -> None:
        """Fills the dialog with a stored piece of evidence (to edit it)."""
        self.setWindowTitle(self.tr("Edit evidence"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(item.meeting_id)))
        self.title.setText(item.title)
        self.date.setText(item.date)
        self.reference.setText(item.reference)
        self.notes.setPlainText(item.notes)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "title": self.title.text(), "date": self.date.text(),
                "reference": self.reference.text(), "notes": self.notes.toPlainText(),
                "meeting_id": self.meeting.currentData()}


class AssessmentPage(QWidget):
    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.assessment_id: int | None = None
        self.theme: int | None = None
        self._filling = False
        layout = QVBoxLayout(self)

        # -- before the assessment starts
        self.start_box = QWidget()
        start_rows = QVBoxLayout(self.start_box)
        start = QHBoxLayout()
        start_rows.addLayout(start)
        self.continue_row = QWidget()
        continuing = QHBoxLayout(self.continue_row)
        continuing.setContentsMargins(0, 0, 0, 0)
        self.continue_label = QLabel()
        self.continue_from = QComboBox()
        self.continue_label.setBuddy(self.continue_from)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self._continue)
        continuing.addWidget(self.continue_label)
        continuing.addWidget(self.continue_from)
        continuing.addWidget(self.continue_button)
        continuing.addStretch(1)
        start_rows.addWidget(self.continue_row)
        self.start_text = QLabel()
        self.start_text.setWordWrap(True)
        self.start_mode = QComboBox()
        for mode, label in a.MODE_LABELS.items():
            self.start_mode.addItem(_v(label), str(mode))
        self.start_framework = QComboBox()
        self.add_framework = QPushButton()
        self.add_framework.clicked.connect(self.import_framework_dialog)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._start)
        self.start_framework_label = QLabel()
        self.start_framework_label.setBuddy(self.start_framework)
        self.start_mode_label = QLabel()
        self.start_mode_label.setBuddy(self.start_mode)
        start_rows.insertWidget(0, self.start_text)
        for widget in (self.start_framework_label, self.start_framework, self.add_framework, self.start_mode_label,
                       self.start_mode, self.start_button):
            start.addWidget(widget)
        start.addStretch(1)
        start_rows.addStretch(1)
        layout.addWidget(self.start_box, 1)

        # -- the assessment
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.mode_label = QLabel()
        self.mode = QComboBox()
        for mode, label in a.MODE_LABELS.items():
            self.mode.addItem(_v(label), str(mode))
        self.mode.activated.connect(lambda: self._edit(lambda: edit.set_mode(
            self.document.store, self.assessment_id, self.mode.currentData())))
        self.baseline_label = QLabel()
        self.baseline = QComboBox()
        self.baseline.activated.connect(lambda: self._edit(lambda: edit.set_baseline(
            self.document.store, self.assessment_id, self.baseline.currentData())))
        self.summary = QLabel()
        self.continued = QLabel()
        self.mode_label.setBuddy(self.mode)
        self.baseline_label.setBuddy(self.baseline)
        for widget in (self.mode_label, self.mode, self.baseline_label, self.baseline):
            head.addWidget(widget)
        head.addWidget(self.continued)
        head.addStretch(1)
        head.addWidget(self.summary)
        body.addLayout(head)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.factors = QListWidget()
        self.factors.setWordWrap(True)
        self.factors.currentItemChanged.connect(self._factor_chosen)
        split.addWidget(self.factors)

        right = QWidget()
        detail = QVBoxLayout(right)
        self.statement = QLabel()
        self.statement.setWordWrap(True)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.addWidget(self.statement)
        rating_row = QHBoxLayout()
        self.rating_label = QLabel()
        self.rating = QComboBox()
        for rating, label in a.RATING_LABELS.items():
            self.rating.addItem(_v(label), str(rating))
        self.rating_label.setBuddy(self.rating)
        self.rating.activated.connect(lambda: self._rate(rating=self.rating.currentData()))
        self.status = QLabel()
        self.confirm = QPushButton()
        self.confirm.clicked.connect(self._confirm)
        self.decided_how = QComboBox()
        for decision, label in a.DECISION_LABELS.items():
            self.decided_how.addItem(_v(label), str(decision))
        self.decided_how.activated.connect(lambda: self._rate(decided_how=self.decided_how.currentData()))
        self.decided_by = limit_field(QLineEdit(), "assessment_rating", "decided_by")
        self.decided_by.editingFinished.connect(lambda: self._rate(decided_by=self.decided_by.text()))
        for widget in (self.rating_label, self.rating, self.status, self.confirm):
            rating_row.addWidget(widget)
        rating_row.addStretch(1)
        detail.addLayout(rating_row)
        decided_row = QHBoxLayout()
        self.decided_label = QLabel()
        self.decided_label.setBuddy(self.decided_how)
        decided_row.addWidget(self.decided_label)
        decided_row.addWidget(self.decided_how)
        decided_row.addWidget(self.decided_by, 1)
        detail.addLayout(decided_row)

        # the reasoning across, strengths and weaknesses side by side
        texts = QGridLayout()
        self.reasoning = limit_field(NoteEdit(), "assessment_rating", "reasoning")
        self.strengths = limit_field(NoteEdit(), "assessment_rating", "strengths")
        self.weaknesses = limit_field(NoteEdit(), "assessment_rating", "weaknesses")
        self.text_labels = []
        lines = self.fontMetrics().lineSpacing() * 3 + 12
        for (row, column, span), name, widget in (((0, 0, 2), "reasoning", self.reasoning),
                                                 ((2, 0, 1), "strengths", self.strengths),
                                                 ((2, 1, 1), "weaknesses", self.weaknesses)):
            widget.setFixedHeight(lines)
            widget.setTabChangesFocus(True)
            widget.edited.connect(lambda text, name=name: self._rate(**{name: text}))
            label = QLabel()
            label.setBuddy(widget)
            self.text_labels.append(label)
            texts.addWidget(label, row, column, 1, span)
            texts.addWidget(widget, row + 1, column, 1, span)
        detail.addLayout(texts)

        self.evidence_box = QGroupBox()
        evidence = QVBoxLayout(self.evidence_box)
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.evidence.setWordWrap(True)
        self.evidence.itemActivated.connect(lambda item: self.edit_evidence(item.data(Qt.ItemDataRole.UserRole)))
        evidence_buttons = QHBoxLayout()
        self.attach = QPushButton()
        self.attach.clicked.connect(self.attach_evidence)
        self.remove = QPushButton()
        self.remove.clicked.connect(self._remove_evidence)
        evidence_buttons.addWidget(self.attach)
        evidence_buttons.addWidget(self.remove)
        evidence_buttons.addStretch(1)
        evidence.addWidget(self.evidence)
        evidence.addLayout(evidence_buttons)
        detail.addWidget(self.evidence_box)

        self.questions_box = QGroupBox()
        questions = QVBoxLayout(self.questions_box)
        self.questions_holder = QWidget()
        self.questions_layout = questions
        questions.addWidget(self.questions_holder)
        detail.addWidget(self.questions_box)
        detail.addStretch(1)
        self.answer_rows: dict[str, tuple[QComboBox | None, QLineEdit, QLabel]] = {}

        # the whole detail scrolls, so a small screen reaches the questions below the reasons
        self.detail_area = QScrollArea()
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setWidget(right)
        split.addWidget(self.detail_area)
        split.setStretchFactor(1, 3)
        split.setSizes([250, 950])
        self.setup = AssessmentSetup(document, self._edit)
        self.parts = QTabWidget()
        self.parts.addTab(split, "")
        self.parts.addTab(self.setup, "")
        body.addWidget(self.parts, 1)
        layout.addWidget(self.body, 1)

        document.rowChanged.connect(self._row_changed)
        self.retranslate()
        self.show_meeting(None)

    def retranslate(self) -> None:
        self.start_text.setText(self.tr(
            "Assess where the municipality stands against the key factors of the Integrating Cities toolkit. "
            "Choose how you work, then start."))
        self.start_button.setText(self.tr("&Start the self-assessment"))
        self.add_framework.setText(self.tr("Add a framework…"))
        self.start_framework_label.setText(self.tr("&Framework:"))
        self.start_mode_label.setText(self.tr("&Mode:"))
        self.continue_label.setText(self.tr("Or continue the assessment of an earlier meeting (a series):"))
        self.continue_button.setText(self.tr("&Continue it here"))
        self.add_framework.setToolTip(self.tr(
            "A list of your own, as a JSON file of the same shape as the built-in Integrating Cities framework."))
        self.parts.setTabText(0, self.tr("Key factors"))
        self.parts.setTabText(1, self.tr("Scope, group and context"))
        self.setup.retranslate()
        self.mode_label.setText(self.tr("M&ode"))
        self.baseline_label.setText(self.tr("&Baseline"))
        self.rating_label.setText(self.tr("&Rating"))
        self.confirm.setText(self.tr("Co&nfirm"))
        self.decided_label.setText(self.tr("Decided by"))
        self.decided_by.setPlaceholderText(self.tr("Who decided"))
        for label, text in zip(self.text_labels, (self.tr("Reasoning"), self.tr("Strengths"), self.tr("Weaknesses"))):
            label.setText(text)
        self.evidence_box.setTitle(self.tr("Evidence"))
        self.attach.setText(self.tr("&Attach evidence…"))
        self.remove.setText(self.tr("Remove"))
        self.evidence.setToolTip(self.tr("Double-click or press Enter to open a piece of evidence whole."))
        self.questions_box.setTitle(self.tr("Guiding questions"))

    # -- reading ------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def _row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table.startswith("assessment") or table == Meeting.TABLE:
            self.refresh()

    def refresh(self) -> None:
        store = self.document.store
        meeting = store.get(Meeting, self.meeting_id) if self.meeting_id is not None else None
        assessment = repo.assessment_of_meeting(store, meeting.id) if meeting and meeting.id else None
        self.assessment_id = assessment.id if assessment else None
        can_start = meeting is not None and traits(meeting.format).holds_assessment and assessment is None
        self.start_box.setVisible(can_start)
        self.body.setVisible(assessment is not None)
        if can_start:
            keep = self.start_framework.currentData()
            self.start_framework.clear()
            for framework in repo.frameworks(store):
                self.start_framework.addItem(framework.name, framework.key)
            self.start_framework.setCurrentIndex(max(0, self.start_framework.findData(keep)))
            meetings = {m.id: m for m in meeting_repo.all_meetings(store)}
            self.continue_from.clear()
            for earlier in repo.all_assessments(store):
                begun = meetings.get(earlier.meeting_id)
                if begun is not None:
                    self.continue_from.addItem(f"{begun.date} {begun.title}".strip(), earlier.id)
            self.continue_row.setVisible(self.continue_from.count() > 0)
        if assessment is None or assessment.id is None:
            return
        begun_meeting = store.get(Meeting, assessment.meeting_id)
        self.continued.setVisible(assessment.meeting_id != self.meeting_id and begun_meeting is not None)
        if begun_meeting is not None:
            self.continued.setText(self.tr("Continues the assessment begun at %1").replace(
                "%1", f"{begun_meeting.date} {begun_meeting.title}".strip()))
        self.setup.show_assessment(assessment)
        self._filling = True
        try:
            self.mode.setCurrentIndex(max(0, self.mode.findData(assessment.mode)))
            self.baseline.clear()
            self.baseline.addItem(self.tr("(none)"), None)
            meetings = {m.id: m for m in meeting_repo.all_meetings(store)}
            for earlier in repo.earlier_assessments(store, assessment):
                held = meetings.get(earlier.meeting_id)
                self.baseline.addItem(f"{held.date} {held.title}" if held else str(earlier.id), earlier.id)
            self.baseline.setCurrentIndex(max(0, self.baseline.findData(assessment.baseline_id)))
            factors = repo.key_factors(store, assessment.id)
            counts = a.summary(str(f.rating) for f in factors)
            self.summary.setText(" · ".join(f"{_v(a.RATING_LABELS[r])}: {counts[r]}" for r in a.Rating))
            current = self.theme
            self.factors.clear()
            for factor in factors:
                item = QListWidgetItem(f"{factor.theme:02d} {factor.title}\n{self._state_text(factor)}")
                item.setData(Qt.ItemDataRole.UserRole, factor.theme)
                item.setToolTip(factor.statement)
                self.factors.addItem(item)
                if factor.theme == current:
                    self.factors.setCurrentItem(item)
            if self.factors.currentItem() is None and self.factors.count():
                self.factors.setCurrentRow(0)
        finally:
            self._filling = False
        self._show_factor()

    def _state_text(self, factor: a.KeyFactorState) -> str:
        text = _v(a.RATING_LABELS[factor.rating])
        if factor.preliminary:
            text += " · " + self.tr("preliminary")
        return text

    def _factor_chosen(self, current, _previous) -> None:
        if current is not None:
            self.theme = current.data(Qt.ItemDataRole.UserRole)
        if not self._filling:
            self._show_factor()

    def _show_factor(self) -> None:
        store = self.document.store
        if self.assessment_id is None or self.theme is None:
            return
        assessment = store.get(Assessment, self.assessment_id)
        framework = repo.framework_named(store, assessment.framework)
        theme = framework.theme(self.theme)
        if theme is None:
            return
        factor = next((f for f in repo.key_factors(store, self.assessment_id) if f.theme == self.theme), None)
        if factor is None:
            return
        stored = repo.ratings_of(store, self.assessment_id).get(self.theme)
        text = f"<b>{escape(theme.label())}</b><br><i>{escape(theme.key_factor.text)}</i>"
        if theme.examples:
            cities = ", ".join(escape(e.city) for e in theme.examples if e.city)
            text += "<br><small>" + escape(self.tr("Examples from other cities: %1")).replace("%1", cities) + "</small>"
        self.statement.setText(text)
        tip = [f"<p>{escape(theme.rationale.text)}</p>"] if theme.rationale.text else []
        tip += [f"<p><b>{escape(e.city)}</b>: {escape(e.text)}</p>" for e in theme.examples]
        self.statement.setToolTip("".join(tip))
        self.rating.setCurrentIndex(self.rating.findData(str(factor.rating)))
        status_texts = {
            a.Status.NOT_ASSESSED: self.tr("Not assessed yet"),
            a.Status.PRELIMINARY: self.tr("Preliminary: attach evidence or confirm"),
            a.Status.SETTLED: self.tr("Confirmed") if factor.confirmed else self.tr("Backed by evidence"),
        }
        self.status.setText(status_texts[factor.status])
        self.confirm.setEnabled(factor.status is a.Status.PRELIMINARY)
        self.decided_how.setCurrentIndex(max(0, self.decided_how.findData(stored.decided_how if stored else "")))
        if not self.decided_by.hasFocus():
            self.decided_by.setText(stored.decided_by if stored else "")
        self.reasoning.show_text(stored.reasoning if stored else "")
        self.strengths.show_text(stored.strengths if stored else "")
        self.weaknesses.show_text(stored.weaknesses if stored else "")
        self.evidence.clear()
        for item in repo.evidence_of(store, self.assessment_id, self.theme):
            kind = _v(a.EVIDENCE_KIND_LABELS.get(a.EvidenceKind(item.kind), "")) if item.kind in set(
                a.EvidenceKind) else item.kind
            row = QListWidgetItem(" · ".join(t for t in (item.title, kind, item.date, item.reference) if t))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.notes:
                row.setToolTip(item.notes)
            self.evidence.addItem(row)
        self.remove.setEnabled(self.evidence.count() > 0)
        self._show_questions(theme)

    def _show_questions(self, theme) -> None:
        """The theme's guiding questions with their answers; built once per theme and then
        updated in place, so saving one answer never takes the focus from the next."""
        answers = repo.answers_of(self.document.store, self.assessment_id)
        notes = repo.notes_of(self.document.store, self.assessment_id)
        if getattr(self, "_questions_key", None) != (self.assessment_id, theme.number):
            self._build_questions(theme)
        for question in theme.questions:
            closed, free, heard = self.answer_rows[question.number]
            found = answers.get(question.number)
            if closed is not None and not closed.hasFocus():
                closed.setCurrentIndex(max(0, closed.findData(found.answer if found else "")))
            if not free.hasFocus() and free.text() != (found.text if found else ""):
                free.setText(found.text if found else "")
            said = notes.get(question.number, [])
            heard.setText(self.tr("From the room: %1").replace("%1", " · ".join(c.text for c in said)))
            heard.setVisible(bool(said))

    def _build_questions(self, theme) -> None:
        self._questions_key = (self.assessment_id, theme.number)
        holder = QWidget()
        form = QFormLayout(holder)
        self.answer_rows = {}
        for question in theme.questions:
            text = question.text + "".join(f"\n – {s.text}" for s in question.sub_items)
            label = QLabel(f"{question.number} {text}")
            label.setWordWrap(True)
            row = QHBoxLayout()
            closed = None
            if question.closed:
                closed = QComboBox()
                for value, name in a.CLOSED_ANSWER_LABELS.items():
                    closed.addItem(_v(name), str(value))
                closed.activated.connect(lambda _i, q=question.number, c=closed: self._answer(q, answer=c.currentData()))
                row.addWidget(closed)
            free = limit_field(QLineEdit(), "assessment_answer", "text")
            free.setPlaceholderText(self.tr("Answer in words") if not question.closed else self.tr("Comment"))
            free.editingFinished.connect(lambda q=question.number, f=free: self._answer(q, text=f.text()))
            row.addWidget(free, 1)
            label.setBuddy(free)
            heard = QLabel()
            heard.setWordWrap(True)
            heard.setEnabled(False)
            form.addRow(label)
            form.addRow(row)
            form.addRow(heard)
            self.answer_rows[question.number] = (closed, free, heard)
        self.questions_layout.replaceWidget(self.questions_holder, holder)
        self.questions_holder.hide()  # gone at once, though deleted only when the event loop gets to it
        self.questions_holder.deleteLater()
        self.questions_holder = holder
        holder.show()

    # -- editing ------------------------------------------------------------------------------

    def _edit(self, build) -> bool:
        if self._filling or self.assessment_id is None:
            return False
        return self._run(build)

    def _run(self, build) -> bool:
        """One edit as one undo step; a refusal of the assessment's rules is explained here."""
        try:
            return run_explained_here(self.document, build)
        except Invalid as problem:
            text = QCoreApplication.translate("AssessmentEdits", edit.PROBLEMS.get(problem.code, problem.code))
            QMessageBox.warning(self, self.tr("Self-assessment"), text.replace("%1", problem.detail))
            self.refresh()
            return False

    def _start(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, mode = self.meeting_id, self.start_mode.currentData()
        framework = self.start_framework.currentData() or "integrating_cities"
        self._run(lambda: edit.start(self.document.store, meeting_id, mode, framework=framework))
        self.refresh()

    def _continue(self) -> None:
        """This meeting continues an assessment begun earlier (a series of meetings)."""
        if self.meeting_id is None or self.continue_from.currentData() is None:
            return
        meeting_id, assessment_id = self.meeting_id, self.continue_from.currentData()
        self._run(lambda: edit.continue_in(self.document.store, meeting_id, assessment_id))
        self.refresh()

    def import_framework_dialog(self, path: str | None = None) -> bool:
        """Adds a municipality's own framework from a JSON file (``path`` given: without asking)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a framework"), str(paths.documents_dir()),
                                                  self.tr("Frameworks (*.json)"))
            if not path:
                return False
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(self, self.tr("Add a framework"), self.tr(
                "The file %1 could not be read (%2). Nothing was added.").replace("%1", path).replace(
                "%2", str(error)))
            return False
        try:
            added = run_explained_here(self.document, lambda: edit.import_framework(self.document.store, text))
        except FrameworkError as error:
            QMessageBox.warning(self, self.tr("Add a framework"), self.tr(
                "The framework was not added: %1").replace("%1", error.message(
                    lambda source: QCoreApplication.translate("Framework", source))))
            return False
        except Invalid as problem:
            text = QCoreApplication.translate("AssessmentEdits", edit.PROBLEMS[problem.code])
            QMessageBox.warning(self, self.tr("Add a framework"), text.replace("%1", problem.detail))
            return False
        self.refresh()
        return added

    def _rate(self, **fields) -> bool:
        theme = self.theme
        if theme is None:
            return False
        return self._edit(lambda: edit.rate(self.document.store, self.assessment_id, theme, **fields))

    def _confirm(self) -> None:
        theme = self.theme
        self._edit(lambda: edit.confirm(self.document.store, self.assessment_id, theme))

    def _answer(self, question: str, **fields) -> None:
        self._edit(lambda: edit.answer(self.document.store, self.assessment_id, question, **fields))

    def attach_evidence(self, values: dict | None = None) -> bool:
        """Asks for a piece of evidence (``values`` given: attaches it without asking)."""
        if self.assessment_id is None or self.theme is None:
            return False
        if values is None:
            dialog = EvidenceDialog(meeting_repo.all_meetings(self.document.store), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        theme, assessment_id = self.theme, self.assessment_id
        return self._edit(lambda: edit.add_evidence(self.document.store, assessment_id, theme, **values))

    def edit_evidence(self, evidence_id: int, values: dict | None = None) -> bool:
        """Opens a piece of evidence whole (interview notes and all) to change it (``values``
        given: changes it without asking)."""
        item = self.document.store.get(Evidence, evidence_id)
        if item is None:
            return False
        if values is None:
            dialog = EvidenceDialog(meeting_repo.all_meetings(self.document.store), self)
            dialog.show_values(item)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        return self._edit(lambda: edit.edit_evidence(self.document.store, evidence_id, **values))

    def _remove_evidence(self) -> None:
        item = self.evidence.currentItem() or self.evidence.item(0)
        if item is not None:
            evidence_id = item.data(Qt.ItemDataRole.UserRole)
            self._edit(lambda: edit.remove_evidence(self.document.store, evidence_id))

