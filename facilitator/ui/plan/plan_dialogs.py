"""The plan page's dialogs: record a new stage, correct a recorded step, and compare two
versions of the plan (measures added, removed and changed, with the fields that changed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...domain import vocabulary as v
from ...domain.entities import PlanStageChange
from ...domain.plan import PLAN_TEXT_LABELS, STAGE_ORDER, Direction, StageProblem, diff_versions, stage_index
from ...domain.vocabulary import PlanStage
from ..common import look
from ..common.text_limits import limit_field
from . import measure_texts, plan_edits


def stage_name(stage: str) -> str:
    return QCoreApplication.translate("Vocabulary", v.PLAN_STAGE_LABELS.get(stage, stage))


def body_suggestions(stage: str) -> list[str]:
    """Who usually decides at a stage (the coordinator may write anyone)."""
    council = QCoreApplication.translate("PlanDialogs", "The municipal council")
    board = QCoreApplication.translate("PlanDialogs", "The municipal executive board")
    return {
        PlanStage.DRAFT: [QCoreApplication.translate("PlanDialogs", "The coordinator")],
        PlanStage.CONSULTATION: [board, QCoreApplication.translate("PlanDialogs", "The executive board's working committee")],
        PlanStage.APPROVED: [QCoreApplication.translate("PlanDialogs", "The heads of the departments")],
        PlanStage.ADOPTED: [council, board],
    }.get(PlanStage(stage) if stage in STAGE_ORDER else PlanStage.DRAFT, [])


class StageDialog(QDialog):
    """Records the plan's next stage: which, on what day, decided by whom, its diarienummer
    and a note. Says before anything is written whether the step goes back or skips a stage,
    or why it cannot be recorded."""

    def __init__(self, document, parent=None, today: QDate | None = None):
        super().__init__(parent)
        self.document = document
        process = document.store.process()
        self.current = process.plan_stage
        self.stage_box = QComboBox()
        for stage in STAGE_ORDER:
            self.stage_box.addItem(stage_name(stage), str(stage))
        following = min(stage_index(self.current) + 1, len(STAGE_ORDER) - 1)
        self.stage_box.setCurrentIndex(following)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(today or QDate.currentDate())
        self.body_box = QComboBox()
        self.body_box.setEditable(True)
        self.body_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        limit_field(self.body_box.lineEdit(), "plan_stage_change", "body")
        self.dnr_edit = limit_field(QLineEdit(process.plan_dnr), "plan_stage_change", "dnr")
        self.note_edit = limit_field(QPlainTextEdit(), "plan_stage_change", "note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.labels, (self.stage_box, self.date_edit, self.body_box, self.dnr_edit,
                                               self.note_edit)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.current_label = QLabel()
        layout.addWidget(self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.stage_box.currentIndexChanged.connect(self._stage_chosen)
        self.date_edit.dateChanged.connect(self.update_check)
        self.retranslate()
        self._stage_chosen()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a stage of the plan"))
        self.current_label.setText(self.tr("The plan is now: %1").replace("%1", stage_name(self.current)))
        for label, text in zip(self.labels, (self.tr("&Stage:"), self.tr("&Date:"), self.tr("Decided &by:"),
                                             self.tr("&Registration number:"), self.tr("&Note:"))):
            label.setText(text)
        self.dnr_edit.setPlaceholderText(self.tr("e.g. KS 2027/112"))
        self.note_edit.setPlaceholderText(self.tr("e.g. the paragraph of the minutes, or who the plan was sent to"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))

    def stage(self) -> str:
        return self.stage_box.currentData()

    def day(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")

    def _stage_chosen(self, *args) -> None:
        typed = self.body_box.currentText()
        suggestions = body_suggestions(self.stage())
        self.body_box.clear()
        self.body_box.addItems(suggestions)
        self.body_box.setEditText(typed if typed and typed not in _all_suggestions() else
                                  (suggestions[0] if suggestions else ""))
        self.update_check()

    def update_check(self, *args) -> bool:
        """Says what the step will be, or why it cannot be recorded; True when it can."""
        check = plan_edits.stage_check(self.document, self.stage(), self.day())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(check.allowed)
        if not check.allowed:
            self.message.setStyleSheet(look.error_style())
            if check.problem == StageProblem.SAME_STAGE:
                self.message.setText(self.tr("The plan is already at this stage."))
            elif check.problem == StageProblem.BEFORE_LAST:
                self.message.setText(self.tr("The latest step is dated %1; choose that day or a later one.").replace(
                    "%1", check.last_date))
            else:
                self.message.setText(self.tr("Choose a stage and a date."))
            return False
        self.message.setStyleSheet(look.warning_style())
        if check.direction == Direction.BACK:
            self.message.setText(self.tr("This is a step back: the plan returns to “%1”. It is recorded in the "
                                         "history, and the versions kept so far stay as they are.").replace(
                "%1", stage_name(self.stage())))
        elif check.skipped:
            self.message.setText(self.tr("The plan skips: %1.").replace(
                "%1", ", ".join(stage_name(stage) for stage in check.skipped)))
        else:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("The catalogue as it stands now is kept as a version of the plan."))
        return True

    def record(self) -> None:
        if not self.update_check():
            return
        if plan_edits.change_stage(self.document, self.stage(), self.day(), body=self.body_box.currentText(),
                                   dnr=self.dnr_edit.text(), note=self.note_edit.toPlainText()):
            self.accept()


def _all_suggestions() -> set[str]:
    return {text for stage in STAGE_ORDER for text in body_suggestions(stage)}


class StepDialog(QDialog):
    """Corrects who decided a recorded step, its diarienummer and its note (its stage and
    date, and the version kept with it, stay as they are)."""

    def __init__(self, document, change: PlanStageChange, parent=None):
        super().__init__(parent)
        self.document = document
        self.change = change
        self.body_edit = limit_field(QLineEdit(change.body), "plan_stage_change", "body")
        self.dnr_edit = limit_field(QLineEdit(change.dnr), "plan_stage_change", "dnr")
        self.note_edit = limit_field(QPlainTextEdit(change.note), "plan_stage_change", "note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.body_edit, self.dnr_edit, self.note_edit)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.heading = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Correct a step of the plan"))
        self.heading.setText(f"{change.date}  {stage_name(change.stage)}")
        for label, text in zip(self.labels, (self.tr("Decided &by:"), self.tr("&Registration number:"),
                                             self.tr("&Note:"))):
            label.setText(text)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        if self.change.id is not None and plan_edits.correct_step(
                self.document, self.change.id, body=self.body_edit.text(), dnr=self.dnr_edit.text(),
                note=self.note_edit.toPlainText()):
            self.accept()


class VersionDiffDialog(QDialog):
    """What differs between two versions of the plan: measures added, removed and changed
    (with the fields that changed), and the plan's own texts. ``choices`` are (label, loader)
    pairs; a loader gives (process, measures, numbers by id)."""

    def __init__(self, choices, first: int = 0, second: int | None = None, parent=None):
        super().__init__(parent)
        self.choices = list(choices)
        self.from_box, self.to_box = QComboBox(), QComboBox()
        for label, _loader in self.choices:
            self.from_box.addItem(label)
            self.to_box.addItem(label)
        self.from_box.setCurrentIndex(first)
        self.to_box.setCurrentIndex(len(self.choices) - 1 if second is None else second)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 48)
        row = QHBoxLayout()
        self.from_label, self.to_label = QLabel(), QLabel()
        for label, box in ((self.from_label, self.from_box), (self.to_label, self.to_box)):
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Compare versions of the plan"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.tree.setHeaderLabels([self.tr("Measure"), self.tr("What changed")])
        self.from_box.currentIndexChanged.connect(self.compare)
        self.to_box.currentIndexChanged.connect(self.compare)
        self.resize(900, 560)
        self.compare()

    def compare(self, *args) -> None:
        self.tree.clear()
        try:
            before = self.choices[self.from_box.currentIndex()][1]()
            after = self.choices[self.to_box.currentIndex()][1]()
        except ValueError:
            item = QTreeWidgetItem([self.tr("This version cannot be read."), ""])
            self.tree.addTopLevelItem(item)
            return
        diff = diff_versions((before[0], before[1]), (after[0], after[1]))
        if diff.empty:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No differences."), ""]))
            return

        def name(measure, numbers) -> str:
            return f"{numbers.get(measure.id, '')} {measure.title}".strip()

        groups = (
            (self.tr("Measures added (%n)", "", len(diff.added)), [(name(m, after[2]), "") for m in diff.added]),
            (self.tr("Measures removed (%n)", "", len(diff.removed)),
             [(name(m, before[2]), "") for m in diff.removed]),
            (self.tr("Measures changed (%n)", "", len(diff.changed)),
             [(name(c.after, after[2]), ", ".join(measure_texts.field_name(f) for f in c.fields))
              for c in diff.changed]),
        )
        for title, rows in groups:
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for text, fields in rows:
                child = QTreeWidgetItem([text, fields])
                child.setToolTip(0, text)
                child.setToolTip(1, fields)
                group.addChild(child)
            group.setExpanded(True)
        if diff.texts:
            texts = ", ".join(QCoreApplication.translate("PlanTexts", PLAN_TEXT_LABELS[n]) for n in diff.texts)
            item = QTreeWidgetItem([self.tr("The plan's own texts"), texts])
            item.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), self.width() // 2))
        self.tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
