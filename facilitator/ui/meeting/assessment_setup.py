"""The second half of the Assessment page: what is assessed and by whom, and the context. The
themes in scope, the group in the toolkit's roles, a theme per café table (its host carries it
across the rounds), the environmental factors that explain the context, and a peer review's
recommendations. Each edit is one undoable action of ``actions/assessment.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...actions import assessment as edit
from ...domain import assessment as a
from ...domain.entities import Assessment
from ...storage import assessment as repo
from ...storage import seating
from ..common.text_limits import limit_field
from .assessment_texts import NoteEdit


def _v(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


class AssessmentSetup(QScrollArea):
    def __init__(self, document, run: Callable, parent=None):
        super().__init__(parent)
        self.document = document
        self.run = run  # runs an action builder as one undo step (the page's, with its messages)
        self.assessment_id: int | None = None
        self._filling = False
        self.setWidgetResizable(True)
        holder = QWidget()
        columns = QHBoxLayout(holder)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.scope_box = QGroupBox()
        scope = QVBoxLayout(self.scope_box)
        self.scope = QListWidget()
        self.scope.itemChanged.connect(self._scope_changed)
        scope.addWidget(self.scope)
        left.addWidget(self.scope_box)

        self.group_box = QGroupBox()
        group = QVBoxLayout(self.group_box)
        self.members = QListWidget()
        self.members.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        add = QHBoxLayout()
        self.member_name = limit_field(QLineEdit(), "assessment_member", "name")
        self.member_organisation = limit_field(QLineEdit(), "assessment_member", "organisation")
        self.member_role = QComboBox()
        for role, label in a.MEMBER_ROLE_LABELS.items():
            self.member_role.addItem(_v(label), str(role))
        self.add_member = QPushButton()
        self.add_member.clicked.connect(self._add_member)
        self.member_name.returnPressed.connect(self._add_member)
        self.remove_member = QPushButton()
        self.remove_member.clicked.connect(self._remove_member)
        for widget in (self.member_name, self.member_organisation, self.member_role, self.add_member):
            add.addWidget(widget)
        group.addWidget(self.members)
        group.addLayout(add)
        group.addWidget(self.remove_member, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.group_box, 1)
        self.member_name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 10)

        self.tables_box = QGroupBox()
        self.tables_form = QFormLayout(self.tables_box)
        self.table_combos: dict[int, QComboBox] = {}
        right.addWidget(self.tables_box)

        self.context_box = QGroupBox()
        self.context_form = QFormLayout(self.context_box)
        self.context_edits: dict[int, NoteEdit] = {}
        right.addWidget(self.context_box)

        self.recommendations_box = QGroupBox()
        recommendations = QVBoxLayout(self.recommendations_box)
        self.recommendations = limit_field(NoteEdit(), "assessment", "recommendations")
        self.recommendations.setMinimumHeight(90)
        self.recommendations.edited.connect(lambda text: self.run(lambda: edit.set_recommendations(
            self.document.store, self.assessment_id, text)))
        recommendations.addWidget(self.recommendations)
        right.addWidget(self.recommendations_box)
        right.addStretch(1)
        self.setWidget(holder)
        self.retranslate()

    def retranslate(self) -> None:
        self.scope_box.setTitle(self.tr("Themes assessed"))
        self.group_box.setTitle(self.tr("The group"))
        self.member_name.setPlaceholderText(self.tr("Name"))
        self.member_organisation.setPlaceholderText(self.tr("Organisation or city"))
        self.add_member.setText(self.tr("Add"))
        self.remove_member.setText(self.tr("Remove from the group"))
        self.tables_box.setTitle(self.tr("A theme per café table"))
        self.context_box.setTitle(self.tr("Environmental factors that explain the context"))
        self.recommendations_box.setTitle(self.tr("Recommendations of the peer review"))
        self.recommendations.setPlaceholderText(self.tr(
            "What the colleagues from other cities recommend; it becomes the follow-up report."))

    def show_assessment(self, assessment: Assessment) -> None:
        store = self.document.store
        self.assessment_id = assessment.id
        assert assessment.id is not None
        framework = repo.framework_named(store, assessment.framework)
        in_scope = set(a.themes_in_scope(assessment.scope, framework.theme_numbers()))
        self._filling = True
        try:
            self.scope.clear()
            for theme in framework.themes:
                item = QListWidgetItem(theme.label())
                item.setToolTip(theme.key_factor.text)
                item.setData(Qt.ItemDataRole.UserRole, theme.number)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if theme.number in in_scope else Qt.CheckState.Unchecked)
                self.scope.addItem(item)
            self.members.clear()
            for member in repo.members_of(store, assessment.id):
                role = _v(a.MEMBER_ROLE_LABELS[a.MemberRole(member.role)]) if member.role in set(a.MemberRole) else ""
                item = QListWidgetItem(" · ".join(t for t in (member.name, role, member.organisation) if t))
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.members.addItem(item)
            self.remove_member.setEnabled(self.members.count() > 0)
            rows = max(1, self.scope.count())
            self.scope.setFixedHeight(self.scope.sizeHintForRow(0) * rows + 2 * self.scope.frameWidth() + 4)
            self._show_tables(assessment, framework, in_scope)
            self._show_context(assessment, framework)
            self.recommendations.show_text(assessment.recommendations)
            self.recommendations_box.setVisible(assessment.mode == a.Mode.PEER_REVIEW)
        finally:
            self._filling = False

    def _show_tables(self, assessment, framework, in_scope) -> None:
        tables = seating.tables_of(self.document.store, assessment.meeting_id)
        self.tables_box.setVisible(bool(tables))
        themes = repo.table_themes_of(self.document.store, assessment.id)
        if set(self.table_combos) != {t.id for t in tables}:
            while self.tables_form.rowCount():
                self.tables_form.removeRow(0)
            self.table_combos = {}
            for table in tables:
                combo = QComboBox()
                combo.activated.connect(lambda _i, t=table.id, c=combo: self.run(lambda: edit.set_table_theme(
                    self.document.store, self.assessment_id, t, c.currentData())))
                self.table_combos[table.id] = combo
                self.tables_form.addRow(table.name, combo)
        for table_id, combo in self.table_combos.items():
            combo.clear()
            combo.addItem(self.tr("(no theme)"), None)
            for theme in framework.themes:
                if theme.number in in_scope:
                    combo.addItem(theme.label(), theme.number)
            combo.setCurrentIndex(max(0, combo.findData(themes.get(table_id))))

    def _show_context(self, assessment, framework) -> None:
        notes = repo.context_of(self.document.store, assessment.id)
        if set(self.context_edits) != {f.number for f in framework.environmental_factors}:
            while self.context_form.rowCount():
                self.context_form.removeRow(0)
            self.context_edits = {}
            for factor in framework.environmental_factors:
                text = limit_field(NoteEdit(), "assessment_context", "note")
                text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
                text.setTabChangesFocus(True)
                text.setToolTip(factor.description)
                text.edited.connect(lambda value, n=factor.number: self.run(lambda: edit.set_context(
                    self.document.store, self.assessment_id, n, value)))
                label = QLabel(factor.name)
                label.setWordWrap(True)
                label.setToolTip(factor.description)
                label.setBuddy(text)
                self.context_edits[factor.number] = text
                self.context_form.addRow(label, text)
        for number, text in self.context_edits.items():
            text.show_text(notes[number].note if number in notes else "")

    # -- edits ------------------------------------------------------------------------------

    def _scope_changed(self, _item) -> None:
        if self._filling:
            return
        chosen = tuple(self.scope.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.scope.count())
                       if self.scope.item(row).checkState() == Qt.CheckState.Checked)
        self.run(lambda: edit.set_scope(self.document.store, self.assessment_id, chosen))

    def _add_member(self) -> None:
        name, organisation, role = self.member_name.text(), self.member_organisation.text(), \
            self.member_role.currentData()
        if self.run(lambda: edit.add_member(self.document.store, self.assessment_id, name, role, organisation)):
            self.member_name.clear()
            self.member_organisation.clear()

    def _remove_member(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            member_id = item.data(Qt.ItemDataRole.UserRole)
            self.run(lambda: edit.remove_member(self.document.store, member_id))
