"""On the capture page of a meeting that holds a self-assessment: which guiding question a note
answers. In a café whose table took a theme, the table's theme's questions are offered; else
every question of the assessment's scope. A note captured against a question is one step
(``actions/assessment.note_on_question``) and shows under that question on the Assessment page
and in the report."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...actions import Invalid
from ...actions import assessment as edit
from ...domain.assessment import themes_in_scope
from ...domain.entities import Assessment
from ...storage import assessment as repo
from ..document import ProcessDocument, run_action


class AssessmentQuestionChoice(QWidget):
    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.assessment_id: int | None = None
        self.table_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(40)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.retranslate()
        self.hide()
        document.rowChanged.connect(self._row_changed)

    def _row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table in ("assessment", "assessment_meeting", "assessment_table_theme"):
            self.show_meeting(self.meeting_id, self.table_id)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Self-assessment, &guiding question:"))
        self.combo.setToolTip(self.tr("The note is kept under this guiding question of the self-assessment."))

    def show_meeting(self, meeting_id: int | None, table_id: int | None = None) -> None:
        self.meeting_id = meeting_id
        found = repo.assessment_of_meeting(self.document.store, meeting_id) if meeting_id is not None else None
        self.assessment_id = found.id if found else None
        self.table_id = table_id
        self.setVisible(found is not None)
        self._fill()

    def set_table(self, table_id: int | None) -> None:
        if table_id != self.table_id:
            self.table_id = table_id
            self._fill()

    def _fill(self) -> None:
        keep = self.combo.currentData()
        self.combo.clear()
        self.combo.addItem(self.tr("No guiding question"), None)
        if self.assessment_id is None:
            return
        store = self.document.store
        assessment = store.get(Assessment, self.assessment_id)
        framework = repo.framework_named(store, assessment.framework)
        table_theme = repo.table_themes_of(store, self.assessment_id).get(self.table_id) if self.table_id else None
        numbers = (table_theme,) if table_theme else themes_in_scope(assessment.scope, framework.theme_numbers())
        for number in numbers:
            theme = framework.theme(number)
            for question in theme.questions if theme else ():
                self.combo.addItem(f"{question.number} {question.text}", question.number)
                self.combo.setItemData(self.combo.count() - 1, question.text, 3)  # the tooltip role
        self.combo.setCurrentIndex(max(0, self.combo.findData(keep)))

    def question(self) -> str | None:
        """The guiding question chosen (None: the note is not tied to one)."""
        return self.combo.currentData() if self.assessment_id is not None else None

    def capture(self, meeting_id: int, text: str, kind: str, target: dict) -> int | None:
        """Saves the note against the chosen question as one undo step; its id, or None."""
        question = self.combo.currentData()
        if self.assessment_id is None or question is None:
            return None
        try:
            action = edit.note_on_question(self.document.store, self.assessment_id, question, meeting_id, text, kind,
                                           **target)
        except Invalid:
            return None
        return action.contribution_id if action is not None and run_action(self.document, action) else None
